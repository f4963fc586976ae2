/// Reads the `types` section: objects, open enums and both kinds of union.
struct TypeReader {
    static func types(_ document: ObjectReader, sink: inout DiagnosticSink) -> [NamedType] {
        document.array("types", sink: &sink).compactMap { node, path in
            namedType(node, path, sink: &sink)
        }
    }

    private static func namedType(_ node: JSONNode, _ path: JSONPath, sink: inout DiagnosticSink) -> NamedType? {
        // The kind decides which keys are allowed, so read it first.
        let kindText = node.members?.first { $0.key == "kind" }?.value.stringValue ?? "object"
        let kindIsKnown = SpecVocabulary.typeKinds.contains(kindText)
        let allowed: [String]
        switch kindText {
        case "enum": allowed = SpecVocabulary.enumType
        case "taggedUnion": allowed = SpecVocabulary.taggedUnionType
        case "untaggedUnion": allowed = SpecVocabulary.untaggedUnionType
        case "object": allowed = SpecVocabulary.objectType
        // An unknown kind is reported once; its other keys are not blamed.
        default: allowed = Array(Set(SpecVocabulary.objectType + SpecVocabulary.enumType + SpecVocabulary.taggedUnionType)).sorted()
        }
        guard let object = ObjectReader(node, path, what: "a type", allowedKeys: allowed, sink: &sink) else { return nil }
        let name = object.string("name", required: true, sink: &sink)
        let description = object.string("description", sink: &sink) ?? ""
        let note = object.string("note", sink: &sink)
        if let text = object.string("kind", sink: &sink), !kindIsKnown {
            var message = "unknown type kind '\(text)'; expected one of \(SpecVocabulary.typeKinds.joined(separator: ", "))"
            if let suggestion = Suggestion.closest(to: text, among: SpecVocabulary.typeKinds) { message += "; did you mean '\(suggestion)'?" }
            sink.error(.unknownKeyword, message, at: object.node("kind")?.location ?? node.location, path.key("kind"))
            // Kept in its place as an empty object, so that later types keep
            // their JSON paths and its uses are not blamed again.
            guard let name else { return nil }
            sink.unreadableTypes.insert(name)
            return NamedType(name: name, description: description, kind: .object(ObjectType(fields: [])), note: note, location: node.location)
        }
        let kind: NamedType.Kind
        switch kindText {
        case "enum":
            kind = .enumeration(enumType(object, sink: &sink))
        case "taggedUnion":
            let tag = object.string("tag", required: true, sink: &sink) ?? ""
            let content = object.string("content", sink: &sink)
            kind = .taggedUnion(TaggedUnion(tagKey: tag, contentKey: content, variants: taggedVariants(object, sink: &sink)))
        case "untaggedUnion":
            kind = .untaggedUnion(UntaggedUnion(variants: untaggedVariants(object, sink: &sink)))
        default:
            let fields = FieldReader.fields(object, required: true, sink: &sink)
            kind = .object(ObjectType(fields: fields, rules: FieldReader.rules(object, sink: &sink)))
        }
        guard let name else { return nil }
        return NamedType(name: name, description: description, kind: kind, note: note, location: node.location)
    }

    /// String values, or whole numbers (an integer enum); the first value says which, and the rest must agree.
    private static func enumType(_ object: ObjectReader, sink: inout DiagnosticSink) -> EnumType {
        var isInteger: Bool?
        let values = object.array("values", required: true, sink: &sink).compactMap { node, path -> EnumType.Value? in
            // A bare string or number is the short form of a value without name or description.
            let reader = node.members == nil ? nil
                : ObjectReader(node, path, what: "an enum value", allowedKeys: SpecVocabulary.enumValue, sink: &sink)
            if node.members != nil && reader == nil { return nil }
            let valueNode = reader == nil ? node : reader?.node("value")
            guard let valueNode else {
                sink.error(.missingKey, "missing required key 'value' (a string or a whole number)", at: node.location, path)
                return nil
            }
            let text: String
            switch valueNode.value {
            case .string(let string): text = string
            // Kept as the number's plain decimal text (`-0` is `0`), so that values compare as text.
            case .number(let number) where Int64(number) != nil: text = String(Int64(number) ?? 0)
            default:
                sink.error(.wrongValueKind, "an enum value is a string or a whole number (of 64 bits), not \(valueNode.kindName)",
                           at: valueNode.location, reader == nil ? path : path.key("value"))
                return nil
            }
            let isNumber = valueNode.stringValue == nil
            if let isInteger, isInteger != isNumber {
                sink.error(.mixedEnumValues, "an enum's values are all strings or all whole numbers; this one is "
                           + (isNumber ? "a number" : "a string"), at: valueNode.location,
                           reader == nil ? path : path.key("value"))
                return nil
            }
            isInteger = isNumber
            return EnumType.Value(value: text, name: reader?.string("name", sink: &sink),
                                  description: reader?.string("description", sink: &sink) ?? "", location: node.location)
        }
        return EnumType(values: values, isInteger: isInteger ?? false)
    }

    private static func taggedVariants(_ object: ObjectReader, sink: inout DiagnosticSink) -> [TaggedUnion.Variant] {
        object.array("variants", required: true, sink: &sink).compactMap { node, path in
            guard let variant = ObjectReader(node, path, what: "a union variant", allowedKeys: SpecVocabulary.taggedVariant, sink: &sink)
            else { return nil }
            let tag = variant.string("tag", sink: &sink)
            let key = variant.string("key", sink: &sink)
            let name = variant.string("name", sink: &sink)
            let description = variant.string("description", sink: &sink) ?? ""
            guard let type = FieldReader.type(variant, "type", sink: &sink) else { return nil }
            return TaggedUnion.Variant(tag: tag, key: key, name: name, type: type, description: description, location: node.location)
        }
    }

    private static func untaggedVariants(_ object: ObjectReader, sink: inout DiagnosticSink) -> [UntaggedUnion.Variant] {
        object.array("variants", required: true, sink: &sink).compactMap { node, path in
            guard let variant = ObjectReader(node, path, what: "a union variant", allowedKeys: SpecVocabulary.untaggedVariant, sink: &sink)
            else { return nil }
            let name = variant.string("name", required: true, sink: &sink)
            let description = variant.string("description", sink: &sink) ?? ""
            guard let type = FieldReader.type(variant, "type", sink: &sink), let name else { return nil }
            return UntaggedUnion.Variant(name: name, type: type, description: description, location: node.location)
        }
    }
}
