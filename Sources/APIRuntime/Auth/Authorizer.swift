import Foundation

/// The credentials for one request, and where they say to send it.
public struct Authorization: Sendable, Hashable {
    /// Headers to add; their values are treated as secrets.
    public var headers: [HTTPHeader]
    /// The endpoint the credentials route calls to (Kaizala's token answer
    /// carries `endpointUrl`); nil keeps the client's server.
    public var endpoint: String?

    public init(headers: [HTTPHeader], endpoint: String? = nil) {
        self.headers = headers
        self.endpoint = endpoint
    }
}

/// What an authorizer may use to obtain credentials for one call.
public struct AuthorizationContext: Sendable {
    /// The calling client without its authorizer: fetching credentials with
    /// it follows the caller's server, transport, middlewares, timeout and
    /// retry policy as they are set now.
    public var client: APIClient
    /// How long the caller waits for credentials before the call times out.
    public var timeout: Duration

    public init(client: APIClient, timeout: Duration) {
        self.client = client
        self.timeout = timeout
    }
}

/// Adds credentials to authenticated requests.
public protocol Authorizer: Sendable {
    /// Credentials for one call. Must return within `context.timeout`
    /// (throwing `.timedOut`) and when the calling task is cancelled
    /// (throwing `.cancelled`).
    func authorization(_ context: AuthorizationContext) async throws(APIError) -> Authorization
    /// The server rejected a request sent with `rejected` (HTTP 401). Return
    /// true when fresh credentials are ready and the request is worth one
    /// more try.
    func renewAfterRejection(of rejected: Authorization, _ context: AuthorizationContext) async throws(APIError) -> Bool
}

extension Authorizer {
    public func renewAfterRejection(of rejected: Authorization, _ context: AuthorizationContext) async throws(APIError) -> Bool { false }
}

/// `Authorization: Bearer <token>`.
public struct BearerAuthorizer: Authorizer {
    private let token: String

    public init(token: String) {
        self.token = token
    }

    public func authorization(_ context: AuthorizationContext) async throws(APIError) -> Authorization {
        Authorization(headers: [HTTPHeader("Authorization", "Bearer \(token)")])
    }
}

/// `Authorization: Basic <credentials>`, the credentials being `username:password` in UTF-8, base64-encoded
/// (RFC 7617): Twilio's account SID and auth token, Jira's email address and API token.
public struct BasicAuthorizer: Authorizer {
    private let credentials: String

    public init(username: String, password: String) {
        credentials = Data("\(username):\(password)".utf8).base64EncodedString()
    }

    public func authorization(_ context: AuthorizationContext) async throws(APIError) -> Authorization {
        Authorization(headers: [HTTPHeader("Authorization", "Basic \(credentials)")])
    }
}

/// A fixed token in a header of the API's own name (Kaizala's `accessToken`).
public struct HeaderTokenAuthorizer: Authorizer {
    private let header: String
    private let token: String

    public init(header: String, token: String) {
        self.header = header
        self.token = token
    }

    public func authorization(_ context: AuthorizationContext) async throws(APIError) -> Authorization {
        Authorization(headers: [HTTPHeader(header, token)])
    }
}
