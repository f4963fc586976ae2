/// Semantic checks over a structurally valid spec: references, duplicates,
/// name collisions, recursion, unions and rules. Operations, constraints and
/// defaults have their own files.
struct SpecChecker {
    let spec: APISpecification
    var sink: DiagnosticSink
    let typesByName: [String: NamedType]
    /// Names of types and fields the reader could not read: not blamed again
    /// where they are used (one error per mistake).
    let unreadableTypes: Set<String>
    let unreadableFields: Set<String>

    init(spec: APISpecification, sink: DiagnosticSink) {
        self.spec = spec
        self.sink = sink
        self.unreadableTypes = sink.unreadableTypes
        self.unreadableFields = sink.unreadableFields
        var byName: [String: NamedType] = [:]
        for type in spec.types where byName[type.name] == nil { byName[type.name] = type }
        self.typesByName = byName
    }

    mutating func run() -> [Diagnostic] {
        // The checks only read the spec and add findings (sorted later), so
        // they run on two cores: the samples, about a third, beside the rest.
        let (structure, samples) = Parallel.both({ [self] in
            var checker = self.withEmptySink()
            checker.checkTypeNames()
            for (index, type) in checker.spec.types.enumerated() {
                checker.checkType(type, .root.key("types").index(index))
            }
            checker.checkRecursion()
            checker.checkOperations()
            checker.checkWebhooks()
            return checker.sink
        }, { [self] in
            var checker = self.withEmptySink()
            checker.checkSamples()
            return checker.sink
        })
        sink.absorb(structure)
        sink.absorb(samples)
        return sink.diagnostics
    }

    private func withEmptySink() -> SpecChecker {
        var copy = self
        copy.sink = DiagnosticSink(file: sink.file)
        return copy
    }

    private mutating func checkTypeNames() {
        var seen: [String: NamedType] = [:]
        for (index, type) in spec.types.enumerated() {
            let path = JSONPath.root.key("types").index(index).key("name")
            if ScalarType(rawValue: type.name) != nil {
                sink.error(.invalidTypeName, "type name '\(type.name)' is a built-in type", at: type.location, path)
            }
            if let first = seen[type.name] {
                sink.error(.duplicateType, "duplicate type '\(type.name)' (first declared at line \(first.location.line))",
                           at: type.location, path)
                continue
            }
            seen[type.name] = type
            if ScalarType(rawValue: type.name) == nil, TypeReference.parse(type.name) != .named(type.name) {
                sink.error(.invalidTypeName, "type name '\(type.name)' must start with a letter and hold only letters, digits and '_'",
                           at: type.location, path)
            }
        }
    }

    private mutating func checkType(_ type: NamedType, _ path: JSONPath) {
        switch type.kind {
        case .object(let object):
            checkObject(object, path, what: "type '\(type.name)'")
        case .enumeration(let enumeration):
            if enumeration.values.isEmpty { sink.error(.emptyEnum, "enum '\(type.name)' has no values", at: type.location, path) }
            var seen: Set<String> = []
            for (index, value) in enumeration.values.enumerated() where !seen.insert(value.value).inserted {
                sink.error(.duplicateEnumValue, "duplicate enum value '\(value.value)' in '\(type.name)'",
                           at: value.location, path.key("values").index(index))
            }
        case .taggedUnion(let union):
            checkTaggedUnion(union, type.name, path)
        case .untaggedUnion(let union):
            for (index, variant) in union.variants.enumerated() {
                checkReference(variant.type, at: variant.location, path.key("variants").index(index).key("type"))
                checkNoFile(variant.type, at: variant.location, path.key("variants").index(index).key("type"))
            }
            if union.variants.count < 2 { sink.error(.malformedUnion, "untagged union '\(type.name)' needs at least two variants",
                                                     at: type.location, path) }
        }
    }

