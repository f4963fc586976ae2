import APIRuntime
import Foundation
import KaizalaAPI
import LoopbackHTTPServer
import XCTest

/// The generated Kaizala client, signed in with credentials, against a fake
/// Kaizala service on 127.0.0.1: what goes on the wire and what comes back.
final class KaizalaEndToEndTests: XCTestCase {
    private let credentials = KaizalaCredentials(applicationID: FakeKaizala.applicationID, applicationSecret: FakeKaizala.applicationSecret,
                                                 refreshToken: FakeKaizala.refreshToken)

    private func client(for fake: FakeKaizala, store: (any RefreshTokenStore)? = nil) -> KaizalaClient {
        KaizalaClient(credentials: credentials, refreshTokenStore: store, serverURL: fake.baseURL + "/v1")
    }

    func testPinSignInGivesARefreshTokenThatIssuesAccessTokens() async throws {
        let fake = try FakeKaizala()
        let anonymous = KaizalaClient(serverURL: fake.baseURL + "/v1")
        try await anonymous.generatePin(body: .init(mobileNumber: "+911999999999", applicationID: FakeKaizala.applicationID))
        let login = try await anonymous.loginWithPinAndApplicationID(
            body: .init(mobileNumber: "+911999999999", applicationID: FakeKaizala.applicationID, pin: Int32(FakeKaizala.pin)))
        XCTAssertEqual(login.refreshToken, FakeKaizala.refreshToken)
        XCTAssertEqual(login.refreshTokenExpiry?.rawValue, 1_900_000_000_000)

        let signedIn = KaizalaClient(credentials: .init(applicationID: FakeKaizala.applicationID, applicationSecret: FakeKaizala.applicationSecret,
                                                        refreshToken: login.refreshToken), serverURL: fake.baseURL + "/v1")
        _ = try await signedIn.listWebhooks(objectID: "g", objectType: .group)
        XCTAssertEqual(fake.tokenCount, 1)
        XCTAssertNil(fake.requests.first { $0.path.hasSuffix("generatePin") }?.header("accessToken"))
    }

    func testWrongPinIsATypedStatusError() async throws {
        let fake = try FakeKaizala()
        let anonymous = KaizalaClient(serverURL: fake.baseURL + "/v1")
        do {
            _ = try await anonymous.loginWithPinAndApplicationID(body: .init(mobileNumber: "+911999999999", applicationID: FakeKaizala.applicationID, pin: 1))
            XCTFail("expected an error")
        } catch {
            guard case .status(let status, let method, let path, let snippet) = error else { return XCTFail("got \(error)") }
            XCTAssertEqual(status, 401)
            XCTAssertEqual("\(method) \(path)", "POST /loginWithPinAndApplicationId")
            XCTAssertTrue(snippet.contains("wrong PIN"), snippet)
            XCTAssertFalse("\(error)".contains("4321"))
        }
    }

    func testGroupMembersAndMessages() async throws {
        let fake = try FakeKaizala()
        let kaizala = client(for: fake)
        let group = try await kaizala.createGroup(body: .init(name: "Field team", welcomeMessage: "Welcome", members: ["+911000000001"], groupType: .group))
        XCTAssertEqual(group.groupName, "Field team")
        let added = try await kaizala.addMembers(groupID: group.groupID, body: .init(members: ["+911000000002", "+911000000003"]))
        XCTAssertEqual(added.result, "true")
        let members = try await kaizala.listMembers(groupID: group.groupID)
        XCTAssertEqual(members.members.map(\.mobileNumber), ["+911000000001", "+911000000002", "+911000000003"])
        XCTAssertEqual(members.members.first?.role, .admin)
        let sent = try await kaizala.sendMessage(groupID: group.groupID, body: .init(message: "Shift starts at 9", subscribers: ["+911000000002"]))
        XCTAssertEqual(sent.referenceID, "message-1")

        XCTAssertEqual(fake.tokenCount, 1, "one token serves every call")
        let token = try XCTUnwrap(fake.requests.first { $0.path == "/v1/accessToken" })
        XCTAssertEqual(token.header("applicationId"), FakeKaizala.applicationID)
        XCTAssertNil(token.header("accessToken"))
        let calls = fake.requests.filter { $0.path.hasPrefix("/kms/v1/") }
        XCTAssertEqual(calls.map { "\($0.method) \($0.path)" }, [
            "POST /kms/v1/groups", "PUT /kms/v1/groups/group-1/members", "GET /kms/v1/groups/group-1/members", "POST /kms/v1/groups/group-1/messages",
        ])
        XCTAssertEqual(Set(calls.map { $0.header("accessToken") }), ["access-1"])
        XCTAssertEqual(fake.messages.first?.body["message"] as? String, "Shift starts at 9")
        XCTAssertEqual(fake.messages.first?.body["subscribers"] as? [String], ["+911000000002"])
    }

