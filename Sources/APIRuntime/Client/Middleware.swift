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
        let isForm = request.headers["Content-Type"]?.hasPrefix(FormBody.contentType) ?? false
        let body = request.body.map { " " + APIError.snippet(of: $0, secretKeys: request.secretKeys, isForm: isForm) } ?? ""
        log("-> \(request.method.rawValue) \(Redaction.maskQuery(of: request.url, keys: request.secretKeys)) [\(headers)]\(body)")
        let started = ContinuousClock.now
        do {
            let response = try await next(request)
            let elapsed = ContinuousClock.now - started
            log("<- \(response.status) \(request.method.rawValue) \(request.url.path) in \(elapsed.formatted(.units(allowed: [.milliseconds]))) \(APIError.snippet(of: response.body, secretKeys: request.secretKeys))")
            return response
        } catch {
            log("<- failed \(request.method.rawValue) \(request.url.path): \(TransportFailure.describe(error, url: request.url))")
            throw error
        }
    }
}
