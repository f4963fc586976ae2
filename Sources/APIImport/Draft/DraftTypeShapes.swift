import APISpec

/// The draft types its fields with the spec's own `TypeReference`, so what a
/// pass asks of a type (is it a list, which type does it name, which form
/// does it hold) is a question of the model, not of its spelling.
extension TypeReference {
    /// The name of a named type (`Contact`); nil for scalars, lists and maps.
    var typeName: String? {
        if case .named(let name) = self { return name }
        return nil
    }

    /// What a list holds (`[guid]` → guid); anything else is itself.
    var listItem: TypeReference {
        if case .array(let item) = self { return item }
        return self
    }

    var isMapType: Bool {
        if case .map = self { return true }
        return false
    }

    /// A list of `item` when this is a list, else `item`: a form or a name found for a field's values.
    func keepingList(_ item: TypeReference) -> TypeReference {
        isArrayType ? .array(item) : item
    }

    /// The same shape with every `json` in it `string`: a map whose values the docs leave unsaid holds text.
    var jsonAsText: TypeReference {
        switch self {
        case .scalar(.json): .scalar(.string)
        case .scalar, .named: self
        case .array(let item): .array(item.jsonAsText)
        case .map(let value): .map(value.jsonAsText)
        case .orNull(let value): .orNull(value.jsonAsText)
        }
    }

    /// The same shape with named types renamed by `renames`.
    func renamed(_ renames: [String: String]) -> TypeReference {
        switch self {
        case .named(let name): .named(renames[name] ?? name)
        case .scalar: self
        case .array(let item): .array(item.renamed(renames))
        case .map(let value): .map(value.renamed(renames))
        case .orNull(let value): .orNull(value.renamed(renames))
        }
    }
}
