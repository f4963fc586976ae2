import APIRuntime
import CallbellAPI
import Foundation
import KaizalaAPI
import XCTest

/// The README's examples, compiled and run against a recording transport.
final class ReadmeExampleTests: XCTestCase {
    func testKaizalaWalkthrough() async throws {
        let transport = RecordingTransport(
            HTTPResponse(status: 200, body: Data(#"{"accessToken":"AT","endpointUrl":"https://kms.example/","accessTokenExpiry":1}"#.utf8)),
            HTTPResponse(status: 200, body: Data(#"{"groupName":"Field team","groupId":"g-1","membersAdded":true}"#.utf8)),
            HTTPResponse(status: 200, body: Data(#"{"referenceId":"r-1"}"#.utf8)))
        let (appID, appSecret, refreshToken) = ("app", "secret", "refresh")

        let root = KaizalaClient(accessToken: "", serverURL: KaizalaClient.defaultServerURL, transport: transport)
        let token = try await root.getAccessToken(applicationID: appID, applicationSecret: appSecret, refreshToken: refreshToken)
        let kaizala = KaizalaClient(accessToken: token.accessToken, serverURL: token.endpointURL + "v1", transport: transport)

        let group = try await kaizala.createGroup(body: .init(
            name: "Field team", welcomeMessage: "Welcome!", members: ["+911999999999"], groupType: .group))
        _ = try await kaizala.sendMessage(groupID: group.groupID, body: .init(message: "Hello from Swift"))

        XCTAssertEqual(transport.requests.map(\.url.absoluteString), [
            "https://api.kaiza.la/v1/accessToken", "https://kms.example/v1/groups", "https://kms.example/v1/groups/g-1/messages",
        ])
        XCTAssertEqual(transport.requests.last?.headers["accessToken"], "AT")
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
