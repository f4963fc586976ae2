import APISpec

/// Docs may describe an object holding itself (`Contact.parent: Contact`), or two objects holding each other. When a
/// field on the cycle may be left out, a value ends it and the client boxes the fields; when every field on it is
/// required, no value does and lint refuses it: the draft keeps the description and types one field of each such
/// cycle `json`, with a note.
extension DraftSpec {
    mutating func breakCycles() {
        // Bounded: each round retypes one field.
        for _ in 0..<types.count * 4 {
            guard let (owner, field) = fieldClosingCycle(),
                  let typeIndex = types.firstIndex(where: { $0.name == owner }),
                  case .object(var fields) = types[typeIndex].kind,
                  let index = fields.firstIndex(where: { $0.name == field }) else { return }
            let target = fields[index].type
            fields[index].notes.append("json: \(target) holds \(owner) again, through required fields only, so no value ends.")
            fields[index].type = .scalar(.json)
            types[typeIndex].kind = .object(fields)
        }
    }

    /// An object field on a cycle of types that always contain each other (through required fields): (type, field).
    func fieldClosingCycle() -> (String, String)? {
        let byName = Dictionary(types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        func type(of reference: TypeReference) -> DraftType? { reference.typeName.flatMap { byName[$0] } }
        func references(of name: String) -> [(field: String?, target: String)] {
            switch byName[name]?.kind {
            case .object(let fields)?:
                return fields.compactMap { field in
                    guard !field.optional, let target = type(of: field.type) else { return nil }
                    return (field.name, target.name)
                }
            case .taggedUnion(_, _, let variants)?:
                return variants.compactMap { type(of: $0.type).map { (nil, $0.name) } }
            case .untaggedUnion(let variants)?:
                return variants.compactMap { type(of: $0.type).map { (nil, $0.name) } }
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
        for type in types {
            if let found = visit(type.name, []) { return found }
        }
        return nil
    }
}
