import APISpec
import XCTest

/// The spec's type syntax: names, `[T]` arrays and `{T}` maps, spaces
/// around the brackets allowed (ASCII text takes a byte-wise path).
final class TypeReferenceParsingTests: XCTestCase {
    func testScalarsNamesArraysAndMaps() {
        XCTAssertEqual(TypeReference.parse("string"), .scalar(.string))
        XCTAssertEqual(TypeReference.parse("Group"), .named("Group"))
        XCTAssertEqual(TypeReference.parse("[string]"), .array(.scalar(.string)))
        XCTAssertEqual(TypeReference.parse(" { [ Group_2 ] } "), .map(.array(.named("Group_2"))))
        XCTAssertEqual(TypeReference.parse("[{int32}]"), .array(.map(.scalar(.int32))))
        XCTAssertEqual(TypeReference.parse("Gruppe_é"), .named("Gruppe_é"))
        XCTAssertEqual(TypeReference.parse("[Gruppé]"), .array(.named("Gruppé")))
    }

    func testMalformedTextIsRefused() {
        for text in ["", " ", "[]", "{}", "[string", "string]", "[string}", "2fa", "_x", "a-b", "a b", "[[a]", "é-x", "[ ]"] {
            XCTAssertNil(TypeReference.parse(text), text)
        }
        let deep = String(repeating: "[", count: TypeReference.maximumNesting + 1) + "a" + String(repeating: "]", count: TypeReference.maximumNesting + 1)
        XCTAssertNil(TypeReference.parse(deep))
        let deepest = String(repeating: "[", count: TypeReference.maximumNesting) + "a" + String(repeating: "]", count: TypeReference.maximumNesting)
        XCTAssertNotNil(TypeReference.parse(deepest))
    }
}
