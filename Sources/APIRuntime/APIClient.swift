import Foundation

/// Sends the requests generated endpoint functions build: joins them to the
/// server URL, adds authorization and JSON headers, and decodes answers.
public struct APIClient: Sendable {
    public var serverURL: String
    public var transport: any Transport
    public var authorizer: (any Authorizer)?
    /// Per-request timeout; the Kaizala docs advise a minute.
    public var timeout: Duration

    public init(serverURL: String, transport: any Transport = URLSessionTransport(), authorizer: (any Authorizer)? = nil,
                timeout: Duration = .seconds(60)) {
        self.serverURL = serverURL
        self.transport = transport
        self.authorizer = authorizer
        self.timeout = timeout
    }

    /// Sends `request` and decodes the documented response body.
    public func send<Response: Decodable>(_ request: APIRequest, returning type: Response.Type) async throws(APIError) -> Response {
        let response = try await exchange(request)
        do {
            return try JSONCoding.decoder.decode(Response.self, from: response.body)
        } catch let error as DecodingError {
            let (path, message) = Self.describe(error)
            throw APIError.decoding(type: String(describing: Response.self), codingPath: path, message: message,
                                    bodySnippet: APIError.snippet(of: response.body))
        } catch {
            throw APIError.decoding(type: String(describing: Response.self), codingPath: "", message: "\(error)",
                                    bodySnippet: APIError.snippet(of: response.body))
        }
    }

    /// Sends `request` whose answer has no documented body.
    public func send(_ request: APIRequest) async throws(APIError) {
        _ = try await exchange(request)
    }

    private func exchange(_ request: APIRequest) async throws(APIError) -> HTTPResponse {
        try request.throwIfInvalid()
        let httpRequest = try await prepare(request)
        let response: HTTPResponse
        do {
            response = try await transport.send(httpRequest)
        } catch {
            throw APIError.transport(method: request.method.rawValue, path: request.template, message: Redaction.maskSecrets(in: "\(error)"))
        }
        guard (200..<300).contains(response.status) else {
            throw APIError.status(code: response.status, method: request.method.rawValue, path: request.template,
                                  bodySnippet: APIError.snippet(of: response.body))
        }
        return response
    }

    private func prepare(_ request: APIRequest) async throws(APIError) -> HTTPRequest {
        let base = serverURL.hasSuffix("/") ? String(serverURL.dropLast()) : serverURL
        guard var components = URLComponents(string: base + request.path), components.host != nil else {
            throw APIError.invalidRequest("cannot form a URL from server \(serverURL) and path \(request.template)")
        }
        if !request.query.isEmpty { components.queryItems = request.query }
        guard let url = components.url else {
            throw APIError.invalidRequest("cannot form a URL for \(request.template)")
        }
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
        headers += request.headers
        if request.isAuthenticated, let authorizer {
            do {
                headers += try await authorizer.authorizationHeaders()
            } catch let error as APIError {
                throw error
            } catch {
                throw APIError.transport(method: request.method.rawValue, path: request.template, message: "authorization failed: \(error)")
            }
        }
        return HTTPRequest(method: request.method, url: url, headers: headers, body: body, timeout: timeout)
    }

    static func describe(_ error: DecodingError) -> (path: String, message: String) {
        func render(_ path: [any CodingKey]) -> String {
            path.reduce(into: "") { result, key in
                if let index = key.intValue { result += "[\(index)]" } else { result += result.isEmpty ? key.stringValue : "." + key.stringValue }
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            return (render(context.codingPath + [key]), "missing required key '\(key.stringValue)'")
        case .typeMismatch(let type, let context):
            return (render(context.codingPath), "expected \(type): \(context.debugDescription)")
        case .valueNotFound(let type, let context):
            return (render(context.codingPath), "expected \(type), found null")
        case .dataCorrupted(let context):
            return (render(context.codingPath), context.debugDescription)
        @unknown default:
            return ("", "\(error)")
        }
    }
}
