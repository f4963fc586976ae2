import APISpec

/// A Swift struct cannot hold itself except through a list or map, so
/// apigen refuses types that hold each other directly (`Node.parent: Node`).
/// Lists and maps of themselves stay as they are; a direct cycle gets one
/// of its fields typed `json`, with a warning and a note.
extension OpenAPIMapper {
    func breakDirectRecursion() {
        // Bounded: each round retypes one field or variant.
        for _ in 0...(types.count * 4) {
            guard let (typeIndex, member) = memberClosingCycle() else { return }
            let type = types[typeIndex]
            switch type.kind {
            case .object(var object):
                let target = object.fields[member].type
                object.fields[member].type = .scalar(.json)
                object.fields[member].constraints = Constraints()
                object.fields[member].defaultValue = nil
                let words = "json: \(target) holds \(type.name) again, which a Swift struct cannot except through a list or map."
                object.fields[member].note = [object.fields[member].note, words].compactMap { $0 }.joined(separator: " ")
                types[typeIndex].kind = .object(object)
                let place = origins[OriginKey.field(type.name, object.fields[member].name)] ?? origins[OriginKey.type(type.name)]
                    ?? DocumentPlace(pointer: "#", location: document.root.location)
                warn(.recursiveField, "'\(type.name).\(object.fields[member].name)' holds \(target), which holds \(type.name) again with no "
                     + "list or map between: the field is json in the draft", at: place)
            case .untaggedUnion(var union):
                union.variants[member].type = .scalar(.json)
                types[typeIndex].kind = .untaggedUnion(union)
                warn(.recursiveField, "a variant of '\(type.name)' holds \(type.name) again with no list or map between: it is json in the draft",
                     at: origins[OriginKey.type(type.name)] ?? DocumentPlace(pointer: "#", location: document.root.location))
            case .taggedUnion(var union):
                union.variants[member].type = .scalar(.json)
                types[typeIndex].kind = .taggedUnion(union)
                warn(.recursiveField, "a variant of '\(type.name)' holds \(type.name) again with no list or map between: it is json in the draft",
                     at: origins[OriginKey.type(type.name)] ?? DocumentPlace(pointer: "#", location: document.root.location))
            case .enumeration:
                return
            }
        }
    }

    /// The types a type holds directly (not in a list or map), with the field or variant holding each.
    private func directReferences(of index: Int) -> [(member: Int, target: Int)] {
        let targets: [TypeReference]
        switch types[index].kind {
        case .object(let object): targets = object.fields.map(\.type)
        case .untaggedUnion(let union): targets = union.variants.map(\.type)
        case .taggedUnion(let union): targets = union.variants.map(\.type)
        case .enumeration: targets = []
        }
        return targets.enumerated().compactMap { member, type in
            guard case .named(let name) = type, let target = typeIndex[name] else { return nil }
            return (member, target)
        }
    }

    /// A (type, member) on a direct cycle: depth first, remembering the way taken.
    private func memberClosingCycle() -> (Int, Int)? {
        var done = Set<Int>()
        var onPath: [Int: Int] = [:]  // type → its position on the path
        var path: [(type: Int, member: Int)] = []
        func visit(_ index: Int) -> (Int, Int)? {
            if let start = onPath[index] { return (path[start].type, path[start].member) }
            guard !done.contains(index) else { return nil }
            onPath[index] = path.count
            for (member, target) in directReferences(of: index) {
                path.append((index, member))
                if let found = visit(target) { return found }
                path.removeLast()
            }
            onPath[index] = nil
            done.insert(index)
            return nil
        }
        for index in types.indices {
            if let found = visit(index) { return found }
        }
        return nil
    }
}
