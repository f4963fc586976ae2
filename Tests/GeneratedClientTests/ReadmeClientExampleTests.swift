import APIRuntime
import CallbellAPI
import Foundation
import KaizalaAPI
import XCTest

/// README's sections on a client's settings, its errors and testing your code: each snippet compiled and run here,
/// so that a test fails when README and code drift apart.
final class ReadmeClientExampleTests: XCTestCase {
    func testCallbellSettings() {
        let apiToken = "token"

        var callbell = CallbellClient(token: apiToken, serverURL: "https://api.callbell.eu/v1")
        callbell.client.middlewares = [LoggingMiddleware()]
        callbell.client.timeout = .seconds(20)
        callbell.client.retryPolicy = .none                         // one attempt, whatever the answer

        XCTAssertEqual(callbell.client.serverURL, CallbellClient.defaultServerURL)
        XCTAssertEqual(callbell.client.middlewares.count, 1)
        XCTAssertEqual(callbell.client.timeout, .seconds(20))
        XCTAssertEqual(callbell.client.retryPolicy.maxAttempts, 1)
        XCTAssertEqual(callbell.client.retryPolicy.maxRateLimitAttempts, 1)
    }

    func testDefaultSettings() {
        let client = KaizalaClient(accessToken: "t").client
        XCTAssertEqual(client.serverURL, "https://api.kaiza.la/v1")
        XCTAssertEqual(CallbellClient(token: "t").client.serverURL, "https://api.callbell.eu/v1")
        XCTAssertTrue(client.transport is URLSessionTransport)
        XCTAssertTrue(client.middlewares.isEmpty)
        XCTAssertEqual(client.timeout, .seconds(60))
        XCTAssertNil(client.deadline)
        XCTAssertFalse(client.retryNonIdempotent)
        XCTAssertEqual(client.maxRedirects, 3)
        let policy = client.retryPolicy
        XCTAssertEqual([policy.maxAttempts, policy.maxRateLimitAttempts], [3, 3])
        XCTAssertEqual([policy.baseDelay, policy.maxDelay, policy.maxRateLimitWait],
                       [.milliseconds(250), .seconds(8), .seconds(60)])
    }

