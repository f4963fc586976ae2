import APIGenerator
import APISpec
import XCTest

/// A file is a whole answer (a download) or a multipart field, never a value inside JSON; a JSON sample cannot show
/// a file answer.
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
        XCTAssertEqual(codes(#""requestBody": {"type": "file"}"#), [.requestBodyNotApplicable, .fileOutsideMultipart])
        XCTAssertEqual(codes(#""responseBody": {"type": "file"}, "samples": [{"title": "A", "response": "PK"}]"#),
                       [.sampleKindMismatch])
        XCTAssertEqual(codes(#""responseBody": {"type": "file"}, "successStatus": 204"#), [.noContentWithBody])
    }
}
