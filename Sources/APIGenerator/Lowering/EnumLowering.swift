import APISpec

/// Lowers a string enum to an open struct: one static member per
/// documented value, and any other value the server sends kept as is.
struct EnumLowering {
    let context: LoweringContext

    /// Static names an enum value must not take.
    private static let reserved: Set<String> = ["knownValues", "rawValue", "description", "isKnown", "init"]

    static func caseName(_ value: String) -> String {
        let name = SwiftNamer.unescapedMemberName(value)
        return reserved.contains(name) ? name + "_" : SwiftNamer.escapedMember(name)
    }

    func lower(name: String, description: String, enumeration: EnumType) -> CodeNode {
        let a = context.access
        var members: [CodeNode] = [
            .line("\(a)let rawValue: Swift.String"),
            .blank,
            .block("\(a)init(rawValue: Swift.String)", [.line("self.rawValue = rawValue")]),
            .blank,
        ]
        for value in enumeration.values {
            members.append(Docs.comment(value.description.isEmpty ? "`\(value.value)`" : value.description))
            members.append(.line("\(a)static let \(Self.caseName(value.value)) = \(name)(rawValue: \(SwiftNamer.literal(value.value)))"))
        }
        let known = enumeration.values.map { "." + Self.caseName($0.value) }.joined(separator: ", ")
        members.append(.blank)
        members.append(.doc(["Every value the spec documents; others decode too (see `isKnown`)."]))
        members.append(.line("\(a)static let knownValues: [\(name)] = [\(known)]"))
        return .group([
            Docs.comment(description),
            .block("\(a)struct \(name): APIRuntime.OpenEnum", members),
        ])
    }
}
