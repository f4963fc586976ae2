import APIRuntime
import Foundation
import LoopbackHTTPServer
import XCTest

/// Routing follows `serverURL` when it is set after `init`: plain calls, the
/// version path added to a token's endpoint, moves by 308; and a copy
/// pointed elsewhere routes on its own.
final class ServerURLRoutingTests: XCTestCase {
    private func answering() throws -> LoopbackServer { try LoopbackServer { _ in .json(#"{"ok":true}"#) } }

    private func redirecting(to location: String) throws -> LoopbackServer {
        try LoopbackServer { _ in LoopbackServer.Response(status: 308, headers: [("Location", location)]) }
    }

    func testACallGoesToTheServerURLSetAfterInit() async throws {
        let first = try answering(), second = try answering()
        var client = APIClient(serverURL: first.baseURL + "/v1", retryPolicy: .none)
        client.serverURL = second.baseURL + "/v2"
        _ = try await client.send(thing(), returning: Answer.self)
        XCTAssertEqual(first.requests.count, 0)
        XCTAssertEqual(second.requests.map(\.path), ["/v2/things"])
    }

    func testTheTokensEndpointTakesTheVersionPathOfTheNewServerURL() async throws {
        let endpoint = try answering()
        let expiry = Date().timeIntervalSince1970 + 3600
        let token = #"{"accessToken":"T","expiresAt":\#(expiry),"endpoint":"\#(endpoint.baseURL)/"}"#
        let root = try LoopbackServer { request in
            request.path.hasSuffix("/token") ? .json(token) : .json("{}", status: 404)
        }
        var client = APIClient(serverURL: "http://127.0.0.1:9/v1", authorizer: authenticatorThroughCaller(),
                               retryPolicy: .none)
        client.serverURL = root.baseURL + "/v2"
        _ = try await client.send(thing(), returning: Answer.self)
        XCTAssertEqual(root.requests.map(\.path), ["/v2/token"])
        XCTAssertEqual(endpoint.requests.map(\.path), ["/v2/things"])
    }

    func testAMoveIsCutBackByTheVersionPathOfTheNewServerURL() async throws {
        let moved = try answering()
        let server = try redirecting(to: moved.baseURL + "/v2/things")
        var client = APIClient(serverURL: "http://127.0.0.1:9/v1", retryPolicy: .none)
        client.serverURL = server.baseURL + "/v2"
        for _ in 0..<2 { _ = try await client.send(thing(), returning: Answer.self) }
        XCTAssertEqual(server.requests.count, 1, "the move is remembered")
        XCTAssertEqual(moved.requests.map(\.path), ["/v2/things", "/v2/things"])
    }

    func testAMoveLearnedFromTheOldServerIsForgottenWithIt() async throws {
        let moved = try answering(), next = try answering()
        let old = try redirecting(to: moved.baseURL + "/")
        var client = APIClient(serverURL: old.baseURL + "/v1",
                               authorizer: HeaderTokenAuthorizer(header: "accessToken", token: "T"), retryPolicy: .none)
        _ = try await client.send(thing(), returning: Answer.self)
        _ = try await client.send(APIRequest(.post, "/generatePin", authenticated: false), returning: Answer.self)
        client.serverURL = next.baseURL + "/v1"
        _ = try await client.send(thing(), returning: Answer.self)
        _ = try await client.send(APIRequest(.post, "/generatePin", authenticated: false), returning: Answer.self)
        XCTAssertEqual(moved.requests.map(\.path), ["/v1/things", "/v1/generatePin"])
        XCTAssertEqual(next.requests.map(\.path), ["/v1/things", "/v1/generatePin"])
    }

    func testACopyPointedElsewhereLeavesTheOriginalAlone() async throws {
        let original = try answering(), elsewhere = try answering(), moved = try answering()
        let client = APIClient(serverURL: original.baseURL + "/v1", retryPolicy: .none)
        var copy = client
        copy.serverURL = elsewhere.baseURL + "/v1"
        _ = try await copy.send(thing(), returning: Answer.self)
        _ = try await client.send(thing(), returning: Answer.self)
        XCTAssertEqual(original.requests.map(\.path), ["/v1/things"])
        XCTAssertEqual(elsewhere.requests.map(\.path), ["/v1/things"])

        // A move the copy learns from its own server stays the copy's.
        let redirector = try redirecting(to: moved.baseURL + "/")
        copy.serverURL = redirector.baseURL + "/v1"
        _ = try await copy.send(thing(), returning: Answer.self)
        _ = try await client.send(thing(), returning: Answer.self)
        XCTAssertEqual(moved.requests.map(\.path), ["/v1/things"])
        XCTAssertEqual(original.requests.count, 2)
    }

    func testCopiesOnTheSameServerShareWhatTheyLearn() async throws {
        let moved = try answering()
        let old = try redirecting(to: moved.baseURL + "/")
        let client = APIClient(serverURL: old.baseURL + "/v1", retryPolicy: .none)
        var copy = client.with(RequestOptions(timeout: .seconds(5)))
        copy.serverURL = old.baseURL + "/v1"
        _ = try await copy.send(thing(), returning: Answer.self)
        _ = try await client.send(thing(), returning: Answer.self)
        XCTAssertEqual(old.requests.count, 1, "the original follows the move its copy learned")
        XCTAssertEqual(moved.requests.map(\.path), ["/v1/things", "/v1/things"])
    }
}
