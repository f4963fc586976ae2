import APIRuntime
import Foundation
import XCTest

/// `Nullable`: three states of one value (absent, null, a value), each
/// written and read by the runtime's own JSON coders and Foundation's,
/// printed as what it is, built from literals, validated only as a value.
final class NullableTests: XCTestCase {
    /// A type of the caller's own, with synthesized coding: the runtime's
    /// overloads leave an absent key out and read a missing one as absent.
    private struct Patch: Codable, Equatable {
        var note: Nullable<String> = .absent
        var count: Nullable<Int32> = .absent
        var tags: Nullable<[String]> = .absent
    }

    private let cases: [(Patch, String)] = [
        (Patch(), "{}"),
        (Patch(note: .null, count: .null, tags: .null), #"{"count":null,"note":null,"tags":null}"#),
        (Patch(note: "hi", count: 3, tags: ["a"]), #"{"count":3,"note":"hi","tags":["a"]}"#),
        (Patch(note: .value(""), tags: []), #"{"note":"","tags":[]}"#),
    ]

    func testEachStateRoundTripsThroughTheRuntimesCoders() throws {
        for (patch, json) in cases {
            XCTAssertEqual(String(decoding: try JSONCoding.encode(patch), as: UTF8.self), json)
            XCTAssertEqual(try JSONCoding.decodeValue(Patch.self, from: Data(json.utf8)), patch, json)
        }
    }

    func testEachStateRoundTripsThroughFoundationsCoders() throws {
        for (patch, json) in cases {
            XCTAssertEqual(String(decoding: try JSONCoding.encoder.encode(patch), as: UTF8.self), json)
            XCTAssertEqual(try JSONDecoder().decode(Patch.self, from: Data(json.utf8)), patch, json)
        }
    }

    /// Written as a value of its own (in a list, say), absent has no JSON:
    /// it throws rather than send the `null` that would clear a value.
    func testAbsentIsNeverWrittenAsNull() throws {
        let list: [Nullable<Int>] = [1, .null, .absent]
        XCTAssertThrowsError(try JSONCoding.encode(list))
        XCTAssertThrowsError(try JSONEncoder().encode(list))
        XCTAssertEqual(String(decoding: try JSONCoding.encode(Array(list.prefix(2))), as: UTF8.self), "[1,null]")
        XCTAssertEqual(try JSONCoding.decodeValue([Nullable<Int>].self, from: Data("[1,null]".utf8)), [1, .null])
    }

    func testPrintsAsWhatItIs() {
        let states: [Nullable<String>] = [.absent, .null, "null", .value("x")]
        XCTAssertEqual(states.map(\.description), ["absent", "null", "null", "x"])
        XCTAssertEqual(states.map(\.debugDescription), ["absent", "null", "\"null\"", "\"x\""], "a string in quotes is not null")
        XCTAssertEqual(String(describing: Patch(note: "hi", count: .null)), #"Patch(note: "hi", count: null, tags: absent)"#)
        let date: Nullable<Date> = .value(Date(timeIntervalSince1970: 0))
        XCTAssertFalse("\(date)".contains("Nullable"), "\(date)")
    }

    func testLiteralsAndConversionsBuildEachState() {
        let flag: Nullable<Bool> = true
        let ratio: Nullable<Double> = 0.5
        XCTAssertEqual(flag, .value(true))
        XCTAssertEqual(ratio, .value(0.5))
        XCTAssertEqual(Nullable(nilMeansNull: nil as Int?), .null)
        XCTAssertEqual(Nullable(nilMeansAbsent: nil as Int?), .absent)
        XCTAssertEqual(Nullable(nilMeansAbsent: 4), .value(4))
        XCTAssertEqual(Nullable<Int>.value(2).map { $0 * 2 }, .value(4))
        XCTAssertEqual(Nullable<Int>.null.map { $0 * 2 }, .null)
        XCTAssertEqual([Nullable<Int>.absent, .null, 1].map(\.isAbsent), [true, false, false])
        XCTAssertEqual([Nullable<Int>.absent, .null, 1].map(\.isNull), [false, true, false])
        XCTAssertEqual([Nullable<Int>.absent, .null, 1].map(\.value), [nil, nil, 1])
    }

    func testLimitsApplyToAValueOnly() {
        func violations(_ value: Nullable<String>) -> [String] {
            var validator = Validator()
            validator.check(value, "note", [.maxLength(2)])
            return validator.violations.map(\.description)
        }
        XCTAssertEqual(violations(.absent), [])
        XCTAssertEqual(violations(.null), [])
        XCTAssertEqual(violations("ok"), [])
        XCTAssertEqual(violations("long"), ["note: must be at most 2 characters (is 4)"])
    }
}