    private mutating func checkTaggedUnion(_ union: TaggedUnion, _ name: String, _ path: JSONPath) {
        var tags: Set<String> = []
        var keys: Set<String> = []
        for (index, variant) in union.variants.enumerated() {
            let variantPath = path.key("variants").index(index)
            checkReference(variant.type, at: variant.location, variantPath.key("type"))
            checkNoFile(variant.type, at: variant.location, variantPath.key("type"))
            switch (variant.tag, variant.key) {
            case (nil, nil):
                sink.error(.malformedUnion, "union variant has no tag; give it a 'tag' (value of '\(union.tagKey)') or a 'key'",
                           at: variant.location, variantPath)
            case (.some, .some):
                sink.error(.malformedUnion, "union variant has both 'tag' and 'key'; give it one",
                           at: variant.location, variantPath)
            case (.some(let tag), nil):
                if !tags.insert(tag).inserted { sink.error(.duplicateVariant, "duplicate tag '\(tag)' in union '\(name)'",
                                                           at: variant.location, variantPath.key("tag")) }
            case (nil, .some) where union.contentKey == nil:
                sink.error(.malformedUnion, "a variant told apart by a 'key' needs the union's 'content' key",
                           at: variant.location, variantPath.key("key"))
            case (nil, .some(let key)):
                if key == union.tagKey || key == union.contentKey {
                    sink.error(.duplicateVariant, "variant key '\(key)' is already the union's tag or content key",
                               at: variant.location, variantPath.key("key"))
                } else if !keys.insert(key).inserted {
                    sink.error(.duplicateVariant, "duplicate variant key '\(key)' in union '\(name)'",
                               at: variant.location, variantPath.key("key"))
                }
            }
        }
        if union.tagKey == union.contentKey {
            sink.error(.malformedUnion, "a union's tag and content keys must differ",
                       at: typesByName[name]?.location ?? SourceLocation(line: 1, column: 1), path)
        }
        if union.contentKey == nil {
            for (index, variant) in union.variants.enumerated() where variant.tag != nil {
                checkCarriesTag(variant, of: union, name, path.key("variants").index(index).key("type"))
            }
        }
    }

    /// Without a content key the variant is the object itself: an object type
    /// whose own required field holds the tag, as a string or an enum.
    private mutating func checkCarriesTag(_ variant: TaggedUnion.Variant, of union: TaggedUnion, _ name: String,
                                          _ path: JSONPath) {
        let why = "union '\(name)' has no 'content' key, so its variant must be an object type with a required, non-null "
            + "string or enum field '\(union.tagKey)' holding the tag"
        guard case .named(let typeName) = variant.type, let type = typesByName[typeName] else {
            if case .named = variant.type { return }  // an unknown type, reported by checkReference
            return sink.error(.malformedUnion, "\(why), not \(variant.type)", at: variant.location, path)
        }
        guard case .object(let object) = type.kind else {
            return sink.error(.malformedUnion, "\(why); '\(typeName)' is not an object", at: variant.location, path)
        }
        guard let field = object.fields.first(where: { $0.name == union.tagKey && !$0.isInline }) else {
            return sink.error(.malformedUnion, "\(why); '\(typeName)' has no such field", at: variant.location, path)
        }
        let isText: Bool
        switch field.type {
        case .scalar(.string): isText = true
        case .named: isText = LimitTable.shape(of: field.type, types: typesByName) == .enumeration
        default: isText = false
        }
        if !isText || field.isOptional || field.isNullable || field.isOneOrMany {
            sink.error(.malformedUnion, "\(why); '\(typeName).\(union.tagKey)' is \(field.isOptional ? "optional " : "")"
                       + "\(field.isNullable ? "nullable " : "")\(field.type)", at: variant.location, path)
        }
    }

    /// Checks the fields and rules of an object type or inline body.
    mutating func checkObject(_ object: ObjectType, _ path: JSONPath, what: String, allowsFiles: Bool = false) {
        checkFieldList(object.fields, path.key("fields"), what: what)
        var inlineKeys: [String] = []
        for (index, field) in object.fields.enumerated() {
            let fieldPath = path.key("fields").index(index)
            checkField(field, fieldPath)
            if !allowsFiles { checkNoFile(field.type, at: field.location, fieldPath.key("type")) }
            if field.isInline { inlineKeys += inlineUnionKeys(field, fieldPath) }
        }
        if object.fields.filter(\.isInline).count > 1 {
            sink.error(.inlineNotApplicable, "\(what) has more than one inline union",
                       at: object.fields[1].location, path.key("fields"))
        }
        for key in inlineKeys {
            if let clash = object.fields.first(where: { !$0.isInline && $0.name == key }) {
                sink.error(.duplicateField, "field '\(clash.name)' clashes with a key of the inline union",
                           at: clash.location, path.key("fields"))
            }
        }
        let known = object.fields.filter { !$0.isInline }.map(\.name) + inlineKeys
        for (index, rule) in object.rules.enumerated() {
            let rulePath = path.key("rules").index(index)
            for name in rule.fieldNames where !known.contains(name) && !unreadableFields.contains(name) {
                var message = "rule names field '\(name)', which \(what) does not have"
                if let suggestion = Suggestion.closest(to: name, among: known) { message += "; did you mean '\(suggestion)'?" }
                sink.error(.ruleUnknownField, message, at: rule.location, rulePath)
            }
            if case .requiredWhen(_, let when, let values) = rule.kind,
               let other = object.fields.first(where: { $0.name == when && !$0.isInline }) {
                checkRequiredWhen(other, values, rule, rulePath)
            }
        }
    }

