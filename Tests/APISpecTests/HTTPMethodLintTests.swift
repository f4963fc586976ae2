import APIGenerator
import APISpec
import XCTest

/// HEAD and OPTIONS operations: a HEAD answer is headers alone, so a response body on one is refused; a GET or HEAD
/// request carries no body.
final class HTTPMethodLintTests: XCTestCase {
    private func codes(_ method: String, responseBody: Bool = false, requestBody: Bool = false) -> [DiagnosticCode] {
        var body = responseBody ? #", "responseBody": {"fields": [{"name": "size", "type": "int64"}]}"# : ""
        if requestBody { body += #", "requestBody": {"fields": [{"name": "query", "type": "string"}]}"# }
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

    func testGetAndHeadRequestsCarryNoBody() {
        XCTAssertEqual(codes("GET", requestBody: true), [.requestBodyNotApplicable])
        XCTAssertEqual(codes("HEAD", requestBody: true), [.requestBodyNotApplicable])
        for method in ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"] {
            XCTAssertEqual(codes(method, requestBody: true), [], method)
        }
    }
}
