import APISpec

/// For a `tokenHeader` API: a credentials type made of the token
/// operation's parameters, and a client initializer that obtains, caches and
/// renews access tokens by calling that operation itself.
struct CredentialsLowering {
    let context: LoweringContext

    var credentialsName: String { SwiftNamer.typeName(context.spec.name) + "Credentials" }

    /// The token operation, when the spec says enough to call it unattended.
    var tokenOperation: Operation? {
        let auth = context.spec.auth
        guard auth.kind == .tokenHeader, auth.tokenField != nil, let name = auth.tokenOperation,
              let operation = context.spec.operations.first(where: { $0.name == name }),
              operation.requestBody == nil, !operation.parameters.contains(where: { $0.location == .path }) else { return nil }
        return operation
    }

    func lower() -> CodeNode {
        guard let operation = tokenOperation else { return .group([]) }
        return .separated([credentialsType(operation), initializer(operation)])
    }

    private func credentialsType(_ operation: Operation) -> CodeNode {
        let a = context.access
        let fields = operation.parameters.map(\.field)
        let properties: [CodeNode] = fields.map { field in
            .group([Docs.comment(field.description), .line("\(a)var \(SwiftNamer.memberName(field.name)): \(context.swiftType(field.type))")])
        }
        let parameters = fields.map { "\(SwiftNamer.memberName($0.name)): \(context.swiftType($0.type))" }.joined(separator: ", ")
        let assignments = fields.map { CodeNode.line("self.\(SwiftNamer.memberName($0.name)) = \(SwiftNamer.memberName($0.name))") }
        return .group([
            .doc(["What `\(SwiftNamer.unescapedMemberName(operation.name))` needs to issue access tokens."]),
            .block("\(a)struct \(credentialsName): Swift.Hashable, Swift.Sendable", properties + [.blank, .block("\(a)init(\(parameters))", assignments)]),
        ])
    }

    private func initializer(_ operation: Operation) -> CodeNode {
        let a = context.access
        let auth = context.spec.auth
        let client = context.clientName
        let refreshParameter = auth.refreshTokenField
        let arguments = operation.parameters.map { parameter -> String in
            let name = SwiftNamer.memberName(parameter.field.name)
            return parameter.field.name == refreshParameter ? "\(name): refreshToken" : "\(name): credentials.\(name)"
        }.joined(separator: ", ")
        let answer = answerFields(operation)
        func access(_ wire: String?) -> String? {
            guard let wire, let field = answer.first(where: { $0.name == wire }) else { return nil }
            return "answer.\(SwiftNamer.memberName(wire))" + (field.isOptional ? "?" : "")
        }
        var expiry = "nil"
        if let wire = auth.expiryField, let field = answer.first(where: { $0.name == wire }), let path = access(wire) {
            switch field.type {
            case .scalar(.epochMillis), .scalar(.epochSeconds): expiry = path + ".date"
            case .scalar(.dateTime): expiry = String(path.dropLast(field.isOptional ? 1 : 0))
            default: break
            }
        }
        let token = access(auth.tokenField).map { $0.hasSuffix("?") ? String($0.dropLast()) + " ?? \"\"" : $0 } ?? "\"\""
        let endpoint = access(auth.endpointField).map { $0.hasSuffix("?") ? String($0.dropLast()) : $0 } ?? "nil"
        let rotated = access(auth.refreshTokenField).map { $0.hasSuffix("?") ? String($0.dropLast()) : $0 } ?? "nil"
        let initialRefresh = refreshParameter.map { "credentials.\(SwiftNamer.memberName($0))" } ?? "\"\""
        return .block("extension \(client)", [
            Docs.comment("A client that obtains access tokens itself: it calls `\(SwiftNamer.unescapedMemberName(operation.name))` with `credentials`, "
                         + "caches the token until shortly before it expires, renews it once after a 401, sends calls to the endpoint the token names, "
                         + "and saves a rotated refresh token in `refreshTokenStore` before using it."),
            .line("\(a)init("),
            .line("    credentials: \(credentialsName),"),
            .line("    refreshTokenStore: (any APIRuntime.RefreshTokenStore)? = nil,"),
            .line("    serverURL: Swift.String = \(client).defaultServerURL,"),
            .line("    transport: any APIRuntime.Transport = APIRuntime.URLSessionTransport(),"),
            .line("    middlewares: [any APIRuntime.Middleware] = []"),
            .block(")", [
                .line("let issuer = \(client)(client: APIRuntime.APIClient(serverURL: serverURL, transport: transport, middlewares: middlewares))"),
                .line("let store = refreshTokenStore ?? APIRuntime.InMemoryRefreshTokenStore(\(initialRefresh))"),
                .closure("let authenticator = APIRuntime.TokenAuthenticator(header: \(SwiftNamer.literal(auth.header ?? "")), store: store) { refreshToken in", [
                    .line("let answer = try await issuer.\(SwiftNamer.memberName(operation.name))(\(arguments))"),
                    .line("return APIRuntime.IssuedToken(accessToken: \(token), expiresAt: \(expiry), endpoint: \(endpoint), refreshToken: \(rotated))"),
                ]),
                .line("self.init(client: APIRuntime.APIClient(serverURL: serverURL, transport: transport, authorizer: authenticator, middlewares: middlewares))"),
            ]),
        ])
    }

    private func answerFields(_ operation: Operation) -> [Field] {
        switch operation.responseBody?.shape {
        case .fields(let object): return object.fields
        case .type(.named(let name)):
            if case .object(let object) = context.typesByName[name]?.kind { return object.fields }
            return []
        default: return []
        }
    }
}
