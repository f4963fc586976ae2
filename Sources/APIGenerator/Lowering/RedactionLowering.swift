/// For a type holding a field the spec marks secret: `description`,
/// `debugDescription` and a mirror (what `print`, string interpolation and
/// `dump` use) that show `<redacted>` in place of each secret value.
struct RedactionLowering {
    let context: LoweringContext

    /// The members, given every property and whether it is secret.
    func members(_ properties: [(name: SwiftName, isSecret: Bool)]) -> [CodeNode] {
        let a = context.access
        let children = properties.map { property in
            "\(SwiftNamer.literal(property.name.name)): " + (property.isSecret ? "\(RuntimeSymbols.redacted).value" : "self.\(property.name.spelled) as \(RuntimeSymbols.any)")
        }
        return [
            .line("\(a)var description: \(RuntimeSymbols.string) { \(RuntimeSymbols.redacted).description(of: self) }"),
            .line("\(a)var debugDescription: \(RuntimeSymbols.string) { \(RuntimeSymbols.redacted).description(of: self) }"),
            .line("\(a)var customMirror: \(RuntimeSymbols.mirror) { \(RuntimeSymbols.mirror)(self, children: [\(children.joined(separator: ", "))], displayStyle: .struct) }"),
        ]
    }
}
