import APIRuntime
import CallbellAPI
import Foundation
import KaizalaAPI
import XCTest

/// What generated endpoint functions put on the wire, and what they make of
/// the answers.
final class RequestBuildingTests: XCTestCase {
    private let endpoint = "https://kms.example/v1"

    func testSendMessageBuildsTheDocumentedRequest() async throws {
        let transport = RecordingTransport.json(#"{"referenceId":"ref-1"}"#)
        let client = KaizalaClient(accessToken: "TOKEN", serverURL: endpoint, transport: transport)
        let response = try await client.sendMessage(groupID: "g/1 ?", body: .init(message: "Hello"))
        XCTAssertEqual(response.referenceID, "ref-1")
        let request = try XCTUnwrap(transport.last)
        XCTAssertEqual(request.method, .post)
        XCTAssertEqual(request.url.absoluteString, "https://kms.example/v1/groups/g%2F1%20%3F/messages")
        XCTAssertEqual(request.headers["accessToken"], "TOKEN")
        XCTAssertEqual(request.headers["Content-Type"], "application/json")
        XCTAssertEqual(request.headers["Accept"], "application/json")
        // `sendToAllSubscribers` defaults to false on the server: not sent unless set.
        assertJSONEqual(try XCTUnwrap(request.body), Data(#"{"message":"Hello"}"#.utf8), "body")
    }

    func testServerDefaultsAreLeftToTheServer() async throws {
        let transport = RecordingTransport.json(#"{"actions":[],"hasMore":false}"#)
        let client = KaizalaClient(accessToken: "T", serverURL: endpoint, transport: transport)
        _ = try await client.listActions(groupID: "g", actionType: "Survey")
        XCTAssertEqual(transport.last?.url.query, "actionType=Survey", "count's default of 30 is the server's")
        _ = try await client.listActions(groupID: "g", actionType: "Job", fromDate: 1_500_000_000_000, count: 5)
        XCTAssertEqual(transport.last?.url.query, "actionType=Job&fromDate=1500000000000&count=5")
    }

    func testParameterLimitsAreCheckedBeforeSending() async throws {
        let transport = RecordingTransport.json("{}")
        let client = KaizalaClient(accessToken: "T", serverURL: endpoint, transport: transport)
        do {
            _ = try await client.listActions(groupID: "g", actionType: "Job", count: 0)
            XCTFail("expected a validation error")
        } catch {
            guard case .validation(let validation) = error else { return XCTFail("got \(error)") }
            XCTAssertEqual(validation.violations.map(\.description), ["count: must be at least 1 (is 0)"])
        }
        XCTAssertEqual(transport.count, 0)
    }

    func testTokenEndpointSendsCredentialsAndNoAccessToken() async throws {
        let transport = RecordingTransport.json(#"{"accessToken":"A","endpointUrl":"https://kms.example/","accessTokenExpiry":1518481686294}"#)
        let client = KaizalaClient(accessToken: "SHOULD-NOT-BE-SENT", serverURL: "https://api.kaiza.la/v1", transport: transport)
        let token = try await client.getAccessToken(applicationID: "app", applicationSecret: "secret", refreshToken: "refresh")
        XCTAssertEqual(token.accessTokenExpiry.rawValue, 1_518_481_686_294)
        let request = try XCTUnwrap(transport.last)
        XCTAssertEqual(request.url.absoluteString, "https://api.kaiza.la/v1/accessToken")
        XCTAssertNil(request.headers["accessToken"])
        XCTAssertEqual(request.headers["applicationSecret"], "secret")
        XCTAssertEqual(request.headers["refreshToken"], "refresh")
    }

    func testInvalidBodyIsNeverSent() async throws {
        let transport = RecordingTransport.json("{}")
        let client = CallbellClient(token: "T", transport: transport)
        let request = CallbellAPI.SendMessageRequest(from: "whatsapp", type: .text, content: MessageContent(text: "Hi"), channelUUID: "c",
                                                     templateUUID: "tpl")
        do {
            _ = try await client.sendMessage(body: request)
            XCTFail("expected a validation error")
        } catch {
            guard case .validation(let validation) = error else { return XCTFail("got \(error)") }
            XCTAssertEqual(validation.violations.map(\.rule), ["anyOf", "requires"])
        }
        XCTAssertEqual(transport.count, 0)
    }

    func testCallbellSendsBearerAndDecodesTheAnswer() async throws {
        let transport = RecordingTransport.json(#"{"message":{"uuid":"u1","status":"enqueued"}}"#)
        let client = CallbellClient(token: "T0K", transport: transport)
        let body = CallbellAPI.SendMessageRequest(to: "+31612345678", from: "whatsapp", type: .text, content: MessageContent(text: "Hi"), channelUUID: "c")
        let answer = try await client.sendMessage(body: body)
        XCTAssertEqual(answer.message.status, .enqueued)
        XCTAssertEqual(transport.last?.headers["Authorization"], "Bearer T0K")
        XCTAssertEqual(transport.last?.url.absoluteString, "https://api.callbell.eu/v1/messages/send")
    }

    func testNoContentAnswerNeedsNoBody() async throws {
        let transport = RecordingTransport(HTTPResponse(status: 204))
        try await CallbellClient(token: "T", transport: transport).deleteMessage(uuid: "u1")
        XCTAssertEqual(transport.last?.method, .delete)
        XCTAssertEqual(transport.last?.url.path, "/v1/messages/u1")
    }

    func testMalformedAnswerGivesDecodingErrorWithSnippet() async throws {
        let transport = RecordingTransport.json(#"{"members":[{"id":"m","role":"Admin"}],"accessToken":"LEAKED"}"#)
        let client = KaizalaClient(accessToken: "T", serverURL: endpoint, transport: transport)
        do {
            _ = try await client.listMembers(groupID: "g")
            XCTFail("expected a decoding error")
        } catch {
            guard case .decoding(let type, let path, let message, let snippet) = error else { return XCTFail("got \(error)") }
            XCTAssertEqual(type, "ListMembersResponse")
            XCTAssertEqual(path, "members[0].mobileNumber")
            XCTAssertEqual(message, "missing required key 'mobileNumber'")
            XCTAssertTrue(snippet.hasPrefix(#"{"members":[{"id":"m""#), snippet)
            XCTAssertFalse("\(error)".contains("LEAKED"), "\(error)")
        }
    }

    func testErrorStatusSaysWhatWasCalled() async throws {
        let transport = RecordingTransport.json(#"{"error":"Group not found"}"#, status: 404)
        let client = KaizalaClient(accessToken: "T", serverURL: endpoint, transport: transport)
        do {
            _ = try await client.getGroup(groupID: "missing")
            XCTFail("expected a status error")
        } catch {
            XCTAssertEqual("\(error)", #"GET /groups/{groupId} answered HTTP 404: {"error":"Group not found"}"#)
        }
    }

    func testMediaUploadIsMultipartAndChecksTheExtension() async throws {
        let transport = RecordingTransport.json(#"{"mediaResource":"res"}"#)
        let client = KaizalaClient(accessToken: "T", serverURL: endpoint, transport: transport)
        let upload = FileUpload(fileName: "photo.PNG", data: Data([0x89, 0x50, 0x4E, 0x47]))
        let uploaded = try await client.uploadMedia(files: upload)
        XCTAssertEqual(uploaded.mediaResource, "res")
        let request = try XCTUnwrap(transport.last)
        XCTAssertTrue(request.headers["Content-Type"]?.hasPrefix("multipart/form-data; boundary=") == true)
        let body = String(decoding: try XCTUnwrap(request.body), as: UTF8.self)
        XCTAssertTrue(body.contains(#"Content-Disposition: form-data; name="files"; filename="photo.PNG""#), body)
        XCTAssertTrue(body.contains("Content-Type: image/png"), body)
        do {
            _ = try await client.uploadMedia(files: FileUpload(fileName: "tool.exe", data: Data()))
            XCTFail("expected a validation error")
        } catch {
            XCTAssertEqual("\(error)", "request not sent: 1 validation error:\n  - files: must end in one of .jpg, .jpeg, .png, .mp3, .wav, .doc, .docx, .xls, .xlsx, .ppt, .pptx, .pdf, .mp4, .3gpp (is \"tool.exe\")")
        }
        XCTAssertEqual(transport.count, 1)
    }
}
