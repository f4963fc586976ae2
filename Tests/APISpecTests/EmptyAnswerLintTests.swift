import APIGenerator
import APISpec
import XCTest

/// `empty` on a status: another success than the operation's own, on an operation that returns something (a value, a
/// file or a page).
final class EmptyAnswerLintTests: XCTestCase {
    private func codes(_ statuses: String, response: String? = #"{"type": "int64"}"#, extra: String = "",
                       file: StaticString = #filePath, line: UInt = #line) -> [DiagnosticCode] {
        let body = response.map { #", "responseBody": \#($0)"# } ?? ""
        let text = #"""
            {"name": "P", "baseURL": "https://x.example", "operations": [
              {"name": "op", "summary": "S.", "group": "g", "method": "GET", "path": "/files"\#(body),
               "statuses": [\#(statuses)]\#(extra)}]}
            """#
        return Lint.diagnostics(text: text, path: "p.json").map(\.code)
    }

    func testAnotherExactSuccessMayBeEmpty() {
        XCTAssertEqual(codes(#"{"code": 204, "empty": true}, {"code": 202, "empty": true}"#), [])
        // Unmarked, a 204 beside a body fails to decode: lint says so.
        XCTAssertEqual(codes(#"{"code": 204, "empty": false}"#), [.emptyAnswerNotMarked])
        XCTAssertEqual(codes(#"{"code": 202, "description": "Read as the success."}"#), [])
    }

    func testErrorsRangesAndTheSuccessItselfAreNot() {
        for status in [#"{"code": 404, "empty": true}"#, #"{"code": "2XX", "empty": true}"#,
                       #"{"code": "default", "empty": true}"#, #"{"code": 200, "empty": true}"#] {
            XCTAssertEqual(codes(status), [.emptyAnswerNotApplicable], status)
        }
    }

    func testTheOperationMustReturnSomething() {
        let empty = #"{"code": 204, "empty": true}"#
        XCTAssertEqual(codes(empty, response: nil), [.emptyAnswerNotApplicable], "no result")
        XCTAssertEqual(codes(empty, response: #"{"type": "file"}"#), [], "a file: nil, not an empty file")
        let paged = #", "parameters": [{"name": "page", "in": "query", "type": "int32", "optional": true}], "#
            + #""pagination": {"style": "page", "parameter": "page", "items": "items", "end": "shortPage"}"#
        XCTAssertEqual(codes(empty, response: #"{"fields": [{"name": "items", "type": "[string]"}]}"#, extra: paged),
                       [], "a page: the walk ends there")
    }

    func testTheMarkIsWrittenBackAsRead() throws {
        let text = #"""
            {"name": "P", "baseURL": "https://x.example", "operations": [
              {"name": "op", "summary": "S.", "group": "g", "method": "GET", "path": "/files",
               "responseBody": {"type": "int64"}, "statuses": [{"code": 204, "description": "None yet.", "empty": true}]}]}
            """#
        let spec = try XCTUnwrap(SpecLoader.load(text: text, path: "p.json").specification)
        XCTAssertEqual(spec.operations[0].emptyAnswerStatuses, [204])
        let written = SpecWriter.text(of: spec)
        XCTAssertTrue(written.contains(#""empty": true"#), written)
        let reread = try XCTUnwrap(SpecLoader.load(text: written, path: "q.json").specification)
        XCTAssertEqual(reread.operations[0].emptyAnswerStatuses, [204])
        XCTAssertEqual(reread.operations[0].statuses.map(\.description), ["None yet."])
    }
}
