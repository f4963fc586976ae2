/// Reads fields, parameters, constraints and cross-field rules.
struct FieldReader {
    static func fields(_ reader: ObjectReader, key: String = "fields", required: Bool, sink: inout DiagnosticSink) -> [Field] {
        reader.array(key, required: required, sink: &sink).compactMap { node, path in
            guard let object = ObjectReader(node, path, what: "a field", allowedKeys: SpecVocabulary.field, sink: &sink) else { return nil }
            return field(object, sink: &sink)
        }
    }

    static func parameters(_ reader: ObjectReader, sink: inout DiagnosticSink) -> [Parameter] {
        reader.array("parameters", sink: &sink).compactMap { node, path in
            guard let object = ObjectReader(node, path, what: "a parameter", allowedKeys: SpecVocabulary.parameter, sink: &sink),
                  let field = field(object, sink: &sink) else { return nil }
            guard let placeText = object.string("in", required: true, sink: &sink) else { return nil }
            guard let place = Parameter.Location(rawValue: placeText) else {
                sink.error(.unknownKeyword, "unknown parameter location '\(placeText)'; expected one of path, query, header",
                           at: object.node("in")?.location ?? node.location, path.key("in"))
                return nil
            }
            var style: Parameter.Style?
            if let text = object.string("style", sink: &sink) {
                style = Parameter.Style(rawValue: text)
                if style == nil {
                    let known = Parameter.Style.allCases.map(\.rawValue).joined(separator: ", ")
                    sink.error(.unknownKeyword, "unknown query style '\(text)'; expected one of \(known)",
                               at: object.node("style")?.location ?? node.location,
                               path.key("style"))
                }
            }
            return Parameter(location: place, field: field, style: style, styleLocation: object.node("style")?.location)
        }
    }

    static func field(_ object: ObjectReader, sink: inout DiagnosticSink) -> Field? {
        let name = object.string("name", required: true, sink: &sink)
        let typeReference = type(object, "type", sink: &sink)
        let isOptional = object.bool("optional", sink: &sink) ?? false
        var defaultValue: DefaultValue?
        if let node = object.node("default") { defaultValue = Self.defaultValue(node, object.path.key("default"), sink: &sink) }
        let description = object.string("description", sink: &sink) ?? ""
        let constraints = constraints(object, sink: &sink)
        let swiftName = object.string("swiftName", sink: &sink)
        let isInline = object.bool("inline", sink: &sink) ?? false
        let isSecret = object.bool("secret", sink: &sink) ?? false
        // A default of the wrong kind is blamed already; the checker blames a client default without any.
        let isClientDefault = (object.bool("clientDefault", sink: &sink) ?? false)
            && (defaultValue != nil || !object.has("default"))
        let isOneOrMany = object.bool("oneOrMany", sink: &sink) ?? false
        let isNullable = object.bool("nullable", sink: &sink) ?? false
        let note = object.string("note", sink: &sink)
        guard let name else { return nil }
        // A field whose type could not be read stays in its place (so that
        // later fields keep their JSON paths) as free-form JSON, and is not
        // checked further.
        guard let typeReference else {
            sink.unreadableFields.insert(name)
            return Field(name: name, type: .scalar(.json), isOptional: true, description: description, location: object.node.location)
        }
        return Field(name: name, swiftName: swiftName, type: typeReference, isOptional: isOptional, defaultValue: defaultValue,
                     isClientDefault: isClientDefault, description: description, constraints: constraints, isInline: isInline, isSecret: isSecret, isOneOrMany: isOneOrMany, isNullable: isNullable, note: note,
                     location: object.node.location)
    }

    static func type(_ object: ObjectReader, _ key: String, sink: inout DiagnosticSink) -> TypeReference? {
        guard let text = object.string(key, required: true, sink: &sink) else { return nil }
        guard let reference = TypeReference.parse(text) else {
            let depth = text.unicodeScalars.prefix { $0 == "[" || $0 == "{" || $0 == " " }.filter { $0 != " " }.count
            let (code, message): (DiagnosticCode, String) = depth > TypeReference.maximumNesting
                ? (.typeNestedTooDeep, "type nested more than \(TypeReference.maximumNesting) levels deep")
                : (.malformedType, "malformed type '\(Diagnostic.clipped(text))'; write a name, [T] for an array "
                    + "or {T} for a map, [T?] or {T?} where they hold null")
            sink.error(code, message, at: object.node(key)?.location ?? object.node.location, object.path.key(key))
            return nil
        }
        if reference.hasMisplacedNull {
            sink.error(.malformedType, "malformed type '\(Diagnostic.clipped(text))': '?' marks the elements of a list "
                       + "or the values of a map that may be null ([T?], {T?}); a field that may be null says "
                       + "\"nullable\": true",
                       at: object.node(key)?.location ?? object.node.location, object.path.key(key))
            return nil
        }
        return reference
    }

