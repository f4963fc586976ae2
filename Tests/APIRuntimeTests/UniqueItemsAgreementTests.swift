import APIRuntime
import APISpec
import Foundation
import SeededRandomness
import XCTest

/// `uniqueItems` on a list of objects: lint's verdict on a request sample equals the client's, over random lists whose
/// items spell one value several ways (an instant in two zones, `1` and `1.0`, `null` and absent, composed and
/// decomposed text, keys the spec does not document).
final class UniqueItemsAgreementTests: XCTestCase {
    /// As a generated object is: `Equatable`, not `Hashable`.
    private struct Stamp: Decodable, Equatable {
        var at: Date
        var weight: Double
        var count: Int64?
        var label: String?
        var tags: [String]?
    }

    private struct Body: Decodable {
        var stamps: [Stamp]
    }

    private static let spec = """
        {"name": "Agree", "baseURL": "https://example.com",
         "types": [{"name": "Stamp", "fields": [
           {"name": "at", "type": "dateTime"}, {"name": "weight", "type": "double"},
           {"name": "count", "type": "int64", "optional": true}, {"name": "label", "type": "string", "optional": true},
           {"name": "tags", "type": "[string]", "optional": true}]}],
         "operations": [{"name": "send", "summary": "Sends.", "group": "things", "method": "POST", "path": "/things",
           "requestBody": {"fields": [{"name": "stamps", "type": "[Stamp]", "uniqueItems": true}]},
           "samples": [{"title": "One", "request": {"stamps": LIST}}]}]}
        """

    private func item(_ random: inout SeededRandom) -> String {
        let instant = random.pick(["2020-01-01T00:00:00Z", "2020-01-01T05:30:00+05:30", "2019-12-31T18:30:00Z"])
        var members = ["\"at\": \"\(instant)\"", "\"weight\": \(random.pick(["1", "1.0", "1e0", "2.5", "0", "-0"]))"]
        if let count = random.pick([nil, "null", "3", "3.0", "30e-1"]) { members.append("\"count\": \(count)") }
        if let label = random.pick([nil, "null", "\"a\"", "\"\u{E9}\"", "\"e\u{301}\""]) {
            members.append("\"label\": \(label)")
        }
        if let tags = random.pick([nil, "null", "[]", "[\"a\"]", "[\"a\", \"a\"]"]) {
            members.append("\"tags\": \(tags)")
        }
        if random.chance(0.2) { members.append("\"undocumented\": \(random.int(0...1))") }
        return "{" + members.shuffled(using: &random).joined(separator: ", ") + "}"
    }

    func testLintAndTheClientTellTheSameItemsApart() throws {
        var random = SeededRandom(seed: 20261207)
        var repeats = 0, distinct = 0
        for _ in 0..<1500 {
            let list = "[" + (0..<random.int(3...4)).map { _ in item(&random) }.joined(separator: ", ") + "]"
            let text = Self.spec.replacingOccurrences(of: "LIST", with: list)
            let loaded = SpecLoader.load(text: text, path: "agree.json")
            let lint = loaded.diagnostics.filter { $0.severity == .error }
            XCTAssertTrue(lint.allSatisfy { $0.code == .sampleViolatesLimit }, "\(lint)")
            let body = try JSONCoding.decode(Body.self, from: Data("{\"stamps\": \(list)}".utf8))
            var validator = Validator()
            validator.check(body.stamps, "stamps", .uniqueItems)
            XCTAssertEqual(lint.count, validator.violations.count,
                           "\(list): lint \(lint.map(\.message)), client \(validator.violations)")
            if validator.violations.isEmpty { distinct += 1 } else { repeats += 1 }
        }
        // Both verdicts are common, or the test proves little.
        XCTAssertGreaterThan(repeats, 40, "\(repeats) repeats, \(distinct) distinct")
        XCTAssertGreaterThan(distinct, 50)
    }
}
