import APISpec

/// Compares a draft with a reference spec element by element: operations
/// (method + path), parameters, fields, their types and optionality,
/// limits, defaults, enum values, samples. Named types are paired by where
/// they are used (the same field of the same operation), then, for types
/// no walk reaches (a union's variants), by the fields they share.
public struct SpecComparer {
    let draft: APISpecification
    let reference: APISpecification

    public init(draft: APISpecification, reference: APISpecification) {
        self.draft = draft
        self.reference = reference
    }

    /// Draft type name → the reference type it is most like (several may map to one).
    public static func referenceNames(draft: APISpecification, reference: APISpecification) -> [String: String] {
        SpecComparer(draft: draft, reference: reference).draftToReference()
    }

    public static func compare(draft: APISpecification, reference: APISpecification) -> SpecComparison {
        SpecComparer(draft: draft, reference: reference).run()
    }

    /// One field or parameter, keyed by where it is.
    struct Element {
        var key: String
        var field: Field
    }

    func run() -> SpecComparison {
        // A draft may describe one type several times (once per page); each copy counts as that type.
        let referenceNames = draftToReference()
        // A body the reference gives as a named type and the draft inline: its fields are that type's.
        var bodyTypes: [String: String] = [:]
        for operation in reference.operations {
            for (side, body) in [("request", operation.requestBody), ("response", operation.responseBody)] {
                if case .type(.named(let name))? = body?.shape { bodyTypes["\(Self.operationKey(operation)) \(side)"] = name }
            }
        }
        let draftElements = elements(of: draft, bodyTypes: bodyTypes) { referenceNames[$0] ?? "draft:" + $0 }
        let referenceElements = elements(of: reference, bodyTypes: [:]) { $0 }
        let draftByKey = Dictionary(draftElements.map { ($0.key, $0.field) }, uniquingKeysWith: { first, _ in first })
        let referenceByKey = Dictionary(referenceElements.map { ($0.key, $0.field) }, uniquingKeysWith: { first, _ in first })

        var operations = ElementTally(kind: "operations (method + path)")
        operations.count(draft: Set(draft.operations.map(Self.operationKey)), reference: Set(reference.operations.map(Self.operationKey)))

        var presence = ElementTally(kind: "parameters and fields")
        presence.count(draft: Set(draftByKey.keys), reference: Set(referenceByKey.keys))
        var typed = ElementTally(kind: "… with the right type")
        var optionality = ElementTally(kind: "… with the right optionality")
        var limits = ElementTally(kind: "limits")
        var defaults = ElementTally(kind: "defaults")
        var enums = ElementTally(kind: "enum values")
        typed.count(draft: Set(draftByKey.map { "\($0.key) : \(shape($0.value.type, in: draft))" }),
                    reference: Set(referenceByKey.map { "\($0.key) : \(shape($0.value.type, in: reference))" }))
        optionality.count(draft: Set(draftByKey.map { "\($0.key) optional=\($0.value.isOptional)" }),
                          reference: Set(referenceByKey.map { "\($0.key) optional=\($0.value.isOptional)" }))
        limits.count(draft: Set(draftByKey.flatMap { key, field in Self.limits(field.constraints).map { "\(key) \($0)" } }),
                     reference: Set(referenceByKey.flatMap { key, field in Self.limits(field.constraints).map { "\(key) \($0)" } }))
        defaults.count(draft: Set(draftByKey.compactMap { key, field in field.defaultValue.map { "\(key) = \($0)" } }),
                       reference: Set(referenceByKey.compactMap { key, field in field.defaultValue.map { "\(key) = \($0)" } }))
        enums.count(draft: Set(draftByKey.flatMap { key, field in enumValues(field.type, in: draft).map { "\(key) ∋ \($0)" } }),
                    reference: Set(referenceByKey.flatMap { key, field in enumValues(field.type, in: reference).map { "\(key) ∋ \($0)" } }))

        var variants = ElementTally(kind: "union variants (by tag or key)")
        variants.count(draft: Set(variantKeys(of: draft, map: { referenceNames[$0] ?? "draft:" + $0 })), reference: Set(variantKeys(of: reference, map: { $0 })))

        var rules = ElementTally(kind: "rules (on bodies and types)")
        rules.count(draft: Set(ruleKeys(of: draft, map: { referenceNames[$0] ?? "draft:" + $0 })), reference: Set(ruleKeys(of: reference, map: { $0 })))

        var samples = ElementTally(kind: "samples (operations with a request / response sample)")
        samples.count(draft: Set(draft.operations.flatMap(Self.sampleKeys)), reference: Set(reference.operations.flatMap(Self.sampleKeys)))
        return SpecComparison(tallies: [operations, presence, typed, optionality, limits, defaults, enums, variants, rules, samples])
    }

