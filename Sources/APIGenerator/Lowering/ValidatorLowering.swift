import APISpec

/// The body of generated `validate(into:)` methods: one line per limit or
/// rule, each calling a runtime helper that is tested once.
struct ValidatorLowering {
    let context: LoweringContext

    func objectValidation(_ properties: [ObjectLowering.Property], rules: [Rule]) -> [CodeNode] {
        var lines: [CodeNode] = []
        for property in properties {
            let field = property.field
            let key = SwiftNamer.literal(field.name)
            if let limits = property.limits {
                let secret = field.isSecret ? ", secret: true" : ""
                lines.append(.line("validator.check(\(valueExpression(property)), \(key), Self.\(limits.name)\(secret))"))
            }
            if context.needsValidation(field.type), isNestable(field.type) {
                lines.append(.line("validator.nested(self.\(property.name), \(field.isInline ? "nil" : key))"))
            }
        }
        let inlineKeys = Set(properties.filter(\.field.isInline).flatMap { unionKeys($0.field.type) })
        for rule in rules {
            if let line = ruleLine(rule, properties, inlineKeys: inlineKeys) { lines.append(line) }
        }
        return lines
    }

    /// One case of a union, for its validator.
    struct UnionCase {
        let name: String
        let type: TypeReference
        /// Keyed variants carry their key's value before the content.
        let isKeyed: Bool
    }

    /// A `switch` that validates the content of whichever variant is set;
    /// the content sits under `contentKey` (nil for untagged unions).
    func unionValidation(_ cases: [UnionCase], contentKey: String?, hasUnknownCase: Bool) -> [CodeNode] {
        let key = contentKey.map(SwiftNamer.literal) ?? "nil"
        let branches = cases.filter { context.needsValidation($0.type) && isNestable($0.type) }.map { entry in
            CodeNode.line("case .\(entry.name)(\(entry.isKeyed ? "_, " : "")let value): validator.nested(value, \(key))")
        }
        guard !branches.isEmpty else { return [] }
        let exhaustive = branches.count == cases.count && !hasUnknownCase
        return [.block("switch self", branches + (exhaustive ? [] : [.line("default: break")]))]
    }

    private func isNestable(_ type: TypeReference) -> Bool {
        switch type {
        case .named: return true
        case .array(.named), .map(.named): return true
        default: return false
        }
    }

    /// Enums and epoch times are checked through their raw values.
    private func valueExpression(_ property: ObjectLowering.Property) -> String {
        let field = property.field
        let wrapped: Bool
        switch field.type {
        case .scalar(.epochMillis), .scalar(.epochSeconds): wrapped = true
        default: wrapped = context.isEnum(field.type)
        }
        guard wrapped else { return "self.\(property.name)" }
        return "self.\(property.name)\(field.isOptional ? "?" : "").rawValue"
    }

    private func unionKeys(_ type: TypeReference) -> [String] {
        guard case .named(let name) = type, case .taggedUnion(let union) = context.typesByName[name]?.kind else { return [] }
        return union.wireKeys
    }

    /// Whether the field with this wire name is present, as an expression.
    private func presence(_ wireName: String, _ properties: [ObjectLowering.Property]) -> String {
        guard let property = properties.first(where: { $0.field.name == wireName && !$0.field.isInline }) else { return "true" }
        return property.field.isOptional ? "self.\(property.name) != nil" : "true"
    }

    private func ruleLine(_ rule: Rule, _ properties: [ObjectLowering.Property], inlineKeys: Set<String>) -> CodeNode? {
        switch rule.kind {
        case .anyOf(let fields):
            // An inline union always writes one of its keys, so a rule over
            // them holds by construction.
            if fields.contains(where: inlineKeys.contains) { return nil }
            let pairs = fields.map { "\(SwiftNamer.literal($0)): \(presence($0, properties))" }
            return .line("validator.requireAny([\(pairs.joined(separator: ", "))])")
        case .requires(let field, let required):
            let lines = required.map { name in
                CodeNode.line("validator.require(\(SwiftNamer.literal(name)), \(presence(name, properties)), whenPresent: \(SwiftNamer.literal(field)), \(presence(field, properties)))")
            }
            return .group(lines)
        case .requiredWhen(let field, let when, let values):
            guard let other = properties.first(where: { $0.field.name == when }) else { return nil }
            var actual = "self.\(other.name)"
            if context.isEnum(other.field.type) { actual += other.field.isOptional ? "?.rawValue" : ".rawValue" }
            let list = values.map(SwiftNamer.literal).joined(separator: ", ")
            return .line("validator.require(\(SwiftNamer.literal(field)), \(presence(field, properties)), when: \(SwiftNamer.literal(when)), is: \(actual), in: [\(list)])")
        }
    }
}
