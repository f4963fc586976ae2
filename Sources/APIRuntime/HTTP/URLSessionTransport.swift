import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The default transport, on URLSession (FoundationNetworking on Linux).
/// Redirects are not followed: the client handles 308 itself so that it can
/// remember a moved endpoint.
public final class URLSessionTransport: Transport {
    private let session: URLSession
    /// Only a session this transport made is invalidated with it.
    private let ownsSession: Bool

    /// A session of its own that does not follow redirects.
    public init(configuration: URLSessionConfiguration = .default) {
        session = URLSession(configuration: configuration, delegate: RedirectRefuser(), delegateQueue: nil)
        ownsSession = true
    }

    /// A session you configured, and keep: it stays valid after the
    /// transport is gone. Make its delegate refuse redirects if 308 moves
    /// must be remembered.
    public init(session: URLSession) {
        self.session = session
        ownsSession = false
    }

    deinit {
        if ownsSession { session.finishTasksAndInvalidate() }
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method.rawValue
        urlRequest.httpBody = request.body
        // The client bounds the whole exchange itself; URLSession's own timer
        // (whole seconds on Linux) only backs it up.
        urlRequest.timeoutInterval = Double(request.timeout.components.seconds + 2)
        for header in request.headers {
            urlRequest.addValue(header.value, forHTTPHeaderField: header.name)
        }
        let (data, response) = try await session.data(for: urlRequest)
        guard let http = response as? HTTPURLResponse else {
            throw URLError(.badServerResponse)
        }
        let headers = http.allHeaderFields.compactMap { key, value -> HTTPHeader? in
            guard let name = key as? String else { return nil }
            return HTTPHeader(name, "\(value)")
        }.sorted { $0.name < $1.name }
        return HTTPResponse(status: http.statusCode, headers: headers, body: data)
    }
}

private final class RedirectRefuser: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}
