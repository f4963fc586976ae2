import ResolvedAPI
import APISpec

/// Objects and inline bodies: property names, defaults, limits and rules.
extension SpecResolution {
    /// `specName` is a named type's (nil for a body written in place, which no type can hold again).
    mutating func resolveObject(_ object: ObjectType, name: String, description: String, specName: String? = nil,
                                _ path: JSONPath) -> ResolvedObject {
        let reserved = object.fields.contains(where: \.isSecret) ? ReservedNames.objectMembers.union(ReservedNames.redactingMembers)
            : ReservedNames.objectMembers
        var scope = NameScope("the members of '\(name)'", reserved: reserved, typeNames: moduleTypeNames)
        var names: [SwiftName] = []
        for (index, field) in object.fields.enumerated() {
            let owner = NameScope.Owner(what: "field '\(field.name)'", location: field.location,
                                        path: path.key("fields").index(index).key(field.swiftName == nil ? "name" : "swiftName"), isCheckedForDuplicates: true)
            names.append(SwiftName(name: scope.claim(SwiftNamer.memberName(field.swiftName ?? field.name), by: owner, into: &diagnostics)))
        }
        var properties: [ResolvedProperty] = []
        for (index, field) in object.fields.enumerated() {
            let limits = ClientLimits.constraints(for: field.type, field.constraints)
            var limitsName: String?
            if !limits.isEmpty {
                let base = names[index].name
                var candidate = "limitsOf" + base.prefix(1).uppercased() + base.dropFirst()
                while scope.isTaken(candidate) { candidate += "_" }
                scope.claimGenerated(candidate, what: "the limits of '\(field.name)'")
                limitsName = candidate
            }
            var inline: ResolvedTaggedUnion?
            if field.isInline, case .named(let union) = field.type { inline = resolvedUnions[union] }
            let defaulted = resolveDefault(field)
            let serverDefault = field.isClientDefault ? nil : defaulted
            properties.append(ResolvedProperty(
                name: names[index], wireKey: field.name,
                type: field.isNullable ? .nullable(swiftType(field.type)) : swiftType(field.type), description: field.description,
                isOptional: field.isOptional || serverDefault != nil, isSecret: field.isSecret, facts: facts(of: field),
                defaultValue: field.isClientDefault ? defaulted : nil, serverDefault: serverDefault,
                limits: limits, limitsName: limitsName, validatesNested: validatesNested(field.type), inlineUnion: inline,
                isIndirect: specName.map { indirectFields.contains(IndirectFields.Key(type: $0, field: field.name)) } ?? false))
        }
        let rules = object.rules.enumerated().compactMap { index, rule in
            resolveRule(rule, properties, path.key("rules").index(index))
        }
        let validates = !rules.isEmpty || properties.contains { !$0.limits.isEmpty || $0.validatesNested }
        return ResolvedObject(name: name, description: description, properties: properties, rules: rules, validates: validates)
    }

    /// What a value's documentation states beside its limits.
    func facts(of field: Field) -> ValueFacts {
        // A list of files (parts of a multipart body) takes its items' extensions.
        let fileTypes = field.type == .scalar(.file) ? field.constraints.fileExtensions
            : field.type == .array(.scalar(.file)) ? field.constraints.items?.value.fileExtensions : nil
        return ValueFacts(fileTypes: fileTypes, isNullable: field.isNullable, isOneOrMany: field.isOneOrMany)
    }

    func resolveDefault(_ field: Field) -> ResolvedDefault? {
        field.defaultValue.map { resolveDefault($0, type: field.type) }
    }

    private func resolveDefault(_ value: DefaultValue, type: TypeReference) -> ResolvedDefault {
        switch (value, type) {
        case (.list(let items), .array(let element)): return .list(items.map { resolveDefault($0, type: element) })
        // An item of a list that may hold null (`[Tone?]`) is a value of the item type.
        case (_, .orNull(let inner)): return resolveDefault(value, type: inner)
        case (.list(let items), _): return .list(items.map { resolveDefault($0, type: type) })
        case (.bool(let flag), _): return .bool(flag)
        case (.number(let text), .scalar(.double)): return .double(text)
        case (.number(let text), .named(let name)):
            // An integer enum's default is one of its values (lint says so).
            guard let caseName = enumCaseNames[name]?[text] else { return .integer(text) }
            return .enumCase(caseName.spelled)
        case (.number(let text), _): return .integer(text)
        case (.string(let text), .named(let name)):
            guard let caseName = enumCaseNames[name]?[text] else { return .string(text) }
            return .enumCase(caseName.spelled)
        case (.string(let text), _): return .string(text)
        }
    }

