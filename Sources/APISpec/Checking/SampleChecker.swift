import APILimits
import Foundation

/// Samples are test vectors: each is read against its type, as a decoder
/// would, and a request sample also against the limits and rules a client
/// checks before sending. Wrong JSON kinds and missing required fields are
/// errors; keys and enum values the spec does not document are warnings
/// (servers add them; the client keeps working).
struct SampleChecker {
    let types: [String: NamedType]
    var sink: DiagnosticSink
    /// Request samples are also held to limits and rules.
    var isRequest = false

    /// Checks `node` as a value of `type`.
    mutating func check(_ node: JSONNode, as type: TypeReference, _ path: JSONPath, constraints: Constraints = Constraints()) {
        switch type {
        case .scalar(let scalar):
            checkScalar(node, scalar, path, constraints)
        case .array(let elementType):
            guard let elements = node.elements else { return mismatch(node, "an array", path) }
            // Compared as the client holds them: text as Swift strings, whole numbers by value (`1` and `1.0` are one),
            // objects by the fields their type declares.
            // Only `uniqueItems` reads the items' keys (the other list limits count them): a walk of each item's
            // subtree per list would make a deep sample quadratic.
            let keys = constraints.uniqueItems == true
                ? elements.map { itemKey($0, as: elementType) } : elements.map { _ in nil }
            checkLimits(node.location, keys, type, constraints, path)
            for (index, element) in elements.enumerated() {
                check(element, as: elementType, path.index(index), constraints: constraints.items?.value ?? Constraints())
            }
        case .map(let value):
            guard let members = node.members else { return mismatch(node, "an object (a map)", path) }
            if isRequest {
                let map = Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 })
                checkLimits(node.location, map, type, constraints, path)
            }
            for member in members {
                check(member.value, as: value, path.key(member.key), constraints: constraints.items?.value ?? Constraints())
                if let keys = constraints.keys?.value {
                    checkLimits(member.keyLocation, member.key, .scalar(.string), keys, path.key(member.key))
                }
            }
        case .named(let name):
            guard let named = types[name] else { return }
            checkNamed(node, named, path, constraints)
        case .orNull(let inner):
            // Limits look at values: `null` passes them.
            if !node.isNull { check(node, as: inner, path, constraints: constraints) }
        }
    }

    /// Checks `node` as an object with these fields and rules.
    mutating func checkObject(_ node: JSONNode, _ object: ObjectType, _ path: JSONPath) {
        guard let members = node.members else { return mismatch(node, "an object", path) }
        var known = SmallKeySet()
        // By key, the first of a repeated key winning: an object of many members is hashed once, not searched per
        // field.
        var byKey: [String: JSONNode.Member]?
        if members.count > SmallKeySet.listLimit {
            var index: [String: JSONNode.Member] = [:]
            for member in members where index[member.key] == nil { index[member.key] = member }
            byKey = index
        }
        func member(_ key: String) -> JSONNode.Member? {
            if let byKey { return byKey[key] }
            guard let position = members.firstIndex(where: { $0.key == key }) else { return nil }
            return members[position]
        }
        for field in object.fields {
            if field.isInline, case .named(let name) = field.type, case .taggedUnion(let union)? = types[name]?.kind {
                known.formUnion(union.wireKeys)
                checkTagged(node, union, name, path)
                continue
            }
            known.insert(field.name)
            guard let member = member(field.name) else {
                // A server's default may be left out: the server fills it in.
                // A client's is filled in by the client's initializer, not by
                // its decoder, and is always sent: the key must be there.
                if !field.isOptional && field.isClientDefault {
                    sink.error(.sampleMissingField, "sample lacks field '\(field.name)', whose default the client fills in when it builds a value, "
                               + "not when it decodes one (it is always sent)", at: node.location, path)
                } else if !field.isOptional && field.defaultValue == nil {
                    sink.error(.sampleMissingField, "sample lacks required field '\(field.name)'", at: node.location, path)
                }
                continue
            }
            if member.value.isNull {
                if !field.isOptional && !field.isNullable {
                    sink.error(.sampleUnexpectedNull, "sample has null for required field '\(field.name)'",
                               at: member.value.location, path.key(field.name))
                }
                continue
            }
            if field.isOneOrMany, case .array(let element) = field.type, member.value.elements == nil {
                // The client reads a list of one, and holds the list to its own limits too (`minItems` 2 refuses it).
                checkLimits(member.value.location, [member.value], field.type, field.constraints, path.key(field.name))
                check(member.value, as: element, path.key(field.name), constraints: field.constraints.items?.value ?? Constraints())
                continue
            }
            check(member.value, as: field.type, path.key(field.name), constraints: field.constraints)
        }
        for member in members where !known.contains(member.key) {
            sink.warning(.sampleUndocumentedKey, "sample has key '\(member.key)', which the spec does not document",
                         at: member.keyLocation, path.key(member.key))
        }
        if isRequest, !object.rules.isEmpty {
            let present = SmallKeySet(members.lazy.filter { !$0.value.isNull }.map(\.key))
            checkRules(object.rules, present: present, members: members, node, path)
        }
    }

    private mutating func checkNamed(_ node: JSONNode, _ named: NamedType, _ path: JSONPath, _ constraints: Constraints) {
        switch named.kind {
        case .object(let object):
            checkObject(node, object, path)
        case .enumeration(let enumeration) where enumeration.isInteger:
            guard case .number(let text) = node.value, let number = Int64(text) else {
                return mismatch(node, "a whole number of enum '\(named.name)'", path)
            }
            if !enumeration.values.contains(where: { Int64($0.value) == number }) {
                sink.warning(.sampleUndocumentedValue, "sample value \(text) is not a documented value of enum '\(named.name)'",
                             at: node.location, path)
            }
        case .enumeration(let enumeration):
            guard let text = node.stringValue else { return mismatch(node, "a string of enum '\(named.name)'", path) }
            if !enumeration.values.contains(where: { $0.value == text }) {
                sink.warning(.sampleUndocumentedValue, "sample value '\(text)' is not a documented value of enum '\(named.name)'",
                             at: node.location, path)
            }
            checkLimits(node.location, text, .named(named.name), constraints, path)
        case .taggedUnion(let union):
            guard node.members != nil else { return mismatch(node, "an object (union '\(named.name)')", path) }
            checkTagged(node, union, named.name, path)
            // Without a content key, the variant's own check reads every key.
            guard union.contentKey != nil else { return }
            let known = Set(union.wireKeys)
            for member in node.members ?? [] where !known.contains(member.key) {
                sink.warning(.sampleUndocumentedKey, "sample has key '\(member.key)', which the spec does not document",
                             at: member.keyLocation, path.key(member.key))
            }
        case .untaggedUnion(let union):
            // A decoder picks the first variant the value decodes as, whatever
            // its limits: a request's value is then held to that variant's
            // limits and rules, not passed on to a later variant that has none.
            for variant in union.variants {
                var trial = SampleChecker(types: types, sink: DiagnosticSink(file: sink.file), isRequest: false)
                trial.check(node, as: variant.type, path)
                guard !trial.sink.diagnostics.hasErrors else { continue }
                if isRequest {
                    trial = SampleChecker(types: types, sink: DiagnosticSink(file: sink.file), isRequest: true)
                    trial.check(node, as: variant.type, path)
                }
                trial.sink.diagnostics.forEach { sink.append($0) }
                return
            }
            let shapes = union.variants.map { $0.type.description }.joined(separator: ", ")
            sink.error(.sampleNoVariant, "sample matches no variant of union '\(named.name)' (\(shapes))",
                       at: node.location, path)
        }
    }

    /// The tag or key picks the variant, whose content is then checked.
    private mutating func checkTagged(_ node: JSONNode, _ union: TaggedUnion, _ name: String, _ path: JSONPath) {
        let members = node.members ?? []
        let content = members.first { $0.key == union.contentKey }
        for variant in union.variants {
            guard let key = variant.key, let keyed = members.first(where: { $0.key == key }),
                  !members.contains(where: { $0.key == union.tagKey }) else { continue }
            if keyed.value.stringValue == nil { mismatch(keyed.value, "a string", path.key(key)) }
            // The client reads a keyed variant's content as it reads a tagged one's: it must be there.
            guard let content, let contentKey = union.contentKey else {
                sink.error(.sampleMissingField, "sample lacks the content '\(union.contentKey ?? "")' of union '\(name)'",
                           at: node.location, path)
                return
            }
            check(content.value, as: variant.type, path.key(contentKey))
            return
        }
        guard let tag = members.first(where: { $0.key == union.tagKey }) else {
            sink.error(.sampleMissingField, "sample lacks the tag '\(union.tagKey)' of union '\(name)'", at: node.location, path)
            return
        }
        guard let text = tag.value.stringValue else { return mismatch(tag.value, "a string", path.key(union.tagKey)) }
        guard let variant = union.variants.first(where: { $0.tag == text }) else {
            sink.warning(.sampleUndocumentedValue, "sample tag '\(text)' is not a documented variant of union '\(name)'",
                         at: tag.value.location, path.key(union.tagKey))
            return
        }
        // Without a content key, the tagged object is the variant's content.
        guard let contentKey = union.contentKey else { return check(node, as: variant.type, path) }
        guard let content else {
            sink.error(.sampleMissingField, "sample lacks the content '\(contentKey)' of union '\(name)'",
                       at: node.location, path)
            return
        }
        check(content.value, as: variant.type, path.key(contentKey))
    }

    private mutating func checkScalar(_ node: JSONNode, _ scalar: ScalarType, _ path: JSONPath, _ constraints: Constraints) {
        switch scalar {
        case .json:
            return
        case .file:
            // A multipart sample names its file; the client checks the name's extension as the part is built.
            guard let name = node.stringValue else { return mismatch(node, "a file name", path) }
            // No extension listed: the client checks none (`MultipartForm`), and neither does lint.
            guard isRequest, let extensions = constraints.fileExtensions, !extensions.isEmpty else { return }
            var validator = Validator()
            name.check(.fileExtension(extensions), at: "", secret: false, into: &validator)
            for violation in validator.violations {
                sink.error(.sampleViolatesLimit, "request sample value \(violation.message)", at: node.location, path)
            }
        case .bool:
            if case .bool = node.value { return }
            mismatch(node, "true or false", path)
        case .int32, .int64, .epochSeconds, .epochMillis, .double:
            guard case .number(let text) = node.value else { return mismatch(node, "a number", path) }
            // Read as the client's decoder reads numbers (`1e3` is an int32).
            let number = Substring(text)
            let fits: Bool
            switch scalar {
            case .int32: fits = JSONNumberText.wholeNumber(number, as: Int32.self) != nil
            case .double: fits = JSONNumberText.finiteDouble(number) != nil
            default: fits = JSONNumberText.wholeNumber(number, as: Int64.self) != nil
            }
            if !fits { return mismatch(node, scalar == .int32 ? "a whole number that fits 32 bits" : scalar == .double ? "a number" : "a whole number", path) }
            if let number = Double(text) { checkLimits(node.location, number, .scalar(scalar), constraints, path) }
        case .dateTime:
            guard let text = node.stringValue else { return mismatch(node, "an ISO 8601 date-time string", path) }
            if !Self.isDateTime(text) { mismatch(node, "an ISO 8601 date-time like 2017-12-20T08:33:51Z", path) }
        case .date:
            guard let text = node.stringValue, Self.isCalendarDate(text) else { return mismatch(node, "a date like 2024-05-15", path) }
        case .string, .guid, .phone, .url, .email:
            guard let text = node.stringValue else { return mismatch(node, "a string", path) }
            checkLimits(node.location, text, .scalar(scalar), constraints, path)
        }
    }

    /// What tells scalar list elements apart for `uniqueItems`: a string itself, a whole number's value, anything else
    /// its canonical text; nil for `null` (in `[T?]`), which the client holds as nil, equal to another nil and to no
    /// string (`"null"` included).
    static func distinctKey(_ element: JSONNode) -> String? {
        switch element.value {
        case .null: return nil
        case .string(let text): return text
        case .number(let text): return JSONNumberText.wholeNumber(Substring(text), as: Int64.self).map { "\($0)" } ?? text
        default: return element.canonicalText
        }
    }

    /// A request sample's value is checked by the very code a generated
    /// client validates with (`APILimits`), against the limits it lowers
    /// (`ClientLimits`): what lint accepts, the client sends. Elements and
    /// map values are checked where the walk reaches them, so only this
    /// level's limits apply here.
    private mutating func checkLimits<Value: ConstrainedValue>(_ location: SourceLocation, _ value: Value, _ type: TypeReference,
                                                               _ constraints: Constraints, _ path: JSONPath) {
        guard isRequest else { return }
        let limits = ClientLimits.constraints(for: type, constraints).filter(\.appliesToTheValueItself)
        guard !limits.isEmpty else { return }
        var validator = Validator()
        validator.check(value, "", limits)
        for violation in validator.violations {
            sink.error(.sampleViolatesLimit, "request sample value \(violation.message)", at: location, path)
        }
    }

    /// Rules are judged by the runtime's `Validator`, as the client judges them.
    private mutating func checkRules(_ rules: [Rule], present: SmallKeySet, members: [JSONNode.Member],
                                     _ node: JSONNode, _ path: JSONPath) {
        var validator = Validator()
        for rule in rules {
            switch rule.kind {
            case .anyOf(let fields):
                validator.requireAny(fields.map { (name: $0, isPresent: present.contains($0)) })
            case .requires(let field, let required):
                for name in required {
                    validator.require(name, present.contains(name), whenPresent: field, present.contains(field))
                }
            case .requiredWhen(let field, let when, let values):
                let text: String?
                switch members.first(where: { $0.key == when })?.value.value {
                case .string(let string): text = string
                // The client compares the number it decoded, as it writes it (`3.0` and `3e0` are `3`).
                case .number(let number): text = JSONNumberText.wholeNumber(Substring(number), as: Int64.self).map(String.init) ?? number
                case .bool(let flag): text = flag ? "true" : "false"
                default: text = nil
                }
                validator.require(field, present.contains(field), when: when, is: text, in: values)
            }
        }
        for violation in validator.violations {
            sink.error(.sampleViolatesRule, "request sample breaks a rule: \(violation.message)", at: node.location, path)
        }
    }

    private mutating func mismatch(_ node: JSONNode, _ expected: String, _ path: JSONPath) {
        sink.error(.sampleKindMismatch, "sample value should be \(expected), found \(node.kindName)", at: node.location, path)
    }

    private mutating func violation(_ node: JSONNode, _ what: String, _ path: JSONPath) {
        sink.error(.sampleViolatesLimit, "request sample value \(what)", at: node.location, path)
    }

    /// `2024-05-15`: four digits, two, two, a real day.
    static func isCalendarDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month) else { return false }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)) else { return false }
        return calendar.component(.day, from: date) == day
    }

    /// What the runtime decodes as a date-time (`JSONCoding`): the same two
    /// styles, so a sample passes here exactly when a client can read it.
    /// (These parsers need no ICU; `ISO8601DateFormatter` loaded it, a fifth
    /// of a whole `apigen generate`.)
    static func isDateTime(_ text: String) -> Bool {
        dateTime(text) != nil
    }

    /// The instant a date-time names, read as the client's decoder reads it.
    static func dateTime(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}

extension JSONNode {
    var isNull: Bool {
        if case .null = value { return true }
        return false
    }
}
