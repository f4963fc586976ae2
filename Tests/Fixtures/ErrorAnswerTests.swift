import APIRuntime
import Foundation
import XCTest

/// The Checks fixture's `listNotes` documents bodies for 404, for other 4xx answers and for any other error:
/// the client decodes them into `APIError.answered`, the exact status before its class before `default`, and
/// an answer whose body is not as documented still tells its status.
final class ErrorAnswerTests: XCTestCase {
    /// Answers every request with one status and body; the first page links to a second.
    struct Answering: Transport {
        let status: Int
        let body: String
        let firstPage: String?

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            let headers = [HTTPHeader("Content-Type", "application/json"), HTTPHeader("X-Reason", "tag unknown"),
                           HTTPHeader("Set-Cookie", "session=SECRET"), HTTPHeader("X-Access-Token", "SECRET")]
            if let firstPage, !request.url.absoluteString.contains("page=2") {
                return HTTPResponse(status: 200, headers: headers, body: Data(firstPage.utf8))
            }
            return HTTPResponse(status: status, headers: headers, body: Data(body.utf8))
        }
    }

    private func failure(_ status: Int, _ body: String, onSecondPage: Bool = false) async -> APIError? {
        let firstPage = onSecondPage ? #"{"notes": ["a"], "links": {"next": "https://checks.example/notes?page=2"}}"# : nil
        let client = ChecksClient(client: APIClient(serverURL: "https://checks.example",
                                                    transport: Answering(status: status, body: body, firstPage: firstPage),
                                                    retryPolicy: .none))
        do {
            if onSecondPage {
                for try await _ in client.listNotesPages() {}
            } else {
                _ = try await client.listNotes(tag: "x")
            }
            XCTFail("HTTP \(status) did not throw")
            return nil
        } catch {
            return error as? APIError
        }
    }

    func testAnExactStatusIsReadAsItsTypeWithSecretsMaskedInItsSnippet() async throws {
        let error = await failure(404, #"{"message": "no tag x", "ticket": "T-SECRET-1"}"#)
        guard case .answered(let answer)? = error else { return XCTFail("got \(String(describing: error))") }
        XCTAssertEqual(answer.status, 404)
        XCTAssertEqual(answer.path, "/notes")
        XCTAssertEqual(answer.body(as: Problem.self)?.message, "no tag x")
        XCTAssertEqual(answer.body(as: Problem.self)?.ticket, "T-SECRET-1")
        XCTAssertNil(answer.body(as: [String].self))
        XCTAssertFalse("\(answer)".contains("T-SECRET-1"), "\(answer)")
        XCTAssertEqual(answer.headers["x-reason"], "tag unknown", "the answer's headers, by name without case")
        XCTAssertFalse("\(answer)".contains("tag unknown"), "headers are not printed")
        XCTAssertEqual(answer.headers.map(\.name), ["Content-Type", "X-Reason"], "no header that may hold a credential")
        XCTAssertFalse(answer.bodySnippet.contains("T-SECRET-1"), answer.bodySnippet)
    }

    func testAClassAndDefaultCatchTheOtherStatuses() async {
        guard case .answered(let client)? = await failure(422, #"["name is empty"]"#) else { return XCTFail("422") }
        XCTAssertEqual(client.body(as: [String].self), ["name is empty"])
        guard case .answered(let busy)? = await failure(503, #"{"message": "later"}"#) else { return XCTFail("503") }
        XCTAssertEqual(busy.body(as: Problem.self)?.message, "later", "a second status of one type")
        guard case .answered(let server)? = await failure(500, #"{"oops": 1}"#) else { return XCTFail("500") }
        XCTAssertEqual(server.body(as: JSONValue.self), .object(["oops": .integer(1)]))
        guard case .answered(let redirect)? = await failure(303, "7") else { return XCTFail("303") }
        XCTAssertEqual(redirect.body(as: JSONValue.self), .integer(7))
    }

    func testABodyUnlikeTheDocsOrAStatusWithoutATypeArrivesAsStatus() async {
        for (status, body) in [(404, #"{"detail": "no message"}"#), (409, "<html>busy</html>"), (410, #"{"message": "gone"}"#)] {
            guard case .status(let code, _, let path, let snippet)? = await failure(status, body) else {
                XCTFail("HTTP \(status) \(body) was not .status")
                continue
            }
            XCTAssertEqual(code, status)
            XCTAssertEqual(path, "/notes")
            XCTAssertEqual(snippet, body)
        }
    }

    /// A sample of an error answer (`"status": 404`) is one `SampleTransport` answers with that status when chosen;
    /// left to itself it answers the first success sample.
    func testASampleTransportAnswersTheSuccessSampleUnlessAnErrorOneIsChosen() async throws {
        let plain = ChecksClient(client: APIClient(serverURL: "https://checks.example", transport: SampleTransport(ChecksClient.samples)))
        let notes = try await plain.listNotes()
        XCTAssertEqual(notes.notes, ["a", "b"])
        let missing = ChecksClient(client: APIClient(serverURL: "https://checks.example",
                                                     transport: SampleTransport(ChecksClient.samples, choosing: ["listNotes": "No such tag"])))
        do {
            _ = try await missing.listNotes()
            XCTFail("the chosen 404 sample did not throw")
        } catch {
            guard case .answered(let answer) = error else { return XCTFail("got \(error)") }
            XCTAssertEqual(answer.status, 404)
            XCTAssertEqual(answer.body(as: Problem.self)?.message, "no tag x")
        }
    }

    func testAPageAtAnAddressTheAnswerGaveReadsErrorBodiesToo() async {
        let error = await failure(404, #"{"message": "page gone"}"#, onSecondPage: true)
        guard case .answered(let answer)? = error else { return XCTFail("got \(String(describing: error))") }
        XCTAssertEqual(answer.body(as: Problem.self)?.message, "page gone")
    }
}