    static func defaultValue(_ node: JSONNode, _ path: JSONPath, sink: inout DiagnosticSink,
                             inList: Bool = false) -> DefaultValue? {
        switch node.value {
        case .bool(let flag): return .bool(flag)
        case .number(let text): return .number(text)
        case .string(let text): return .string(text)
        case .array(let elements) where !inList:
            let items = elements.enumerated().map { index, element in
                defaultValue(element, path.index(index), sink: &sink, inList: true)
            }
            return items.contains(where: { $0 == nil }) ? nil : .list(items.compactMap { $0 })
        default:
            let what = inList ? "a list default's item must be a string, number or boolean"
                : "a default must be a string, number, boolean, or a list of them"
            sink.error(.wrongValueKind, "\(what), found \(node.kindName)", at: node.location, path)
            return nil
        }
    }

    static func constraints(_ object: ObjectReader, sink: inout DiagnosticSink) -> Constraints {
        var result = Constraints()
        func nested(_ key: String) -> Box<Constraints>? {
            guard let node = object.node(key),
                  let nested = ObjectReader(node, object.path.key(key), what: "'\(key)' constraints",
                                            allowedKeys: SpecVocabulary.constraints, sink: &sink) else { return nil }
            return Box(constraints(nested, sink: &sink))
        }
        // Only the limits the object states, in the table's order: most fields state none, and looking up each
        // limit's key was a tenth of loading.
        var stated: UInt64 = 0
        for key in object.keys where LimitTable.Limit.mayBeKey(key) {
            if let position = LimitTable.Limit.positions[key] { stated |= 1 << position }
        }
        for (position, limit) in LimitTable.Limit.allCases.enumerated() where stated & (1 << position) != 0 {
            let key = limit.rawValue
            switch limit {
            case .minLength: result.minLength = object.integer(key, sink: &sink)
            case .maxLength: result.maxLength = object.integer(key, sink: &sink)
            case .pattern: result.pattern = object.string(key, sink: &sink)
            case .minimum: result.minimum = object.double(key, sink: &sink)
            case .maximum: result.maximum = object.double(key, sink: &sink)
            case .exclusiveMinimum: result.exclusiveMinimum = object.double(key, sink: &sink)
            case .exclusiveMaximum: result.exclusiveMaximum = object.double(key, sink: &sink)
            case .multipleOf: result.multipleOf = object.double(key, sink: &sink)
            case .minItems: result.minItems = object.integer(key, sink: &sink)
            case .maxItems: result.maxItems = object.integer(key, sink: &sink)
            case .uniqueItems: result.uniqueItems = object.bool(key, sink: &sink) == true ? true : nil
            case .fileExtensions: result.fileExtensions = object.strings(key, sink: &sink)
            case .items: result.items = nested(key)
            case .keys: result.keys = nested(key)
            }
        }
        return result
    }

    static func rules(_ reader: ObjectReader, sink: inout DiagnosticSink) -> [Rule] {
        reader.array("rules", sink: &sink).compactMap { node, path in
            guard let object = ObjectReader(node, path, what: "a rule", allowedKeys: SpecVocabulary.rule, sink: &sink) else { return nil }
            let description = object.string("description", sink: &sink)
            if let fields = object.strings("anyOf", sink: &sink) {
                return Rule(.anyOf(fields), description: description, location: node.location)
            }
            guard let field = object.string("field", required: true, sink: &sink) else { return nil }
            if let required = object.strings("requires", sink: &sink) {
                return Rule(.requires(field: field, required: required), description: description, location: node.location)
            }
            if let when = object.string("requiredWhen", sink: &sink) {
                let values = object.strings("in", required: true, sink: &sink) ?? []
                return Rule(.requiredWhen(field: field, when: when, values: values), description: description, location: node.location)
            }
            sink.error(.malformedRule, "a rule needs 'anyOf', 'requires' or 'requiredWhen'", at: node.location, path)
            return nil
        }
    }
}
