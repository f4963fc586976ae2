import ResolvedAPI
/// For an API that calls its users back: a facade that checks the shared
/// token, answers the validation handshake and decodes payloads.
struct WebhookLowering {
    let context: LoweringContext

    func lower() -> CodeNode? {
        guard let webhooks = context.resolved.webhooks else { return nil }
        let name = webhooks.name
        let a = context.access
        let payload = context.spell(webhooks.payload)
        var members: [CodeNode] = []
        if let header = webhooks.tokenHeader {
            members += [
                .doc(["The header that carries the token set at registration."]),
                .line("\(a)static let tokenHeader = \(SwiftLiteral.string(header))"),
                .blank,
                .doc(["Whether a callback carries `expectedToken` in `\(header)`, compared in constant time. Header names may be in any case."]),
                .block("\(a)static func isAuthentic(headers: [\(RuntimeSymbols.string): \(RuntimeSymbols.string)], expectedToken: \(RuntimeSymbols.string)) -> \(RuntimeSymbols.bool)", [
                    .line("\(RuntimeSymbols.webhookSupport).hasToken(headers, header: tokenHeader, expected: expectedToken)"),
                ]),
                .blank,
            ]
        }
        if let parameter = webhooks.validationParameter {
            members += [
                .doc(["The answer to the callback-URL validation handshake: the `\(parameter)` query parameter echoed as plain text,",
                      "to send within the time the API allows; nil when the query has no such parameter (an ordinary callback)."]),
                .block("\(a)static func handshakeReply(query: [\(RuntimeSymbols.string): \(RuntimeSymbols.string)]) -> \(RuntimeSymbols.webhookReply)?", [
                    .line("\(RuntimeSymbols.webhookSupport).handshake(query: query, parameter: \(SwiftLiteral.string(parameter)))"),
                ]),
                .blank,
            ]
        }
        members += [
            .doc(["Decodes a callback's body; event types this client does not know decode too."]),
            .block("\(a)static func decode(_ body: \(RuntimeSymbols.data)) throws(\(RuntimeSymbols.apiError)) -> \(payload)", [
                .line("try \(RuntimeSymbols.jsonCoding).decode(\(payload).self, from: body)"),
            ]),
        ]
        return .group([.doc(["Calls \(context.resolved.title) makes to your server."]), .block("\(a)enum \(name)", members)])
    }
}
