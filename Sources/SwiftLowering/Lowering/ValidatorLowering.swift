import ResolvedAPI
/// The body of generated `validate(into:)` methods: one line per limit or
/// rule, each calling a runtime helper that is tested once.
struct ValidatorLowering {
    let context: LoweringContext

    func objectValidation(_ object: ResolvedObject) -> [CodeNode] {
        var lines: [CodeNode] = []
        for property in object.properties {
            let key = SwiftLiteral.string(property.wireKey)
            if let limits = property.limitsName {
                let secret = property.isSecret ? ", secret: true" : ""
                lines.append(.line("validator.check(self.\(property.name.spelled), \(key), Self.\(limits)\(secret))"))
            }
            if property.validatesNested {
                lines.append(.line("validator.nested(self.\(property.name.spelled), \(property.inlineUnion != nil ? "nil" : key))"))
            }
        }
        for rule in object.rules { lines.append(ruleLine(rule)) }
        return lines
    }

    /// A `switch` that validates the content of whichever variant is set;
    /// the content sits under `contentKey` (nil for untagged unions).
    func unionValidation(_ cases: [(name: SwiftName, isKeyed: Bool, validates: Bool)], contentKey: String?, hasUnknownCase: Bool) -> [CodeNode] {
        let key = contentKey.map(SwiftLiteral.string) ?? "nil"
        let branches = cases.filter(\.validates).map { entry in
            CodeNode.line("case .\(entry.name.spelled)(\(entry.isKeyed ? "_, " : "")let value): validator.nested(value, \(key))")
        }
        guard !branches.isEmpty else { return [] }
        let exhaustive = branches.count == cases.count && !hasUnknownCase
        return [.switchBlock("switch self", branches + (exhaustive ? [] : [.line("default: break")]))]
    }

    /// Whether the field is present, as an expression.
    private func presence(_ presence: ResolvedRule.Presence) -> String {
        switch presence {
        case .always: return "true"
        case .optional(let name): return "self.\(name.spelled) != nil"
        case .nullable(let name): return "self.\(name.spelled).value != nil"
        case .unionCase(let property, let caseName):
            return "{ if case .\(caseName.spelled) = self.\(property.spelled) { return true } else { return false } }()"
        }
    }

    private func ruleLine(_ rule: ResolvedRule) -> CodeNode {
        switch rule {
        case .anyOf(let fields):
            let pairs = fields.map { "\(SwiftLiteral.string($0.wire)): \(presence($0.presence))" }
            return .line("validator.requireAny([\(pairs.joined(separator: ", "))])")
        case .requires(let field, let fieldPresence, let required):
            return .group(required.map { entry in
                CodeNode.line("validator.require(\(SwiftLiteral.string(entry.wire)), \(presence(entry.presence)), "
                              + "whenPresent: \(SwiftLiteral.string(field)), \(presence(fieldPresence)))")
            })
        case .requiredWhen(let field, let fieldPresence, let when, let comparand, let values):
            let actual: String
            switch comparand {
            case .property(let name, let isOptional): actual = "self.\(name.spelled)\(isOptional ? "?" : "").wireText"
            case .unionTag(let name): actual = "self.\(name.spelled).wireTag"
            }
            let list = values.map(SwiftLiteral.string).joined(separator: ", ")
            return .line("validator.require(\(SwiftLiteral.string(field)), \(presence(fieldPresence)), when: \(SwiftLiteral.string(when)), "
                         + "is: \(actual), in: [\(list)])")
        }
    }
}
