import APIRuntime
import Foundation
import XCTest

/// Which sample answers a request: the most specific template's operation, and, where operations share a route
/// (route variants), the sample chosen for any of them.
final class SampleTransportRouteTests: XCTestCase {
    private let answers = [
        SampleAnswer(operation: "updateFile", title: "Updated", method: .put, path: "/files/{id}", status: 200,
                     body: #"{"name": "a"}"#),
        SampleAnswer(operation: "addLink", title: "Linked", method: .put, path: "/files/{id}", status: 200,
                     body: #"{"link": "https://x.example/s/1"}"#),
        SampleAnswer(operation: "addLink", title: "Gone", method: .put, path: "/files/{id}", status: 404,
                     body: #"{"error": "gone"}"#),
        SampleAnswer(operation: "getFile", title: "Found", method: .get, path: "/files/{id}", status: 200,
                     body: #"{"name": "b"}"#),
    ]

    private func answer(_ method: HTTPMethod, choosing: [String: String] = [:]) async throws -> (Int, String) {
        let request = HTTPRequest(method: method, url: try XCTUnwrap(URL(string: "https://x.example/v1/files/7")))
        let response = try await SampleTransport(answers, choosing: choosing).send(request)
        return (response.status, String(decoding: response.body, as: UTF8.self))
    }

    func testTheFirstOperationOfASharedRouteAnswersUnlessAnotherIsChosen() async throws {
        let first = try await answer(.put)
        XCTAssertEqual(first.1, #"{"name": "a"}"#)
        let chosen = try await answer(.put, choosing: ["addLink": "Linked"])
        XCTAssertEqual(chosen.1, #"{"link": "https://x.example/s/1"}"#)
        let error = try await answer(.put, choosing: ["addLink": "Gone"])
        XCTAssertEqual(error.0, 404)
        let other = try await answer(.get, choosing: ["addLink": "Linked"])
        XCTAssertEqual(other.1, #"{"name": "b"}"#, "a choice on another method's route changes nothing")
    }
}
