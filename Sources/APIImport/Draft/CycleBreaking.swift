import APISpec

/// Docs may describe an object holding itself (`Contact.parent: Contact`), or two objects holding each other. When a
/// field on the cycle may be left out, a value ends it and the client boxes the fields; when every field on it is
/// required, no value does and lint refuses it: the draft keeps the description and types one field of each such
/// cycle `json`, with a note.
extension DraftBuilder {
    mutating func breakCycles() {
        // Bounded: each round retypes one field.
        for _ in 0..<registry.types.count * 4 {
            guard let (owner, field) = fieldClosingCycle() else { return }
            guard case .object(var fields)? = registry.type(named: owner)?.kind, let index = fields.firstIndex(where: { $0.name == field }) else { return }
            let target = fields[index].type
            fields[index].notes.append("json: \(target) holds \(owner) again, through required fields only, so no value ends.")
            fields[index].type = .scalar(.json)
            registry.replaceFields(of: owner, with: fields)
        }
    }

    /// An object field on a cycle of types that always contain each other (through required fields): (type, field).
    func fieldClosingCycle() -> (String, String)? {
        func references(of name: String) -> [(field: String?, target: String)] {
            switch registry.type(named: name)?.kind {
            case .object(let fields)?:
                return fields.compactMap { field in
                    guard !field.optional, let target = registry.type(of: field.type) else { return nil }
                    return (field.name, target.name)
                }
            case .taggedUnion(_, _, let variants)?:
                return variants.compactMap { registry.type(of: $0.type).map { (nil, $0.name) } }
            case .untaggedUnion(let variants)?:
                return variants.compactMap { registry.type(of: $0.type).map { (nil, $0.name) } }
            case .enumeration?, nil:
                return []
            }
        }
        var done = Set<String>()
        // Depth first, remembering the path as (type, field that leads on).
        func visit(_ name: String, _ path: [(type: String, field: String?)]) -> (String, String)? {
            if let start = path.firstIndex(where: { $0.type == name }) {
                return path[start...].last { $0.field != nil }.map { ($0.type, $0.field!) }
            }
            guard !done.contains(name) else { return nil }
            for (field, target) in references(of: name) {
                if let found = visit(target, path + [(name, field)]) { return found }
            }
            done.insert(name)
            return nil
        }
        for type in registry.types {
            if let found = visit(type.name, []) { return found }
        }
        return nil
    }
}
