import APIRuntime
import CallbellAPI
import Foundation
import KaizalaAPI
import XCTest

/// Clients that answer from the spec's samples: the documented answers,
/// chosen per operation, with requests still validated.
final class SampleTransportTests: XCTestCase {
    func testCallbellAnswersWithTheDocumentedSample() async throws {
        let callbell = CallbellClient(token: "demo", transport: SampleTransport(CallbellClient.samples))
        let sent = try await callbell.sendMessage(body: .init(to: "+31612345678", from: "whatsapp", type: .text, content: .init(text: "Hi"),
                                                              channelUUID: "c"))
        XCTAssertEqual(sent.message.uuid, "adf3d1216d4c4dcd908199d6700f2381")
        XCTAssertNil(sent.message.contact)
        let chosen = CallbellClient(token: "demo", transport: SampleTransport(CallbellClient.samples, choosing: ["sendMessage": "Answer with contact"]))
        let withContact = try await chosen.sendMessage(body: .init(to: "+31612345678", from: "whatsapp", type: .text, content: .init(text: "Hi"),
                                                                   channelUUID: "c", fields: "contact"))
        XCTAssertNotNil(withContact.message.contact)
    }

    func testKaizalaPathsWithPlaceholdersFindTheirSamples() async throws {
        let kaizala = KaizalaClient(accessToken: "demo", transport: SampleTransport(KaizalaClient.samples))
        let groups = try await kaizala.listGroups()
        XCTAssertFalse(groups.groups.isEmpty)
        let sent = try await kaizala.sendMessage(groupID: "any-group", body: .init(message: "Hello"))
        XCTAssertFalse(sent.referenceID.isEmpty)
    }

    func testRequestsAreStillValidated() async {
        let kaizala = KaizalaClient(accessToken: "demo", transport: SampleTransport(KaizalaClient.samples))
        do {
            _ = try await kaizala.sendMessage(groupID: "g", body: .init(message: "Hi", subscribers: ["not a phone"]))
            XCTFail("an invalid request was answered")
        } catch {
            guard case .validation = error else { return XCTFail("got \(error)") }
        }
    }
}
