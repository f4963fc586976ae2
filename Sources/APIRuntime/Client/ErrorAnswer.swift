import Foundation

/// Which error answers a documented body type is for: one status, a class of them (`4XX` is `.range(4)`), or any
/// error status not documented otherwise.
public enum StatusMatch: Sendable, Hashable {
    case code(Int)
    case range(Int)
    case otherwise
}

/// An error answer the spec documents with a body, read as the type the spec gives for its status.
// Unchecked: `body` is a value of a generated type, and those are all Sendable; the generic functions that decode it
// cannot require so, since a Sendable constraint refuses the main-actor conformances of modules isolated by default.
public struct ErrorAnswer: @unchecked Sendable, CustomStringConvertible {
    public let status: Int
    public let method: String
    /// The documented path template.
    public let path: String
    /// The decoded body; `body(as:)` gives it typed.
    public let body: Any
    /// The first bytes of the body with secrets masked, for logs.
    public let bodySnippet: String
    /// The answer's headers (`headers["X-Request-Id"]`, by name without case): what the docs say an error answer
    /// carries beside its body. Those that may hold a credential (`Set-Cookie`, a name like a secret's, a header
    /// the request sent as a secret) are left out; `description` shows the status and the masked body alone.
    public let headers: [HTTPHeader]

    public init(status: Int, method: String, path: String, body: Any, bodySnippet: String, headers: [HTTPHeader] = []) {
        self.status = status
        self.method = method
        self.path = path
        self.body = body
        self.bodySnippet = bodySnippet
        self.headers = headers
    }

    /// The body as `type`, or nil when the status's documented type is another.
    public func body<Body>(as type: Body.Type) -> Body? {
        body as? Body
    }

    public var description: String {
        "\(method) \(path) answered HTTP \(status)" + (bodySnippet.isEmpty ? "" : ": \(bodySnippet)")
    }
}

/// That answers of `statuses` carry a JSON body of type `Body`, as a generated function tells `APIClient.send`.
public struct ErrorBody<Body: Decodable> {
    public let statuses: [StatusMatch]

    public init(_ statuses: [StatusMatch], _ type: Body.Type) {
        self.statuses = statuses
    }

    /// The body of `response`, nil when it does not have the documented shape.
    func decode(_ response: HTTPResponse) -> Body? {
        try? JSONCoding.decodeValue(Body.self, from: response.body)
    }
}

extension APIError {
    /// The error for an answer outside 2xx: `.answered` when `bodies` document a body for its status (an exact
    /// status before its class, its class before `default`: the first that documents one decides) and the body
    /// has that shape; else `.status`, so that a body unlike the docs still tells the status.
    static func failure<each Failure>(for response: HTTPResponse, of request: APIRequest,
                                      _ bodies: repeat ErrorBody<each Failure>) -> APIError {
        let snippet = APIError.snippet(of: response.body, secretKeys: request.secretKeys)
        var documented: [StatusMatch] = []
        for body in repeat each bodies { documented += body.statuses }
        let candidates = [StatusMatch.code(response.status), .range(response.status / 100), .otherwise]
        if let match = candidates.first(where: documented.contains) {
            for body in repeat each bodies {
                guard body.statuses.contains(match) else { continue }
                guard let decoded = body.decode(response) else { break }
                return .answered(ErrorAnswer(status: response.status, method: request.method.rawValue,
                                             path: request.template, body: decoded, bodySnippet: snippet,
                                             headers: response.headers.filter { !isSecret($0.name, of: request) }))
            }
        }
        return .status(code: response.status, method: request.method.rawValue, path: request.template,
                       bodySnippet: snippet)
    }
}

/// Whether an answer's header may carry a credential: a cookie, a name like a secret's, one the request kept secret.
private func isSecret(_ header: String, of request: APIRequest) -> Bool {
    let name = header.lowercased()
    return name == "set-cookie" || name == "set-cookie2" || Redaction.isSecret(name)
        || request.secretHeaders.contains(name)
}

extension HTTPResponse {
    /// An answer the client returns rather than throws.
    var isSuccess: Bool { (200..<300).contains(status) }
}
