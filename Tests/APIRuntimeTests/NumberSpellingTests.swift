import APIRuntime
import Foundation
import SeededRandomness
import XCTest

/// A whole number reads as exactly itself however JSON spells it, and a
/// floating-point number is refused where Foundation refuses it.
final class NumberSpellingTests: XCTestCase {
    /// Other spellings of the whole number `digits` (no sign): with a
    /// fraction of zeros, a decimal point moved by an exponent, or trailing
    /// zeros taken off (or added) by one.
    private func spellings(of digits: String, _ random: inout SeededRandom) -> [String] {
        var result = [digits + ".0", digits + "." + String(repeating: "0", count: random.int(1...30))]
        result += [digits + "e0", digits + "E+0"]
        let shift = random.int(1...25)
        result.append(digits + String(repeating: "0", count: shift) + "e-\(shift)")
        let point = random.int(1...digits.count)
        let before = String(digits.prefix(point)), after = String(digits.dropFirst(point))
        if !after.isEmpty { result.append(before + "." + after + "e\(after.count)") }
        result.append("0." + digits + "e+\(digits.count)")
        let zeros = digits.reversed().prefix { $0 == "0" }.count
        if zeros > 0, zeros < digits.count { result.append(String(digits.dropLast(zeros)) + "e\(zeros)") }
        return result
    }

