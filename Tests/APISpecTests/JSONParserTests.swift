import APISpec
import XCTest

final class JSONParserTests: XCTestCase {
    func testValuesKeepTheirLineAndColumn() throws {
        let node = try JSONParser.parse("{\n  \"a\": [1, true],\n  \"b\": {\"c\": null}\n}")
        let members = try XCTUnwrap(node.members)
        XCTAssertEqual(members.map(\.key), ["a", "b"])
        XCTAssertEqual(members[0].keyLocation, SourceLocation(line: 2, column: 3))
        XCTAssertEqual(members[0].value.location, SourceLocation(line: 2, column: 8))
        XCTAssertEqual(members[0].value.elements?[1].location, SourceLocation(line: 2, column: 12))
        XCTAssertEqual(members[1].value.members?[0].value.location, SourceLocation(line: 3, column: 14))
    }

    func testNumbersKeepTheirSourceText() throws {
        let node = try JSONParser.parse("[636674054802000000, -0.5e3, 15.0]")
        XCTAssertEqual(node.elements?.map(\.value), [.number("636674054802000000"), .number("-0.5e3"), .number("15.0")])
    }

    func testEscapesAndSurrogatePairsDecode() throws {
        let node = try JSONParser.parse(#""a\"b\\c\/\n\u00e9\ud83d\ude00""#)
        XCTAssertEqual(node.stringValue, "a\"b\\c/\né😀")
    }

    func testCompactTextRoundTrips() throws {
        let text = #"{"b":[1,{"c":"x\ny"}],"a":null}"#
        XCTAssertEqual(try JSONParser.parse(text).compactText, text)
    }

    func testSyntaxErrorsArePositioned() {
        let cases: [(String, String, Int, Int)] = [
            ("{\"a\": 1,}", "expected a string key in object, found character '}'", 1, 9),
            ("[1 2]", "expected ',' or ']' in array, found character '2'", 1, 4),
            ("{\"a\": tru}", "expected a value, found character 't'", 1, 7),
            ("01", "numbers may not have leading zeros", 1, 1),
            ("\"\\x\"", "invalid escape '\\x' in string", 1, 3),
            ("[1]\n x", "unexpected character 'x' after the end of the JSON value", 2, 2),
            ("", "expected a value, found end of file", 1, 1),
        ]
        for (text, message, line, column) in cases {
            XCTAssertThrowsError(try JSONParser.parse(text), text) { error in
                guard let error = error as? JSONParser.SyntaxError else { return XCTFail("wrong error type") }
                XCTAssertEqual(error.message, message, text)
                XCTAssertEqual(error.location, SourceLocation(line: line, column: column), text)
            }
        }
    }

    func testDeepNestingIsRefusedNotCrashed() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        XCTAssertThrowsError(try JSONParser.parse(text))
    }
}
