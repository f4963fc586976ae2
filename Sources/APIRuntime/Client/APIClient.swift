import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends the requests generated endpoint functions build: routes them,
/// authorizes them, runs them through middleware and the transport, retries
/// what is safe to retry, and decodes the answers.
public struct APIClient: Sendable {
    public var serverURL: String
    public var transport: any Transport
    public var authorizer: (any Authorizer)?
    /// Applied in order on the way out, in reverse on the way back.
    public var middlewares: [any Middleware]
    /// Per-request timeout; the Kaizala docs advise a minute. Override per
    /// call with `withRequestOptions`.
    public var timeout: Duration
    public var retryPolicy: RetryPolicy
    /// 308 answers followed for one call before giving up.
    public var maxRedirects: Int
    private let routing: EndpointRouting

    public init(serverURL: String, transport: any Transport = URLSessionTransport(), authorizer: (any Authorizer)? = nil,
                middlewares: [any Middleware] = [], timeout: Duration = .seconds(60), retryPolicy: RetryPolicy = RetryPolicy(),
                maxRedirects: Int = 3) {
        self.serverURL = serverURL
        self.transport = transport
        self.authorizer = authorizer
        self.middlewares = middlewares
        self.timeout = timeout
        self.retryPolicy = retryPolicy
        self.maxRedirects = maxRedirects
        self.routing = EndpointRouting(serverURL: serverURL)
    }

    /// Sends `request` and decodes the documented response body.
    public func send<Response: Decodable>(_ request: APIRequest, returning type: Response.Type) async throws(APIError) -> Response {
        let response = try await exchange(request)
        return try JSONCoding.decode(Response.self, from: response.body)
    }

    /// Sends `request` whose answer has no documented body.
    public func send(_ request: APIRequest) async throws(APIError) {
        _ = try await exchange(request)
    }

    private func exchange(_ request: APIRequest) async throws(APIError) -> HTTPResponse {
        try request.throwIfInvalid()
        let options = RequestOptions.current
        let mayRetryFailures = request.method.isIdempotent || options.retryNonIdempotent
        var failures = 0, rateLimited = 0, redirects = 0, renewed = false
        while true {
            if Task.isCancelled { throw APIError.cancelled }
            let (prepared, credentials) = try await prepare(request, timeout: options.timeout ?? timeout)
            let response: HTTPResponse
            do {
                response = try await send(prepared)
            } catch let error as APIError {
                throw error
            } catch {
                if Self.isCancellation(error) { throw APIError.cancelled }
                failures += 1
                let timedOut = Self.isTimeout(error)
                if mayRetryFailures && failures < retryPolicy.maxAttempts {
                    try await pause(retryPolicy.backoff(afterAttempt: failures))
                    continue
                }
                if timedOut { throw APIError.timedOut(method: request.method.rawValue, path: request.template, after: prepared.timeout) }
                throw APIError.transport(method: request.method.rawValue, path: request.template, message: Redaction.maskSecrets(in: "\(error)"))
            }
            switch response.status {
            case 308:
                redirects += 1
                guard redirects <= maxRedirects, let location = response.headers["Location"] else { break }
                routing.move(to: location, requestPath: request.path)
                continue
            case 401 where request.isAuthenticated && !renewed:
                renewed = true
                if let authorizer, try await authorizer.renewAfterRejection(of: credentials) { continue }
            case 429:
                rateLimited += 1
                let wait = Self.retryAfter(response.headers["Retry-After"])
                if rateLimited < retryPolicy.maxRateLimitAttempts, let wait, wait <= retryPolicy.maxRateLimitWait {
                    try await pause(wait)
                    continue
                }
                throw APIError.rateLimited(retryAfter: wait)
            case 500..<600 where mayRetryFailures:
                failures += 1
                if failures < retryPolicy.maxAttempts {
                    try await pause(retryPolicy.backoff(afterAttempt: failures))
                    continue
                }
            default:
                break
            }
            guard (200..<300).contains(response.status) else {
                throw APIError.status(code: response.status, method: request.method.rawValue, path: request.template,
                                      bodySnippet: APIError.snippet(of: response.body))
            }
            return response
        }
    }

    /// Runs the middleware chain and the transport, bounded by the timeout.
    private func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var next: @Sendable (HTTPRequest) async throws -> HTTPResponse = { [transport] in try await transport.send($0) }
        for middleware in middlewares.reversed() {
            let inner = next
            next = { try await middleware.intercept($0, next: inner) }
        }
        let chain = next
        return try await withThrowingTaskGroup(of: HTTPResponse?.self) { group in
            group.addTask { try await chain(request) }
            group.addTask {
                try await Task.sleep(for: request.timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let response = first else {
                throw URLError(.timedOut)
            }
            return response
        }
    }

    private func pause(_ duration: Duration) async throws(APIError) {
        do {
            try await Task.sleep(for: duration)
        } catch {
            throw APIError.cancelled
        }
    }

    /// The request for the wire, and the credentials it carries.
    private func prepare(_ request: APIRequest, timeout: Duration) async throws(APIError) -> (HTTPRequest, Authorization) {
        var authorization = Authorization(headers: [])
        var base = serverURL
        if request.isAuthenticated, let authorizer {
            authorization = try await authorizer.authorization()
            if let moved = routing.movedEndpoint {
                base = routing.base(forEndpoint: moved)
            } else if let endpoint = authorization.endpoint {
                base = routing.base(forEndpoint: endpoint)
            }
        }
        let credentials = authorization.headers
        if base.hasSuffix("/") { base.removeLast() }
        guard var components = URLComponents(string: base + request.path), components.host != nil else {
            throw APIError.invalidRequest("cannot form a URL from server \(base) and path \(request.template)")
        }
        if !request.query.isEmpty { components.queryItems = request.query }
        guard let url = components.url else { throw APIError.invalidRequest("cannot form a URL for \(request.template)") }
        var headers = [HTTPHeader("Accept", "application/json")]
        var body: Data?
        switch request.body {
        case .json(let data):
            headers.append(HTTPHeader("Content-Type", "application/json"))
            body = data
        case .multipart(let form):
            headers.append(HTTPHeader("Content-Type", form.contentType))
            body = form.encoded()
        case nil:
            break
        }
        headers += request.headers + credentials
        let secrets = request.secretHeaders.union(credentials.map { $0.name.lowercased() })
        return (HTTPRequest(method: request.method, url: url, headers: headers, body: body, timeout: timeout, secretHeaderNames: secrets), authorization)
    }

    /// `Retry-After` as seconds or an HTTP date.
    static func retryAfter(_ value: String?) -> Duration? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Int(value) { return .seconds(max(0, seconds)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return .seconds(max(0, Int(date.timeIntervalSinceNow.rounded(.up))))
    }

    static func isTimeout(_ error: any Error) -> Bool {
        (error as? URLError)?.code == .timedOut
    }

    static func isCancellation(_ error: any Error) -> Bool {
        if error is CancellationError { return true }
        if let error = error as? URLError, error.code == .cancelled { return true }
        return false
    }
}