    func testSurveyIsPostedAndAnswered() async throws {
        let fake = try FakeKaizala()
        let kaizala = client(for: fake)
        let group = try await kaizala.createGroup(body: .init(name: "Survey", welcomeMessage: "Hi"))
        let questions = (1...20).map { number in
            SurveyQuestion(title: "Question \(number)", type: number.isMultiple(of: 2) ? .singleOption : .text,
                           options: number.isMultiple(of: 2) ? [.init(title: "Yes"), .init(title: "No")] : nil)
        }
        let posted = try await kaizala.postAction(groupID: group.groupID, body: .init(action: .survey(.init(title: "Site check", questions: questions))))
        let actionID = try XCTUnwrap(posted.referenceID)
        let answers: [SurveyAnswer] = [.text("All good"), .choices(["Yes"]), .number(3), .location(.init(lt: 1.5, lg: 2.5, n: "Gate"))]
        let response = try await kaizala.respondToAction(groupID: group.groupID, actionID: actionID, body: .init(response: .survey(.init(answers: answers))))
        XCTAssertEqual(response.responseID, "response-1")

        let action = try XCTUnwrap(fake.actions.first?.body)
        XCTAssertEqual(action["actionType"] as? String, "Survey")
        let body = try XCTUnwrap(action["actionBody"] as? [String: Any])
        XCTAssertEqual((body["questions"] as? [Any])?.count, 20)
        let answer = try XCTUnwrap(fake.responses.first)
        XCTAssertEqual(answer.action, actionID)
        XCTAssertEqual(answer.body["actionType"] as? String, "Survey")
        let wireAnswers = try XCTUnwrap((answer.body["actionBody"] as? [String: Any])?["Answers"] as? [Any])
        XCTAssertEqual(wireAnswers.count, 4)
        XCTAssertEqual(wireAnswers[0] as? String, "All good")
        XCTAssertEqual(wireAnswers[1] as? [String], ["Yes"])
        XCTAssertEqual(wireAnswers[2] as? Double, 3)
        XCTAssertEqual((wireAnswers[3] as? [String: Any])?["n"] as? String, "Gate")
    }

