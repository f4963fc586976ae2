import APIGenerator
@testable import APIImport
import APISpec
import XCTest

/// Re-importing docs into a spec a person keeps: the docs' changes land,
/// the person's edits stay, the same docs change nothing.
final class MergeTests: XCTestCase {
    private func pages(editing edit: (String) -> String = { $0 }) throws -> [(file: String, text: String)] {
        try ImportFixture.widgets.map { path in
            let text = try String(contentsOfFile: path, encoding: .utf8)
            return (file: (path as NSString).lastPathComponent, text: path.hasSuffix("widgets.md") ? edit(text) : text)
        }
    }

    /// The first import, then what a person did with it: a Swift name, a corrected type with its note, a
    /// tighter bound, a field dropped.
    private func personsSpec() throws -> (spec: String, base: String) {
        let draft = DocsImporter.importPages(try pages()).text
        var spec = draft.replacingOccurrences(of: #""name": "label","#, with: #""name": "label", "swiftName": "title","#)
        spec = spec.replacingOccurrences(of: #""type": "[phone]","#, with: #""type": "[string]","#)
            .replacingOccurrences(of: "phone from 'country code' in the description (widgets.md:27).", with: "Owners may be teams, not phones.")
            .replacingOccurrences(of: #""maximum": 200,"#, with: #""maximum": 150,"#)
        let callback = try XCTUnwrap(spec.range(of: #"\{\s*"name": "callbackUrl"[^}]*\},\s*"#, options: .regularExpression))
        spec.removeSubrange(callback)
        XCTAssertEqual(Lint.diagnostics(text: spec, path: "spec.json").filter { $0.severity == .error }.map(\.description), [])
        return (spec, try XCTUnwrap(SpecMerger.baseRecord(of: draft)))
    }

    func testTheSameDocsChangeNothing() throws {
        let (spec, base) = try personsSpec()
        let merged = try XCTUnwrap(SpecMerger.merge(spec: spec, specPath: "spec.json", base: base, incoming: DocsImporter.importPages(try pages()).text))
        XCTAssertEqual(merged.applied, [])
        XCTAssertEqual(merged.conflicts, [])
        XCTAssertEqual(merged.text, spec)
    }

    func testChangedDocsLandAndThePersonsEditsStay() throws {
        let (spec, base) = try personsSpec()
        let changed = try pages { text in
            text.replacingOccurrences(of: "Max limit of 80 Characters", with: "Max limit of 120 Characters")
                .replacingOccurrences(of: "Enum: Red/Green/Blue.", with: "Enum: Red/Green/Blue/Yellow.")
                .replacingOccurrences(of: "| sizeInCm | int | Yes | Default: 10. Max: 200. |\n", with: "| material | String | Yes | Default: wood |\n")
                .replacingOccurrences(of: "Mobile numbers (with country code) of the owners", with: "Names of the owners")
        }
        let merged = try XCTUnwrap(SpecMerger.merge(spec: spec, specPath: "spec.json", base: base, incoming: DocsImporter.importPages(changed).text))
        XCTAssertEqual(merged.applied, [
            "POST /workshops/{workshopId}/widgets requestBody label: maxLength 80 → 120",
            "added POST /workshops/{workshopId}/widgets requestBody material",
            "Colour: added value Yellow",
        ])
        // The docs now say what the person wrote for owners: nothing to do. The person's bound keeps sizeInCm,
        // reported at its line in the spec.
        let sizeLine = try XCTUnwrap(spec.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(#""name": "sizeInCm""#) })
        XCTAssertEqual(merged.conflicts.map(\.kind), [.mergeConflict])
        XCTAssertEqual(merged.conflicts.map(\.place.file), ["spec.json"])
        XCTAssertEqual(merged.conflicts.map(\.place.line), [sizeLine + 1])
        XCTAssertEqual(merged.errors.map(\.description), [])
        XCTAssertEqual(Lint.diagnostics(text: merged.text, path: "spec.json").filter { $0.severity == .error }.map(\.description), [])
        let result = try ImportFixture.load(merged.text)
        guard case .fields(let body)? = result.operations.first(where: { $0.name == "createWidget" })?.requestBody?.shape else { return XCTFail("body") }
        XCTAssertEqual(body.fields.map(\.name), ["label", "colour", "owners", "sizeInCm", "parts", "material"], "callbackUrl stays dropped")
        XCTAssertEqual(body.fields[0].swiftName, "title")
        XCTAssertEqual(body.fields[0].constraints.maxLength, 120)
        XCTAssertEqual(body.fields[2].note, "Owners may be teams, not phones.")
        XCTAssertEqual(body.fields[3].constraints.maximum, 150)
        XCTAssertEqual(body.fields[5].defaultValue, .string("wood"))
        // Everything not merged is the person's text, byte for byte: the edits are small hunks.
        let untouched = spec.split(separator: "\n").filter { line in !["maxLength", "Red", "The parts"].contains { line.contains($0) } }
        let after = Set(merged.text.split(separator: "\n"))
        XCTAssertEqual(untouched.filter { !after.contains($0) }, [])
    }

    /// A route the person split into variants is those variants: a re-import neither adds the docs' one operation of
    /// it beside them nor merges into them, and says so.
    func testARouteSplitIntoVariantsIsNotAddedAgain() throws {
        let (spec, base) = try personsSpec()
        let get = "\"method\": \"GET\",\n      \"path\": \"/workshops/{workshopId}/widgets\",\n"
        let split = spec.replacingOccurrences(of: get, with: get + "      \"routeVariant\": \"all\",\n")
        XCTAssertNotEqual(split, spec)
        for base in [base, #"{"name": "Widgets", "baseURL": "https://x.example", "operations": []}"#] {
            let merged = try XCTUnwrap(SpecMerger.merge(spec: split, specPath: "spec.json", base: base,
                                                        incoming: DocsImporter.importPages(try pages()).text))
            XCTAssertFalse(merged.applied.contains { $0.hasPrefix("added operation") }, "\(merged.applied)")
            let note = "GET /workshops/{workshopId}/widgets is split into route variants"
            XCTAssertTrue(merged.untouched.contains { $0.hasPrefix(note) }, "\(merged.untouched)")
            let operations = try ImportFixture.load(merged.applied.isEmpty ? split : merged.text).operations
            XCTAssertEqual(operations.filter { $0.path == "/workshops/{workshopId}/widgets" }.count, 2)
        }
    }

    /// The warnings a person acknowledged are the person's: a merge that
    /// changes the spec (rewritten in the canonical layout) keeps them.
    func testAcknowledgementsStayThroughAMerge() throws {
        let (plain, base) = try personsSpec()
        XCTAssertTrue(plain.hasSuffix("\n}\n"))
        let acknowledgement = #"{"code": "SampleUndocumentedKey", "at": "operations[0].samples[0].response.extra", "reason": "Kept."}"#
        let spec = String(plain.dropLast(3)) + ",\n  \"acknowledged\": [\n    \(acknowledgement)\n  ]\n}\n"
        let loaded = try XCTUnwrap(SpecLoader.load(text: spec, path: "spec.json").specification)
        XCTAssertEqual(SpecWriter.text(of: loaded), spec, "the person's spec is in the canonical layout")
        let changed = try pages { $0.replacingOccurrences(of: "Max limit of 80 Characters", with: "Max limit of 120 Characters") }
        let merged = try XCTUnwrap(SpecMerger.merge(spec: spec, specPath: "spec.json", base: base, incoming: DocsImporter.importPages(changed).text))
        XCTAssertEqual(merged.applied.count, 1)
        let result = try XCTUnwrap(SpecLoader.load(text: merged.text, path: "spec.json").specification)
        XCTAssertEqual(result.acknowledgements.map(\.place), ["operations[0].samples[0].response.extra"])
        XCTAssertEqual(result.acknowledgements.map(\.reason), ["Kept."])
    }

    /// A kept spec that does not load is not merged: its errors are at its own lines, and there is nothing to write.
    func testABrokenSpecIsNotMerged() throws {
        let draft = DocsImporter.importPages(try pages()).text
        let base = try XCTUnwrap(SpecMerger.baseRecord(of: draft))
        let merged = try XCTUnwrap(SpecMerger.merge(spec: "{\n  \"name\": 1\n}\n", specPath: "spec.json", base: base, incoming: draft))
        XCTAssertFalse(merged.errors.isEmpty)
        XCTAssertEqual(Set(merged.errors.map(\.file)), ["spec.json"])
        XCTAssertTrue(merged.errors.allSatisfy { (1...3).contains($0.location.line) })
        XCTAssertEqual(merged.applied, [])
    }
}
