/// Semantic checks over a structurally valid spec: references, duplicates,
/// name collisions, recursion, unions and rules. Operations, constraints and
/// defaults have their own files.
struct SpecChecker {
    let spec: APISpecification
    var sink: DiagnosticSink
    let typesByName: [String: NamedType]

    init(spec: APISpecification, sink: DiagnosticSink) {
        self.spec = spec
        self.sink = sink
        var byName: [String: NamedType] = [:]
        for type in spec.types where byName[type.name] == nil { byName[type.name] = type }
        self.typesByName = byName
    }

    mutating func run() -> [Diagnostic] {
        checkTypeNames()
        for (index, type) in spec.types.enumerated() {
            checkType(type, .root.key("types").index(index))
        }
        checkRecursion()
        checkOperations()
        checkWebhooks()
        return sink.diagnostics
    }

    private mutating func checkTypeNames() {
        var seen: [String: NamedType] = [:]
        var seenKeys: [String: NamedType] = [:]
        for (index, type) in spec.types.enumerated() {
            let path = JSONPath.root.key("types").index(index).key("name")
            if ScalarType(rawValue: type.name) != nil {
                sink.error("type name '\(type.name)' is a built-in type", at: type.location, path)
            }
            if let first = seen[type.name] {
                sink.error("duplicate type '\(type.name)' (first declared at line \(first.location.line))", at: type.location, path)
                continue
            }
            seen[type.name] = type
            if let other = seenKeys[NameKey.of(type.name)] {
                sink.error("type names '\(other.name)' and '\(type.name)' would become the same Swift name", at: type.location, path)
            }
            seenKeys[NameKey.of(type.name)] = type
        }
    }

    private mutating func checkType(_ type: NamedType, _ path: JSONPath) {
        switch type.kind {
        case .object(let object):
            checkObject(object, path, what: "type '\(type.name)'")
        case .enumeration(let enumeration):
            if enumeration.values.isEmpty { sink.error("enum '\(type.name)' has no values", at: type.location, path) }
            var seen: Set<String> = []
            var keys: [String: String] = [:]
            for (index, value) in enumeration.values.enumerated() {
                let valuePath = path.key("values").index(index)
                let key = NameKey.of(value.value)
                if seen.contains(value.value) {
                    sink.error("duplicate enum value '\(value.value)' in '\(type.name)'", at: value.location, valuePath)
                } else if let other = keys[key] {
                    sink.error("enum values '\(other)' and '\(value.value)' would become the same Swift name", at: value.location, valuePath)
                }
                seen.insert(value.value)
                if keys[key] == nil { keys[key] = value.value }
            }
        case .taggedUnion(let union):
            checkTaggedUnion(union, type.name, path)
        case .untaggedUnion(let union):
            var names: [String: String] = [:]
            for (index, variant) in union.variants.enumerated() {
                let variantPath = path.key("variants").index(index)
                checkReference(variant.type, at: variant.location, variantPath.key("type"))
                if let other = names[NameKey.of(variant.name)] {
                    sink.error("variants '\(other)' and '\(variant.name)' would become the same Swift name", at: variant.location, variantPath)
                }
                names[NameKey.of(variant.name)] = variant.name
            }
            if union.variants.count < 2 { sink.error("untagged union '\(type.name)' needs at least two variants", at: type.location, path) }
        }
    }

    private mutating func checkTaggedUnion(_ union: TaggedUnion, _ name: String, _ path: JSONPath) {
        var tags: Set<String> = []
        var caseNames: [String: String] = [:]
        for (index, variant) in union.variants.enumerated() {
            let variantPath = path.key("variants").index(index)
            checkReference(variant.type, at: variant.location, variantPath.key("type"))
            switch (variant.tag, variant.key) {
            case (nil, nil):
                sink.error("union variant has no tag; give it a 'tag' (value of '\(union.tagKey)') or a 'key'", at: variant.location, variantPath)
            case (.some, .some):
                sink.error("union variant has both 'tag' and 'key'; give it one", at: variant.location, variantPath)
            case (.some(let tag), nil):
                if !tags.insert(tag).inserted { sink.error("duplicate tag '\(tag)' in union '\(name)'", at: variant.location, variantPath.key("tag")) }
            case (nil, .some(let key)):
                if key == union.tagKey || key == union.contentKey {
                    sink.error("variant key '\(key)' is already the union's tag or content key", at: variant.location, variantPath.key("key"))
                }
            }
            guard let caseName = variant.name ?? variant.tag ?? variant.key else { continue }
            if let other = caseNames[NameKey.of(caseName)] {
                sink.error("variants '\(other)' and '\(caseName)' would become the same Swift name; give one a 'name'",
                           at: variant.location, variantPath)
            }
            caseNames[NameKey.of(caseName)] = caseName
        }
        if union.tagKey == union.contentKey {
            sink.error("a union's tag and content keys must differ", at: typesByName[name]?.location ?? SourceLocation(line: 1, column: 1), path)
        }
    }