    static func operationKey(_ operation: APISpec.Operation) -> String { operation.routeKey }

    /// A tagged union's variants by the tag (or key) that selects them, under the (reference) union it pairs with.
    func variantKeys(of spec: APISpecification, map: (String) -> String) -> [String] {
        spec.types.flatMap { type -> [String] in
            guard case .taggedUnion(let union) = type.kind else { return [] }
            return union.variants.compactMap { variant in (variant.tag ?? variant.key.map { "key " + $0 }).map { "\(map(type.name)) ∋ \($0)" } }
        }
    }

    /// Rules by where they are (an operation's body, or the reference type a type pairs with) and what they say,
    /// names in a set's order.
    func ruleKeys(of spec: APISpecification, map: (String) -> String) -> [String] {
        func describe(_ rule: Rule) -> String {
            switch rule.kind {
            case .anyOf(let names): "anyOf \(names.sorted().joined(separator: ","))"
            case .requires(let field, let required): "\(field) requires \(required.sorted().joined(separator: ","))"
            case .requiredWhen(let field, let when, let values): "\(field) requiredWhen \(when) in \(values.sorted().joined(separator: ","))"
            }
        }
        var keys: [String] = []
        for operation in spec.operations {
            for (side, body) in [("request", operation.requestBody), ("response", operation.responseBody)] {
                if case .fields(let object)? = body?.shape { keys += object.rules.map { "\(Self.operationKey(operation)) \(side) \(describe($0))" } }
            }
        }
        for type in spec.types {
            if case .object(let object) = type.kind { keys += object.rules.map { "\(map(type.name)) \(describe($0))" } }
        }
        return keys
    }

    static func sampleKeys(_ operation: APISpec.Operation) -> [String] {
        var keys: [String] = []
        if operation.samples.contains(where: { $0.request != nil }) { keys.append("\(operationKey(operation)) request") }
        if operation.samples.contains(where: { $0.response != nil }) { keys.append("\(operationKey(operation)) response") }
        return keys
    }

    /// Parameters and inline body fields by operation; fields of object types by the (reference) type they pair with.
    func elements(of spec: APISpecification, bodyTypes: [String: String], map: (String) -> String) -> [Element] {
        var result: [Element] = []
        for operation in spec.operations {
            let key = Self.operationKey(operation)
            result += operation.parameters.map { Element(key: "\(key) \($0.location.rawValue) \($0.field.name)", field: $0.field) }
            for (side, body) in [("request", operation.requestBody), ("response", operation.responseBody)] {
                if case .fields(let object)? = body?.shape {
                    let owner = bodyTypes["\(key) \(side)"].map { "\($0)." } ?? "\(key) \(side) "
                    result += object.fields.map { Element(key: owner + Self.wireName($0, in: spec), field: $0) }
                }
            }
        }
        for type in spec.types {
            guard case .object(let object) = type.kind else { continue }
            let name = map(type.name)
            result += object.fields.map { Element(key: "\(name).\(Self.wireName($0, in: spec))", field: $0) }
        }
        return result
    }

    /// A field as it is on the wire: an inline tagged union by its tag and content keys (`actionType+actionBody`),
    /// since its own name is only the Swift property's; other fields by name.
    static func wireName(_ field: Field, in spec: APISpecification) -> String {
        guard field.isInline, case .named(let name) = field.type,
              case .taggedUnion(let union)? = spec.types.first(where: { $0.name == name })?.kind else { return field.name }
        return union.tagKey + "+" + (union.contentKey ?? "")
    }
}
