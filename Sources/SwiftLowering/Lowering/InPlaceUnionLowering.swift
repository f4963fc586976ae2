import ResolvedAPI

/// A tagged union without a content key (OpenAPI's discriminator): each
/// variant is an object that carries the tag among its own fields, so the tag
/// is read first and the variant then decodes the whole object. Encoding
/// writes the variant alone, and validation checks that its tag field holds
/// the case's tag, since a caller sets that field by hand.
extension UnionLowering {
    func lowerTaggedInPlace(_ union: ResolvedTaggedUnion) -> CodeNode {
        let a = context.access
        let tagKey = SwiftLiteral.string(union.tagKey)
        let string = RuntimeSymbols.string, jsonValue = RuntimeSymbols.jsonValue
        var members: [CodeNode] = []
        var tagCases: [CodeNode] = []
        var encodeCases: [CodeNode] = []
        var validation: [CodeNode] = []
        for variant in union.variants {
            guard let tag = variant.tag.map(SwiftLiteral.string) else { continue }
            let caseName = variant.caseName.spelled, type = context.spell(variant.type)
            members.append(Docs.comment(variant.description))
            members.append(.line("case \(caseName)(\(type))"))
            tagCases.append(.line("case \(tag): self = .\(caseName)(try \(type)(from: decoder))"))
            encodeCases.append(.line("case .\(caseName)(let body): try body.encode(to: encoder)"))
            var checks: [CodeNode] = []
            if let property = variant.tagProperty {
                checks.append(.line("validator.requireTag(\(tagKey), value.\(property.spelled).wireText, \(tag))"))
            }
            if variant.validatesNested { checks.append(.line("validator.nested(value, nil)")) }
            if !checks.isEmpty { validation.append(.labeled("case .\(caseName)(let value):", checks)) }
        }
        members.append(.doc(["A variant this client does not know yet, with the whole object as received (its tag included)."]))
        members.append(.line("case unknown(tag: \(string), body: \(jsonValue)?)"))
        tagCases.append(.line("default: self = .unknown(tag: tag, body: try \(jsonValue)(from: decoder))"))
        encodeCases.append(.labeled("case .unknown(let tag, let body):", [
            .block("guard let body else", [
                .line("var container = encoder.container(keyedBy: \(RuntimeSymbols.jsonKey).self)"),
                .line("try container.encode(tag, forKey: \(tagKey))"),
                .line("return"),
            ]),
            .line("try body.encode(to: encoder)"),
        ]))
        let coding: [CodeNode] = [
            .block("\(a)init(from decoder: \(RuntimeSymbols.decoder)) throws", [
                .line("let container = try decoder.container(keyedBy: \(RuntimeSymbols.jsonKey).self)"),
                .line("let tag = try container.decode(\(string).self, forKey: \(tagKey))"),
                .switchBlock("switch tag", tagCases),
            ]),
            .blank,
            .block("\(a)func encode(to encoder: \(RuntimeSymbols.encoder)) throws", [.switchBlock("switch self", encodeCases)]),
        ]
        // No `wireTag`: only a rule on an inline union reads it, and a union tagged in place is never inline (lint).
        let checks: [CodeNode] = validation.isEmpty ? [] : [.switchBlock("switch self", validation + [.line("default: break")])]
        return declarations(union.name, union.description, isIndirect: union.isIndirect, members, coding: coding,
                            validation: checks)
    }
}