    /// Checks the fields and rules of an object type or inline body.
    mutating func checkObject(_ object: ObjectType, _ path: JSONPath, what: String) {
        checkFieldList(object.fields, path.key("fields"), what: what)
        var inlineKeys: [String] = []
        for (index, field) in object.fields.enumerated() {
            let fieldPath = path.key("fields").index(index)
            checkField(field, fieldPath)
            if field.isInline { inlineKeys += inlineUnionKeys(field, fieldPath) }
        }
        if object.fields.filter(\.isInline).count > 1 {
            sink.error("\(what) has more than one inline union", at: object.fields[1].location, path.key("fields"))
        }
        for key in inlineKeys {
            if let clash = object.fields.first(where: { !$0.isInline && $0.name == key }) {
                sink.error("field '\(clash.name)' clashes with a key of the inline union", at: clash.location, path.key("fields"))
            }
        }
        let known = object.fields.filter { !$0.isInline }.map(\.name) + inlineKeys
        for (index, rule) in object.rules.enumerated() {
            let rulePath = path.key("rules").index(index)
            for name in rule.fieldNames where !known.contains(name) {
                var message = "rule names field '\(name)', which \(what) does not have"
                if let suggestion = Suggestion.closest(to: name, among: known) { message += "; did you mean '\(suggestion)'?" }
                sink.error(message, at: rule.location, rulePath)
            }
        }
    }

    /// Duplicate wire names, and wire names that would become one Swift name.
    mutating func checkFieldList(_ fields: [Field], _ path: JSONPath, what: String) {
        var wireNames: Set<String> = []
        var swiftKeys: [String: String] = [:]
        for (index, field) in fields.enumerated() {
            let fieldPath = path.index(index)
            if !wireNames.insert(field.name).inserted {
                sink.error("duplicate field '\(field.name)' in \(what)", at: field.location, fieldPath.key("name"))
                continue
            }
            let key = NameKey.of(field.swiftName ?? field.name)
            if let other = swiftKeys[key] {
                sink.error("fields '\(other)' and '\(field.name)' would become the same Swift name; give one a 'swiftName'",
                           at: field.location, fieldPath.key("name"))
            }
            swiftKeys[key] = field.name
        }
    }

    mutating func checkField(_ field: Field, _ path: JSONPath) {
        checkReference(field.type, at: field.location, path.key("type"))
        ConstraintChecker.check(field, path, types: typesByName, sink: &sink)
    }

    private mutating func inlineUnionKeys(_ field: Field, _ path: JSONPath) -> [String] {
        guard case .named(let name) = field.type, let type = typesByName[name] else { return [] }
        guard case .taggedUnion(let union) = type.kind else {
            sink.error("'inline' needs a tagged union, but '\(name)' is not one", at: field.location, path.key("inline"))
            return []
        }
        if field.isOptional { sink.error("an inline union cannot be optional", at: field.location, path.key("optional")) }
        return union.wireKeys
    }

    mutating func checkReference(_ reference: TypeReference, at location: SourceLocation, _ path: JSONPath) {
        guard case .named(let name) = reference.leaf, typesByName[name] == nil else { return }
        var message = "unknown type '\(name)'"
        let candidates = spec.types.map(\.name) + ScalarType.allCases.map(\.rawValue)
        if let suggestion = Suggestion.closest(to: name, among: candidates) { message += "; did you mean '\(suggestion)'?" }
        sink.error(message, at: location, path)
    }

    /// A struct that holds itself other than through an array or map cannot
    /// exist in Swift, optional or not: such a cycle is an error in the spec.
    private mutating func checkRecursion() {
        var reported: Set<String> = []
        for (index, type) in spec.types.enumerated() {
            guard !reported.contains(type.name), let cycle = cycle(from: type.name, current: type.name, visited: []) else { continue }
            reported.formUnion(cycle)
            let chain = ([type.name] + cycle).joined(separator: " -> ")
            sink.error("recursive type with no array or map field to break the cycle: \(chain)", at: type.location,
                       .root.key("types").index(index))
        }
    }

    private func cycle(from start: String, current: String, visited: Set<String>) -> [String]? {
        for next in strongReferences(of: current) {
            if next == start { return [next] }
            if visited.contains(next) { continue }
            if let rest = cycle(from: start, current: next, visited: visited.union([next])) { return [next] + rest }
        }
        return nil
    }

    /// Types a value of `name` must always contain.
    private func strongReferences(of name: String) -> [String] {
        guard let type = typesByName[name] else { return [] }
        switch type.kind {
        case .object(let object):
            return object.fields.compactMap { field in
                guard case .named(let target) = field.type else { return nil }
                return target
            }
        case .untaggedUnion(let union):
            return union.variants.compactMap { variant in
                if case .named(let target) = variant.type { return target }
                return nil
            }
        case .taggedUnion(let union):
            return union.variants.compactMap { variant in
                if case .named(let target) = variant.type { return target }
                return nil
            }
        case .enumeration:
            return []
        }
    }
}
