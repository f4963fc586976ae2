import ResolvedAPI
/// Lowers unions to enums with associated values: tagged unions read the
/// tag beside the content (unknown tags keep their raw content), untagged
/// unions try each shape in the spec's order.
struct UnionLowering {
    let context: LoweringContext

    func lowerTagged(_ union: ResolvedTaggedUnion) -> CodeNode {
        guard let contentKey = union.contentKey.map(SwiftLiteral.string) else { return lowerTaggedInPlace(union) }
        let a = context.access
        let tagKey = SwiftLiteral.string(union.tagKey)
        let string = RuntimeSymbols.string
        var members: [CodeNode] = []
        for variant in union.variants {
            members.append(Docs.comment(variant.description))
            let type = context.spell(variant.type)
            if let label = variant.keyLabel {
                members.append(.line("case \(variant.caseName.spelled)(\(label.spelled): \(string), body: \(type))"))
            } else {
                members.append(.line("case \(variant.caseName.spelled)(\(type))"))
            }
        }
        members.append(.doc(["A variant this client does not know yet, with its raw content."]))
        members.append(.line("case unknown(tag: \(string), body: \(RuntimeSymbols.jsonValue)?)"))
        var machinery: [CodeNode] = []

        var decode: [CodeNode] = [.line("let container = try decoder.container(keyedBy: \(RuntimeSymbols.jsonKey).self)")]
        var tagCases: [CodeNode] = []
        var encodeCases: [CodeNode] = []
        var tagValues: [CodeNode] = []
        for variant in union.variants {
            let caseName = variant.caseName.spelled
            let type = context.spell(variant.type)
            if let tag = variant.tag {
                tagCases.append(.line("case \(SwiftLiteral.string(tag)): self = .\(caseName)(try container.decode(\(type).self, forKey: \(contentKey)))"))
                encodeCases.append(.line("case .\(caseName)(let body): try container.encodeTagged(\(SwiftLiteral.string(tag)), body, tag: \(tagKey), content: \(contentKey))"))
                tagValues.append(.line("case .\(caseName): return \(SwiftLiteral.string(tag))"))
            } else if let key = variant.key.map(SwiftLiteral.string) {
                decode.append(.block("if let value = try container.decodeIfPresent(\(string).self, forKey: \(key)), !container.contains(\(tagKey))", [
                    .line("self = .\(caseName)(\(variant.keyLabel?.label ?? "_"): value, body: try container.decode(\(type).self, forKey: \(contentKey)))"),
                    .line("return"),
                ]))
                encodeCases.append(.labeled("case .\(caseName)(let value, let body):", [
                    .line("try container.encode(value, forKey: \(key))"),
                    .line("try container.encode(body, forKey: \(contentKey))"),
                ]))
                tagValues.append(.line("case .\(caseName): return nil"))
            }
        }
        decode.append(.line("let tag = try container.decode(\(string).self, forKey: \(tagKey))"))
        tagCases.append(.line("default: self = .unknown(tag: tag, body: try container.decodeIfPresent(\(RuntimeSymbols.jsonValue).self, forKey: \(contentKey)))"))
        decode.append(.switchBlock("switch tag", tagCases))
        encodeCases.append(.labeled("case .unknown(let tag, let body):", [
            .line("try container.encode(tag, forKey: \(tagKey))"),
            .line("try container.encodeIfPresent(body, forKey: \(contentKey))"),
        ]))
        tagValues.append(.line("case .unknown(let tag, _): return tag"))
        machinery.append(.block("\(a)init(from decoder: \(RuntimeSymbols.decoder)) throws", decode))
        machinery.append(.blank)
        machinery.append(.block("\(a)func encode(to encoder: \(RuntimeSymbols.encoder)) throws", [
            .line("var container = encoder.container(keyedBy: \(RuntimeSymbols.jsonKey).self)"),
            .switchBlock("switch self", encodeCases),
        ]))
        if union.exposesTag {
            members.append(.blank)
            members.append(.doc(["The value of `\(union.tagKey)` this variant is sent with; nil for a variant told apart by its own key."]))
            members.append(.block("\(a)var wireTag: \(string)?", [.switchBlock("switch self", tagValues)]))
        }
        let cases = union.variants.map { (name: $0.caseName, isKeyed: $0.keyLabel != nil, validates: $0.validatesNested) }
        let validation = ValidatorLowering(context: context).unionValidation(cases, contentKey: union.contentKey, hasUnknownCase: true)
        return declarations(union.name, union.description, isIndirect: union.isIndirect, members, coding: machinery,
                            validation: validation)
    }

    func lowerUntagged(_ union: ResolvedUntaggedUnion) -> CodeNode {
        let a = context.access
        var members: [CodeNode] = []
        for variant in union.variants {
            members.append(Docs.comment(variant.description))
            members.append(.line("case \(variant.caseName.spelled)(\(context.spell(variant.type)))"))
        }
        var machinery: [CodeNode] = []
        // Each variant in order; when none fits, the error says why each did not.
        var decode: [CodeNode] = [
            .line("let container = try decoder.singleValueContainer()"),
            .line("var attempts = \(RuntimeSymbols.unionAttempts)(container)"),
        ]
        var encodeCases: [CodeNode] = []
        for variant in union.variants {
            let caseName = variant.caseName.spelled
            let shape = SwiftLiteral.string(variant.shape)
            decode.append(.block("if let value = attempts.decode(\(context.spell(variant.type)).self, \(shape), from: container)", [
                .line("self = .\(caseName)(value)"),
                .line("return"),
            ]))
            encodeCases.append(.line("case .\(caseName)(let value): try container.encode(value)"))
        }
        decode.append(.line("throw attempts.failure(container)"))
        machinery.append(.block("\(a)init(from decoder: \(RuntimeSymbols.decoder)) throws", decode))
        machinery.append(.blank)
        machinery.append(.block("\(a)func encode(to encoder: \(RuntimeSymbols.encoder)) throws", [
            .line("var container = encoder.singleValueContainer()"),
            .switchBlock("switch self", encodeCases),
        ]))
        let cases = union.variants.map { (name: $0.caseName, isKeyed: false, validates: $0.validatesNested) }
        let validation = ValidatorLowering(context: context).unionValidation(cases, contentKey: nil, hasUnknownCase: false)
        return declarations(union.name, union.description, isIndirect: union.isIndirect, members, coding: machinery,
                            validation: validation)
    }

    /// The enum with its cases (and `wireTag`), then coding and validation
    /// in extensions below it; `Validatable` only when a variant checks something.
    func declarations(_ name: String, _ description: String, isIndirect: Bool, _ members: [CodeNode],
                              coding: [CodeNode], validation: [CodeNode]) -> CodeNode {
        let declaration = "\(context.access)\(isIndirect ? "indirect " : "")enum \(name): \(context.modelConformances)"
        var result: [CodeNode] = [
            .group([Docs.comment(description), .block(declaration, members)]),
            .block("extension \(name): \(RuntimeSymbols.codable)", coding),
        ]
        if !validation.isEmpty {
            result.append(.block("extension \(name): \(RuntimeSymbols.validatable)",
                                 [ObjectLowering(context: context).validateMethod(validation)]))
        }
        return .separated(result)
    }
}
