import APIGenerator
import APISpec
import XCTest

/// Lint reads `null` items of `[T?]` as the client holds them: nil, equal to another nil and to no string.
final class NullItemsLintTests: XCTestCase {
    private func errors(request: String) -> [String] {
        let spec = #"{"name": "Demo", "baseURL": "https://example.com", "types": [], "operations": [{"#
            + #""name": "tag", "summary": "Tags.", "group": "tags", "method": "POST", "path": "/tags", "requestBody": {"#
            + #""fields": [{"name": "tags", "type": "[string?]", "uniqueItems": true, "items": {"maxLength": 4}}]},"#
            + #""samples": [{"title": "One", "request": \#(request)}]}]}"#
        return Lint.diagnostics(text: spec, path: "demo.json").filter { $0.severity == .error }.map(\.code.rawValue)
    }

    func testNullIsAnItemOfItsOwnForUniqueItems() {
        XCTAssertEqual(errors(request: #"{"tags": ["null", null, "a"]}"#), [])
        XCTAssertEqual(errors(request: #"{"tags": [null, "a", null]}"#), ["SampleViolatesLimit"])
    }

    func testNullPassesTheItemsLimitsAndTheOthersAreHeldToThem() {
        XCTAssertEqual(errors(request: #"{"tags": [null, "abcd"]}"#), [])
        XCTAssertEqual(errors(request: #"{"tags": [null, "abcde"]}"#), ["SampleViolatesLimit"])
    }
}
