import APISpec

/// Security schemes as the spec's auth: HTTP bearer (and OAuth 2 / OpenID
/// tokens) as bearer, HTTP basic as basic, apigen's own token header as it
/// was exported, an API key as a secret parameter of the operations that
/// need it.
struct AuthMapping {
    /// What an operation's security asks of it.
    struct Requirement {
        var isAuthenticated: Bool
        /// API keys the client sends as parameters of this operation.
        var keyParameters: [Parameter]
    }

    var scheme = AuthScheme(kind: .none)
    /// The scheme `scheme` stands for, by its name under `securitySchemes`.
    var schemeName: String?
    /// API keys by scheme name, as the parameter each sends.
    var keys: [String: Parameter] = [:]
    var globalRequirements: [[String]] = []

    init(_ mapper: OpenAPIMapper) {
        let root = mapper.document.root
        let schemes = root.member("components")?.member("securitySchemes")
        let schemesPlace = DocumentPlace(pointer: "#/components/securitySchemes", location: schemes?.location ?? root.location)
        globalRequirements = Self.requirements(root.member("security"))
        // The schemes the document asks for, of itself or of any operation.
        var used = Set(globalRequirements.flatMap { $0 })
        for item in root.member("paths")?.members ?? [] {
            for operation in item.value.members ?? [] {
                used.formUnion(Self.requirements(operation.value.member("security")).flatMap { $0 })
            }
        }
        // Schemes the client could send, of which it sends one: alternatives the format has no place for.
        var candidates: [(name: String, scheme: AuthScheme, place: DocumentPlace)] = []
        for member in schemes?.members ?? [] {
            let place = schemesPlace.appending(member.key, member.value)
            guard let (node, _) = mapper.dereferenced(member.value, at: place) else { continue }
            let description = node.string("description") ?? ""
            switch (node.string("type"), node.string("scheme")?.lowercased(), node.string("in")) {
            case ("http", "bearer"?, _), ("oauth2", _, _), ("openIdConnect", _, _):
                var words = description
                if node.string("type") != "http" {
                    let flows = node.string("type") == "oauth2" ? "OAuth 2 flows" : "OpenID Connect discovery"
                    mapper.warn(.securityScheme, "\(flows) are not part of the spec format: the client sends the access token the app gets "
                                + "as a bearer token", at: place)
                    if words.isEmpty { words = "An access token from \(flows), sent as a bearer token." }
                }
                candidates.append((member.key, AuthScheme(kind: .bearer, description: words), place))
            case ("http", "basic"?, _):
                candidates.append((member.key, AuthScheme(kind: .basic, description: description), place))
            case ("apiKey", _, "header"?) where node.string("x-apigen-tokenOperation") != nil:
                scheme = AuthScheme(kind: .tokenHeader, header: node.string("name"), tokenOperation: node.string("x-apigen-tokenOperation"),
                                    tokenField: node.string("x-apigen-tokenField"), expiryField: node.string("x-apigen-expiryField"),
                                    endpointField: node.string("x-apigen-endpointField"),
                                    refreshTokenField: node.string("x-apigen-refreshTokenField"), description: description)
                schemeName = member.key
            case ("apiKey", _, let position?) where position == "header" || position == "query":
                guard let name = node.string("name") else { continue }
                mapper.warn(.apiKeyAsParameter, "an API key in the \(position) has no auth scheme in the spec format (a token header needs "
                            + "the operation that issues it): each operation that needs it takes '\(name)' as a secret parameter", at: place)
                let field = Field(name: name, type: .scalar(.string), description: description.isEmpty ? "The API key." : description,
                                  isSecret: true, location: place.location)
                keys[member.key] = Parameter(location: position == "header" ? .header : .query, field: field)
            default:
                mapper.warn(.securityScheme, "a security scheme of type '\(node.string("type") ?? "?")'"
                            + (node.string("scheme").map { " (\($0))" } ?? "") + (node.string("in").map { " in the \($0)" } ?? "")
                            + " has no auth in the spec format; calls that need it are sent without it", at: place)
            }
        }
        // One the document asks for, a bearer token before basic credentials (one secret, not two; Stripe offers both).
        let asked = candidates.filter { used.contains($0.name) }
        let pool = asked.isEmpty ? candidates : asked
        guard let chosen = pool.first(where: { $0.scheme.kind == .bearer }) ?? pool.first else { return }
        if scheme.kind == .tokenHeader, let tokenName = schemeName {
            // apigen's own token header, as exported, stays; the others are what the format cannot add to it.
            for other in candidates {
                mapper.warn(.securityScheme, "HTTP \(other.scheme.kind.rawValue) ('\(other.name)') is beside the token "
                            + "header '\(tokenName)', and the spec format keeps one: the client sends the token",
                            at: other.place)
            }
            return
        }
        scheme = chosen.scheme
        schemeName = chosen.name
        for other in candidates where other.name != chosen.name && other.scheme.kind != chosen.scheme.kind {
            mapper.warn(.securityScheme, "HTTP \(other.scheme.kind.rawValue) ('\(other.name)') is an alternative to "
                        + "'\(chosen.name)', and the spec format keeps one: the client sends "
                        + "\(chosen.scheme.kind.rawValue) credentials", at: other.place)
        }
    }

    /// `security: [{a: []}, {b: [], c: []}]` as lists of scheme names (alternatives of requirements).
    static func requirements(_ node: JSONNode?) -> [[String]] {
        (node?.elements ?? []).map { ($0.members ?? []).map(\.key) }
    }

    /// The operation's own security, else the document's: authenticated unless it may be called without any.
    func requirement(of operation: JSONNode, at place: DocumentPlace) -> Requirement {
        let own = operation.member("security")
        let alternatives = own == nil ? globalRequirements : Self.requirements(own)
        let open = alternatives.isEmpty || alternatives.contains { $0.isEmpty }
        // The first alternative the client can meet decides which keys it sends.
        let chosen = alternatives.first { $0.contains { $0 == schemeName || keys[$0] != nil } } ?? []
        let parameters = chosen.compactMap { keys[$0] }
        var parameter = parameters
        if open { parameter = parameters.map { var optional = $0; optional.field.isOptional = true; return optional } }
        // With no auth the flag means nothing (the writer leaves out the default, true).
        return Requirement(isAuthenticated: scheme.kind == .none || !open, keyParameters: parameter)
    }
}
