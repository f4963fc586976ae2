import APIRuntime
import Foundation
import XCTest

/// The runtime's encoder must write exactly what Foundation's `JSONEncoder`
/// (as `JSONCoding.encoder` sets it up) writes: request bodies, and the
/// tests and servers that compare them, must not change with the encoder.
final class StreamingEncoderTests: XCTestCase {
    private func assertSameBytes<Value: Encodable>(_ value: Value, file: StaticString = #filePath, line: UInt = #line) {
        do {
            let ours = String(decoding: try JSONCoding.encode(value), as: UTF8.self)
            let foundation = String(decoding: try JSONCoding.encoder.encode(value), as: UTF8.self)
            XCTAssertEqual(ours, foundation, file: file, line: line)
        } catch {
            XCTFail("\(error)", file: file, line: line)
        }
    }

    func testStringsAreEscapedAsFoundationEscapesThem() {
        let controls = String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) })
        assertSameBytes(["plain", "quote \" backslash \\ slash /", controls, "\u{7F} é 😀 \u{2028} e\u{301}", ""])
    }

    func testNumbersAreSpelledAsFoundationSpellsThem() {
        assertSameBytes([0, 1, -1, Int.max, Int.min, 42])
        assertSameBytes([Int64.min, Int64.max, 9_007_199_254_740_993])
        assertSameBytes([Int8.min, Int8.max])
        assertSameBytes([UInt64.max, 0])
        assertSameBytes([1.0, 1.5, -0.0, 0.1, 1e20, 1e21, 1e-7, 123456789012345680.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude, -2.5e-300])
        assertSameBytes([Float(1), 0.1, 3.4e38, -7.25])
        assertSameBytes(["small": Int32(-5), "large": Int32.max])
    }

    func testMembersAreSortedByKeyIncludingMapsAndNonASCIIKeys() {
        let keys = ["b", "B", "a10", "a9", "_x", "Z", "é", "e\u{301}x", "e", "ab", "a", "A", "1", "~", "ü", "z"]
        assertSameBytes(Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) }))
        assertSameBytes(["outer": ["z": [1, 2], "a": [3]], "inner": ["y": [4], "x": []]])
        assertSameBytes(["y": ["b": true, "a": false], "x": [:]])
    }

    func testFoundationTypesAreSpelledAsTheRuntimeCoderSpellsThem() {
        assertSameBytes(["date": Date(timeIntervalSince1970: 1_700_000_000.25)])
        assertSameBytes([URL(string: "https://example.com/a/b?c=d")!])
        assertSameBytes([Data([0, 1, 2, 250, 251, 252])])
        assertSameBytes([Decimal(string: "12.50")!, Decimal(string: "-0.001")!])
    }

    func testOptionalsNullsAndFreeFormValues() {
        let free: JSONValue = .object(["n": .null, "list": .array([.integer(9_007_199_254_740_993), .number(2.5), .string("x"), .bool(true)]),
                                       "nested": .object(["b": .integer(1), "a": .integer(2)])])
        assertSameBytes(free)
        assertSameBytes([Optional(1), nil, 3])
        assertSameBytes(Optional<String>.none)
        assertSameBytes("a top-level string")
        assertSameBytes(Nullable<String>.null)
    }

    private struct Flattened: Encodable {
        enum OuterKeys: String, CodingKey { case zeta, alpha }
        enum InnerKeys: String, CodingKey { case kind, beta, alpha }
        func encode(to encoder: any Encoder) throws {
            var outer = encoder.container(keyedBy: OuterKeys.self)
            try outer.encode("first", forKey: .zeta)
            try outer.encode("replaced", forKey: .alpha)
            // A second container for the same value writes into the same object.
            var inner = encoder.container(keyedBy: InnerKeys.self)
            try inner.encode("variant", forKey: .kind)
            try inner.encode(["x": 1], forKey: .beta)
            try inner.encode("last wins", forKey: .alpha)
        }
    }

    private struct Nesting: Encodable {
        enum Keys: String, CodingKey { case list, object, after, base }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(1)
            var inList = list.nestedContainer(keyedBy: Keys.self)
            try inList.encode(true, forKey: .after)
            try list.encode("three")
            var object = container.nestedContainer(keyedBy: Keys.self, forKey: .object)
            try object.encode([[1], []], forKey: .list)
            try container.encode(Empty(), forKey: .after)
            try ["written": "later"].encode(to: container.superEncoder(forKey: .base))
            try container.encodeNil(forKey: .base)
        }
    }

    private struct Empty: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    func testContainersUsedAsSynthesizedAndHandWrittenCodeUsesThem() {
        assertSameBytes(Flattened())
        assertSameBytes([Flattened(), Flattened()])
        assertSameBytes(["nothing": Empty()])
        assertSameBytes([Empty()])
    }

    func testNestedAndSuperContainersCloseInTheRightPlace() throws {
        // Foundation keeps the first of two values for a key here (super
        // encoders are merged last), so compare with the JSON meant instead.
        let text = String(decoding: try JSONCoding.encode(Nesting()), as: UTF8.self)
        XCTAssertEqual(text, #"{"after":{},"base":null,"list":[1,{"after":true},"three"],"object":{"list":[[1],[]]}}"#)
    }

    func testWhatJSONCannotSpellIsAnErrorWithItsPath() {
        struct Measured: Encodable { var values: [String: Double] }
        XCTAssertThrowsError(try JSONCoding.encode(Measured(values: ["ratio": .nan]))) { error in
            guard case EncodingError.invalidValue(_, let context) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(context.codingPath.map(\.stringValue), ["values", "ratio"])
        }
        XCTAssertThrowsError(try JSONCoding.encode(Empty()))
        XCTAssertThrowsError(try JSONCoding.encode([Double.infinity]))
    }
}
