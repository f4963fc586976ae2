import APIRuntime
import Foundation
import SeededRandomness
import XCTest

/// Random documents, and random damage to them, through the runtime's
/// coders and Foundation's: the same bytes out, the same values in, and
/// the same documents refused.
final class JSONCodingPropertyTests: XCTestCase {
    func testRandomDocumentsEncodeAndDecodeAsFoundationDoes() throws {
        var random = SeededRandom(seed: 2026)
        for round in 0..<400 {
            let value = RandomJSON.value(&random)
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
            var bytes = Array(try JSONCoding.encode(RandomJSON.value(&random)))
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
