import APISpec

/// Types that hold each other in place are kept when a value can end the cycle (a field that may be left out or be
/// null, a union with another variant: the client keeps such fields in boxes). A cycle lint refuses, one no finite
/// value has or of unions holding each other as variants, gets one of its fields or variants typed `json`, with a
/// warning and a note.
extension OpenAPIMapper {
    func breakDirectRecursion() {
        // Bounded: each round retypes one field or variant.
        for _ in 0...(types.count * 4) {
            guard let cycle = RecursiveTypes.refusedCycles(types).first else { return }
            let (typeIndex, member) = (cycle.types[0], cycle.members[0])
            let type = types[typeIndex]
            switch type.kind {
            case .object(var object):
                let target = object.fields[member].type
                object.fields[member].type = .scalar(.json)
                object.fields[member].constraints = Constraints()
                object.fields[member].defaultValue = nil
                let words = "json: \(target) holds \(type.name) again, with no field that may be left out or null between, "
                    + "so no value ends."
                object.fields[member].note = [object.fields[member].note, words].compactMap { $0 }.joined(separator: " ")
                types[typeIndex].kind = .object(object)
                let place = origins[OriginKey.field(type.name, object.fields[member].name)] ?? origins[OriginKey.type(type.name)]
                    ?? DocumentPlace(pointer: "#", location: document.root.location)
                warn(.recursiveField, "'\(type.name).\(object.fields[member].name)' holds \(target), which holds "
                     + "\(type.name) again, and no value ends the cycle: the field is json in the draft", at: place)
            case .untaggedUnion(var union):
                union.variants[member].type = .scalar(.json)
                types[typeIndex].kind = .untaggedUnion(union)
                warnVariant(of: type.name)
            case .taggedUnion(var union):
                union.variants[member].type = .scalar(.json)
                types[typeIndex].kind = .taggedUnion(union)
                warnVariant(of: type.name)
            case .enumeration:
                return
            }
        }
    }

    private func warnVariant(of union: String) {
        warn(.recursiveField, "a variant of '\(union)' leads back to \(union) on a cycle that no value ends, or that runs "
             + "through unions alone: the variant is json in the draft",
             at: origins[OriginKey.type(union)] ?? DocumentPlace(pointer: "#", location: document.root.location))
    }
}
