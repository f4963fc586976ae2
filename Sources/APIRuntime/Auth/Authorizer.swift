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

/// Adds credentials to authenticated requests.
public protocol Authorizer: Sendable {
    func authorization() async throws(APIError) -> Authorization
    /// The server rejected a request sent with `rejected` (HTTP 401). Return
    /// true when fresh credentials are ready and the request is worth one
    /// more try.
    func renewAfterRejection(of rejected: Authorization) async throws(APIError) -> Bool
}

extension Authorizer {
    public func renewAfterRejection(of rejected: Authorization) async throws(APIError) -> Bool { false }
}

/// `Authorization: Bearer <token>`.
public struct BearerAuthorizer: Authorizer {
    private let token: String

    public init(token: String) {
        self.token = token
    }

    public func authorization() async throws(APIError) -> Authorization {
        Authorization(headers: [HTTPHeader("Authorization", "Bearer \(token)")])
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

    public func authorization() async throws(APIError) -> Authorization {
        Authorization(headers: [HTTPHeader(header, token)])
    }
}
