import APISpec

/// Which fields keep their value in a box (`@APIRuntime.Indirect`). A Swift struct cannot hold itself in place, so a
/// field whose type holds the field's own type again, with no list or map between (`Node.parent: Node?`,
/// `Comment.thread: Thread` where `Thread.first: Comment?`), stores its value on the heap. Decided from the types
/// alone: every field of an object on such a cycle is boxed, so adding a field elsewhere never moves a box. Lint
/// refuses a cycle that no value can end (every field on it required and not nullable), so a boxed cycle always
/// has a way out.
enum IndirectFields {
    struct Key: Hashable {
        let type: String
        let field: String
    }

    static func find(in types: [NamedType]) -> Set<Key> {
        var indexOf: [String: Int] = [:]
        for (index, type) in types.enumerated() where indexOf[type.name] == nil { indexOf[type.name] = index }
        // Types held in place: by an object's field, or as a union's variant.
        let edges: [[Int]] = types.map { type in
            type.heldTypes.compactMap { reference in
                guard case .named(let name) = reference else { return nil }
                return indexOf[name]
            }
        }
        var componentOf = [Int](repeating: -1, count: types.count)
        for (number, component) in StronglyConnected.components(edges).enumerated() {
            for member in component { componentOf[member] = number }
        }
        var keys: Set<Key> = []
        for (index, type) in types.enumerated() where indexOf[type.name] == index {
            guard case .object(let object) = type.kind else { continue }
            for field in object.fields {
                // In one component, the field's type leads back to its owner (itself, for a type holding itself).
                guard case .named(let name) = field.type, let target = indexOf[name],
                      componentOf[target] == componentOf[index] else { continue }
                keys.insert(Key(type: type.name, field: field.name))
            }
        }
        return keys
    }
}
