import APIRuntime
import CallbellAPI
import Foundation
import KaizalaAPI
import XCTest

/// Generated validators report every violation with its path, rule, limit
/// and actual value.
final class ValidatorTests: XCTestCase {
    private func messages(_ value: some Validatable) -> [String] {
        value.violations.map(\.description)
    }

    func testMessageOf4001CharactersIsRejected() {
        let request = KaizalaAPI.SendMessageRequest(message: String(repeating: "a", count: 4001))
        XCTAssertEqual(messages(request), ["message: must be at most 4000 characters (is 4001)"])
        XCTAssertEqual(messages(KaizalaAPI.SendMessageRequest(message: String(repeating: "a", count: 4000))), [])
    }

    func testGroupOf101MembersIsRejected() {
        let members = (0..<101).map { "+9119999\(String(format: "%05d", $0))" }
        let request = CreateGroupRequest(name: "n", welcomeMessage: "w", members: members)
        XCTAssertEqual(messages(request), ["members: must have at most 100 items (has 101)"])
    }

    func testPhoneWithoutPlusIsRejectedAtItsIndex() {
        let request = AddSubscribersRequest(subscribers: ["+911111111111", "+911111111112", "+911111111113", "911111111114"])
        XCTAssertEqual(messages(request), [#"subscribers[3]: must be a phone number with country code, like +911999999999 (is "911111111114")"#])
    }

    func testTemplateWithoutOptInIsRejected() {
        let request = CallbellAPI.SendMessageRequest(to: "+31612345678", from: "whatsapp", type: .text, content: MessageContent(text: "John"),
                                                     channelUUID: "c", templateUUID: "t")
        XCTAssertEqual(messages(request), ["optin_contact: optin_contact is required when template_uuid is present"])
    }

    func testMessageWithoutRecipientIsRejected() {
        let request = CallbellAPI.SendMessageRequest(from: "whatsapp", type: .text, content: MessageContent(text: "Hi"), channelUUID: "c")
        XCTAssertEqual(messages(request), ["to: one of to, bsuid is required"])
    }

    func testCommentReactionWithoutTextIsRejected() {
        let request = AddReactionRequest(referenceID: "r", sourceGroupID: "g", reactionType: .comment)
        XCTAssertEqual(messages(request), ["comment: comment is required when reactionType is Comment"])
        XCTAssertEqual(messages(AddReactionRequest(referenceID: "r", sourceGroupID: "g", reactionType: .like)), [])
    }

    func testSubscriberPageOf51IsRejected() {
        XCTAssertEqual(messages(ListSubscribersRequest(count: 51)), ["count: must be at most 50 (is 51)"])
        XCTAssertEqual(messages(ListSubscribersRequest(count: 0)), ["count: must be at least 1 (is 0)"])
    }

    func testNestedViolationsCarryTheirPath() {
        let survey = SurveyActionBody(title: "S", questions: [
            SurveyQuestion(title: "ok", type: .text),
            SurveyQuestion(title: "choose", type: .singleOption),
        ])
        let request = PostActionRequest(action: .survey(survey))
        XCTAssertEqual(messages(request), ["actionBody.questions[1].options: options is required when type is SingleOption"])
    }

    func testEveryViolationIsReportedAtOnce() {
        let metadata = Dictionary(uniqueKeysWithValues: (0..<11).map { ("k\($0)", "v") })
            .merging([String(repeating: "k", count: 51): String(repeating: "v", count: 501)]) { $1 }
        let request = CallbellAPI.SendMessageRequest(from: "whatsapp", type: .text, content: MessageContent(url: "not a url"), channelUUID: "c",
                                                     templateUUID: "t", fields: "contacts", metadata: metadata)
        let rules = request.violations.map(\.rule)
        XCTAssertEqual(rules, ["absoluteURL", "pattern", "maxItems", "maxLength", "maxLength", "anyOf", "requires"])
    }

    func testWebhookCallbackMustBeHTTPS() {
        let request = CreateWebhookRequest(objectID: "g", objectType: .group, eventTypes: [.textMessageCreated], callBackURL: "http://example.com/hook")
        XCTAssertEqual(messages(request), [#"callBackUrl: must match ^https:// (is "http://example.com/hook")"#])
    }

    func testSecretsStayOutOfMessages() {
        var validator = Validator()
        validator.check("SENTINEL-SECRET", "token", .pattern("^x$"), .maxLength(3), secret: true)
        validator.check(Int32(9999), "pin", .maximum(10), secret: true)
        let text = validator.violations.map(\.description).joined(separator: "\n")
        XCTAssertEqual(validator.violations.count, 3)
        XCTAssertFalse(text.contains("SENTINEL") || text.contains("9999"), text)
    }
}
