import APIRuntime
import CallbellAPI
import Foundation
import LoopbackHTTPServer
import XCTest

/// The generated Callbell client against a fake messages API on 127.0.0.1.
final class CallbellEndToEndTests: XCTestCase {
    private static let token = "cb-token-SENTINEL"
    private static let channel = "35f6f8cc-b550-4278-a2ea-099f3a4e0730"

    /// Accepts any message from a bearer of `token`, answering with a uuid
    /// and then a status that carries a payload the client has no type for.
    private func fakeCallbell() throws -> LoopbackServer {
        try LoopbackServer { request in
            guard request.header("Authorization") == "Bearer \(Self.token)" else { return .json(#"{"error":"unauthorized"}"#, status: 401) }
            switch (request.method, request.path) {
            case ("POST", "/v1/messages/send"):
                return .json(#"{"message":{"uuid":"m-1","status":"enqueued"}}"#)
            case ("GET", "/v1/messages/status/m-1"):
                return .json(#"{"message":{"uuid":"m-1","status":"delivered","messageStatusPayload":{"type":"delivered","payload":{"whatsappMessageId":"w-1"}}}}"#)
            case ("DELETE", "/v1/messages/m-1"):
                return LoopbackServer.Response(status: 204)
            default:
                return .json(#"{"error":"not found"}"#, status: 404)
            }
        }
    }

    private func sentBodies(_ server: LoopbackServer) throws -> [[String: Any]] {
        try server.requests(to: "/v1/messages/send").map { try XCTUnwrap(JSONSerialization.jsonObject(with: $0.body) as? [String: Any]) }
    }

    func testTextImageAndTemplateMessages() async throws {
        let server = try fakeCallbell()
        let callbell = CallbellClient(token: Self.token, serverURL: server.baseURL + "/v1")
        let text = try await callbell.sendMessage(body: .init(to: "+31612345678", from: "whatsapp", type: .text, content: .init(text: "Hello!"),
                                                               channelUUID: Self.channel))
        XCTAssertEqual(text.message.uuid, "m-1")
        XCTAssertEqual(text.message.status, .enqueued)
        _ = try await callbell.sendMessage(body: .init(to: "+31612345678", from: "whatsapp", type: .image,
                                                       content: .init(text: "My caption", url: "https://example.com/a.jpeg"), channelUUID: Self.channel))
        _ = try await callbell.sendMessage(body: .init(to: "+31612345678", from: "whatsapp", type: .text, content: .init(text: "John"),
                                                       channelUUID: Self.channel, templateUUID: "t-1", optinContact: true,
                                                       botStatus: .botEnd, metadata: ["order": "42"]))

        let bodies = try sentBodies(server)
        XCTAssertEqual(bodies.map { $0["type"] as? String }, ["text", "image", "text"])
        XCTAssertEqual(bodies[0]["content"] as? [String: String], ["text": "Hello!"])
        XCTAssertEqual(bodies[1]["content"] as? [String: String], ["text": "My caption", "url": "https://example.com/a.jpeg"])
        XCTAssertEqual(bodies[2]["template_uuid"] as? String, "t-1")
        XCTAssertEqual(bodies[2]["optin_contact"] as? Bool, true)
        XCTAssertEqual(bodies[2]["bot_status"] as? String, "bot_end")
        XCTAssertEqual(bodies[2]["metadata"] as? [String: String], ["order": "42"])
        XCTAssertEqual(bodies[0]["channel_uuid"] as? String, Self.channel)
        for request in server.requests {
            XCTAssertEqual(request.header("Accept"), "application/json")
            XCTAssertEqual(request.header("Content-Type"), "application/json")
        }
    }

    func testStatusWithAnUnknownValueAndFreeFormPayload() async throws {
        let server = try fakeCallbell()
        let callbell = CallbellClient(token: Self.token, serverURL: server.baseURL + "/v1")
        let status = try await callbell.getMessageStatus(uuid: "m-1")
        XCTAssertEqual(status.message.status.rawValue, "delivered", "an open enum keeps a value the docs do not list")
        guard case .object(let payload)? = status.message.messageStatusPayload else { return XCTFail("no payload") }
        XCTAssertEqual(payload["payload"], .object(["whatsappMessageId": .string("w-1")]))
        try await callbell.deleteMessage(uuid: "m-1")
        XCTAssertEqual(server.requests.last.map { "\($0.method) \($0.path)" }, "DELETE /v1/messages/m-1")
    }

    func testRulesAcrossFieldsStopTheRequest() async throws {
        let server = try fakeCallbell()
        let callbell = CallbellClient(token: Self.token, serverURL: server.baseURL + "/v1")
        do {
            _ = try await callbell.sendMessage(body: .init(from: "whatsapp", type: .text, content: .init(text: "Hi"), channelUUID: Self.channel,
                                                           templateUUID: "t-1"))
            XCTFail("expected a validation error")
        } catch {
            guard case .validation(let validation) = error else { return XCTFail("got \(error)") }
            XCTAssertEqual(validation.violations.count, 2, "\(validation.violations)")
        }
        XCTAssertEqual(server.requests.count, 0)
    }

    func testRejectedTokenIsAStatusErrorWithoutTheToken() async throws {
        let server = try fakeCallbell()
        let callbell = CallbellClient(token: "wrong-SENTINEL", serverURL: server.baseURL + "/v1")
        do {
            _ = try await callbell.getMessageStatus(uuid: "m-1")
            XCTFail("expected an error")
        } catch {
            guard case .status(401, "GET", _, _) = error else { return XCTFail("got \(error)") }
            XCTAssertFalse(String(describing: error).contains("SENTINEL"))
            XCTAssertFalse(String(reflecting: error).contains("SENTINEL"))
        }
    }
}
