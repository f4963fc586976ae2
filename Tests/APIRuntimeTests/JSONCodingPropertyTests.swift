import APIRuntime
import Foundation
import SeededRandomness
import XCTest

/// Random documents, and random damage to them, through the runtime's
/// coders and Foundation's: the same bytes out, the same values in, and
/// the same documents refused.
final class JSONCodingPropertyTests: XCTestCase {
    private func randomText(_ random: inout SeededRandom) -> String {
        let pieces = ["a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\u{01}", "é", "e\u{301}", "😀", "\u{2028}", "key", "ü"]
        return (0..<random.below(6)).map { _ in pieces[random.below(pieces.count)] }.joined()
    }

    private func randomValue(_ random: inout SeededRandom, depth: Int = 0) -> JSONValue {
        switch random.below(depth > 3 ? 5 : 7) {
        case 0: return .null
        case 1: return .bool(random.below(2) == 0)
        case 2: return .integer(Int64(bitPattern: random.next()) >> Int64(random.below(64)))
        case 3: return .number([0.5, -1.25, 1e-7, 3.14159, 1e300, -0.0, 123456.789][random.below(7)])
        case 4: return .string(randomText(&random))
        case 5: return .array((0..<random.below(4)).map { _ in randomValue(&random, depth: depth + 1) })
        default:
            var members: [String: JSONValue] = [:]
            for _ in 0..<random.below(5) { members[randomText(&random)] = randomValue(&random, depth: depth + 1) }
            return .object(members)
        }
    }

    func testRandomDocumentsEncodeAndDecodeAsFoundationDoes() throws {
        var random = SeededRandom(seed: 2026)
        for round in 0..<400 {
            let value = randomValue(&random)
            let ours = try JSONCoding.encode(value)
            XCTAssertEqual(String(decoding: ours, as: UTF8.self), String(decoding: try JSONCoding.encoder.encode(value), as: UTF8.self), "round \(round)")
            XCTAssertEqual(try JSONCoding.decodeValue(JSONValue.self, from: ours), try JSONCoding.decoder.decode(JSONValue.self, from: ours), "round \(round)")
        }
    }

    func testDamagedDocumentsAreRefusedOrReadAsFoundationReadsThem() throws {
        var random = SeededRandom(seed: 7)
        let damage = Array("{}[],:\"\\ 0123456789.eE-+tfnulx".utf8)
        var refused = 0
        for round in 0..<1500 {
            var bytes = Array(try JSONCoding.encode(randomValue(&random)))
            for _ in 0...random.below(2) {
                let at = random.below(bytes.count + 1)
                switch random.below(3) {
                case 0: bytes.insert(damage[random.below(damage.count)], at: at)
                case 1: if at < bytes.count { bytes.remove(at: at) }
                default: if at < bytes.count { bytes[at] = damage[random.below(damage.count)] }
                }
            }
            let data = Data(bytes)
            let ours = try? JSONCoding.decodeValue(JSONValue.self, from: data)
            let foundation = try? JSONCoding.decoder.decode(JSONValue.self, from: data)
            if ours == nil { refused += 1 }
            XCTAssertEqual(ours, foundation, "round \(round): \(String(decoding: bytes, as: UTF8.self))")
        }
        XCTAssertGreaterThan(refused, 300, "the damage should break many documents")
    }
}
