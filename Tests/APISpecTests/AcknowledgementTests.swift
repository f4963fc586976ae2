import APIGenerator
import APISpec
import Foundation
import XCTest

/// `acknowledged`: a spec names a warning it knows of by code and place, with
/// its reason; the warning is set aside, and the acknowledgement is itself
/// checked (an error's code, a repeat, or no matching warning is reported).
final class AcknowledgementTests: XCTestCase {
    /// A spec whose one sample gives two warnings: an undocumented enum
    /// value at `color` and an undocumented key holding a dot.
    private func spec(acknowledging acknowledgements: String) -> String {
        """
        {"name": "Acks", "baseURL": "https://example.com/v1",
         "types": [{"name": "Color", "kind": "enum", "values": ["Red", "Green"]}],
         "operations": [{"name": "paint", "summary": "Paints.", "group": "paint", "method": "GET", "path": "/paint",
           "responseBody": {"fields": [{"name": "color", "type": "Color"}]},
           "samples": [{"title": "Blue", "response": {"color": "Blue", "@odata.etag": "W/1"}}]}],
         "acknowledged": [\(acknowledgements)]}
        """
    }

    private let color = "operations[0].samples[0].response.color"
    private let etag = "operations[0].samples[0].response.@odata.etag"

    private func load(_ acknowledgements: String) -> SpecLoader.Result {
        SpecLoader.load(text: spec(acknowledging: acknowledgements), path: "acks.json")
    }

    private func codes(_ result: SpecLoader.Result) -> [String] {
        result.diagnostics.map { "\($0.code.rawValue) \($0.jsonPath)" }
    }

    func testWithoutAcknowledgementsBothWarningsShow() {
        let result = load("")
        XCTAssertEqual(codes(result), ["SampleUndocumentedValue \(color)", "SampleUndocumentedKey \(etag)"])
        XCTAssertEqual(result.acknowledged, [])
    }

