import APISpec

/// Which of the fields removed from a list and added to it are one field
/// renamed: the added one keeps the removed one's explicit `swiftName`, or
/// it takes the removed one's place (after the same kept field) with the
/// same shape: type, optionality, nullability, defaults and limits. Anything
/// else stays a removal and an addition, which is the safe verdict.
enum FieldRenames {
    struct Pair {
        var before: Field
        var after: Field
    }

    static func pairs(old: [Field], new: [Field]) -> [Pair] {
        let oldNames = Set(old.map(\.name)), newNames = Set(new.map(\.name))
        var removed = old.filter { !newNames.contains($0.name) }
        var added = new.filter { !oldNames.contains($0.name) }
        var pairs: [Pair] = []
        // An explicit Swift name kept says so outright, wherever the field moved.
        for field in added {
            guard let swiftName = field.swiftName,
                  let index = removed.firstIndex(where: { $0.swiftName == swiftName }) else { continue }
            pairs.append(Pair(before: removed.remove(at: index), after: field))
        }
        added.removeAll { field in pairs.contains { $0.after.name == field.name } }
        let kept = oldNames.intersection(newNames)
        let oldPlaces = places(of: old, kept: kept), newPlaces = places(of: new, kept: kept)
        for field in removed {
            let place = oldPlaces[field.name]
            guard let index = added.firstIndex(where: { newPlaces[$0.name] == place && sameShape(field, $0) }) else { continue }
            pairs.append(Pair(before: field, after: added.remove(at: index)))
        }
        return pairs
    }

    /// Where each field not kept sits: after which kept field (nil: before all of them).
    private struct Place: Hashable {
        var after: String?
    }

    private static func places(of fields: [Field], kept: Set<String>) -> [String: Place] {
        var places: [String: Place] = [:]
        var previous: String?
        for field in fields {
            if kept.contains(field.name) {
                previous = field.name
            } else if places[field.name] == nil {
                places[field.name] = Place(after: previous)
            }
        }
        return places
    }

    /// Everything a caller or the server sees of the value but its name.
    private static func sameShape(_ a: Field, _ b: Field) -> Bool {
        a.type == b.type && a.isOptional == b.isOptional && a.isNullable == b.isNullable
            && a.isOneOrMany == b.isOneOrMany && a.isInline == b.isInline
            && a.isClientDefault == b.isClientDefault && a.defaultValue == b.defaultValue
            && ConstraintComparison.compare(a.constraints, b.constraints).isEmpty
    }
}
