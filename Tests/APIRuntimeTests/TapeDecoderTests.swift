import APIRuntime
import Foundation
import XCTest

/// The runtime's decoder must give the values Foundation's `JSONDecoder`
/// (as `JSONCoding.decoder` sets it up) gives, and fail where it fails,
/// with an error of the same kind at the same coding path.
final class TapeDecoderTests: XCTestCase {
    private typealias Outcome = DecodingOutcome

    private func outcome<Value: Decodable & Hashable>(_ decode: () throws -> Value) -> Outcome { .of(decode) }

    private func runtime<Value: Decodable & Hashable>(_ type: Value.Type, _ json: String) -> Outcome {
        outcome { try JSONCoding.decodeValue(Value.self, from: Data(json.utf8)) }
    }

    private func assertSame<Value: Decodable & Hashable>(_ type: Value.Type, _ inputs: [String], file: StaticString = #filePath, line: UInt = #line) {
        for json in inputs {
            let foundation = outcome { try JSONCoding.decoder.decode(Value.self, from: Data(json.utf8)) }
            XCTAssertEqual(runtime(Value.self, json), foundation, "\(json) as \(Value.self)", file: file, line: line)
        }
    }

    private struct Member: Codable, Hashable {
        var id: String
        var role: String?
        var count: Int32?
        var tags: [String]?
        var ratio: Double?
        var nested: [String: [Int]]?
    }

    func testPlainValuesAndTheirMismatches() {
        let kinds = ["\"x\"", "1", "-0", "1.5", "true", "false", "null", "[]", "{}", "[1,2]", "{\"a\":1}"]
        assertSame(String.self, kinds + ["\"\\ud83d\\ude00 \\u00e9\\/\\n\\t\\\"\"", "\"é😀\"", "\"\""])
        assertSame(Int.self, kinds + ["1.0", "1e2", "1E+2", "-9223372036854775808", "9223372036854775807", " 5 "])
        assertSame(Int32.self, ["2147483647", "-2147483648", "12"])
        assertSame(UInt64.self, ["18446744073709551615", "0", "-0"])
        assertSame(Double.self, kinds + ["1e-7", "123456789012345678901234", "-0.0", "4.9e-324", "1.7976931348623157e308"])
        assertSame(Float.self, ["0.1", "3.4e38", "1"])
        assertSame(Bool.self, kinds)
        assertSame([Int].self, kinds + ["[1,null]", "[1,]", "[[1]]"])
        assertSame([Int?].self, ["[1,null,3]"])
        assertSame([String: Int].self, kinds + ["{\"a\":1,\"b\":2}", "{\"a\":1,}", "{\"é\":1,\"ü\":2}"])
    }