    func testSubscribersArePagedWithTheCursor() async throws {
        let fake = try FakeKaizala(subscribers: 120)
        let kaizala = client(for: fake)
        var all: [Subscriber] = []
        var cursor: String?
        repeat {
            let page = try await kaizala.listSubscribers(groupID: "seeded", body: .init(cursor: cursor))
            all += page.subscribers
            cursor = page.cursor
        } while cursor != nil
        XCTAssertEqual(all.count, 120)
        XCTAssertEqual(Set(all.map(\.mobileNumber)).count, 120)
        let pages = fake.requests.filter { $0.path.hasSuffix("/subscribers") }.map(\.bodyText)
        XCTAssertEqual(pages, [#"{}"#, #"{"cursor":"50"}"#, #"{"cursor":"100"}"#], "count's default of 50 is the server's")
    }

    /// Reactions page with an int64 cursor in the query; the walk follows it to the last page.
    func testEveryReactionThroughThePagedWalks() async throws {
        let fake = try FakeKaizala()
        let kaizala = client(for: fake)
        var ids: [String] = []
        for try await reaction in kaizala.listReactionsItems(groupID: "seeded", referenceID: "a", sourceGroupID: "seeded", reactionType: .like) {
            ids.append(reaction.reactionID)
        }
        XCTAssertEqual(ids, (0..<5).map { "reaction-\($0)" })
        var pages = 0
        for try await page in kaizala.getGroupReactionSummaryPages(groupID: "seeded", sourceGroupID: "seeded") {
            pages += 1
            XCTAssertLessThanOrEqual(page.summary.count, 2)
        }
        XCTAssertEqual(pages, 3)
        let cursors = fake.requests.filter { $0.path.hasSuffix("/reaction/a") }.map { $0.query ?? "" }
        XCTAssertEqual(cursors.map { $0.contains("cursor=") }, [false, true, true], "the first page without a cursor, then the answer's")
    }

    /// The generated walk does the same as the loop above, through the same fake service.
    func testEverySubscriberThroughThePagedWalk() async throws {
        let fake = try FakeKaizala(subscribers: 120)
        let kaizala = client(for: fake)
        let walk = kaizala.listSubscribersItems(groupID: "seeded", body: .init())
        XCTAssertTrue(fake.requests.filter { $0.path.hasSuffix("/subscribers") }.isEmpty, "nothing sent before iteration")
        var numbers: [String] = []
        for try await subscriber in walk { numbers.append(subscriber.mobileNumber) }
        XCTAssertEqual(numbers.count, 120)
        XCTAssertEqual(Set(numbers).count, 120)
        XCTAssertEqual(fake.requests.filter { $0.path.hasSuffix("/subscribers") }.map(\.bodyText), [#"{}"#, #"{"cursor":"50"}"#, #"{"cursor":"100"}"#])
    }

    func testWebhookLifecycle() async throws {
        let fake = try FakeKaizala()
        let kaizala = client(for: fake)
        let created = try await kaizala.createWebhook(body: .init(objectID: "group-9", objectType: .group, eventTypes: [.textMessageCreated, .memberAdded],
                                                                 callBackURL: "https://example.com/hook", callBackToken: "shared"))
        var listed = try await kaizala.listWebhooks(objectID: "group-9", objectType: .group)
        XCTAssertEqual(listed.webhooks.map(\.id), [created.webhookID])
        XCTAssertEqual(listed.webhooks.first?.events, [.textMessageCreated, .memberAdded])
        try await kaizala.updateWebhook(webhookID: created.webhookID, body: .init(active: "false"))
        listed = try await kaizala.listWebhooks(objectID: "group-9", objectType: .group)
        XCTAssertEqual(listed.webhooks.first?.active, false)
        try await kaizala.deleteWebhook(webhookID: created.webhookID)
        listed = try await kaizala.listWebhooks(objectID: "group-9", objectType: .group)
        XCTAssertEqual(listed.webhooks, [])
        XCTAssertEqual(fake.requests.last?.query, "objectId=group-9&objectType=Group")
    }

    func testRevokedTokenIsRenewedOnceAndTheMessageSentOnce() async throws {
        let fake = try FakeKaizala()
        let kaizala = client(for: fake)
        let group = try await kaizala.createGroup(body: .init(name: "G", welcomeMessage: "W"))
        fake.revokeTokens()
        _ = try await kaizala.sendMessage(groupID: group.groupID, body: .init(message: "once"))
        XCTAssertEqual(fake.tokenCount, 2)
        XCTAssertEqual(fake.messages.count, 1)
        XCTAssertEqual(fake.requests.filter { $0.path.hasSuffix("/messages") }.map { $0.header("accessToken") }, ["access-1", "access-2"])
    }

    func testRotatedRefreshTokenReachesTheStoreAndIsUsedNext() async throws {
        let fake = try FakeKaizala()
        let store = InMemoryRefreshTokenStore(FakeKaizala.refreshToken)
        fake.rotateRefreshToken(to: "refresh-2")
        let kaizala = client(for: fake, store: store)
        _ = try await kaizala.listWebhooks(objectID: "g", objectType: .group)
        let saved = await store.load()
        XCTAssertEqual(saved, "refresh-2")
        fake.revokeTokens()
        _ = try await kaizala.listWebhooks(objectID: "g", objectType: .group)
        XCTAssertEqual(fake.requests.filter { $0.path == "/v1/accessToken" }.map { $0.header("refreshToken") }, ["refresh-1", "refresh-2"])
    }

    func testMovedEndpointIsFollowedAndRemembered() async throws {
        let fake = try FakeKaizala()
        let kaizala = client(for: fake)
        let group = try await kaizala.createGroup(body: .init(name: "G", welcomeMessage: "W"))
        fake.moveEndpoint()
        _ = try await kaizala.sendMessage(groupID: group.groupID, body: .init(message: "first"))
        _ = try await kaizala.sendMessage(groupID: group.groupID, body: .init(message: "second"))
        XCTAssertEqual(fake.requests.filter { $0.path.hasSuffix("/messages") }.map(\.path), [
            "/kms/v1/groups/group-1/messages", "/kms2/v1/groups/group-1/messages", "/kms2/v1/groups/group-1/messages",
        ])
        XCTAssertEqual(fake.messages.map { $0.body["message"] as? String }, ["first", "second"])
    }

    func testInvalidRequestReachesNoServer() async throws {
        let fake = try FakeKaizala()
        let kaizala = client(for: fake)
        let tooMany = (0...100).map { String(format: "+9198%08d", $0) }
        do {
            _ = try await kaizala.createGroup(body: .init(name: "G", welcomeMessage: "W", members: tooMany + ["12345"]))
            XCTFail("expected a validation error")
        } catch {
            guard case .validation(let validation) = error else { return XCTFail("got \(error)") }
            let found = validation.violations.map(\.description)
            XCTAssertTrue(found.contains { $0.hasPrefix("members: must have at most 100 items") }, "\(found)")
            XCTAssertTrue(found.contains { $0.hasPrefix("members[101]:") }, "\(found)")
        }
        XCTAssertEqual(fake.requests.count, 0, "not even a token request")
    }

    func testMissingGroupIsAStatusErrorNamingTheCall() async throws {
        let fake = try FakeKaizala()
        let kaizala = client(for: fake)
        do {
            _ = try await kaizala.listMembers(groupID: "nope")
            XCTFail("expected an error")
        } catch {
            guard case .status(404, "GET", let path, let snippet) = error else { return XCTFail("got \(error)") }
            XCTAssertEqual(path, "/groups/{groupId}/members", "the template, so errors group by operation")
            XCTAssertTrue(snippet.contains("no such group"))
            XCTAssertFalse("\(error)".contains("access-1"))
        }
    }
}
