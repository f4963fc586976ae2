@testable import APIImport
import APISpec
import XCTest

/// Docs samples into JSON: what reference pages get wrong, mended.
final class SampleCleanerTests: XCTestCase {
    private func clean(_ text: String) throws -> String {
        try JSONParser.parse(SampleCleaner.clean(text)).compactText
    }

    func testElidedMembersInBrackets() throws {
        let cleaned = SampleCleaner.clean("{\"c\": [ … ], \"d\": [1], \"a\": {\"b\": 1},\n  [...]\n}")
        XCTAssertNoThrow(try JSONParser.parse(cleaned), cleaned)
        XCTAssertTrue(cleaned.contains("\"c\": []"), cleaned)
    }

    func testJavaScriptLiterals() throws {
        XCTAssertEqual(try clean("{\n  name:\"Kaizala\", // the group\n  members:['+91'],\n  flag: true,\n}"),
                       #"{"name":"Kaizala","members":["+91"],"flag":true}"#)
        XCTAssertEqual(try clean("{\"a\": 1, /* elided */ \"b\": [1, 2,],}"), #"{"a":1,"b":[1,2]}"#)
    }

    func testMissingCommaBetweenLines() throws {
        XCTAssertEqual(try clean("{\n  \"validity\": 1568605416677\n  \"active\": true\n}"), #"{"validity":1568605416677,"active":true}"#)
    }

    func testKeyMissingItsClosingQuote() throws {
        XCTAssertEqual(try clean("{\n  \"url\": \"https://example.com/a.jpeg\",\n  \"text: \"This is my caption\"\n}"),
                       #"{"url":"https://example.com/a.jpeg","text":"This is my caption"}"#)
    }

    func testNoBreakSpacesAndElisions() throws {
        XCTAssertEqual(try clean("{\u{00a0}\u{00a0}subscribers : [\"+91\", ...]\n}"), #"{"subscribers":["+91"]}"#)
        XCTAssertEqual(try clean("{\n\u{202f}\"Active\":\u{2003}\"true\"\n}"), #"{"Active":"true"}"#, "narrow and em spaces")
    }

    func testStringsAreLeftAlone() throws {
        XCTAssertEqual(try clean(#"{"a": "it's // not a comment, ", "b": "x"}"#), #"{"a":"it's // not a comment, ","b":"x"}"#)
    }
}
