import APIRuntime
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LoopbackHTTPServer
import XCTest

/// Promises that must hold under a slow or moving server: the token step
/// within the call's timeout and cancellation, 308 for every call, an
/// overall deadline, readable transport errors. Bounds are generous: they
/// check order (the call ends before the slow answer), not speed.
final class SlowServerScenarioTests: XCTestCase {
    /// A token endpoint (`/token` or `/v1/token`) that answers after `delay`, and `/v1/things`.
    private func slowTokenServer(delay: Duration) throws -> (LoopbackServer, Counter) {
        let issued = Counter()
        let server = try LoopbackServer { request in
            if request.path.hasSuffix("/token") {
                issued.next()
                let body = #"{"accessToken":"T","expiresAt":\#(Date().timeIntervalSince1970 + 3600)}"#
                return LoopbackServer.Response(status: 200, headers: [("Content-Type", "application/json")], body: Data(body.utf8), delay: delay)
            }
            return .json(#"{"ok":true}"#)
        }
        return (server, issued)
    }

    func testTheTokenStepTimesOutWithTheCall() async throws {
        let (server, _) = try slowTokenServer(delay: .seconds(4))
        // The token is fetched by a client of its own, with no timeout of its
        // own worth the name: only the waiting call's timeout can end it.
        let authenticator = TokenAuthenticator(header: "accessToken", store: InMemoryRefreshTokenStore("R")) { _, _ in
            let answer = try await APIClient(serverURL: server.baseURL, timeout: .seconds(30), retryPolicy: .none)
                .send(APIRequest(.get, "/token", authenticated: false), returning: TokenAnswer.self)
            return IssuedToken(accessToken: answer.accessToken)
        }
        let client = APIClient(serverURL: server.baseURL + "/v1", authorizer: authenticator, timeout: .seconds(1), retryPolicy: .none)
        let started = ContinuousClock.now
        let error = await apiError { _ = try await client.send(thing(), returning: Answer.self) }
        guard case .timedOut("GET", "/things", .seconds(1))? = error else { return XCTFail("got \(String(describing: error))") }
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(3), "returned before the token endpoint answered")
        XCTAssertEqual(server.requests(to: "/v1/things").count, 0)
    }

