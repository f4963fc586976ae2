import APIRuntime
import Foundation
import KaizalaAPI
import XCTest

/// Values the server adds after the client was generated must decode and
/// re-encode unchanged, not fail the whole response.
final class OpenTypesTests: XCTestCase {
    func testUnknownEnumValueRoundTrips() throws {
        let json = Data(#"{"id":"m1","mobileNumber":"+911999999999","role":"Moderator"}"#.utf8)
        let member = try JSONCoding.decoder.decode(Member.self, from: json)
        XCTAssertEqual(member.role?.rawValue, "Moderator")
        XCTAssertEqual(member.role?.isKnown, false)
        XCTAssertEqual(MemberRole.admin.isKnown, true)
        assertJSONEqual(try JSONCoding.encoder.encode(member), json, "unknown role")
    }

    func testUnknownActionTypeKeepsItsBody() throws {
        let json = Data(#"{"referenceId":"r1","actionType":"Checklist","actionBody":{"items":["a","b"],"done":false}}"#.utf8)
        let summary = try JSONCoding.decoder.decode(ActionSummary.self, from: json)
        guard case .unknown(let tag, let body) = summary.action else { return XCTFail("expected unknown, got \(summary.action)") }
        XCTAssertEqual(tag, "Checklist")
        XCTAssertEqual(body, .object(["items": .array([.string("a"), .string("b")]), "done": .bool(false)]))
        assertJSONEqual(try JSONCoding.encoder.encode(summary), json, "unknown action")
    }

    func testUnknownWebhookEventDecodes() throws {
        let json = Data(#"{"objectId":"g","objectType":"Group","eventType":"GroupRenamed","eventId":"e","data":{"name":"x"}}"#.utf8)
        let event = try JSONCoding.decoder.decode(WebhookEvent.self, from: json)
        guard case .unknown(let tag, _) = event.event else { return XCTFail("expected unknown event") }
        XCTAssertEqual(tag, "GroupRenamed")
    }

    func testTaggedUnionEncodesTagBesideBody() throws {
        let request = PostActionRequest(action: .job(JobActionBody(title: "Ship", assignedTo: ["+911999999999"])))
        let json = try JSONCoding.encoder.encode(request)
        assertJSONEqual(json, Data(#"{"actionType":"Job","actionBody":{"title":"Ship","assignedTo":["+911999999999"]}}"#.utf8), "job")
    }

    func testPackageVariantIsChosenByItsKey() throws {
        let json = Data(#"{"id":"pkg-1","actionBody":{"title":"T","questions":[]}}"#.utf8)
        let request = try JSONCoding.decoder.decode(PostActionRequest.self, from: json)
        guard case .package(let id, let body) = request.action else { return XCTFail("expected package") }
        XCTAssertEqual(id, "pkg-1")
        XCTAssertEqual(body.title, "T")
        assertJSONEqual(try JSONCoding.encoder.encode(request), json, "package")
    }

    func testUntaggedAnswersDecodeByShapeInOrder() throws {
        let json = Data(#"["text",["a","b"],12.5,{"lt":1,"lg":2,"n":"here"}]"#.utf8)
        let answers = try JSONCoding.decoder.decode([SurveyAnswer].self, from: json)
        XCTAssertEqual(answers, [.text("text"), .choices(["a", "b"]), .number(12.5), .location(AnswerLocation(lt: 1, lg: 2, n: "here"))])
        XCTAssertThrowsError(try JSONCoding.decoder.decode(SurveyAnswer.self, from: Data("true".utf8)))
    }

    func testStringKeyedMapDecodes() throws {
        let json = Data(#"{"result":{"+911111111111":{"isAdded":true},"+911111111112":{"isAdded":false}}}"#.utf8)
        let response = try JSONCoding.decoder.decode(AddSubscribersResponse.self, from: json)
        XCTAssertEqual(response.result["+911111111112"]?.isAdded, false)
    }
}
