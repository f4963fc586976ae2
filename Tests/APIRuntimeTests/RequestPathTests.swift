import APIRuntime
import XCTest

/// Filling a path template: placeholders replaced by escaped values, the
/// rest kept byte for byte (it is walked as bytes, not characters).
final class RequestPathTests: XCTestCase {
    func testPlaceholdersAreFilledAndEscaped() {
        let request = APIRequest(.get, "/groups/{groupId}/members/{member}", path: ["groupId": "a/b?c#d", "member": "+91 99 é"])
        XCTAssertEqual(request.path, "/groups/a%2Fb%3Fc%23d/members/%2B91%2099%20%C3%A9")
        XCTAssertEqual(request.template, "/groups/{groupId}/members/{member}")
    }

    func testTemplatesWithoutOrAroundPlaceholders() {
        XCTAssertEqual(APIRequest(.get, "/plain/path").path, "/plain/path")
        XCTAssertEqual(APIRequest(.get, "{id}", path: ["id": "x"]).path, "x")
        XCTAssertEqual(APIRequest(.get, "/a/{id}.json", path: ["id": "7"]).path, "/a/7.json")
        XCTAssertEqual(APIRequest(.get, "/{a}{b}", path: ["a": "1", "b": "2"]).path, "/12")
        XCTAssertEqual(APIRequest(.get, "/é/{id}", path: ["id": "ü"]).path, "/é/%C3%BC")
    }

    func testAMissingValueLeavesAnEmptySegment() {
        XCTAssertEqual(APIRequest(.get, "/groups/{groupId}/x").path, "/groups//x")
    }
}