    func testTheTokenCallUsesTheCallersTimeout() async throws {
        let (server, issued) = try slowTokenServer(delay: .seconds(4))
        let client = APIClient(serverURL: server.baseURL + "/v1", authorizer: authenticatorThroughCaller(),
                               timeout: .seconds(1), retryPolicy: .none)
        let started = ContinuousClock.now
        let error = await apiError { _ = try await client.send(thing(), returning: Answer.self) }
        guard case .timedOut? = error else { return XCTFail("got \(String(describing: error))") }
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(3))
        XCTAssertEqual(issued.count, 1)
    }

    func testACancelledWaiterLeavesTheSharedFetchToTheOthers() async throws {
        let (server, issued) = try slowTokenServer(delay: .milliseconds(1500))
        let client = APIClient(serverURL: server.baseURL + "/v1", authorizer: authenticatorThroughCaller(),
                               timeout: .seconds(10))
        let quitter = Task { try await client.send(thing(), returning: Answer.self) }
        let stayers = (0..<3).map { _ in Task { try await client.send(thing(), returning: Answer.self) } }
        try await Task.sleep(for: .milliseconds(300))
        let cancelledAt = ContinuousClock.now
        quitter.cancel()
        let quit = await quitter.result
        guard case .failure(let error) = quit, case .cancelled? = error as? APIError else { return XCTFail("got \(quit)") }
        XCTAssertLessThan(ContinuousClock.now - cancelledAt, .milliseconds(900), "the cancelled caller did not wait for the token")
        for stayer in stayers {
            let answer = try await stayer.value
            XCTAssertTrue(answer.ok)
        }
        XCTAssertEqual(issued.count, 1, "one fetch served everyone, none restarted")
        XCTAssertEqual(server.requests(to: "/v1/things").count, 3)
    }

    func testAMovedUnauthenticatedCallIsFollowedAndRemembered() async throws {
        let moved = try LoopbackServer { _ in .json(#"{"ok":true}"#) }
        let original = try LoopbackServer { request in
            LoopbackServer.Response(status: 308, headers: [("Location", moved.baseURL + "/v1" + request.path.dropFirst(3))])
        }
        let client = APIClient(serverURL: original.baseURL + "/v1", retryPolicy: .none)
        for _ in 0..<2 { _ = try await client.send(APIRequest(.post, "/generatePin", authenticated: false), returning: Answer.self) }
        XCTAssertEqual(original.requests.count, 1, "the move is remembered")
        XCTAssertEqual(moved.requests.map(\.path), ["/v1/generatePin", "/v1/generatePin"])
    }

    func testADeadlineBoundsTheWholeCallWithItsRetries() async throws {
        let server = try LoopbackServer { _ in LoopbackServer.Response(status: 200, body: Data(#"{"ok":true}"#.utf8), delay: .seconds(3)) }
        let retries = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(10), maxDelay: .milliseconds(20))
        let client = APIClient(serverURL: server.baseURL, timeout: .milliseconds(600), deadline: .seconds(1), retryPolicy: retries)
        let started = ContinuousClock.now
        let error = await apiError { _ = try await client.send(thing(), returning: Answer.self) }
        guard case .timedOut(_, _, .seconds(1))? = error else { return XCTFail("got \(String(describing: error))") }
        let elapsed = ContinuousClock.now - started
        XCTAssertLessThan(elapsed, .milliseconds(1800), "three attempts of 600 ms would take 1.8 s")
        XCTAssertEqual(server.requests.count, 2, "the second attempt was cut short by the deadline")
    }

    func testOptionsForOneCallKeepTheTypedError() async throws {
        let server = try LoopbackServer { _ in LoopbackServer.Response(status: 200, body: Data(#"{"ok":true}"#.utf8), delay: .seconds(2)) }
        let client = APIClient(serverURL: server.baseURL, retryPolicy: .none)
        do {
            _ = try await client.with(RequestOptions(timeout: .milliseconds(200))).send(thing(), returning: Answer.self)
            XCTFail("answered although it should time out")
        } catch {
            // `error` is an APIError here: no cast.
            guard case .timedOut(_, _, .milliseconds(200)) = error else { return XCTFail("got \(error)") }
        }
    }

    func testTransportErrorsSayWhatHappened() async throws {
        let port: UInt16
        do {
            let server = try LoopbackServer { _ in .json("{}") }
            port = server.port
            server.stop()
        }
        let client = APIClient(serverURL: "http://127.0.0.1:\(port)", retryPolicy: .none)
        let error = await apiError { _ = try await client.send(thing(), returning: Answer.self) }
        XCTAssertEqual(error?.description, "GET /things failed: could not connect to 127.0.0.1:\(port)")
    }

    func testASessionPassedInStaysUsable() async throws {
        let server = try LoopbackServer { _ in .json(#"{"ok":true}"#) }
        let session = URLSession(configuration: .ephemeral)
        do {
            let transport = URLSessionTransport(session: session)
            _ = try await APIClient(serverURL: server.baseURL, transport: transport).send(thing(), returning: Answer.self)
        }
        let (data, _) = try await session.data(from: URL(string: server.baseURL + "/after")!)
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"{"ok":true}"#)
    }

    func testBackoffIsFullJitterUpToTheCap() {
        let policy = RetryPolicy(baseDelay: .milliseconds(100), maxDelay: .milliseconds(350))
        XCTAssertEqual([1, 2, 3, 4].map(policy.cap(afterAttempt:)), [.milliseconds(100), .milliseconds(200), .milliseconds(350), .milliseconds(350)])
        let waits = (0..<2000).map { _ in policy.backoff(afterAttempt: 3) }
        XCTAssertTrue(waits.allSatisfy { $0 >= .zero && $0 <= .milliseconds(350) })
        // Evenly from zero: some waits fall in the lower half (all 2000 in
        // the upper half has a chance of 2^-2000).
        XCTAssertTrue(waits.contains { $0 < .milliseconds(175) })
        XCTAssertTrue(waits.contains { $0 > .milliseconds(175) })
    }

    func testFreeFormJSONKeepsLargeIntegersExact() throws {
        let text = #"{"id":9007199254740993,"ratio":0.5,"list":[1,-2,3.25]}"#
        let value = try JSONCoding.decoder.decode(JSONValue.self, from: Data(text.utf8))
        guard case .object(let members) = value else { return XCTFail("not an object") }
        XCTAssertEqual(members["id"], .integer(9_007_199_254_740_993))
        XCTAssertEqual(members["ratio"], .number(0.5))
        let again = try JSONCoding.decoder.decode(JSONValue.self, from: JSONCoding.encoder.encode(value))
        XCTAssertEqual(again, value)
        XCTAssertTrue(String(decoding: try JSONCoding.encoder.encode(value), as: UTF8.self).contains("9007199254740993"))
    }
}
