import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends the requests generated endpoint functions build: routes them,
/// authorizes them, runs them through middleware and the transport, retries
/// what is safe to retry, and decodes the answers.
public struct APIClient: Sendable {
    /// Where calls go. Setting it starts routing afresh: the version path
    /// comes from the new URL, and moves learned from the old server no
    /// longer apply (to this copy; other copies keep theirs).
    public var serverURL: String {
        didSet { if serverURL != routing.serverURL { routing = EndpointRouting(serverURL: serverURL) } }
    }
    public var transport: any Transport
    public var authorizer: (any Authorizer)?
    /// Applied in order on the way out, in reverse on the way back.
    public var middlewares: [any Middleware]
    /// How long one attempt may take: obtaining credentials, then sending
    /// and receiving (the Kaizala docs advise a minute). A timed-out attempt
    /// of a GET, PUT, DELETE, HEAD or OPTIONS is retried by `retryPolicy`.
    public var timeout: Duration
    /// How long a whole call may take, attempts and the waits between them
    /// included; nil for no limit beyond the attempts'.
    public var deadline: Duration?
    /// Lets POST and PATCH be retried after a 5xx, a connection failure or a
    /// timeout. Off by default: a message must not be sent twice.
    public var retryNonIdempotent: Bool
    public var retryPolicy: RetryPolicy
    /// 308 answers followed for one call before giving up.
    public var maxRedirects: Int
    /// Made for `serverURL` and shared by copies that keep it, so a move one
    /// copy learns is followed by the others.
    private var routing: EndpointRouting

    public init(serverURL: String, transport: any Transport = URLSessionTransport(), authorizer: (any Authorizer)? = nil,
                middlewares: [any Middleware] = [], timeout: Duration = .seconds(60), deadline: Duration? = nil,
                retryNonIdempotent: Bool = false, retryPolicy: RetryPolicy = RetryPolicy(), maxRedirects: Int = 3) {
        self.serverURL = serverURL
        self.transport = transport
        self.authorizer = authorizer
        self.middlewares = middlewares
        self.timeout = timeout
        self.deadline = deadline
        self.retryNonIdempotent = retryNonIdempotent
        self.retryPolicy = retryPolicy
        self.maxRedirects = maxRedirects
        self.routing = EndpointRouting(serverURL: serverURL)
    }

    /// This client with `options` applied to every call made through it:
    /// `client.with(RequestOptions(timeout: .seconds(5))).send(...)`.
    public func with(_ options: RequestOptions) -> APIClient {
        var copy = self
        if let timeout = options.timeout { copy.timeout = timeout }
        if let deadline = options.deadline { copy.deadline = deadline }
        if options.retryNonIdempotent { copy.retryNonIdempotent = true }
        return copy
    }

    /// Sends `request` and decodes the documented response body.
    public func send<Response: Decodable>(_ request: APIRequest, returning type: Response.Type) async throws(APIError) -> Response {
        let response = try await exchange(request)
        guard response.isSuccess else { throw APIError.failure(for: response, of: request) }
        return try JSONCoding.decode(Response.self, from: response.body, secretKeys: request.secretKeys)
    }

    /// Sends `request` whose answer is a file, and returns its bytes with what the headers say of them.
    public func download(_ request: APIRequest) async throws(APIError) -> DownloadedFile {
        let response = try await downloadExchange(request)
        guard response.isSuccess else { throw APIError.failure(for: response, of: request) }
        return DownloadedFile(response)
    }

    /// Sends `request` whose answer is a file, reading error answers as `errorBodies` document.
    public func download<each Failure: Decodable>(
        _ request: APIRequest, errorBodies: repeat ErrorBody<each Failure>
    ) async throws(APIError) -> DownloadedFile {
        let response = try await downloadExchange(request)
        guard response.isSuccess else { throw APIError.failure(for: response, of: request, repeat each errorBodies) }
        return DownloadedFile(response)
    }

    /// Sends `request` whose answer is a file, or gives nil on a success of `nilOn` (a `202` "not ready yet"), whatever
    /// its body; error answers are read as `errorBodies` document.
    public func download<each Failure: Decodable>(
        _ request: APIRequest, nilOn emptyStatuses: [Int], errorBodies: repeat ErrorBody<each Failure>
    ) async throws(APIError) -> DownloadedFile? {
        let response = try await downloadExchange(request)
        guard response.isSuccess else { throw APIError.failure(for: response, of: request, repeat each errorBodies) }
        return emptyStatuses.contains(response.status) ? nil : DownloadedFile(response)
    }