    /// The field a `requiredWhen` rule looks at must hold one plain value,
    /// and the rule's values must be values it can have.
    private mutating func checkRequiredWhen(_ field: Field, _ values: [String], _ rule: Rule, _ path: JSONPath) {
        if field.isNullable {
            sink.error(.invalidRequiredWhen, "'requiredWhen' cannot look at '\(field.name)', which may be null",
                       at: rule.location, path.key("requiredWhen"))
            return
        }
        let shape = LimitTable.shape(of: field.type, types: typesByName)
        let fits: (String) -> Bool
        switch shape {
        case .text, .enumeration: fits = { _ in true }
        case .bool: fits = { $0 == "true" || $0 == "false" }
        case .integer, .epoch, .integerEnumeration: fits = { Int64($0) != nil }
        default:
            sink.error(.invalidRequiredWhen, "'requiredWhen' needs a field holding a string, enum, number or boolean, but '\(field.name)' is \(field.type)",
                       at: rule.location, path.key("requiredWhen"))
            return
        }
        for value in values where !fits(value) {
            sink.error(.invalidRequiredWhen, "'requiredWhen' value '\(value)' is not a value '\(field.name)' (\(field.type)) can have",
                       at: rule.location, path.key("in"))
        }
    }

    /// Duplicate wire names; Swift names are the resolver's to check.
    mutating func checkFieldList(_ fields: [Field], _ path: JSONPath, what: String) {
        var wireNames = SmallKeySet()
        for (index, field) in fields.enumerated() where !wireNames.insert(field.name) {
            sink.error(.duplicateField, "duplicate field '\(field.name)' in \(what)",
                       at: field.location, path.index(index).key("name"))
        }
    }

    mutating func checkField(_ field: Field, _ path: JSONPath) {
        guard !unreadableFields.contains(field.name) || field.type != .scalar(.json) else { return }
        if field.isClientDefault, field.defaultValue == nil {
            sink.error(.clientDefaultWithoutDefault, "'clientDefault' needs a 'default' to send", at: field.location,
                       path.key("clientDefault"))
        }
        if field.isNullable, field.isOneOrMany {
            sink.error(.nullableNotApplicable, "a field cannot be both 'nullable' and 'oneOrMany'",
                       at: field.location, path.key("nullable"))
        }
        if field.isNullable, field.isInline {
            sink.error(.nullableNotApplicable, "an inline union cannot be nullable", at: field.location, path.key("nullable"))
        }
        if field.isNullable, field.type == .scalar(.json) {
            sink.error(.nullableNotApplicable, "'nullable' adds nothing to json, which holds null already",
                       at: field.location, path.key("nullable"))
        }
        if field.isOneOrMany {
            switch field.type {
            case .array(.array), .array(.scalar(.json)), .array(.map), .array(.orNull):
                sink.error(.oneOrManyNotApplicable, "'oneOrMany' needs a list of single values, but '\(field.name)' is \(field.type): one element could not be told from the list",
                           at: field.location, path.key("oneOrMany"))
            case .array:
                break
            default:
                sink.error(.oneOrManyNotApplicable, "'oneOrMany' applies to lists [T], but '\(field.name)' is \(field.type)",
                           at: field.location, path.key("oneOrMany"))
            }
        }
        checkReference(field.type, at: field.location, path.key("type"))
        ConstraintChecker.check(field, path, types: typesByName, sink: &sink)
    }

    private mutating func inlineUnionKeys(_ field: Field, _ path: JSONPath) -> [String] {
        guard case .named(let name) = field.type, let type = typesByName[name] else { return [] }
        guard case .taggedUnion(let union) = type.kind else {
            sink.error(.inlineNotApplicable, "'inline' needs a tagged union, but '\(name)' is not one",
                       at: field.location, path.key("inline"))
            return []
        }
        if field.isOptional { sink.error(.inlineNotApplicable, "an inline union cannot be optional",
                                         at: field.location, path.key("optional")) }
        if union.contentKey == nil {
            sink.error(.inlineNotApplicable, "'\(name)' has no 'content' key: its variants are whole objects, which cannot sit "
                       + "among other fields", at: field.location, path.key("inline"))
        }
        return union.wireKeys
    }