    private mutating func resolveRule(_ rule: Rule, _ properties: [ResolvedProperty], _ path: JSONPath) -> ResolvedRule? {
        let inline = properties.first { $0.inlineUnion != nil }
        func presence(_ wire: String) -> ResolvedRule.Presence {
            if let property = properties.first(where: { $0.wireKey == wire && $0.inlineUnion == nil }) {
                // A `null` is no value, as lint reads a sample.
                switch property.holding {
                case .value: return .always
                case .optional, .orNull: return .optional(property.name)
                case .nullable: return .nullable(property.name)
                }
            }
            if let inline, let union = inline.inlineUnion, let variant = union.variants.first(where: { $0.key == wire }) {
                return .unionCase(property: inline.name, caseName: variant.caseName)
            }
            return .always
        }
        switch rule.kind {
        case .anyOf(let fields):
            // An inline union always writes one of its keys: a rule over
            // them holds by construction.
            if let union = inline?.inlineUnion, fields.contains(where: { wire in
                wire == union.tagKey || wire == union.contentKey || union.variants.contains { $0.key == wire }
            }) { return nil }
            return .anyOf(fields.map { ($0, presence($0)) })
        case .requires(let field, let required):
            return .requires(field: field, presence: presence(field), required: required.map { ($0, presence($0)) })
        case .requiredWhen(let field, let when, let values):
            let comparand: ResolvedRule.Comparand
            if let property = properties.first(where: { $0.wireKey == when && $0.inlineUnion == nil }) {
                comparand = .property(property.name, isOptional: property.isOptional)
            } else if let inline, inline.inlineUnion?.tagKey == when {
                comparand = .unionTag(inline.name)
            } else {
                diagnostics.error(.invalidRequiredWhen, "'requiredWhen' can look at a field or an inline union's tag, not at '\(when)'",
                                  at: rule.location, path.key("requiredWhen"))
                return nil
            }
            return .requiredWhen(field: field, presence: presence(field), when: when, comparand: comparand, values: values)
        }
    }
}

extension SpecResolution {
    /// The named types that hold a field marked secret, themselves or in a type they hold: walked back from the
    /// types that hold one directly, so that each type and each of its references is looked at once.
    static func secretHolders(among typesByName: [String: NamedType]) -> Set<String> {
        var holders: [String: [String]] = [:]  // type name -> the types that hold it
        var found: [String] = []
        for (name, type) in typesByName {
            if case .object(let object) = type.kind, object.fields.contains(where: \.isSecret) { found.append(name) }
            for reference in type.heldTypes {
                if case .named(let heldName) = reference.leaf { holders[heldName, default: []].append(name) }
            }
        }
        var result = Set(found)
        while let name = found.popLast() {
            for holder in holders[name] ?? [] where result.insert(holder).inserted { found.append(holder) }
        }
        return result
    }

    /// Wire names of fields marked secret in `reference` and every type it
    /// holds (each type visited once).
    func secretKeys(in reference: TypeReference?, _ object: ObjectType?, into keys: inout [String], visited: inout Set<String>) {
        var pending: [ObjectType] = object.map { [$0] } ?? []
        var references: [TypeReference] = reference.map { [$0] } ?? []
        while !pending.isEmpty || !references.isEmpty {
            if let next = pending.popLast() {
                for field in next.fields {
                    if field.isSecret, !keys.contains(field.name) { keys.append(field.name) }
                    references.append(field.type)
                }
                continue
            }
            // A type that reaches no secret adds no key, whatever it holds: its part of the graph is not walked
            // (Stripe's answers reach thousands of types, and every operation would walk them).
            guard case .named(let name) = references.removeLast().leaf, secretHolders.contains(name),
                  visited.insert(name).inserted, let type = typesByName[name] else { continue }
            switch type.kind {
            case .object(let object): pending.append(object)
            case .enumeration: break
            case .taggedUnion(let union): references += union.variants.map(\.type)
            case .untaggedUnion(let union): references += union.variants.map(\.type)
            }
        }
    }
}
