import APISpec

/// Lowers unions to enums with associated values: tagged unions read the
/// tag beside the content (unknown tags keep their raw content), untagged
/// unions try each shape in the spec's order.
struct UnionLowering {
    let context: LoweringContext

    private static let conformances = "Swift.Codable, Swift.Hashable, Swift.Sendable, APIRuntime.Validatable"

    static func caseName(_ variant: TaggedUnion.Variant) -> String {
        let name = SwiftNamer.unescapedMemberName(variant.name ?? variant.tag ?? variant.key ?? "value")
        return name == "unknown" ? "unknown_" : SwiftNamer.escapedMember(name)
    }

    func lowerTagged(name: String, description: String, union: TaggedUnion) -> CodeNode {
        let a = context.access
        let keyName = { (wire: String) in SwiftNamer.memberName(wire) }
        let tagKey = "." + keyName(union.tagKey), contentKey = "." + keyName(union.contentKey)
        var members: [CodeNode] = []
        for variant in union.variants {
            members.append(Docs.comment(variant.description))
            let type = context.swiftType(variant.type)
            if let key = variant.key {
                members.append(.line("case \(Self.caseName(variant))(\(SwiftNamer.memberName(key)): Swift.String, body: \(type))"))
            } else {
                members.append(.line("case \(Self.caseName(variant))(\(type))"))
            }
        }
        members.append(.doc(["A variant this client does not know yet, with its raw content."]))
        members.append(.line("case unknown(tag: Swift.String, body: APIRuntime.JSONValue?)"))
        members.append(.blank)

        let keys = union.wireKeys.map { wire -> CodeNode in
            let swift = keyName(wire)
            return swift.trimmingBackticks == wire ? .line("case \(swift)") : .line("case \(swift) = \(SwiftNamer.literal(wire))")
        }
        members.append(.block("private enum CodingKeys: Swift.String, Swift.CodingKey", keys))
        members.append(.blank)

        var decode: [CodeNode] = [.line("let container = try decoder.container(keyedBy: CodingKeys.self)")]
        var tagCases: [CodeNode] = []
        var encodeCases: [CodeNode] = []
        for variant in union.variants {
            let caseName = Self.caseName(variant)
            let type = context.swiftType(variant.type)
            if let tag = variant.tag {
                tagCases.append(.line("case \(SwiftNamer.literal(tag)): self = .\(caseName)(try container.decode(\(type).self, forKey: \(contentKey)))"))
                encodeCases.append(.line("case .\(caseName)(let body): try container.encodeTagged(\(SwiftNamer.literal(tag)), body, tag: \(tagKey), content: \(contentKey))"))
            } else if let key = variant.key {
                let label = SwiftNamer.memberName(key)
                decode.append(.block("if let value = try container.decodeIfPresent(Swift.String.self, forKey: .\(label)), !container.contains(\(tagKey))", [
                    .line("self = .\(caseName)(\(label): value, body: try container.decode(\(type).self, forKey: \(contentKey)))"),
                    .line("return"),
                ]))
                encodeCases.append(.labeled("case .\(caseName)(let value, let body):", [
                    .line("try container.encode(value, forKey: .\(label))"),
                    .line("try container.encode(body, forKey: \(contentKey))"),
                ]))
            }
        }
        decode.append(.line("let tag = try container.decode(Swift.String.self, forKey: \(tagKey))"))
        tagCases.append(.line("default: self = .unknown(tag: tag, body: try container.decodeIfPresent(APIRuntime.JSONValue.self, forKey: \(contentKey)))"))
        decode.append(.block("switch tag", tagCases))
        encodeCases.append(.labeled("case .unknown(let tag, let body):", [
            .line("try container.encode(tag, forKey: \(tagKey))"),
            .line("try container.encodeIfPresent(body, forKey: \(contentKey))"),
        ]))
        members.append(.block("\(a)init(from decoder: any Swift.Decoder) throws", decode))
        members.append(.blank)
        members.append(.block("\(a)func encode(to encoder: any Swift.Encoder) throws", [
            .line("var container = encoder.container(keyedBy: CodingKeys.self)"),
            .block("switch self", encodeCases),
        ]))
        let cases = union.variants.map {
            ValidatorLowering.UnionCase(name: Self.caseName($0), type: $0.type, isKeyed: $0.key != nil)
        }
        let validation = ValidatorLowering(context: context).unionValidation(cases, contentKey: union.contentKey, hasUnknownCase: true)
        if !validation.isEmpty {
            members.append(.blank)
            members.append(ObjectLowering(context: context).validateMethod(validation))
        }
        return .group([Docs.comment(description), .block("\(a)enum \(name): \(Self.conformances)", members)])
    }

    func lowerUntagged(name: String, description: String, union: UntaggedUnion) -> CodeNode {
        let a = context.access
        var members: [CodeNode] = []
        for variant in union.variants {
            members.append(Docs.comment(variant.description))
            members.append(.line("case \(SwiftNamer.memberName(variant.name))(\(context.swiftType(variant.type)))"))
        }
        members.append(.blank)
        var decode: [CodeNode] = [.line("let container = try decoder.singleValueContainer()")]
        var encodeCases: [CodeNode] = []
        for variant in union.variants {
            let caseName = SwiftNamer.memberName(variant.name)
            decode.append(.block("if let value = try? container.decode(\(context.swiftType(variant.type)).self)", [
                .line("self = .\(caseName)(value)"),
                .line("return"),
            ]))
            encodeCases.append(.line("case .\(caseName)(let value): try container.encode(value)"))
        }
        let shapes = union.variants.map { $0.type.description }.joined(separator: ", ")
        decode.append(.line("throw Swift.DecodingError.dataCorruptedError(in: container, debugDescription: \(SwiftNamer.literal("expected one of: \(shapes)")))"))
        members.append(.block("\(a)init(from decoder: any Swift.Decoder) throws", decode))
        members.append(.blank)
        members.append(.block("\(a)func encode(to encoder: any Swift.Encoder) throws", [
            .line("var container = encoder.singleValueContainer()"),
            .block("switch self", encodeCases),
        ]))
        let cases = union.variants.map { ValidatorLowering.UnionCase(name: SwiftNamer.memberName($0.name), type: $0.type, isKeyed: false) }
        let validation = ValidatorLowering(context: context).unionValidation(cases, contentKey: nil, hasUnknownCase: false)
        if !validation.isEmpty {
            members.append(.blank)
            members.append(ObjectLowering(context: context).validateMethod(validation))
        }
        return .group([Docs.comment(description), .block("\(a)enum \(name): \(Self.conformances)", members)])
    }
}