    /// Files travel as fields of multipart bodies or as whole bodies (uploads, downloads); JSON has no files.
    mutating func checkNoFile(_ reference: TypeReference, at location: SourceLocation, _ path: JSONPath) {
        if reference.leaf == .scalar(.file) {
            sink.error(.fileOutsideMultipart, "a file can only be a field of a multipart body, a whole request body or "
                       + "a whole answer, not \(reference) here", at: location, path)
        }
    }

    mutating func checkReference(_ reference: TypeReference, at location: SourceLocation, _ path: JSONPath) {
        if Self.marksJSONNullable(reference) {
            // As with `"nullable": true` on a json field: the mark would only make `null` read as nil, not `.null`.
            sink.error(.nullableNotApplicable, "'json?' adds nothing to json, which holds null already; write json, "
                       + "not \(reference)", at: location, path)
        }
        guard case .named(let name) = reference.leaf, typesByName[name] == nil, !unreadableTypes.contains(name) else { return }
        var message = "unknown type '\(Diagnostic.clipped(name))'"
        if let hint = ScalarType.hint(for: name) {
            message += "; did you mean \(hint)?"
        } else if let suggestion = Suggestion.closest(to: name, among: spec.types.map(\.name) + ScalarType.allCases.map(\.rawValue)) {
            message += "; did you mean '\(suggestion)'?"
        }
        sink.error(.unknownType, message, at: location, path)
    }

    private static func marksJSONNullable(_ reference: TypeReference) -> Bool {
        switch reference {
        case .orNull(.scalar(.json)): return true
        case .array(let inner), .map(let inner), .orNull(let inner): return marksJSONNullable(inner)
        case .scalar, .named: return false
        }
    }

    /// Every sample against the type it shows (after the types themselves
    /// are known to be sound: samples of a broken spec prove nothing).
    private mutating func checkSamples() {
        guard !sink.diagnostics.hasErrors else { return }
        var samples = SampleChecker(types: typesByName, sink: sink)
        for (index, operation) in spec.operations.enumerated() {
            for (sampleIndex, sample) in operation.samples.enumerated() {
                let path = JSONPath.root.key("operations").index(index).key("samples").index(sampleIndex)
                // A form's sample is its object in JSON, which the client encodes as pairs, and a multipart body's
                // its parts by name (a file by its name): checked as JSON's is.
                if let node = sample.requestNode, let body = operation.requestBody {
                    samples.isRequest = true
                    switch body.shape {
                    case .fields(let object): samples.checkObject(node, object, path.key("request"))
                    case .type(.scalar(.file)):
                        samples.sink.error(.sampleKindMismatch, "the body of '\(operation.name)' is a file, which a "
                                           + "JSON sample cannot show", at: node.location, path.key("request"))
                    case .type(let type): samples.check(node, as: type, path.key("request"))
                    }
                }
                if let node = sample.responseNode, let status = sample.status {
                    // An error answer's sample: the body the client decodes into `APIError.answered`.
                    samples.isRequest = false
                    if let type = operation.errorBodyType(forStatus: status) {
                        samples.check(node, as: type, path.key("response"))
                    }
                } else if let node = sample.responseNode, let body = operation.responseBody, operation.successStatus != 204 {
                    samples.isRequest = false
                    switch body.shape {
                    case .fields(let object): samples.checkObject(node, object, path.key("response"))
                    case .type(.scalar(.file)):
                        // A download's bytes are no JSON: a sample of it could say nothing the client reads.
                        samples.sink.error(.sampleKindMismatch, "the answer of '\(operation.name)' is a file, which a "
                                           + "JSON sample cannot show", at: node.location, path.key("response"))
                    case .type(let type): samples.check(node, as: type, path.key("response"))
                    }
                }
            }
        }
        if let webhooks = spec.webhooks {
            samples.isRequest = false
            for (index, sample) in webhooks.samples.enumerated() {
                guard let node = sample.responseNode else { continue }
                samples.check(node, as: webhooks.payload, .root.key("webhooks").key("samples").index(index).key("payload"))
            }
        }
        sink = samples.sink
    }
}