    /// A download accepts any type; an answer that redirects to the file (a signed address elsewhere: Box's file
    /// content, GitHub's archives) is fetched from there once, with a GET and without the credentials, which
    /// belong to the API's server. The fetch goes through the middlewares and within the timeout as a call does.
    private func downloadExchange(_ request: APIRequest) async throws(APIError) -> HTTPResponse {
        var request = request
        request.accept = "*/*"
        let response = try await exchange(request)
        guard [301, 302, 303, 307].contains(response.status), let location = response.headers["Location"],
              let url = URL(string: location), url.scheme == "https" || url.scheme == "http", url.host != nil
        else { return response }
        let fetch = HTTPRequest(method: .get, url: url, headers: [HTTPHeader("Accept", "*/*")], timeout: timeout,
                                secretKeys: request.secretKeys)
        do {
            return try await send(fetch)
        } catch {
            if Self.isCancellation(error) { throw APIError.cancelled }
            if Self.isTimeout(error) { throw APIError.timedOut(method: "GET", path: request.template, after: timeout) }
            throw APIError.transport(method: "GET", path: request.template,
                                     message: TransportFailure.describe(error, url: url))
        }
    }

    /// Sends `request` whose answer has no documented body.
    public func send(_ request: APIRequest) async throws(APIError) {
        let response = try await exchange(request)
        guard response.isSuccess else { throw APIError.failure(for: response, of: request) }
    }

    /// Sends `request` and decodes the documented response body; an error answer whose body `errorBodies`
    /// documents is thrown as `APIError.answered`, that body decoded.
    public func send<Response: Decodable, each Failure: Decodable>(
        _ request: APIRequest, returning type: Response.Type, errorBodies: repeat ErrorBody<each Failure>
    ) async throws(APIError) -> Response {
        let response = try await exchange(request)
        guard response.isSuccess else { throw APIError.failure(for: response, of: request, repeat each errorBodies) }
        return try JSONCoding.decode(Response.self, from: response.body, secretKeys: request.secretKeys)
    }

    /// Sends `request` and decodes the documented response body, or gives nil on a success of `nilOn` (a `204`
    /// beside a `200` with a body), whatever its body; error answers are read as `errorBodies` document.
    public func send<Response: Decodable, each Failure: Decodable>(
        _ request: APIRequest, returning type: Response.Type, nilOn emptyStatuses: [Int],
        errorBodies: repeat ErrorBody<each Failure>
    ) async throws(APIError) -> Response? {
        let response = try await exchange(request)
        guard response.isSuccess else { throw APIError.failure(for: response, of: request, repeat each errorBodies) }
        if emptyStatuses.contains(response.status) { return nil }
        return try JSONCoding.decode(Response.self, from: response.body, secretKeys: request.secretKeys)
    }

    /// Sends `request` whose answer has no documented body, reading error answers as `errorBodies` document.
    public func send<each Failure: Decodable>(
        _ request: APIRequest, errorBodies: repeat ErrorBody<each Failure>
    ) async throws(APIError) {
        let response = try await exchange(request)
        guard response.isSuccess else { throw APIError.failure(for: response, of: request, repeat each errorBodies) }
    }

    /// The call, within the deadline if there is one: its final answer, success or not (the caller, who knows
    /// the documented error bodies, makes the error).
    private func exchange(_ request: APIRequest) async throws(APIError) -> HTTPResponse {
        try request.throwIfInvalid()
        let client = with(RequestOptions.current)
        let response: HTTPResponse
        if let deadline = client.deadline {
            response = try await Deadline.run(within: deadline, method: request.method.rawValue, path: request.template) {
                () async throws(APIError) in try await client.attempts(request)
            }
        } else {
            response = try await client.attempts(request)
        }
        if response.isSuccess { LastResponse.record(response) }
        return response
    }

