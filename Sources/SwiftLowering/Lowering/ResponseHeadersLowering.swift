import ResolvedAPI

/// Lowers an operation's documented answer headers to a struct of typed members that reads them from an answer
/// (`APIRuntime.TypedResponseHeaders`); the call's result stays its body.
struct ResponseHeadersLowering {
    let context: LoweringContext

    func lower(_ headers: ResolvedResponseHeaders, of operation: ResolvedOperation) -> CodeNode {
        let function = operation.functionName.name
        let summary = "The headers of `\(function)`'s answer, which the call itself does not return. Read them around "
            + "the call:\n\n```swift\nlet (value, headers) = try await \(headers.typeName).capturing {\n"
            + "    try await client.\(function)(…)\n}\n```"
        let members: [CodeNode] = headers.headers.map { header in
            .group([
                Docs.comment(header.description, ["The `\(header.wireName)` header."]),
                .line("\(context.access)var \(header.name.spelled): \(context.spell(header.type))"
                      + (header.isOptional ? "?" : "")),
            ])
        }
        let reads: [CodeNode] = headers.headers.map { header in
            let read = header.isOptional ? "optional" : "required"
            return .line("self.\(header.name.spelled) = try headers.\(read)(\(context.spell(header.type)).self, "
                         + "\(SwiftLiteral.string(header.wireName)), isText: \(header.isText))")
        }
        let initializer = CodeNode.block(
            "\(context.access)init(reading headers: \(RuntimeSymbols.responseHeaderReader)) "
                + "throws(\(RuntimeSymbols.apiError))", reads)
        return .group([
            Docs.comment(summary),
            .block("\(context.access)struct \(headers.typeName): \(context.modelConformances), "
                   + RuntimeSymbols.typedResponseHeaders,
                   members + [.blank, initializer]),
        ])
    }
}
