import ResolvedAPI
/// For a `tokenHeader` API: a credentials type made of the token
/// operation's parameters, and a client initializer that obtains, caches and
/// renews access tokens by calling that operation itself.
struct CredentialsLowering {
    let context: LoweringContext
    let credentials: ResolvedCredentials

    func lower() -> CodeNode {
        .separated([credentialsType(), initializer()])
    }

    private var arguments: [ResolvedArgument] { credentials.tokenOperation.arguments }

    private func credentialsType() -> CodeNode {
        let a = context.access
        let pairs = zip(credentials.properties, arguments)
        let properties: [CodeNode] = pairs.map { name, argument in
            .group([Docs.comment(argument.description), .line("\(a)var \(name.spelled): \(context.spell(argument.type))")])
        }
        let parameters = pairs.map { "\($0.spelled): \(context.spell($1.type))" }.joined(separator: ", ")
        let assignments = credentials.properties.map { CodeNode.line("self.\($0.spelled) = \($0.spelled)") }
        let secrets = pairs.map { (name: $0, isSecret: $1.isSecret) }
        let members = properties + [.blank, .block("\(a)init(\(parameters))", assignments)]
        let type = CodeNode.group([
            .doc(["What `\(credentials.tokenOperation.functionName.name)` needs to issue access tokens; "
                  + "printed or dumped, its secrets show as `<redacted>`."]),
            .block("\(a)struct \(credentials.name): \(RuntimeSymbols.plainConformances)", members),
        ])
        guard secrets.contains(where: \.isSecret) else { return type }
        return .separated([type, RedactionLowering(context: context).extensions(of: credentials.name, secrets)])
    }

    private func initializer() -> CodeNode {
        let a = context.access
        var header = ""
        if case .tokenHeader(let name) = context.resolved.auth.kind { header = name }
        let client = context.clientName
        let operation = credentials.tokenOperation
        let callArguments = zip(credentials.properties, arguments).map { property, argument -> String in
            argument.name == credentials.refreshArgument ? "\(argument.name.label): refreshToken" : "\(argument.name.label): credentials.\(property.spelled)"
        }.joined(separator: ", ")
        /// `answer.name`, unwrapped where the answer may omit it.
        func read(_ access: PropertyRead?, orElse fallback: String) -> String {
            guard let access else { return fallback }
            return "answer.\(access.member)" + (access.isOptional && fallback != "nil" ? " ?? \(fallback)" : "")
        }
        var expiry = "nil"
        if let (access, isEpoch) = credentials.expiryAccess {
            expiry = "answer.\(access.member)" + (isEpoch ? (access.isOptional ? "?.date" : ".date") : "")
        }
        let token = read(credentials.tokenAccess, orElse: "\"\"")
        let endpoint = read(credentials.endpointAccess, orElse: "nil")
        let rotated = read(credentials.refreshAccess, orElse: "nil")
        let refreshProperty = zip(credentials.properties, arguments).first { $1.name == credentials.refreshArgument }?.0
        let initialRefresh = refreshProperty.map { "credentials.\($0.spelled)" } ?? "\"\""
        return .block("extension \(client)", [
            Docs.comment("A client that obtains access tokens itself: it calls `\(operation.functionName.name)` with `credentials` (through this client, so its timeout, retries and middlewares apply), "
                         + "caches the token until shortly before it expires, renews it once after a 401, sends calls to the endpoint the token names, "
                         + "and saves a rotated refresh token in `refreshTokenStore` before using it."),
            .block("\(a)init(credentials: \(credentials.name), refreshTokenStore: \(RuntimeSymbols.refreshTokenStore) = nil, "
                   + "serverURL: \(RuntimeSymbols.string) = \(client).defaultServerURL, "
                   + "transport: \(RuntimeSymbols.transport) = \(RuntimeSymbols.defaultTransport), "
                   + "middlewares: \(RuntimeSymbols.middlewares) = [])", [
                .line("let store = refreshTokenStore ?? \(RuntimeSymbols.inMemoryRefreshTokenStore)(\(initialRefresh))"),
                // The token is fetched through the calling client (without its
                // authorizer), so its timeout, retries and middlewares apply.
                .closure("let authenticator = \(RuntimeSymbols.tokenAuthenticator)(header: \(SwiftLiteral.string(header)), store: store) { refreshToken, issuer in", [
                    .line("let answer = try await \(client)(client: issuer).\(operation.functionName.spelled)(\(callArguments))"),
                    .line("return \(RuntimeSymbols.issuedToken)(accessToken: \(token), expiresAt: \(expiry), endpoint: \(endpoint), refreshToken: \(rotated))"),
                ]),
                .line("self.init(client: \(RuntimeSymbols.apiClient)(serverURL: serverURL, transport: transport, authorizer: authenticator, middlewares: middlewares))"),
            ]),
        ])
    }
}