    private func attempts(_ request: APIRequest) async throws(APIError) -> HTTPResponse {
        let mayRetryFailures = request.method.isIdempotent || retryNonIdempotent
        var failures = 0, rateLimited = 0, redirects = 0, renewed = false
        while true {
            if Task.isCancelled { throw APIError.cancelled }
            let (prepared, credentials) = try await prepare(request)
            let response: HTTPResponse
            do {
                response = try await send(prepared)
            } catch let error as APIError {
                throw error
            } catch {
                if Self.isCancellation(error) { throw APIError.cancelled }
                failures += 1
                if mayRetryFailures && failures < retryPolicy.maxAttempts {
                    try await pause(retryPolicy.backoff(afterAttempt: failures))
                    continue
                }
                if Self.isTimeout(error) { throw APIError.timedOut(method: request.method.rawValue, path: request.template, after: timeout) }
                throw APIError.transport(method: request.method.rawValue, path: request.template,
                                         message: TransportFailure.describe(error, url: prepared.url))
            }
            switch response.status {
            case 308:
                redirects += 1
                guard redirects <= maxRedirects, let location = response.headers["Location"] else { break }
                routing.move(to: location, requestPath: request.path, forCredentials: usesCredentials(request))
                continue
            case 401 where usesCredentials(request) && !renewed:
                renewed = true
                if let authorizer, try await authorizer.renewAfterRejection(of: credentials, credentialsContext(request)) { continue }
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
            return response
        }
    }

    private func usesCredentials(_ request: APIRequest) -> Bool {
        request.isAuthenticated && authorizer != nil
    }

    /// What the authorizer may use: this client without its authorizer
    /// (for fetching tokens with the caller's settings), and the time left.
    private func credentialsContext(_ request: APIRequest) -> AuthorizationContext {
        var issuer = self
        issuer.authorizer = nil
        issuer.deadline = nil
        return AuthorizationContext(client: issuer, timeout: timeout)
    }

    /// Runs the middleware chain and the transport, bounded by the timeout.
    private func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var next: @Sendable (HTTPRequest) async throws -> HTTPResponse = { [transport] in try await transport.send($0) }
        for middleware in middlewares.reversed() {
            let inner = next
            next = { try await middleware.intercept($0, next: inner) }
        }
        let chain = next
        // A transport that cannot outlast the limit needs no timer (the race costs more than the rest of a call).
        if transport.boundsItsOwnTime, middlewares.isEmpty { return try await chain(request) }
        guard let response = try await TimeLimit.race(request.timeout, { try await chain(request) }) else {
            throw URLError(.timedOut)
        }
        return response
    }

    private func pause(_ duration: Duration) async throws(APIError) {
        do {
            try await Task.sleep(for: duration)
        } catch {
            throw APIError.cancelled
        }
    }

    /// The request for the wire, and the credentials it carries.
    private func prepare(_ request: APIRequest) async throws(APIError) -> (HTTPRequest, Authorization) {
        var authorization = Authorization(headers: [])
        var base = routing.movedServer.map { routing.base(forEndpoint: $0) } ?? serverURL
        if usesCredentials(request), let authorizer {
            do {
                authorization = try await authorizer.authorization(credentialsContext(request))
            } catch .timedOut {
                throw APIError.timedOut(method: request.method.rawValue, path: request.template, after: timeout)
            }
            if let moved = routing.movedEndpoint {
                base = routing.base(forEndpoint: moved)
            } else if let endpoint = authorization.endpoint {
                base = routing.base(forEndpoint: endpoint)
            }
        }
        let credentials = authorization.headers
        if base.hasSuffix("/") { base.removeLast() }
        let url: URL
        if let link = request.link {
            url = try Self.followable(link, base: base, template: request.template)
        } else if request.query.isEmpty {
            // One parse instead of the components' two.
            guard let formed = URL(string: base + request.path), formed.host != nil else {
                throw APIError.invalidRequest("cannot form a URL from server \(base) and path \(request.template)")
            }
            url = formed
        } else {
            guard var components = URLComponents(string: base + request.path), components.host != nil else {
                throw APIError.invalidRequest("cannot form a URL from server \(base) and path \(request.template)")
            }
            components.queryItems = request.query
            guard let formed = components.url else { throw APIError.invalidRequest("cannot form a URL for \(request.template)") }
            url = formed
        }
        var headers = [HTTPHeader("Accept", request.accept)]
        var body: Data?
        switch request.body {
        case .json(let data):
            headers.append(HTTPHeader("Content-Type", "application/json"))
            body = data
        case .multipart(let form):
            headers.append(HTTPHeader("Content-Type", form.contentType))
            body = form.encoded()
        case .form(let data):
            headers.append(HTTPHeader("Content-Type", FormBody.contentType))
            body = data
        case .file(let file):
            headers.append(HTTPHeader("Content-Type", file.contentType))
            body = file.data
        case nil:
            break
        }
        headers += request.headers + credentials
        let secrets = request.secretHeaders.union(credentials.map { $0.name.lowercased() })
        let prepared = HTTPRequest(method: request.method, url: url, headers: headers, body: body, timeout: timeout, secretHeaderNames: secrets,
                                   secretKeys: request.secretKeys)
        return (prepared, authorization)
    }

    /// A next-page link, resolved against the server; one that leaves the
    /// server's scheme, host and port is refused (credentials would go with it).
    static func followable(_ link: String, base: String, template: String) throws(APIError) -> URL {
        guard let server = URL(string: base + "/"), let url = URL(string: link, relativeTo: server)?.absoluteURL,
              url.scheme == server.scheme, url.host == server.host, url.port == server.port else {
            throw APIError.invalidRequest("the next page of \(template) is at \(Redaction.maskSecrets(in: link)), off the API's server \(base)")
        }
        return url
    }

    /// `Retry-After` as seconds or an HTTP date.
    static func retryAfter(_ value: String?) -> Duration? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Int(value) { return .seconds(max(0, seconds)) }
        guard let date = HTTPDate.parse(value) else { return nil }
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
