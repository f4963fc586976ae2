import APIRuntime
import Foundation
import LoopbackHTTPServer
import XCTest

struct Answer: Codable, Hashable { var ok: Bool }

struct TokenAnswer: Codable {
    var accessToken: String
    var expiresAt: Double
    var endpoint: String?
    var refreshToken: String?
}

/// Thread-safe list of what happened, in order, for tests of ordering.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [String] = []

    func append(_ event: String) { lock.withLock { events.append(event) } }
    var all: [String] { lock.withLock { events } }
}

/// A clock the test moves by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date()

    var now: Date { lock.withLock { current } }
    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    @discardableResult func next() -> Int { lock.withLock { value += 1; return value } }
    var count: Int { lock.withLock { value } }
}

/// A refresh-token store that logs saves, to check they come before use.
actor LoggingStore: RefreshTokenStore {
    private var token: String
    private let log: EventLog

    init(_ token: String, log: EventLog) {
        self.token = token
        self.log = log
    }

    func load() -> String { token }

    func save(_ refreshToken: String) {
        log.append("saved \(refreshToken)")
        token = refreshToken
    }
}

/// A `TokenAuthenticator` that asks `server`'s `/token` for tokens.
func authenticator(for server: LoopbackServer, store: any RefreshTokenStore = InMemoryRefreshTokenStore("R1"),
                   now: @escaping @Sendable () -> Date = { Date() }) -> TokenAuthenticator {
    let issuer = APIClient(serverURL: server.baseURL, retryPolicy: .none)
    return TokenAuthenticator(header: "accessToken", store: store, now: now) { refreshToken, _ in
        var request = APIRequest(.get, "/token", authenticated: false)
        request.header("refreshToken", refreshToken, secret: true)
        let answer = try await issuer.send(request, returning: TokenAnswer.self)
        return IssuedToken(accessToken: answer.accessToken, expiresAt: Date(timeIntervalSince1970: answer.expiresAt),
                           endpoint: answer.endpoint, refreshToken: answer.refreshToken)
    }
}

/// A `TokenAuthenticator` that asks `/token` through the client it is given
/// (as generated clients do): the caller's server, timeout and routing apply
/// to the token call.
func authenticatorThroughCaller() -> TokenAuthenticator {
    TokenAuthenticator(header: "accessToken", store: InMemoryRefreshTokenStore("R")) { refreshToken, client in
        var request = APIRequest(.get, "/token", authenticated: false)
        request.header("refreshToken", refreshToken, secret: true)
        let answer = try await client.send(request, returning: TokenAnswer.self)
        return IssuedToken(accessToken: answer.accessToken, expiresAt: Date(timeIntervalSince1970: answer.expiresAt),
                           endpoint: answer.endpoint)
    }
}

func thing() -> APIRequest { APIRequest(.get, "/things") }

/// Runs `body` and returns the APIError it throws, failing when it does not.
func apiError(_ body: () async throws -> Void, file: StaticString = #filePath, line: UInt = #line) async -> APIError? {
    do {
        try await body()
        XCTFail("expected an error", file: file, line: line)
        return nil
    } catch let error as APIError {
        return error
    } catch {
        XCTFail("expected an APIError, got \(error)", file: file, line: line)
        return nil
    }
}
