import Foundation

/// Sees every request on its way out and every response on its way back,
/// in the order the client lists them: for logging, metrics or test doubles.
public protocol Middleware: Sendable {
    func intercept(_ request: HTTPRequest, next: @Sendable (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse
}

/// Logs one line per request and per response, with the values of secret
/// headers, query parameters and body members (marked secret in the spec,
/// or named like secrets) replaced by `<redacted>`.
public struct LoggingMiddleware: Middleware {
    private let log: @Sendable (String) -> Void

    public init(log: @escaping @Sendable (String) -> Void = { print($0) }) {
        self.log = log
    }

    public func intercept(_ request: HTTPRequest, next: @Sendable (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse {
        let headers = request.headers.map { header in
            "\(header.name): \(request.isSecret(header.name) ? "<redacted>" : header.value)"
        }.joined(separator: ", ")
        let type = request.headers["Content-Type"]
        let body = request.body.map { " " + Self.describe($0, type: type, request.secretKeys) } ?? ""
        log("-> \(request.method.rawValue) \(Redaction.maskQuery(of: request.url, keys: request.secretKeys)) [\(headers)]\(body)")
        let started = ContinuousClock.now
        do {
            let response = try await next(request)
            let elapsed = ContinuousClock.now - started
            let answer = Self.describe(response.body, type: response.headers["Content-Type"], request.secretKeys)
            let took = elapsed.formatted(.units(allowed: [.milliseconds]))
            log("<- \(response.status) \(request.method.rawValue) \(request.url.path) in \(took) \(answer)")
            return response
        } catch {
            log("<- failed \(request.method.rawValue) \(request.url.path): \(TransportFailure.describe(error, url: request.url))")
            throw error
        }
    }

    /// A body as text, secrets masked, when it is text (JSON, a form, `text/…`, or untyped); otherwise its size and
    /// type alone: an image's or an archive's bytes are no log line, and a multipart form's text parts are not
    /// masked one by one.
    static func describe(_ body: Data, type: String?, _ secretKeys: Set<String>) -> String {
        let media = type.map { text in
            text.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        }
        let isForm = media == FormBody.contentType
        let isText = media.map { isForm || $0.isEmpty || $0 == "application/json" || $0.hasSuffix("+json")
            || $0.hasPrefix("text/") } ?? true
        guard isText else { return "<\(body.count) bytes of \(media ?? "")>" }
        return APIError.snippet(of: body, secretKeys: secretKeys, isForm: isForm)
    }
}
