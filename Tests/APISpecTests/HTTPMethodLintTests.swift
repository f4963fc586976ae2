import APIGenerator
import APISpec
import XCTest

/// HEAD and OPTIONS operations: a HEAD answer is headers alone, so a response body on one is refused.
final class HTTPMethodLintTests: XCTestCase {
    private func codes(_ method: String, responseBody: Bool) -> [DiagnosticCode] {
        let body = responseBody ? #", "responseBody": {"fields": [{"name": "size", "type": "int64"}]}"# : ""
        let text = #"""
            {"name": "P", "baseURL": "https://x.example", "operations": [
              {"name": "op", "summary": "S.", "group": "g", "method": "\#(method)", "path": "/files"\#(body)}]}
            """#
        return Lint.diagnostics(text: text, path: "p.json").map(\.code)
    }

    func testHeadAndOptionsAreMethodsOfTheFormat() {
        XCTAssertEqual(codes("HEAD", responseBody: false), [])
        XCTAssertEqual(codes("HEAD", responseBody: true), [.noContentWithBody])
        XCTAssertEqual(codes("OPTIONS", responseBody: true), [])
        XCTAssertEqual(codes("TRACE", responseBody: false), [.unknownKeyword])
    }
}
