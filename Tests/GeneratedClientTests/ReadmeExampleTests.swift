import APIRuntime
import CallbellAPI
import Foundation
import KaizalaAPI
import XCTest

/// The README's examples, compiled and run against a recording transport.
final class ReadmeExampleTests: XCTestCase {
    func testKaizalaWalkthrough() async throws {
        let transport = RecordingTransport(
            HTTPResponse(status: 200, body: Data(#"{"accessToken":"AT","endpointUrl":"https://kms.example/","accessTokenExpiry":4102444800000}"#.utf8)),
            HTTPResponse(status: 200, body: Data(#"{"groupName":"Field team","groupId":"g-1","membersAdded":true}"#.utf8)),
            HTTPResponse(status: 200, body: Data(#"{"referenceId":"r-1"}"#.utf8)))
        let (appID, appSecret, refreshToken) = ("app", "secret", "refresh")

        let kaizala = KaizalaClient(credentials: KaizalaCredentials(
            applicationID: appID, applicationSecret: appSecret, refreshToken: refreshToken), transport: transport)

        let group = try await kaizala.createGroup(body: .init(
            name: "Field team", welcomeMessage: "Welcome!", members: ["+911999999999"], groupType: .group))
        _ = try await kaizala.sendMessage(groupID: group.groupID, body: .init(message: "Hello from Swift"))

        XCTAssertEqual(transport.requests.map(\.url.absoluteString), [
            "https://api.kaiza.la/v1/accessToken", "https://kms.example/v1/groups", "https://kms.example/v1/groups/g-1/messages",
        ])
        XCTAssertEqual(transport.requests.last?.headers["accessToken"], "AT")
    }

    func testRuntimeSettings() async throws {
        let transport = RecordingTransport(
            HTTPResponse(status: 200, body: Data(#"{"accessToken":"AT","endpointUrl":"https://kms.example/","accessTokenExpiry":4102444800000}"#.utf8)),
            HTTPResponse(status: 200, body: Data(#"{"referenceId":"r-1"}"#.utf8)))
        let credentials = KaizalaCredentials(applicationID: "app", applicationSecret: "secret", refreshToken: "refresh")
        let keychainStore = InMemoryRefreshTokenStore("refresh")
        let logged = EventLines()
        let groupID = "g-1"

        var kaizala = KaizalaClient(credentials: credentials, refreshTokenStore: keychainStore,
                                    transport: transport, middlewares: [LoggingMiddleware(log: logged.append)])
        kaizala.client.timeout = .seconds(30)
        kaizala.client.deadline = .seconds(90)
        kaizala.client.retryPolicy = RetryPolicy(maxAttempts: 5)

        let sent = try await kaizala.withOptions(RequestOptions(timeout: .seconds(120), retryNonIdempotent: true))
            .sendMessage(groupID: groupID, body: .init(message: "Safe to repeat"))

        XCTAssertEqual(sent.referenceID, "r-1")
        XCTAssertEqual(transport.requests.map(\.timeout), [.seconds(120), .seconds(120)], "the token call obeys the call's settings too")
        XCTAssertTrue(logged.all.contains { $0.hasPrefix("-> POST https://kms.example/v1/groups/g-1/messages") }, "\(logged.all)")
        XCTAssertFalse(logged.all.joined().contains("secret"), "the application secret is redacted")
    }

    func testSampleTransportAndPagedWalk() async throws {
        let demo = KaizalaClient(accessToken: "demo", transport: SampleTransport(KaizalaClient.samples,
                                                                                choosing: ["listGroups": "Groups with details"]))
        let groups = try await demo.listGroups()     // the docs' sample answer
        XCTAssertEqual(groups.groups.first?.groupName, "Sample group name")

        let kaizala = demo
        let groupID = "g"
        var numbers: [String] = []
        for try await subscriber in kaizala.listSubscribersItems(groupID: groupID, body: .init()) {
            numbers.append(subscriber.mobileNumber)
        }
        XCTAssertEqual(numbers, ["+91109999999"], "one documented page, no cursor: the walk stops")
    }

    func testWebhookReceiver() throws {
        func handle(query: [String: String], headers: [String: String], body: Data, callbackToken: String) throws -> String {
            let unauthorized = "401"
            if let reply = KaizalaWebhooks.handshakeReply(query: query) {
                return String(decoding: reply.body, as: UTF8.self)
            }
            guard KaizalaWebhooks.isAuthentic(headers: headers, expectedToken: callbackToken) else { return unauthorized }
            let event = try KaizalaWebhooks.decode(body)
            return event.eventID
        }
        let body = Data(#"{"objectId":"g","objectType":"Group","eventType":"TextMessageCreated","eventId":"e-7","data":{"text":"hi"}}"#.utf8)
        XCTAssertEqual(try handle(query: ["validationToken": "v-1"], headers: [:], body: Data(), callbackToken: "t"), "v-1")
        XCTAssertEqual(try handle(query: [:], headers: ["kz-callback-token": "x"], body: body, callbackToken: "t"), "401")
        XCTAssertEqual(try handle(query: [:], headers: ["kz-callback-token": "t"], body: body, callbackToken: "t"), "e-7")
    }

    func testCallbellTemplateMessage() async throws {
        let transport = RecordingTransport.json(#"{"message":{"uuid":"u-1","status":"enqueued"}}"#)
        let (apiToken, channel, template) = ("token", "channel", "template")

        let callbell = CallbellClient(token: apiToken, transport: transport)
        let sent = try await callbell.sendMessage(body: .init(
            to: "+31612345678", from: "whatsapp", type: .text, content: .init(text: "John Doe"),
            channelUUID: channel, templateUUID: template, optinContact: true))

        XCTAssertEqual(sent.message.uuid, "u-1")
        assertJSONEqual(try XCTUnwrap(transport.last?.body), Data(#"{"to":"+31612345678","from":"whatsapp","type":"text","content":{"text":"John Doe"},"channel_uuid":"channel","template_uuid":"template","optin_contact":true}"#.utf8), "template body")
    }
}

/// Lines a logging middleware wrote, for tests.
final class EventLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    @Sendable func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
