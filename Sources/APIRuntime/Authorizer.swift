/// Adds credentials to authenticated requests.
public protocol Authorizer: Sendable {
    /// Headers to add; their values are treated as secrets.
    func authorizationHeaders() async throws -> [HTTPHeader]
}

/// `Authorization: Bearer <token>`.
public struct BearerAuthorizer: Authorizer {
    private let token: String

    public init(token: String) {
        self.token = token
    }

    public func authorizationHeaders() async throws -> [HTTPHeader] {
        [HTTPHeader("Authorization", "Bearer \(token)")]
    }
}

/// A token in a header of the API's own name (Kaizala's `accessToken`).
public struct HeaderTokenAuthorizer: Authorizer {
    private let header: String
    private let token: String

    public init(header: String, token: String) {
        self.header = header
        self.token = token
    }

    public func authorizationHeaders() async throws -> [HTTPHeader] {
        [HTTPHeader(header, token)]
    }
}