    /// Copies share the transport and the token cache, and keep settings of their own.
    func testWhatACopyShares() async throws {
        let token = #"{"accessToken":"AT","endpointUrl":"https://kms.example/","accessTokenExpiry":4102444800000}"#
        let transport = RecordingTransport(HTTPResponse(status: 200, body: Data(token.utf8)),
                                           HTTPResponse(status: 200, body: Data(#"{"referenceId":"r-1"}"#.utf8)))
        let credentials = KaizalaCredentials(applicationID: "app", applicationSecret: "secret", refreshToken: "refresh")
        var kaizala = KaizalaClient(credentials: credentials, transport: transport)
        kaizala.client.timeout = .seconds(30)

        var patient = kaizala                     // a copy: the same transport, token, middlewares and endpoint
        patient.client.timeout = .seconds(300)    // this copy only; `kaizala` keeps 30 s

        _ = try await kaizala.sendMessage(groupID: "g", body: .init(message: "one"))
        _ = try await patient.sendMessage(groupID: "g", body: .init(message: "two"))
        XCTAssertEqual(transport.requests.map(\.url.path),
                       ["/v1/accessToken", "/v1/groups/g/messages", "/v1/groups/g/messages"], "one token for both copies")
        XCTAssertEqual(transport.requests.map(\.timeout), [.seconds(30), .seconds(30), .seconds(300)])
    }

    func testHandlingErrors() async {
        var printed: [String] = []
        // Stands in for Swift's `print` in the README's snippet, so that the test can read what it printed.
        func print(_ items: Any...) { printed.append(items.map { "\($0)" }.joined(separator: " ")) }
        func send(_ text: String, to numbers: [String]?, answer: HTTPResponse) async {
            let kaizala = KaizalaClient(accessToken: "token", transport: RecordingTransport(answer))
            let groupID = "g"

            do {
                _ = try await kaizala.sendMessage(groupID: groupID, body: .init(message: text, subscribers: numbers))
            } catch .validation(let error) {
                for violation in error.violations { print(violation.path, violation.message) }
            } catch .status(let code, _, _, let body) where code == 404 {
                print("no such group:", body)
            } catch .rateLimited(let retryAfter) {
                print("try again in", retryAfter ?? .seconds(60))
            } catch {
                print(error)    // POST /groups/{groupId}/messages answered HTTP 500: {"accessToken": "<redacted>"}
            }
        }
        let sent = HTTPResponse(status: 200, body: Data(#"{"referenceId":"r-1"}"#.utf8))
        await send("Hi", to: ["+911999999999", "911111111114"], answer: sent)
        await send("Hi", to: nil, answer: HTTPResponse(status: 404, body: Data(#"{"message":"Group not found"}"#.utf8)))
        await send("Hi", to: nil, answer: HTTPResponse(status: 429, headers: [HTTPHeader("Retry-After", "120")]))
        await send("Hi", to: nil, answer: HTTPResponse(status: 500, body: Data(#"{"accessToken":"leaked"}"#.utf8)))
        await send("Hi", to: nil, answer: HTTPResponse(status: 200, body: Data(#"{"referenceId":7}"#.utf8)))
        XCTAssertEqual(printed, [
            #"subscribers[1] must be a phone number with country code, like +911999999999 (is "911111111114")"#,
            #"no such group: {"message":"Group not found"}"#,
            "try again in 120.0 seconds",
            #"POST /groups/{groupId}/messages answered HTTP 500: {"accessToken": "<redacted>"}"#,
            "could not decode SendMessageResponse at referenceId: expected String: Expected to decode String but found "
                + #"number instead.; body: {"referenceId":7}"#,
        ])
    }

    func testTheDocumentedAnswers() async throws {
        let callbell = CallbellClient(token: "test", transport: SampleTransport(CallbellClient.samples))
        let status = try await callbell.getMessageStatus(uuid: "any")        // the docs' sample answer
        XCTAssertEqual(status.message.status, .enqueued)
    }

    func testWelcomeSendsOneMessage() async throws {
        let answer = HTTPResponse(status: 200, body: Data(#"{"message":{"uuid":"u-1","status":"enqueued"}}"#.utf8))
        let transport = ScriptedTransport(answer)
        let callbell = CallbellClient(token: "test", transport: transport)

        try await welcome("+31612345678", through: callbell)                  // the code under test

        let requests = await transport.requests
        XCTAssertEqual(requests.map(\.url.path), ["/v1/messages/send"])
        XCTAssertEqual(requests.first?.headers["Authorization"], "Bearer test")
    }

    func testScriptedAnswersRepeatTheLast() async throws {
        let transport = ScriptedTransport(HTTPResponse(status: 503), HTTPResponse(status: 200))
        let callbell = CallbellClient(token: "test", transport: transport)
        try await callbell.deleteMessage(uuid: "u")                           // a DELETE: retried after the 503
        try await callbell.deleteMessage(uuid: "u")
        let count = await transport.requests.count
        XCTAssertEqual(count, 3)
        let unscripted = try await ScriptedTransport().send(HTTPRequest(method: .get, url: URL(fileURLWithPath: "/")))
        XCTAssertEqual(unscripted.status, 501)
    }
}

/// Answers each call with the next scripted response (the last one repeats) and keeps every request.
actor ScriptedTransport: Transport {
    private var answers: [HTTPResponse]
    private(set) var requests: [HTTPRequest] = []

    init(_ answers: HTTPResponse...) {
        self.answers = answers
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        requests.append(request)
        return answers.count > 1 ? answers.removeFirst() : answers.first ?? HTTPResponse(status: 501)
    }
}

/// The code under test in README's example.
private func welcome(_ number: String, through callbell: CallbellClient) async throws {
    let message = SendMessageRequest(to: number, from: "whatsapp", type: .text, content: .init(text: "Welcome!"),
                                     channelUUID: "channel")
    _ = try await callbell.sendMessage(body: message)
}
