/// Types that hold each other in place (not through a list or map). The generator keeps a field on such a cycle in a
/// box (`@Indirect`), so Swift takes any cycle that a value can end: through a field that may be left out or be
/// `null`, or through a union with a variant off the cycle (`Expr` is a `Literal` or a `Sum` of two `Expr`s). What
/// lint refuses is a type no finite value has, and unions holding each other as variants, which a box on a field
/// cannot break. Linear in the spec's size: one error per cycle.
extension SpecChecker {
    mutating func checkRecursion() {
        for cycle in RecursiveTypes.refusedCycles(spec.types) {
            let what = switch cycle.kind {
            case .endless: "recursive type with no optional, nullable, array or map field to break the cycle"
            case .unions: "unions that hold each other as variants, which only a field can break"
            }
            let chain = (cycle.types + [cycle.types[0]]).map { spec.types[$0].name }
            sink.error(.recursiveType, what + ": " + chain.joined(separator: " -> "), at: spec.types[cycle.types[0]].location,
                       .root.key("types").index(cycle.types[0]))
        }
    }
}

/// The cycles of types held in place that lint refuses, for the checker to report and an importer to break.
package enum RecursiveTypes {
    package struct Cycle {
        package enum Kind { case endless, unions }
        package let kind: Kind
        /// Indices into the spec's types, from the cycle's first type on (it follows the last one again).
        package let types: [Int]
        /// For each of `types`, the field or variant (by index) holding the next type.
        package let members: [Int]
    }

    package static func refusedCycles(_ types: [NamedType]) -> [Cycle] {
        var indexOf: [String: Int] = [:]
        for (index, type) in types.enumerated() where indexOf[type.name] == nil { indexOf[type.name] = index }
        let required = types.map { requiredReferences(of: $0, indexOf) }
        let finite = typesWithFiniteValues(types, required)
        // The types without a finite value, each with what keeps it from one.
        let endless = required.enumerated().map { index, held in
            finite[index] ? [] : held.filter { !finite[$0.target] }
        }
        let variantUnions = types.map { type -> [(member: Int, target: Int)] in
            guard case let variants? = type.variantTypes else { return [] }
            return variants.enumerated().compactMap { member, reference in
                guard case .named(let name) = reference, let target = indexOf[name],
                      types[target].variantTypes != nil else { return nil }
                return (member, target)
            }
        }
        return cycles(endless, .endless) + cycles(variantUnions, .unions)
    }

    private static func cycles(_ held: [[(member: Int, target: Int)]], _ kind: Cycle.Kind) -> [Cycle] {
        let edges = held.map { $0.map(\.target) }
        return StronglyConnected.components(edges).compactMap { component in
            let first = component.min() ?? 0
            guard component.count > 1 || edges[first].contains(first) else { return nil }
            // `cycle` ends back at `first`.
            let path = [first] + StronglyConnected.cycle(from: first, within: Set(component), edges).dropLast()
            let members = path.indices.map { position in
                let next = path[(position + 1) % path.count]
                return held[path[position]].first { $0.target == next }?.member ?? 0
            }
            return Cycle(kind: kind, types: path, members: members)
        }
    }

    /// Which types have a finite value, from those that need no other type on: an object once every type it must
    /// hold has one, a union once one of its variants has one. Each reference is looked at once.
    private static func typesWithFiniteValues(_ types: [NamedType],
                                              _ required: [[(member: Int, target: Int)]]) -> [Bool] {
        var finite = [Bool](repeating: false, count: types.count)
        var waiting = [Int](repeating: 0, count: types.count)  // objects: required types without a value yet
        var holders = [[Int]](repeating: [], count: types.count)
        var ready: [Int] = []
        for (index, type) in types.enumerated() {
            for reference in required[index] { holders[reference.target].append(index) }
            if let variants = type.variantTypes {
                // A variant that is not a type of the spec (a scalar, a list) has a value already.
                if variants.count > required[index].count { ready.append(index) }
            } else {
                waiting[index] = required[index].count
                if required[index].isEmpty { ready.append(index) }
            }
        }
        while let index = ready.popLast() {
            guard !finite[index] else { continue }
            finite[index] = true
            for holder in holders[index] where !finite[holder] {
                if types[holder].variantTypes != nil {
                    ready.append(holder)
                } else {
                    waiting[holder] -= 1
                    if waiting[holder] == 0 { ready.append(holder) }
                }
            }
        }
        return finite
    }

    /// The types a value of `type` must hold in place: its fields that can be neither left out nor `null`, or its
    /// variants. (A name no type has is blamed elsewhere, and ends nothing here.)
    private static func requiredReferences(of type: NamedType,
                                           _ indexOf: [String: Int]) -> [(member: Int, target: Int)] {
        let references: [TypeReference?]
        switch type.kind {
        case .object(let object):
            references = object.fields.map { $0.isOptional || $0.isNullable ? nil : $0.type }
        case .taggedUnion, .untaggedUnion:
            references = type.variantTypes ?? []
        case .enumeration:
            references = []
        }
        return references.enumerated().compactMap { member, reference in
            guard case .named(let name)? = reference, let target = indexOf[name] else { return nil }
            return (member, target)
        }
    }
}

private extension NamedType {
    /// A union's variants' types; nil for other kinds.
    var variantTypes: [TypeReference]? {
        switch kind {
        case .taggedUnion, .untaggedUnion: heldTypes
        case .object, .enumeration: nil
        }
    }
}
