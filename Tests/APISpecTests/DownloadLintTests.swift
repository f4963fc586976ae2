import APIGenerator
import APISpec
import XCTest

/// A file is a whole answer (a download), a whole request body (an upload) or a multipart field, never a value inside
/// JSON; a JSON sample cannot show a file.
final class DownloadLintTests: XCTestCase {
    private func codes(_ operation: String) -> [DiagnosticCode] {
        let text = #"""
            {"name": "P", "baseURL": "https://x.example", "operations": [
              {"name": "op", "summary": "S.", "group": "g", "method": "GET", "path": "/files", \#(operation)}]}
            """#
        return Lint.diagnostics(text: text, path: "p.json").map(\.code)
    }

    func testAFileIsAWholeAnswerAndHasNoJSONSample() {
        XCTAssertEqual(codes(#""responseBody": {"type": "file"}"#), [])
        XCTAssertEqual(codes(#""responseBody": {"type": "[file]"}"#), [.fileOutsideMultipart])
        XCTAssertEqual(codes(#""requestBody": {"type": "file"}"#), [.requestBodyNotApplicable], "a GET sends no body")
        XCTAssertEqual(codes(#""responseBody": {"type": "file"}, "samples": [{"title": "A", "response": "PK"}]"#),
                       [.sampleKindMismatch])
        XCTAssertEqual(codes(#""responseBody": {"type": "file"}, "successStatus": 204"#), [.noContentWithBody])
    }

    /// A whole request body may be a file too (an upload), sent as its bytes: not in a form, not shown by JSON.
    func testAFileIsAWholeRequestBodyAndHasNoJSONSample() {
        let post = { (body: String) -> [DiagnosticCode] in
            let text = #"""
                {"name": "P", "baseURL": "https://x.example", "operations": [
                  {"name": "op", "summary": "S.", "group": "g", "method": "POST", "path": "/files", \#(body)}]}
                """#
            return Lint.diagnostics(text: text, path: "p.json").map(\.code)
        }
        XCTAssertEqual(post(#""requestBody": {"type": "file"}"#), [])
        XCTAssertEqual(post(#""requestBody": {"type": "[file]"}"#), [.fileOutsideMultipart])
        XCTAssertEqual(post(#""requestBody": {"type": "file", "contentType": "form"}"#), [.formBodyNotApplicable])
        XCTAssertEqual(post(#""requestBody": {"type": "file"}, "samples": [{"title": "A", "request": "PK"}]"#),
                       [.sampleKindMismatch])
    }
}
