import APISpec

/// Lowers the API itself to the client type that every endpoint function
/// extends, with initializers for the API's auth scheme.
struct ClientLowering {
    let context: LoweringContext

    func lower() -> CodeNode {
        let spec = context.spec
        let a = context.access
        let name = context.clientName
        var docs = ["\(spec.title): \(spec.description)"]
        if !spec.notes.isEmpty { docs += [""] + spec.notes.map { "- " + $0 } }
        var members: [CodeNode] = [
            .doc(["The server the docs name."]),
            .line("\(a)static let defaultServerURL = \(SwiftNamer.literal(spec.baseURL))"),
            .blank,
            .doc(["Sends the requests: server, transport, authorization, middlewares, timeout (`client.timeout`), retries (`client.retryPolicy`)."]),
            .line("\(a)var client: APIRuntime.APIClient"),
            .blank,
            .doc(["A client over a configured `APIClient`."]),
            .block("\(a)init(client: APIRuntime.APIClient)", [.line("self.client = client")]),
        ]
        let serverAndTransport = "serverURL: Swift.String = \(name).defaultServerURL, transport: any APIRuntime.Transport = APIRuntime.URLSessionTransport()"
        switch spec.auth.kind {
        case .bearer:
            members += [
                .blank,
                Docs.comment("A client that sends `Authorization: Bearer <token>`.", spec.auth.description.isEmpty ? [] : [spec.auth.description]),
                .block("\(a)init(token: Swift.String, \(serverAndTransport))", [
                    .line("self.client = APIRuntime.APIClient(serverURL: serverURL, transport: transport, authorizer: APIRuntime.BearerAuthorizer(token: token))"),
                ]),
            ]
        case .tokenHeader:
            let header = spec.auth.header ?? ""
            members += [
                .blank,
                Docs.comment("A client that sends `accessToken` in the `\(header)` header to `serverURL` (the token's endpoint).",
                             spec.auth.description.isEmpty ? [] : [spec.auth.description]),
                .block("\(a)init(accessToken: Swift.String, \(serverAndTransport))", [
                    .line("let authorizer = APIRuntime.HeaderTokenAuthorizer(header: \(SwiftNamer.literal(header)), token: accessToken)"),
                    .line("self.client = APIRuntime.APIClient(serverURL: serverURL, transport: transport, authorizer: authorizer)"),
                ]),
                .blank,
                .doc(["A client without credentials, for the calls that need no token (sign-in, token issue)."]),
                .block("\(a)init(\(serverAndTransport))", [
                    .line("self.client = APIRuntime.APIClient(serverURL: serverURL, transport: transport)"),
                ]),
            ]
        case .none:
            members += [
                .blank,
                .doc(["A client for `serverURL`."]),
                .block("\(a)init(\(serverAndTransport))", [
                    .line("self.client = APIRuntime.APIClient(serverURL: serverURL, transport: transport)"),
                ]),
            ]
        }
        let client = CodeNode.group([.doc(docs), .block("\(a)struct \(name): Swift.Sendable", members)])
        return .separated([client, CredentialsLowering(context: context).lower()])
    }
}
