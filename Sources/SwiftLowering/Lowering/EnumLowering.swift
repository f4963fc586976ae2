import ResolvedAPI
/// Lowers a string enum to an open struct: one static member per
/// documented value, and any other value the server sends kept as is.
struct EnumLowering {
    let context: LoweringContext

    func lower(_ enumeration: ResolvedEnum) -> CodeNode {
        let a = context.access
        let name = enumeration.name
        let rawType = enumeration.isInteger ? RuntimeSymbols.int64 : RuntimeSymbols.string
        let conformance = enumeration.isInteger ? RuntimeSymbols.openIntegerEnum : RuntimeSymbols.openEnum
        var members: [CodeNode] = [
            .line("\(a)let rawValue: \(rawType)"),
            .blank,
            .block("\(a)init(rawValue: \(rawType))", [.line("self.rawValue = rawValue")]),
            .blank,
        ]
        // Computed, not stored: a stored static is a global the compiler guards with a lazy initializer, four
        // functions a value, and an enum of many values (Stripe's 300 merchant categories, a dozen times) costs
        // that much build time; a value made from a literal costs nothing to make again.
        for entry in enumeration.cases {
            members.append(Docs.comment(entry.description.isEmpty ? "`\(entry.rawValue)`" : entry.description))
            let value = "Self(rawValue: \(enumeration.isInteger ? entry.rawValue : SwiftLiteral.string(entry.rawValue)))"
            members.append(.line("\(a)static var \(entry.name.spelled): Self { \(value) }"))
        }
        let known = enumeration.cases.map { "." + $0.name.spelled }.joined(separator: ", ")
        members.append(.blank)
        members.append(.doc(["Every value the spec documents; others decode too (see `isKnown`)."]))
        members.append(.line("\(a)static let knownValues: [\(name)] = [\(known)]"))
        return .group([
            Docs.comment(enumeration.description),
            .block("\(a)struct \(name): \(conformance)", members),
        ])
    }
}
