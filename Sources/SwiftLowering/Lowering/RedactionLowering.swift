import ResolvedAPI
/// For a type holding a field the spec marks secret: `description`,
/// `debugDescription` and a mirror (what `print`, string interpolation and
/// `dump` use) that show `<redacted>` in place of each secret value, each
/// conformance an extension of its own below the type.
struct RedactionLowering {
    let context: LoweringContext

    /// The extensions, given the type's name, every property and whether it is secret.
    func extensions(of type: String, _ properties: [(name: SwiftName, isSecret: Bool)]) -> CodeNode {
        let a = context.access
        let children = properties.map { property in
            "\(SwiftLiteral.string(property.name.name)): "
                + (property.isSecret ? "\(RuntimeSymbols.redacted).value" : "self.\(property.name.spelled) as \(RuntimeSymbols.any)")
        }
        let mirror = "\(RuntimeSymbols.mirror)(self, children: [\(children.joined(separator: ", "))], displayStyle: .struct)"
        return .separated([
            .block("extension \(type): \(RuntimeSymbols.customStringConvertible)", [
                .line("\(a)var description: \(RuntimeSymbols.string) { \(RuntimeSymbols.redacted).description(of: self) }"),
            ]),
            .block("extension \(type): \(RuntimeSymbols.customDebugStringConvertible)", [
                .line("\(a)var debugDescription: \(RuntimeSymbols.string) { \(RuntimeSymbols.redacted).description(of: self) }"),
            ]),
            .block("extension \(type): \(RuntimeSymbols.customReflectable)", [
                .block("\(a)var customMirror: \(RuntimeSymbols.mirror)", [.line(mirror)]),
            ]),
        ])
    }
}
