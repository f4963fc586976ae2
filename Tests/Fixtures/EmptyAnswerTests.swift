import APIRuntime
import Foundation
import XCTest

/// The Checks fixture's `getRoster` documents two successes besides its 200 that carry nothing to return (a 202
/// "being built" and a 204 "no roster", marked `empty`) and one read as the success is (a 203 cached copy): the
/// call gives nil on the first two, whatever their bodies, and the roster on the others.
final class EmptyAnswerTests: XCTestCase {
    struct Answering: Transport {
        let status: Int
        let body: String

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            HTTPResponse(status: status, headers: [HTTPHeader("Content-Type", "application/json")], body: Data(body.utf8))
        }
    }

    private func roster(_ status: Int, _ body: String) async throws(APIError) -> Roster? {
        let client = ChecksClient(client: APIClient(serverURL: "https://checks.example",
                                                    transport: Answering(status: status, body: body), retryPolicy: .none))
        return try await client.getRoster()
    }

    func testTheSuccessAndOneReadAsItAreDecoded() async throws {
        let body = #"{"members": [{"name": "Al"}, null], "nicknames": {}}"#
        let fresh = try await roster(200, body)
        XCTAssertEqual(fresh?.members, [Person(name: "Al"), nil])
        let cached = try await roster(203, body)
        XCTAssertEqual(cached?.members, [Person(name: "Al"), nil])
    }

    func testAnEmptyAnswerGivesNilWhateverItsBody() async throws {
        for (status, body) in [(202, "{}"), (202, #"{"message": "building"}"#), (204, ""), (204, "not json")] {
            let value = try await roster(status, body)
            XCTAssertNil(value, "\(status) \(body)")
        }
    }

    func testOtherAnswersAreAsBefore() async {
        do {
            _ = try await roster(203, "")
            XCTFail("a 203 without a body was decoded")
        } catch {
            guard case .decoding = error else { return XCTFail("203: \(error)") }
        }
        do {
            _ = try await roster(404, #"{"message": "no team"}"#)
            XCTFail("a 404 did not throw")
        } catch {
            guard case .answered(let answer) = error else { return XCTFail("404: \(error)") }
            XCTAssertEqual(answer.body(as: Problem.self)?.message, "no team")
        }
    }
}
