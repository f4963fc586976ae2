import Foundation

public enum HTTPMethod: String, Hashable, Sendable {
    case get = "GET", post = "POST", put = "PUT", patch = "PATCH", delete = "DELETE", head = "HEAD", options = "OPTIONS"

    /// Methods that may be retried without changing the outcome.
    public var isIdempotent: Bool { self != .post && self != .patch }
}

/// A header; order is kept and names compare case-insensitively.
public struct HTTPHeader: Hashable, Sendable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension Array where Element == HTTPHeader {
    public subscript(_ name: String) -> String? {
        first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// A request ready for the wire, as a transport receives it.
public struct HTTPRequest: Sendable {
    public var method: HTTPMethod
    public var url: URL
    public var headers: [HTTPHeader]
    public var body: Data?
    public var timeout: Duration
    /// Lowercased names of headers whose values are secrets (credentials).
    public var secretHeaderNames: Set<String>
    /// JSON members and query parameters the spec marks secret, in the
    /// request or its answer: masked in logs and errors (besides the names
    /// that look secret).
    public var secretKeys: Set<String>

    public init(method: HTTPMethod, url: URL, headers: [HTTPHeader] = [], body: Data? = nil, timeout: Duration = .seconds(60),
                secretHeaderNames: Set<String> = [], secretKeys: Set<String> = []) {
        self.secretKeys = secretKeys
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.secretHeaderNames = secretHeaderNames
    }

    /// Whether a header's value must stay out of logs and errors.
    public func isSecret(_ headerName: String) -> Bool {
        secretHeaderNames.contains(headerName.lowercased()) || Redaction.isSecret(headerName)
    }
}

/// A response as a transport returns it.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [HTTPHeader]
    public var body: Data

    public init(status: Int, headers: [HTTPHeader] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Sends one request and returns its response. Plug in any HTTP stack
/// (URLSession by default, AsyncHTTPClient, a test double) by conforming.
public protocol Transport: Sendable {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
    /// True when `send` never outlasts `request.timeout` by itself: it answers
    /// without waiting (a test double) or enforces the limit. The client then
    /// runs no timer of its own around the call, unless middlewares wait too.
    /// False by default, which is always safe.
    var boundsItsOwnTime: Bool { get }
}

extension Transport {
    public var boundsItsOwnTime: Bool { false }
}
