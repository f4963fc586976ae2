import APIRuntime
import Foundation
import LoopbackHTTPServer
import XCTest

/// Redirects, rate limits, retries, timeouts and cancellation.
final class ResilienceScenarioTests: XCTestCase {
    private let fastRetries = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(10), maxDelay: .milliseconds(50))

    func testPermanentRedirectMovesTheEndpointForLaterCalls() async throws {
        let moved = try LoopbackServer { _ in .json(#"{"ok":true}"#) }
        let old = try LoopbackServer { _ in Response308(to: moved.baseURL + "/") }
        let client = APIClient(serverURL: old.baseURL + "/v1", authorizer: HeaderTokenAuthorizer(header: "accessToken", token: "T"))
        _ = try await client.send(thing(), returning: Answer.self)
        _ = try await client.send(thing(), returning: Answer.self)
        XCTAssertEqual(old.requests.count, 1)
        XCTAssertEqual(moved.requests.map(\.path), ["/v1/things", "/v1/things"])
    }

    func testRedirectLoopIsBounded() async throws {
        // The server sends every call back to itself.
        let selfLoop = try LoopbackServer { request in Response308(to: "http://\(request.header("Host") ?? "")/") }
        let client = APIClient(serverURL: selfLoop.baseURL + "/v1", authorizer: HeaderTokenAuthorizer(header: "accessToken", token: "T"), maxRedirects: 3)
        let error = await apiError { _ = try await client.send(thing(), returning: Answer.self) }
        guard case .status(308, _, _, _) = error else { return XCTFail("got \(String(describing: error))") }
        XCTAssertEqual(selfLoop.requests.count, 4)
    }

    func testRateLimitWaitsForRetryAfter() async throws {
        let calls = Counter()
        let server = try LoopbackServer { _ in
            calls.next() == 1 ? .json("{}", status: 429, headers: [("Retry-After", "1")]) : .json(#"{"ok":true}"#)
        }
        let started = ContinuousClock.now
        _ = try await APIClient(serverURL: server.baseURL).send(APIRequest(.post, "/things"), returning: Answer.self)
        XCTAssertGreaterThanOrEqual(ContinuousClock.now - started, .milliseconds(950))
        XCTAssertEqual(server.requests.count, 2)
    }

    func testRateLimitBeyondTheBoundIsATypedError() async throws {
        let server = try LoopbackServer { _ in .json("{}", status: 429, headers: [("Retry-After", "120")]) }
        let error = await apiError { _ = try await APIClient(serverURL: server.baseURL).send(thing(), returning: Answer.self) }
        guard case .rateLimited(let retryAfter) = error else { return XCTFail("got \(String(describing: error))") }
        XCTAssertEqual(retryAfter, Duration.seconds(120))
        XCTAssertEqual(server.requests.count, 1)
    }

    func testServerErrorIsRetriedForGetButNotForPost() async throws {
        let calls = Counter()
        let server = try LoopbackServer { _ in calls.next() == 1 ? .json("{}", status: 503) : .json(#"{"ok":true}"#) }
        let client = APIClient(serverURL: server.baseURL, retryPolicy: fastRetries)
        _ = try await client.send(thing(), returning: Answer.self)
        XCTAssertEqual(server.requests.count, 2)

        let failing = try LoopbackServer { _ in .json("{}", status: 503) }
        let error = await apiError { _ = try await APIClient(serverURL: failing.baseURL, retryPolicy: fastRetries).send(APIRequest(.post, "/messages"), returning: Answer.self) }
        guard case .status(503, "POST", "/messages", _) = error else { return XCTFail("got \(String(describing: error))") }
        XCTAssertEqual(failing.requests.count, 1, "a POST must not be sent twice")
    }

    func testPostIsRetriedWhenTheCallerOptsIn() async throws {
        let calls = Counter()
        let server = try LoopbackServer { _ in calls.next() == 1 ? .json("{}", status: 503) : .json(#"{"ok":true}"#) }
        let client = APIClient(serverURL: server.baseURL, retryPolicy: fastRetries)
        _ = try await withRequestOptions(RequestOptions(retryNonIdempotent: true)) {
            try await client.send(APIRequest(.post, "/messages"), returning: Answer.self)
        }
        XCTAssertEqual(server.requests.count, 2)
    }

    func testSlowAnswerTimesOut() async throws {
        let server = try LoopbackServer { _ in LoopbackServer.Response(status: 200, body: Data(#"{"ok":true}"#.utf8), delay: .seconds(2)) }
        let client = APIClient(serverURL: server.baseURL, timeout: .milliseconds(300), retryPolicy: .none)
        let started = ContinuousClock.now
        let error = await apiError { _ = try await client.send(thing(), returning: Answer.self) }
        guard case .timedOut(_, _, .milliseconds(300)) = error else { return XCTFail("got \(String(describing: error))") }
        XCTAssertLessThan(ContinuousClock.now - started, .milliseconds(1500))
        let perCall = await apiError {
            try await withRequestOptions(RequestOptions(timeout: .milliseconds(100))) {
                _ = try await APIClient(serverURL: server.baseURL, retryPolicy: .none).send(thing(), returning: Answer.self)
            }
        }
        guard case .timedOut(_, _, .milliseconds(100)) = perCall else { return XCTFail("got \(String(describing: perCall))") }
    }

    func testCancellationCancelsTheRequestInFlight() async throws {
        let server = try LoopbackServer { _ in LoopbackServer.Response(status: 200, body: Data(#"{"ok":true}"#.utf8), delay: .seconds(3)) }
        let client = APIClient(serverURL: server.baseURL)
        let task = Task { try await client.send(thing(), returning: Answer.self) }
        try await Task.sleep(for: .milliseconds(200))
        let started = ContinuousClock.now
        task.cancel()
        let result = await task.result
        guard case .failure(let error) = result, case .cancelled? = error as? APIError else { return XCTFail("got \(result)") }
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(1))
    }
}

private func Response308(to location: String) -> LoopbackServer.Response {
    LoopbackServer.Response(status: 308, headers: [("Location", location)])
}
