import ResolvedAPI
/// Lowers the API itself to the client type that every endpoint function
/// extends, with initializers for the API's auth scheme.
struct ClientLowering {
    let context: LoweringContext

    func lower() -> CodeNode {
        let spec = context.resolved
        let a = context.access
        let name = context.clientName
        var docs = [spec.summary.isEmpty ? spec.title : "\(spec.title): \(spec.summary)"]
        if !spec.notes.isEmpty { docs += [""] + spec.notes.map { "- " + $0 } }
        var members: [CodeNode] = [
            .doc(["The server the docs name."]),
            .line("\(a)static let defaultServerURL = \(SwiftLiteral.string(spec.baseURL))"),
            .blank,
            .doc(["Sends the requests: server, transport, authorization, middlewares, timeout (`client.timeout`), retries (`client.retryPolicy`)."]),
            .line("\(a)var client: \(RuntimeSymbols.apiClient)"),
            .blank,
            .doc(["A client over a configured `APIClient`."]),
            .block("\(a)init(client: \(RuntimeSymbols.apiClient))", [.line("self.client = client")]),
            .blank,
            .doc(["This client with `options` (timeout, deadline, retrying a POST) for the calls made through it:",
                  "`try await api.withOptions(.init(timeout: .seconds(5))).someCall()` still throws `APIError`."]),
            .block("\(a)func withOptions(_ options: \(RuntimeSymbols.requestOptions)) -> Self", [
                .line("Self(client: self.client.with(options))"),
            ]),
        ]
        let serverAndTransport = "serverURL: \(RuntimeSymbols.string) = \(name).defaultServerURL, transport: \(RuntimeSymbols.transport) = \(RuntimeSymbols.defaultTransport)"
        let authDescription = spec.auth.description.isEmpty ? [] : [spec.auth.description]
        switch spec.auth.kind {
        case .bearer:
            members += [
                .blank,
                Docs.comment("A client that sends `Authorization: Bearer <token>`.", authDescription),
                .block("\(a)init(token: \(RuntimeSymbols.string), \(serverAndTransport))", [
                    .line("self.client = \(RuntimeSymbols.apiClient)(serverURL: serverURL, transport: transport, authorizer: \(RuntimeSymbols.bearerAuthorizer)(token: token))"),
                ]),
            ]
        case .basic:
            members += [
                .blank,
                Docs.comment("A client that sends `Authorization: Basic` with `username` and `password`.",
                             authDescription),
                .block("\(a)init(username: \(RuntimeSymbols.string), password: \(RuntimeSymbols.string), "
                       + serverAndTransport + ")", [
                    .line("let authorizer = \(RuntimeSymbols.basicAuthorizer)(username: username, password: password)"),
                    .line("self.client = \(RuntimeSymbols.apiClient)(serverURL: serverURL, transport: transport, "
                          + "authorizer: authorizer)"),
                ]),
            ]
        case .tokenHeader(let header):
            members += [
                .blank,
                Docs.comment("A client that sends `accessToken` in the `\(header)` header to `serverURL` (the token's endpoint).",
                             authDescription),
                .block("\(a)init(accessToken: \(RuntimeSymbols.string), \(serverAndTransport))", [
                    .line("let authorizer = \(RuntimeSymbols.headerTokenAuthorizer)(header: \(SwiftLiteral.string(header)), token: accessToken)"),
                    .line("self.client = \(RuntimeSymbols.apiClient)(serverURL: serverURL, transport: transport, authorizer: authorizer)"),
                ]),
                .blank,
                .doc(["A client without credentials, for the calls that need no token (sign-in, token issue)."]),
                .block("\(a)init(\(serverAndTransport))", [
                    .line("self.client = \(RuntimeSymbols.apiClient)(serverURL: serverURL, transport: transport)"),
                ]),
            ]
        case .none:
            members += [
                .blank,
                .doc(["A client for `serverURL`."]),
                .block("\(a)init(\(serverAndTransport))", [
                    .line("self.client = \(RuntimeSymbols.apiClient)(serverURL: serverURL, transport: transport)"),
                ]),
            ]
        }
        let client = CodeNode.group([.doc(docs), .block("\(a)struct \(name): \(RuntimeSymbols.sendable)", members)])
        let credentials = context.resolved.credentials.map { CredentialsLowering(context: context, credentials: $0).lower() }
        return .separated([client, credentials ?? .group([])])
    }
}
