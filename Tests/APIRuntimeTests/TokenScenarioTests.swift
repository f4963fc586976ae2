import APIRuntime
import Foundation
import LoopbackHTTPServer
import XCTest

/// Access tokens: fetched once, renewed near expiry, single-flight, one
/// renewal after a 401, rotated refresh tokens stored before use.
final class TokenScenarioTests: XCTestCase {
    /// `/token` issues T1, T2, … valid for an hour; `/v1/things` wants the latest.
    private func tokenServer(lifetime: TimeInterval = 3600, rotateTo: String? = nil, log: EventLog = EventLog(),
                             valid: @escaping @Sendable (String, Int) -> Bool = { token, issued in token == "T\(issued)" }) throws -> (LoopbackServer, Counter) {
        let issued = Counter()
        let server = try LoopbackServer { request in
            if request.path == "/token" {
                let number = issued.next()
                let rotated = rotateTo.map { #","refreshToken":"\#($0)""# } ?? ""
                log.append("token for \(request.header("refreshToken") ?? "")")
                return .json(#"{"accessToken":"T\#(number)","expiresAt":\#(Date().timeIntervalSince1970 + lifetime)\#(rotated)}"#)
            }
            let token = request.header("accessToken") ?? ""
            log.append("call with \(token)")
            return valid(token, issued.count) ? .json(#"{"ok":true}"#) : .json(#"{"error":"expired"}"#, status: 401)
        }
        return (server, issued)
    }

    func testTokenIsFetchedOnceAndReused() async throws {
        let (server, issued) = try tokenServer()
        let client = APIClient(serverURL: server.baseURL + "/v1", authorizer: authenticator(for: server))
        for _ in 0..<3 { _ = try await client.send(thing(), returning: Answer.self) }
        XCTAssertEqual(issued.count, 1)
        XCTAssertEqual(server.requests(to: "/v1/things").map { $0.header("accessToken") }, ["T1", "T1", "T1"])
    }

    func testTokenNearExpiryIsRenewed() async throws {
        let clock = TestClock()
        let (server, issued) = try tokenServer(lifetime: 3600, valid: { _, _ in true })
        let client = APIClient(serverURL: server.baseURL + "/v1", authorizer: authenticator(for: server, now: { clock.now }))
        _ = try await client.send(thing(), returning: Answer.self)
        clock.advance(3000)
        _ = try await client.send(thing(), returning: Answer.self)
        XCTAssertEqual(issued.count, 1, "still 10 minutes to go")
        clock.advance(400)
        _ = try await client.send(thing(), returning: Answer.self)
        XCTAssertEqual(issued.count, 2, "inside the 5-minute margin")
        XCTAssertEqual(server.requests(to: "/v1/things").map { $0.header("accessToken") }, ["T1", "T1", "T2"])
    }

    func testHundredConcurrentCallsCauseOneTokenRequest() async throws {
        let (server, issued) = try tokenServer()
        let client = APIClient(serverURL: server.baseURL + "/v1", authorizer: authenticator(for: server))
        try await withThrowingTaskGroup(of: Answer.self) { group in
            for _ in 0..<100 { group.addTask { try await client.send(thing(), returning: Answer.self) } }
            for try await answer in group { XCTAssertTrue(answer.ok) }
        }
        XCTAssertEqual(issued.count, 1)
        XCTAssertEqual(server.requests(to: "/v1/things").count, 100)
    }

    func testUnauthorizedRenewsOnceAndRetriesOnce() async throws {
        // The first token is refused; the second works.
        let (server, issued) = try tokenServer(valid: { token, _ in token == "T2" })
        let client = APIClient(serverURL: server.baseURL + "/v1", authorizer: authenticator(for: server))
        _ = try await client.send(thing(), returning: Answer.self)
        XCTAssertEqual(issued.count, 2)
        XCTAssertEqual(server.requests(to: "/v1/things").map { $0.header("accessToken") }, ["T1", "T2"])
    }

    func testUnauthorizedTwiceIsAnErrorNotALoop() async throws {
        let (server, issued) = try tokenServer(valid: { _, _ in false })
        let client = APIClient(serverURL: server.baseURL + "/v1", authorizer: authenticator(for: server))
        let error = await apiError { _ = try await client.send(thing(), returning: Answer.self) }
        guard case .status(401, _, _, _) = error else { return XCTFail("got \(String(describing: error))") }
        XCTAssertEqual(issued.count, 2)
        XCTAssertEqual(server.requests(to: "/v1/things").count, 2)
    }

    func testRotatedRefreshTokenIsStoredBeforeItIsUsed() async throws {
        let log = EventLog()
        let clock = TestClock()
        let (server, _) = try tokenServer(rotateTo: "R2", log: log, valid: { _, _ in true })
        let store = LoggingStore("R1", log: log)
        let client = APIClient(serverURL: server.baseURL + "/v1", authorizer: authenticator(for: server, store: store, now: { clock.now }))
        _ = try await client.send(thing(), returning: Answer.self)
        clock.advance(7200)
        _ = try await client.send(thing(), returning: Answer.self)
        XCTAssertEqual(log.all, ["token for R1", "saved R2", "call with T1", "token for R2", "call with T2"])
    }

    func testCallsGoToTheEndpointTheTokenNames() async throws {
        let endpoint = try LoopbackServer { _ in .json(#"{"ok":true}"#) }
        let root = try LoopbackServer { request in
            request.path == "/token"
                ? .json(#"{"accessToken":"T","expiresAt":\#(Date().timeIntervalSince1970 + 3600),"endpoint":"\#(endpoint.baseURL)/"}"#)
                : .json("{}", status: 404)
        }
        let client = APIClient(serverURL: root.baseURL + "/v1", authorizer: authenticator(for: root))
        _ = try await client.send(thing(), returning: Answer.self)
        XCTAssertEqual(endpoint.requests.map(\.path), ["/v1/things"])
    }
}
