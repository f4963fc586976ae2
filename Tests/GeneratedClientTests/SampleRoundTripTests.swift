import APIRuntime
import CallbellAPI
import Foundation
import KaizalaAPI
import XCTest

/// Every sample in the specs is a test vector: requests encode back to the
/// sample (as JSON), responses and webhook payloads decode without losing
/// a field.
final class SampleRoundTripTests: XCTestCase {
    let kaizala: [String: Coders] = [
        "generatePin": Coders(request: GeneratePinRequest.self),
        "loginWithPinAndApplicationId": Coders(request: LoginWithPinAndApplicationIDRequest.self,
                                               response: LoginWithPinAndApplicationIDResponse.self),
        "getAccessToken": Coders(response: GetAccessTokenResponse.self),
        "createGroup": Coders(request: CreateGroupRequest.self, response: CreateGroupResponse.self),
        "listGroups": Coders(response: ListGroupsResponse.self),
        "getGroup": Coders(response: GetGroupResponse.self),
        "listSubGroups": Coders(response: ListSubGroupsResponse.self),
        "createSubGroup": Coders(request: CreateSubGroupRequest.self, response: CreateSubGroupResponse.self),
        "listMembers": Coders(response: ListMembersResponse.self),
        "addMembers": Coders(request: AddMembersRequest.self, response: AddMembersResponse.self),
        "removeMember": Coders(response: RemoveMemberResponse.self),
        "listSubscribers": Coders(request: ListSubscribersRequest.self, response: ListSubscribersResponse.self),
        "addSubscribers": Coders(request: AddSubscribersRequest.self, response: AddSubscribersResponse.self),
        "removeSubscribers": Coders(request: RemoveSubscribersRequest.self, response: RemoveSubscribersResponse.self),
        "sendMessage": Coders(request: KaizalaAPI.SendMessageRequest.self, response: KaizalaAPI.SendMessageResponse.self),
        "uploadMedia": Coders(response: UploadMediaResponse.self),
        "postAction": Coders(request: PostActionRequest.self, response: PostActionResponse.self),
        "listActions": Coders(response: ListActionsResponse.self),
        "getAction": Coders(response: GetActionResponse.self),
        "respondToAction": Coders(request: RespondToActionRequest.self, response: RespondToActionResponse.self),
        "addReaction": Coders(request: AddReactionRequest.self, response: AddReactionResponse.self),
        "getActionReactionSummary": Coders(response: GetActionReactionSummaryResponse.self),
        "getGroupReactionSummary": Coders(response: GetGroupReactionSummaryResponse.self),
        "listReactions": Coders(response: ListReactionsResponse.self),
        "createWebhook": Coders(request: CreateWebhookRequest.self, response: CreateWebhookResponse.self),
        "listWebhooks": Coders(response: ListWebhooksResponse.self),
        "updateWebhook": Coders(request: UpdateWebhookRequest.self),
    ]

    let callbell: [String: Coders] = [
        "sendMessage": Coders(request: CallbellAPI.SendMessageRequest.self, response: CallbellAPI.SendMessageResponse.self),
        "getMessageStatus": Coders(response: GetMessageStatusResponse.self),
    ]

    func testKaizalaSamples() throws {
        try check(SpecSamples(spec: "kaizala.json"), kaizala, expectedSamples: 40)
    }

    func testCallbellSamples() throws {
        try check(SpecSamples(spec: "callbell.json"), callbell, expectedSamples: 17)
    }

    func testKaizalaWebhookPayloads() throws {
        let samples = try SpecSamples(spec: "kaizala.json").webhooks
        XCTAssertEqual(samples.count, 9)
        for sample in samples {
            let payload = try XCTUnwrap(sample.response)
            assertJSONEqual(try roundTrip(WebhookEvent.self, payload), payload, "webhook sample '\(sample.title)'")
        }
    }

    private func check(_ samples: SpecSamples, _ table: [String: Coders], expectedSamples: Int, file: StaticString = #filePath) throws {
        XCTAssertEqual(samples.operations.count, expectedSamples, "sample count changed: update the table", file: file)
        for sample in samples.operations {
            guard let coders = table[sample.operation] else {
                XCTFail("no coders for operation '\(sample.operation)'; add it to the table", file: file)
                continue
            }
            let label = "\(sample.operation) / \(sample.title)"
            if let request = sample.request {
                let type = try XCTUnwrap(coders.request, "\(label): sample has a request but the operation has no request type")
                assertJSONEqual(try roundTrip(type, request), request, "request of \(label)", file: file)
            }
            if let response = sample.response, let type = coders.response {
                assertJSONEqual(try roundTrip(type, response), response, "response of \(label)", file: file)
            }
        }
    }
}
