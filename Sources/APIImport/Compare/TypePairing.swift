import APISpec

/// How the comparer pairs named types and compares types across specs
/// whose type names differ.
extension SpecComparer {
    /// Draft type name → the reference type it is most like; several draft
    /// types may map to one reference type (the draft repeats what a person merged).
    func draftToReference() -> [String: String] {
        var result: [String: String] = [:]
        for (pair, _) in scoredCandidates() where result[pair.draft] == nil { result[pair.draft] = pair.reference }
        return result
    }

    /// Pairs found at the same place, best first.
    func scoredCandidates() -> [(Pair, Double)] {
        let draftOperations = Dictionary(draft.operations.map { (Self.operationKey($0), $0) }, uniquingKeysWith: { first, _ in first })
        var candidates = Set<Pair>()
        var queue: [([(String, Field)], [(String, Field)])] = []
        for operation in reference.operations {
            guard let twin = draftOperations[Self.operationKey(operation)] else { continue }
            queue.append((operation.parameters.map { ($0.field.name, $0.field) }, twin.parameters.map { ($0.field.name, $0.field) }))
            queue.append((operation.responseHeaders.map { ($0.name.lowercased(), $0) },
                          twin.responseHeaders.map { ($0.name.lowercased(), $0) }))
            for (mine, theirs) in [(operation.requestBody, twin.requestBody), (operation.responseBody, twin.responseBody)] {
                queue.append((wired(fields(mine, in: reference), in: reference), wired(fields(theirs, in: draft), in: draft)))
                if case .type(let left)? = mine?.shape, case .type(let right)? = theirs?.shape { collect(left, right, &candidates, &queue) }
            }
        }
        if let mine = reference.webhooks?.payload, let theirs = draft.webhooks?.payload { collect(mine, theirs, &candidates, &queue) }
        func walk() {
            while let (left, right) = queue.popLast() {
                for (key, field) in left {
                    guard let twin = right.first(where: { $0.0 == key })?.1 else { continue }
                    collect(field.type, twin.type, &candidates, &queue)
                }
            }
        }
        walk()
        // Types no walk reached (a union's variants) pair with the draft type most like them, whose fields are walked in turn.
        for _ in 0..<4 {
            let reached = Set(candidates.map(\.reference))
            let unreached = reference.types.filter { !reached.contains($0.name) }
            guard !unreached.isEmpty else { break }
            var found = false
            for type in unreached {
                let scored = draft.types.map { ($0.name, similarity(Pair(reference: type.name, draft: $0.name))) }
                guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 >= 0.34 else { continue }
                collect(.named(type.name), .named(best.0), &candidates, &queue)
                found = true
            }
            walk()
            if !found { break }
        }
        // Draft types still unpaired (a second copy of a type, per page): the reference type most like them.
        let drafted = Set(candidates.map(\.draft))
        for type in draft.types where !drafted.contains(type.name) {
            let scored = reference.types.map { ($0.name, similarity(Pair(reference: $0.name, draft: type.name))) }
            if let best = scored.max(by: { $0.1 < $1.1 }), best.1 >= 0.5 { candidates.insert(Pair(reference: best.0, draft: type.name)) }
        }
        return candidates.map { ($0, similarity($0)) }.filter { $0.1 >= 0.34 }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : ($0.0.reference, $0.0.draft) < ($1.0.reference, $1.0.draft) }
    }

    struct Pair: Hashable { var reference: String; var draft: String }

    /// Fields with the names they are matched by (`wireName`).
    func wired(_ fields: [Field], in spec: APISpecification) -> [(String, Field)] {
        fields.map { (Self.wireName($0, in: spec), $0) }
    }

    func collect(_ left: TypeReference, _ right: TypeReference, _ candidates: inout Set<Pair>, _ queue: inout [([(String, Field)], [(String, Field)])]) {
        switch (left, right) {
        case (.array(let a), .array(let b)), (.map(let a), .map(let b)): collect(a, b, &candidates, &queue)
        case (.named(let a), .named(let b)):
            guard candidates.insert(Pair(reference: a, draft: b)).inserted else { return }
            switch (reference.types.first(where: { $0.name == a })?.kind, draft.types.first(where: { $0.name == b })?.kind) {
            case (.object(let mine)?, .object(let theirs)?):
                queue.append((wired(mine.fields, in: reference), wired(theirs.fields, in: draft)))
            case (.taggedUnion(let mine)?, .taggedUnion(let theirs)?):
                // Variants pair by the tag that selects them.
                for variant in mine.variants {
                    guard let tag = variant.tag, let twin = theirs.variants.first(where: { $0.tag == tag }) else { continue }
                    collect(variant.type, twin.type, &candidates, &queue)
                }
            default:
                break
            }
        default: return
        }
    }

    /// Shared field names (objects), values (enums) or tags (tagged unions), over all of them.
    func similarity(_ pair: Pair) -> Double {
        func names(_ type: NamedType?) -> Set<String> {
            switch type?.kind {
            case .object(let object)?: Set(object.fields.map(\.name))
            case .enumeration(let values)?: Set(values.values.map(\.value))
            case .taggedUnion(let union)?: Set(union.variants.compactMap { $0.tag ?? $0.key })
            default: []
            }
        }
        let left = names(reference.types.first { $0.name == pair.reference })
        let right = names(draft.types.first { $0.name == pair.draft })
        let union = left.union(right).count
        return union == 0 ? 0 : Double(left.intersection(right).count) / Double(union)
    }

    func fields(_ body: Body?, in spec: APISpecification) -> [Field] {
        switch body?.shape {
        case .fields(let object)?: return object.fields
        case .type(.named(let name))?:
            if case .object(let object)? = spec.types.first(where: { $0.name == name })?.kind { return object.fields }
            return []
        default: return []
        }
    }

    /// A type with named types replaced by what they are: `[object]`, `enum`, `union`.
    func shape(_ type: TypeReference, in spec: APISpecification) -> String {
        switch type {
        case .scalar(let scalar): return scalar.rawValue
        case .array(let item): return "[\(shape(item, in: spec))]"
        case .map(let item): return "{\(shape(item, in: spec))}"
        case .orNull(let item): return shape(item, in: spec) + "?"
        case .named(let name):
            switch spec.types.first(where: { $0.name == name })?.kind {
            case .enumeration?: return "enum"
            case .object?: return "object"
            case .taggedUnion?, .untaggedUnion?: return "union"
            case nil: return name
            }
        }
    }

    func enumValues(_ type: TypeReference, in spec: APISpecification) -> [String] {
        switch type {
        case .array(let item), .map(let item), .orNull(let item): return enumValues(item, in: spec)
        case .named(let name):
            if case .enumeration(let values)? = spec.types.first(where: { $0.name == name })?.kind { return values.values.map(\.value) }
            return []
        case .scalar: return []
        }
    }

    static func limits(_ constraints: Constraints, prefix: String = "") -> [String] {
        var result: [String] = []
        func add(_ name: String, _ value: CustomStringConvertible?) { if let value { result.append("\(prefix)\(name)=\(value)") } }
        for limit in LimitTable.Limit.allCases {
            let name = limit.rawValue
            switch limit {
            case .minLength: add(name, constraints.minLength)
            case .maxLength: add(name, constraints.maxLength)
            case .pattern: add(name, constraints.pattern)
            case .minimum: add(name, constraints.minimum)
            case .maximum: add(name, constraints.maximum)
            case .exclusiveMinimum: add(name, constraints.exclusiveMinimum)
            case .exclusiveMaximum: add(name, constraints.exclusiveMaximum)
            case .multipleOf: add(name, constraints.multipleOf)
            case .minItems: add(name, constraints.minItems)
            case .maxItems: add(name, constraints.maxItems)
            case .uniqueItems: add(name, constraints.uniqueItems)
            case .fileExtensions: add(name, constraints.fileExtensions?.joined(separator: ","))
            case .items: if let items = constraints.items?.value { result += limits(items, prefix: prefix + "items.") }
            case .keys: if let keys = constraints.keys?.value { result += limits(keys, prefix: prefix + "keys.") }
            }
        }
        return result
    }
}
