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

    /// A multipart body's sample gives its parts by name, a file by its name: each is checked as the client checks
    /// the part it builds, the file name's extension included.
    func testAMultipartSampleIsCheckedPartByPart() {
        let post = { (sample: String) -> [DiagnosticCode] in
            let text = #"""
                {"name": "P", "baseURL": "https://x.example",
                 "types": [{"name": "Frame", "fields": [{"name": "lt", "type": "int32", "maximum": 10}]}],
                 "operations": [{"name": "op", "summary": "S.", "group": "g", "method": "POST", "path": "/files",
                   "requestBody": {"contentType": "multipart", "fields": [
                     {"name": "scan", "type": "file", "fileExtensions": ["pdf"]},
                     {"name": "pages", "type": "[file]", "optional": true, "items": {"fileExtensions": ["png"]}},
                     {"name": "caption", "type": "string", "maxLength": 5},
                     {"name": "frame", "type": "Frame", "optional": true}]},
                   "samples": [{"title": "A", "request": \#(sample)}]}]}
                """#
            return Lint.diagnostics(text: text, path: "p.json").map(\.code)
        }
        XCTAssertEqual(post(#"{"scan": "a.pdf", "pages": ["1.png"], "caption": "hi", "frame": {"lt": 3}}"#), [])
        XCTAssertEqual(post(#"{"scan": "a.gif", "caption": "hi"}"#), [.sampleViolatesLimit], "the file's extension")
        XCTAssertEqual(post(#"{"scan": "a.pdf", "pages": ["1.png", "2.jpg"], "caption": "hi"}"#),
                       [.sampleViolatesLimit], "a listed file's")
        XCTAssertEqual(post(#"{"scan": "a.pdf", "caption": "too long"}"#), [.sampleViolatesLimit])
        XCTAssertEqual(post(#"{"scan": "a.pdf", "caption": "hi", "frame": {"lt": 30}}"#), [.sampleViolatesLimit],
                       "a JSON part's own limits")
        XCTAssertEqual(post(#"{"scan": 7, "caption": "hi"}"#), [.sampleKindMismatch], "a file is given by its name")
        XCTAssertEqual(post(#"{"caption": "hi"}"#), [.sampleMissingField])
        // No extension listed: the client checks none, nor does lint.
        let open = #"""
            {"name": "P", "baseURL": "https://x.example", "operations": [{"name": "op", "summary": "S.", "group": "g",
              "method": "POST", "path": "/files", "requestBody": {"contentType": "multipart", "fields": [
                {"name": "scan", "type": "file", "fileExtensions": []}]},
              "samples": [{"title": "A", "request": {"scan": "a.gif"}}]}]}
            """#
        XCTAssertEqual(Lint.diagnostics(text: open, path: "p.json").map(\.code), [])
    }
}
