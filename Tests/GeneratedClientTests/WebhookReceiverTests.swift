import APIRuntime
import Foundation
import KaizalaAPI
import XCTest

/// The receiving side of Kaizala webhooks: authenticity, the validation
/// handshake, and payloads of events this client has never heard of.
final class WebhookReceiverTests: XCTestCase {
    func testTokenHeaderIsCheckedInAnyCase() {
        XCTAssertEqual(KaizalaWebhooks.tokenHeader, "kz-callback-token")
        XCTAssertTrue(KaizalaWebhooks.isAuthentic(headers: ["KZ-Callback-Token": "shared"], expectedToken: "shared"))
        XCTAssertFalse(KaizalaWebhooks.isAuthentic(headers: ["kz-callback-token": "share"], expectedToken: "shared"))
        XCTAssertFalse(KaizalaWebhooks.isAuthentic(headers: ["kz-callback-token": "sharedX"], expectedToken: "shared"))
        XCTAssertFalse(KaizalaWebhooks.isAuthentic(headers: [:], expectedToken: "shared"))
        XCTAssertFalse(KaizalaWebhooks.isAuthentic(headers: ["kz-callback-token": ""], expectedToken: ""), "an empty token proves nothing")
    }

    func testHandshakeEchoesTheValidationToken() throws {
        let reply = try XCTUnwrap(KaizalaWebhooks.handshakeReply(query: ["validationToken": "abc 123"]))
        XCTAssertEqual(reply.status, 200)
        XCTAssertEqual(reply.headers.first { $0.name == "Content-Type" }?.value, "text/plain; charset=utf-8")
        XCTAssertEqual(String(decoding: reply.body, as: UTF8.self), "abc 123")
        XCTAssertNil(KaizalaWebhooks.handshakeReply(query: ["other": "x"]))
    }

    func testUnknownEventTypeStillDecodes() throws {
        let body = Data(#"""
        {"objectId":"g-1","objectType":"Group","eventType":"StickerSent","eventId":"e-1","data":{"sticker":"cat"},"fromUser":"+911"}
        """#.utf8)
        let event = try KaizalaWebhooks.decode(body)
        XCTAssertEqual(event.objectID, "g-1")
        XCTAssertEqual(event.eventID, "e-1")
        let reencoded = try JSONSerialization.jsonObject(with: JSONCoding.encoder.encode(event)) as? [String: Any]
        XCTAssertEqual(reencoded?["eventType"] as? String, "StickerSent")
        XCTAssertEqual((reencoded?["data"] as? [String: String])?["sticker"], "cat")
    }

    func testMalformedPayloadIsATypedDecodingError() {
        do {
            _ = try KaizalaWebhooks.decode(Data(#"{"objectType":"Group"}"#.utf8))
            XCTFail("expected an error")
        } catch {
            guard case .decoding(let type, let path, _, let snippet) = error else { return XCTFail("got \(error)") }
            XCTAssertEqual(type, "WebhookEvent")
            XCTAssertEqual(path, "objectId")
            XCTAssertTrue(snippet.contains("Group"))
        }
    }
}