    func testObjectsMissingMembersNullsAndDeepPaths() {
        assertSame(Member.self, [
            #"{"id":"a"}"#, #"{"id":"a","role":null,"count":null}"#, #"{"count":5,"id":"b","role":"admin"}"#,
            #"{"role":"x"}"#, #"{"id":null}"#, #"{"id":5}"#, #"{"id":"a","count":"5"}"#, #"{"id":"a","tags":["x",5]}"#,
            #"{"id":"a","nested":{"k":[1,"2"]}}"#, #"{"id":"a","nested":{"k":[1,2],"j":[]}}"#, #"{"id":"a","ratio":2}"#,
            #"{"id":"a","extra":{"deep":[1,{"x":null}]},"role":"r"}"#, "[]", "null",
        ])
        assertSame([Member].self, [#"[{"id":"a"},{"id":"b","count":1}]"#, #"[{"id":"a"},{"role":"b"}]"#, #"[{"id":"a"},null]"#])
    }

    /// Optional members of rarer types go through the protocol's default lookups.
    private struct Rare: Codable, Hashable {
        var small: UInt8?
        var ratio: Float?
        var wide: UInt64?
    }

    func testOptionalMembersOfRarerTypes() {
        assertSame(Rare.self, [#"{"small":7,"ratio":0.5,"wide":18446744073709551615}"#, "{}", #"{"small":null}"#, #"{"ratio":"x"}"#])
        // Too large or negative: named at its path (Foundation: "not valid JSON" at the top).
        XCTAssertEqual(runtime(Rare.self, #"{"small":300}"#), .failure(kind: "dataCorrupted", path: "small"))
        XCTAssertEqual(runtime(Rare.self, #"{"wide":-1}"#), .failure(kind: "dataCorrupted", path: "wide"))
    }

    private struct Accented: Codable, Hashable {
        var café: Int
    }

    func testKeysMatchAsSwiftTextMatchesEitherSpellingOfAnAccent() {
        assertSame(Accented.self, [#"{"café":1}"#, #"{"cafe\u0301":2}"#, "{\"cafe\u{301}\":3}", #"{"cafe":4}"#])
        XCTAssertEqual(runtime(Accented.self, "{\"cafe\u{301}\":3}"), .value(AnyHashable(Accented(café: 3))))
    }

    /// Decoded by hand through every kind of container a `Decoder` offers.
    private struct HandDecoded: Decodable, Hashable {
        var first: Int
        var listed: [String]
        var fromSuper: String
        var fromNamedSuper: Int
        var nullCount: Int

        private enum Keys: String, CodingKey { case nested, list, `super`, base, items }
        private enum Inner: String, CodingKey { case first }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            first = try container.nestedContainer(keyedBy: Inner.self, forKey: .nested).decode(Int.self, forKey: .first)
            var list = try container.nestedUnkeyedContainer(forKey: .list)
            var listed: [String] = []
            var nullCount = 0
            while !list.isAtEnd {
                if try list.decodeNil() { nullCount += 1; continue }
                if var inner = try? list.nestedUnkeyedContainer() {
                    while !inner.isAtEnd { listed.append(try inner.decode(String.self)) }
                } else {
                    listed.append(try list.decode(String.self))
                }
            }
            self.listed = listed
            self.nullCount = nullCount
            fromSuper = try container.superDecoder().singleValueContainer().decode(String.self)
            fromNamedSuper = try container.superDecoder(forKey: .base).container(keyedBy: Inner.self).decode(Int.self, forKey: .first)
        }
    }

    func testNestedAndSuperContainersReadAsFoundationReadsThem() {
        assertSame(HandDecoded.self, [
            #"{"nested":{"first":1},"list":["a",null,["b","c"],"d"],"super":"s","base":{"first":2}}"#,
            #"{"nested":{"first":1},"list":["a"],"base":{"first":2}}"#,
            #"{"nested":{"first":1},"list":[5],"super":"s","base":{"first":2}}"#,
            #"{"nested":[],"list":[],"super":"s","base":{"first":2}}"#,
        ])
    }

    func testFreeFormValuesKeepWholeNumbersExact() {
        assertSame(JSONValue.self, [#"{"id":9007199254740993,"n":1.5,"s":"x","b":true,"z":null,"l":[1,[2,{}]]}"#, "[]", "\"x\""])
    }

    func testWhatFoundationRefusesIsRefused() {
        let broken = ["", "{", "[1 2]", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "[1,,2]", "{,}", "\"\\x\"", "\"\\ud83d\"", "\"\\uD800\\u0041\"",
                      "05", "-01", ".5", "1.e5", "-", "- 1", "tru", "nul", "{\"a\":1}x", "\"a\u{01}b\"", "1 2", "[1]]"]
        for json in broken {
            XCTAssertEqual(runtime(JSONValue.self, json), .failure(kind: "dataCorrupted", path: ""), json)
            // Foundation refuses too, though of a bad number only when a type reads it.
            if case .value(let value) = outcome({ try JSONCoding.decoder.decode(JSONValue.self, from: Data(json.utf8)) }) { XCTFail("\(json): \(value)") }
        }
        XCTAssertEqual(runtime(String.self, "\u{FEFF}\"with a byte order mark\""), .value(AnyHashable("with a byte order mark")))
        let invalidUTF8 = Data([0x22, 0xFF, 0x22])
        XCTAssertThrowsError(try JSONCoding.decode(String.self, from: invalidUTF8))
        XCTAssertThrowsError(try JSONCoding.decoder.decode(String.self, from: invalidUTF8))
    }

    func testANumberTooLargeForItsTypeIsNamedAtItsPath() {
        // Foundation calls this "not valid JSON" at the top; the runtime says where and why.
        XCTAssertEqual(runtime(Member.self, #"{"id":"a","count":3000000000}"#), .failure(kind: "dataCorrupted", path: "count"))
        XCTAssertThrowsError(try JSONCoding.decode(Member.self, from: Data(#"{"id":"a","count":1.5}"#.utf8))) { error in
            XCTAssertTrue("\(error)".contains("<1.5> does not fit in Int32"), "\(error)")
            XCTAssertTrue("\(error)".contains("count"), "\(error)")
        }
        XCTAssertEqual(runtime(Double.self, "1e400"), .failure(kind: "dataCorrupted", path: ""))
    }

    func testFoundationTypesAndDeeplyNestedDocuments() {
        assertSame(Date.self, ["\"2024-05-01T10:00:00Z\"", "\"2024-05-01T10:00:00.250Z\"", "\"yesterday\"", "5"])
        assertSame(URL.self, ["\"https://example.com/a?b=c\""])
        assertSame(Data.self, ["\"AQID\"", "\"not base64!\""])
        assertSame(Decimal.self, ["12.50", "-0.001", "\"1\""])
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        XCTAssertEqual(runtime(JSONValue.self, deep), .failure(kind: "dataCorrupted", path: ""), "refused, not a stack overflow")
    }
}