    func testWholeNumbersReadExactlyInEverySpelling() {
        var random = SeededRandom(seed: 27)
        var agreedWithFoundation = 0
        for _ in 0..<300 {
            let drawn = Int64(bitPattern: random.next()) >> Int64(random.below(63))
            let value = drawn == 0 ? 7 : drawn &* (random.chance(0.3) ? 1000 : 1)
            // Most above 2^53, where a Double would round them.
            let magnitude = String(value.magnitude)
            for spelled in spellings(of: magnitude, &random) {
                let json = (value < 0 ? "-" : "") + spelled
                XCTAssertEqual(try JSONCoding.decodeValue(Int64.self, from: Data(json.utf8)), value, json)
                XCTAssertEqual(try JSONCoding.decodeValue(JSONValue.self, from: Data(json.utf8)), .integer(value), json)
                XCTAssertEqual(JSONNumberText.wholeNumber(Substring(json), as: Int64.self), value, json)
                // Foundation reads a Double first and refuses what rounds past Int64.max;
                // what it reads, it reads to the same number.
                if let foundation = try? JSONCoding.decoder.decode(Int64.self, from: Data(json.utf8)) {
                    XCTAssertEqual(foundation, value, json)
                    agreedWithFoundation += 1
                }
            }
        }
        XCTAssertGreaterThan(agreedWithFoundation, 2000, "most spellings are compared with Foundation")
        let issueExamples = ["636674054802000001.0": Int64(636_674_054_802_000_001),
                             "6.36674054802000001e17": 636_674_054_802_000_001,
                             "1.0e3": 1000, "300000000000000000000e-20": 3,
                             "-9223372036854775808.0": .min, "9223372036854775807e0": .max, "0.0e999999999999999999": 0]
        for (json, value) in issueExamples {
            XCTAssertEqual(try JSONCoding.decodeValue(Int64.self, from: Data(json.utf8)), value, json)
        }
        struct Page: Decodable, Equatable { var cursor: Int64; var at: EpochMilliseconds }
        let page = Data(#"{"cursor":636674054802000001.0,"at":1.700000000000001e15}"#.utf8)
        XCTAssertEqual(try JSONCoding.decodeValue(Page.self, from: page),
                       Page(cursor: 636_674_054_802_000_001, at: EpochMilliseconds(rawValue: 1_700_000_000_000_001)))
    }

    func testNumbersThatAreNotWholeOrDoNotFitAreRefused() {
        var random = SeededRandom(seed: 28)
        for _ in 0..<200 {
            let digits = String(random.next() >> UInt64(random.below(60)))
            let fraction = String(random.int(1...9)) + (random.chance(0.5) ? "" : String(repeating: "0", count: random.int(1...20)))
            let tooLarge = ["1" + String(repeating: "0", count: 19 + random.below(30)), "1e\(19 + random.below(1000))"]
            for json in [digits + "." + fraction, digits + "5e-1"] + tooLarge {
                XCTAssertNil(try? JSONCoding.decodeValue(Int64.self, from: Data(json.utf8)), json)
            }
        }
        let refused = ["1e-400", "0.5", "9223372036854775808", "-9223372036854775809", "92233720368547758080e-1",
                       "1e99999999999999999999"]
        for json in refused {
            XCTAssertThrowsError(try JSONCoding.decodeValue(Int64.self, from: Data(json.utf8)), json)
        }
        XCTAssertNil(JSONNumberText.wholeNumber("-1.0", as: UInt8.self))
        XCTAssertEqual(JSONNumberText.wholeNumber("-0.0e5", as: UInt8.self), 0)
        XCTAssertEqual(JSONNumberText.wholeNumber("2.55e2", as: UInt8.self), 255)
        XCTAssertNil(JSONNumberText.wholeNumber("2.56e2", as: UInt8.self))
        for notJSON in ["+1", "01", "1.", ".5", "1e", "1e+", "--1", "1x", ""] {
            XCTAssertNil(JSONNumberText.wholeNumber(Substring(notJSON), as: Int64.self), notJSON)
        }
    }

    func testFloatingPointUnderflowAndOverflowAreRefusedAsFoundationRefusesThem() {
        let edges = ["1e-400", "-1e-400", "2e-324", "3e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-320",
                     "0e-400",
                     "-0.0e-999", "1e400", "-1e400", "1.7976931348623157e308", "1.7976931348623159e308", "4.9e-324",
                     "1" + String(repeating: "0", count: 400) + "e-400", "0.000000000000000000000000000000000000000000001e-300",
                     "1e-45", "1e-46", "7e-46", "1e-50", "3.4028235e38", "3.4028236e38", "3.5e38", "1.1754942e-38"]
        let bodies = edges.map { Data($0.utf8) }
        let text = { (body: Data) in String(decoding: body, as: UTF8.self) }
        assertDecodesAsFoundation(Double.self, bodies, text)
        assertDecodesAsFoundation(Float.self, bodies, text)

        var random = SeededRandom(seed: 29)
        var numbers: [Data] = []
        for _ in 0..<1500 {
            // Not zero: Foundation refuses some spellings of zero (see the documented differences).
            let mantissa = String(random.next() >> UInt64(random.below(63)) | 1)
            let exponent = random.chance(0.5) ? random.int(-345 ... -300) : random.int(-60...60)
            numbers.append(Data("\(random.chance(0.3) ? "-" : "")\(mantissa.prefix(1)).\(mantissa.dropFirst())0e\(exponent)".utf8))
        }
        assertDecodesAsFoundation(Double.self, numbers, text)
        assertDecodesAsFoundation(Float.self, numbers, text)
        // Lint reads samples with the same rule.
        XCTAssertNil(JSONNumberText.finiteDouble("1e-400"))
        XCTAssertEqual(JSONNumberText.finiteDouble("1e-320"), Double("1e-320"))
        XCTAssertEqual(JSONNumberText.finiteDouble("-0e-400"), 0)
    }

    /// Where the runtime is deliberately stricter or more exact than
    /// Foundation (README, "JSON coding of its own").
    func testTheDocumentedDifferencesFromFoundation() throws {
        // Foundation rounds a number that is not whole through a Double: 1, and 9007199254740993.
        for json in ["1.0000000000000001", "9007199254740993.5"] {
            XCTAssertNotNil(try? JSONCoding.decoder.decode(Int64.self, from: Data(json.utf8)), json)
            XCTAssertThrowsError(try JSONCoding.decodeValue(Int64.self, from: Data(json.utf8)), json)
        }
        // Foundation reads 1e-400 as the integer 0; it is neither an integer nor a Double.
        XCTAssertEqual(try JSONCoding.decoder.decode(JSONValue.self, from: Data("1e-400".utf8)), .integer(0))
        XCTAssertThrowsError(try JSONCoding.decodeValue(JSONValue.self, from: Data("1e-400".utf8)))
        // Foundation's check for a number that underflowed to zero reads the last bytes of some
        // numbers backwards, so it takes an exponent's digits for the mantissa's and refuses these zeros.
        for json in ["0e5", "-0.0e-3", "0.00e1"] {
            XCTAssertNil(try? JSONCoding.decoder.decode(Double.self, from: Data(json.utf8)), json)
            XCTAssertEqual(try JSONCoding.decodeValue(Double.self, from: Data(json.utf8)), 0, json)
        }
        // Foundation refuses whole numbers near Int64.max spelled with a fraction (its Double rounds to 2^63).
        XCTAssertNil(try? JSONCoding.decoder.decode(Int64.self, from: Data("9223372036854775807.0".utf8)))
        XCTAssertEqual(try JSONCoding.decodeValue(Int64.self, from: Data("9223372036854775807.0".utf8)), .max)
    }
}
