import APISpec

/// An object whose properties are all of the schema its `additionalProperties` gives (GitHub's app `permissions`:
/// `issues`, `checks`, … and any other key, each a string) is a map of that schema: the map reads every key the
/// object could, the named ones included, so nothing is lost but their names, which its note keeps. Objects whose
/// properties differ from the rest keep their fields, with a warning that other keys are not read.
extension OpenAPIMapper {
    /// The named keys, when `schema` is such an object.
    func keysOfUniformMap(_ schema: JSONNode) -> [String]? {
        guard let properties = schema.member("properties")?.members, !properties.isEmpty,
              schema.member("allOf") == nil, let additional = schema.member("additionalProperties"),
              additional.value != .bool(true), additional.value != .bool(false), !isAnnotation(additional),
              let shape = Self.valueShape(additional) else { return nil }
        guard properties.allSatisfy({ Self.valueShape($0.value) == shape }) else { return nil }
        return properties.map(\.key)
    }

    /// What a schema says of a value, its prose left out; nil for one that names or nests other schemas, whose
    /// equality by text would not mean the same type.
    private static func valueShape(_ schema: JSONNode) -> String? {
        guard case .object(let members) = schema.value else { return nil }
        let prose: Set<String> = ["description", "title", "example", "examples", "externalDocs", "deprecated"]
        let nested: Set<String> = ["$ref", "properties", "additionalProperties", "items", "allOf", "oneOf", "anyOf",
                                   "not"]
        guard !members.contains(where: { nested.contains($0.key) }) else { return nil }
        var kept = schema
        kept.value = .object(members.filter { !prose.contains($0.key) && !$0.key.hasPrefix("x-") })
        return kept.canonicalText
    }

    /// The note of such a map: the keys the document names, and the ones it requires, which a map cannot.
    static func uniformMapNote(keys: [String], required: [String]) -> String {
        var note = "A map: the document names the keys \(keys.joined(separator: ", ")), each of the same type as "
            + "any other key."
        if !required.isEmpty { note += " It requires \(required.joined(separator: ", ")), which a map does not check." }
        return note
    }
}
