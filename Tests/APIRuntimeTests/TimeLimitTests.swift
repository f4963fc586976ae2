@testable import APIRuntime
import Foundation
import XCTest

/// The race every call runs against its time limit: the value when on
/// time, nil at the limit with the operation cancelled, the caller's
/// cancellation at once. Bounds are generous: the machine is slow and noisy.
final class TimeLimitTests: XCTestCase {
    func testAnOperationOnTimeGivesItsValue() async throws {
        let value = try await TimeLimit.race(.seconds(10)) { 42 }
        XCTAssertEqual(value, 42)
    }

    func testAnOperationsErrorIsThrown() async {
        do {
            _ = try await TimeLimit.race(.seconds(10)) { () async throws -> Int in throw URLError(.cannotConnectToHost) }
            XCTFail("no error")
        } catch {
            XCTAssertEqual((error as? URLError)?.code, .cannotConnectToHost)
        }
    }

    func testTheLimitCancelsTheOperation() async throws {
        let cancelled = expectation(description: "the operation sees its cancellation")
        let start = ContinuousClock.now
        let value = try await TimeLimit.race(.milliseconds(100)) { () async throws -> Int in
            do {
                try await Task.sleep(for: .seconds(30))
            } catch {
                cancelled.fulfill()
                throw error
            }
            return 1
        }
        XCTAssertNil(value)
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(10))
        await fulfillment(of: [cancelled], timeout: 10)
    }

    func testTheCallersCancellationEndsTheRaceAtOnce() async throws {
        let task = Task { try await TimeLimit.race(.seconds(60)) { () async throws -> Int in
            try await Task.sleep(for: .seconds(60))
            return 1
        } }
        try await Task.sleep(for: .milliseconds(50))
        let start = ContinuousClock.now
        task.cancel()
        do {
            _ = try await task.value
            XCTFail("no cancellation")
        } catch {
            XCTAssertTrue(error is CancellationError, "\(error)")
        }
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(10))
    }

    func testACallerCancelledBeforeTheRaceIsNotKeptWaiting() async throws {
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await TimeLimit.race(.seconds(60)) { () async throws -> Int in
                try await Task.sleep(for: .seconds(60))
                return 1
            }
        }
        do {
            _ = try await task.value
            XCTFail("no cancellation")
        } catch {
            XCTAssertTrue(error is CancellationError, "\(error)")
        }
    }

    func testALimitBeyondDecadesSetsNoTimer() async throws {
        let value = try await TimeLimit.race(.seconds(Int64.max)) { 7 }
        XCTAssertEqual(value, 7)
    }
}

/// A transport that answers at once skips the client's timer; a middleware
/// that waits brings it back.
final class SelfBoundedTransportTests: XCTestCase {
    struct Instant: Transport {
        var boundsItsOwnTime: Bool { true }
        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            HTTPResponse(status: 200, headers: [HTTPHeader("Content-Type", "application/json")], body: Data(#"{"ok":true}"#.utf8))
        }
    }

    struct Stalling: Middleware {
        func intercept(_ request: HTTPRequest, next: @Sendable (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse {
            try await Task.sleep(for: .seconds(30))
            return try await next(request)
        }
    }

    func testAnInstantTransportAnswers() async throws {
        let client = APIClient(serverURL: "https://api.example", transport: Instant(), timeout: .milliseconds(100))
        let answer = try await client.send(thing(), returning: Answer.self)
        XCTAssertEqual(answer, Answer(ok: true))
    }

    func testAMiddlewareThatWaitsIsStillTimed() async {
        let client = APIClient(serverURL: "https://api.example", transport: Instant(), middlewares: [Stalling()], timeout: .milliseconds(200),
                               retryPolicy: .none)
        let start = ContinuousClock.now
        let error = await apiError { _ = try await client.send(thing(), returning: Answer.self) }
        guard case .timedOut = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(10))
    }
}