    func testAWarningIsMatchedByCodeAndPlace() throws {
        let result = load(#"{"code": "SampleUndocumentedValue", "at": "\#(color)", "reason": "The docs paint blue."}"#)
        XCTAssertEqual(codes(result), ["SampleUndocumentedKey \(etag)"], "the other warning still shows")
        XCTAssertEqual(result.acknowledged.map(\.diagnostic.code), [.sampleUndocumentedValue])
        XCTAssertEqual(result.acknowledged.map(\.diagnostic.jsonPath), [color])
        XCTAssertEqual(result.acknowledged.map(\.reason), ["The docs paint blue."])
        XCTAssertNotNil(result.specification, "an acknowledgement is no error")
    }

    func testAPlaceWhoseKeyHoldsADotIsMatchedAsPrinted() {
        let result = load(#"""
            {"code": "SampleUndocumentedValue", "at": "\#(color)", "reason": "Blue."},
            {"code": "SampleUndocumentedKey", "at": "\#(etag)", "reason": "The server's version tag."}
            """#)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.acknowledged.count, 2)
    }

    func testTheSameCodeElsewhereOrAnotherCodeHereIsUnmatched() throws {
        let result = load(#"""
            {"code": "SampleUndocumentedKey", "at": "\#(color)", "reason": "Another code at the place."},
            {"code": "SampleUndocumentedValue", "at": "operations[0].samples[1].response.color", "reason": "Another place."}
            """#)
        XCTAssertEqual(codes(result), [
            "SampleUndocumentedValue \(color)", "SampleUndocumentedKey \(etag)",
            "UnmatchedAcknowledgement acknowledged[0]", "UnmatchedAcknowledgement acknowledged[1]",
        ])
        let unmatched = result.diagnostics.filter { $0.code == .unmatchedAcknowledgement }
        XCTAssertEqual(unmatched.map(\.severity), [.warning, .warning])
        XCTAssertEqual(unmatched.map(\.location.line), [6, 7], "at the acknowledgement")
        XCTAssertNotNil(result.specification, "a stale acknowledgement warns, it does not stop generation")
    }

    func testAnUnknownCodeIsAnError() {
        let result = load(#"{"code": "SampleUndocumentedVal", "at": "\#(color)", "reason": "A misspelt code."}"#)
        XCTAssertTrue(codes(result).contains("UnknownKeyword acknowledged[0].code"), codes(result).joined(separator: "\n"))
        XCTAssertTrue(codes(result).contains("SampleUndocumentedValue \(color)"), "the warning it meant still shows")
        XCTAssertNil(result.specification)
    }

    func testAnErrorCannotBeAcknowledged() {
        let result = load(#"{"code": "UnknownType", "at": "operations[0].responseBody.fields[0].type", "reason": "No."}"#)
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.code), [.acknowledgementNotApplicable])
        XCTAssertNil(result.specification)
        let itself = load(#"{"code": "UnmatchedAcknowledgement", "at": "acknowledged[0]", "reason": "No."}"#)
        XCTAssertEqual(itself.diagnostics.filter { $0.severity == .error }.map(\.code), [.acknowledgementNotApplicable])
    }

    func testARepeatedAcknowledgementIsAnError() {
        let result = load(#"""
            {"code": "SampleUndocumentedValue", "at": "\#(color)", "reason": "Blue."},
            {"code": "SampleUndocumentedValue", "at": "\#(color)", "reason": "Blue again."}
            """#)
        XCTAssertEqual(codes(result), ["SampleUndocumentedKey \(etag)", "DuplicateAcknowledgement acknowledged[1]"])
        XCTAssertEqual(result.acknowledged.map(\.reason), ["Blue."])
    }

    func testAcknowledgementsAreWrittenAndReadBack() throws {
        let original = load(#"{"code": "SampleUndocumentedValue", "at": "\#(color)", "reason": "Blue \"as\" sent."}"#)
        let spec = try XCTUnwrap(original.specification)
        let written = SpecWriter.text(of: spec)
        XCTAssertTrue(written.hasSuffix("""
              "acknowledged": [
                {"code": "SampleUndocumentedValue", "at": "\(color)", "reason": "Blue \\"as\\" sent."}
              ]
            }

            """), written)
        let reloaded = SpecLoader.load(text: written, path: "acks.json")
        XCTAssertEqual(try XCTUnwrap(reloaded.specification).withoutPositions, spec.withoutPositions)
        XCTAssertEqual(reloaded.acknowledged.map(\.diagnostic.jsonPath), [color])
        XCTAssertEqual(SpecWriter.text(of: try XCTUnwrap(reloaded.specification)), written)
    }

    /// What `swift run apigen` and `apigen lint` print about the shipped
    /// specs: nothing. Each warning they know of is acknowledged, and each
    /// acknowledgement still matches a warning.
    func testTheShippedSpecsLintSilent() throws {
        let folder = ShippedSpecTests.root.appendingPathComponent("schema")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") }.sorted()
        XCTAssertEqual(names, ["callbell.json", "kaizala.json"])
        var acknowledged = 0
        for name in names {
            let loaded = SpecLoader.load(path: folder.appendingPathComponent(name).path)
            let diagnostics = Lint.diagnostics(of: loaded)
            XCTAssertEqual(diagnostics, [], diagnostics.map(\.description).joined(separator: "\n"))
            XCTAssertEqual(loaded.acknowledged.count, loaded.specification?.acknowledgements.count, name)
            acknowledged += loaded.acknowledged.count
        }
        XCTAssertGreaterThan(acknowledged, 0, "the shipped specs' known warnings are acknowledged, not gone")
    }

    func testOnlyWarningsAreAcknowledgeable() {
        let acknowledgeable = DiagnosticCode.allCases.filter(\.isAcknowledgeable)
        XCTAssertEqual(acknowledgeable, [.emptyAnswerNotMarked, .sampleUndocumentedKey, .sampleUndocumentedValue])
        XCTAssertEqual(DiagnosticCode.unmatchedAcknowledgement.severity, .warning)
        XCTAssertEqual(DiagnosticCode.unknownType.severity, .error)
    }
}
