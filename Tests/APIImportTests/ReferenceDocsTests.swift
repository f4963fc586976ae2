import APIGenerator
@testable import APIImport
import APISpec
import Foundation
import SpecFuzzing
import XCTest

/// The importer on the real docs of the two shipped APIs (kept outside
/// the package, in `../shared/reference`, or where `APIGEN_REFERENCE_DOCS`
/// says): drafts lint clean, hold every documented operation, agree with the
/// shipped specs at least as well as recorded in IMPORT.md, machine
/// translations agree with the English pages, and a re-import into the
/// shipped specs changes nothing a person wrote. Skipped where the docs
/// are not on disk.
final class ReferenceDocsTests: XCTestCase {
    private func pages(_ api: String) throws -> [String] {
        let folder = try ImportFixture.referenceDocs().appendingPathComponent(api)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
            .map { folder.appendingPathComponent($0).path }
    }

    private func shipped(_ api: String) throws -> (text: String, spec: APISpecification) {
        let text = try String(contentsOf: ImportFixture.packageRoot.appendingPathComponent("schema/\(api).json"), encoding: .utf8)
        return (text, try ImportFixture.load(text, path: "schema/\(api).json"))
    }

    func testDraftsAgreeWithTheShippedSpecs() throws {
        // Floors at the figures IMPORT.md records: a change that lowers one is a regression.
        let floors: [String: [String: Double]] = [
            "kaizala": ["operations (method + path)": 0.86, "parameters and fields": 0.95, "… with the right type": 0.92,
                        "… with the right optionality": 0.80, "defaults": 1, "enum values": 0.90, "rules (on bodies and types)": 1,
                        "union variants (by tag or key)": 0.93,
                        "samples (operations with a request / response sample)": 0.8],
            "callbell": ["operations (method + path)": 1, "parameters and fields": 1, "… with the right type": 0.93,
                         // 0.95: `channel_uuid`, required by the table, optional by the 12 request samples without it.
                         "… with the right optionality": 0.95, "limits": 0.8, "enum values": 1, "rules (on bodies and types)": 0.5],
        ]
        for api in ["kaizala", "callbell"] {
            let result = DocsImporter.importPages(atPaths: try pages(api), name: api.capitalized)
            XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [], api)
            let comparison = SpecComparer.compare(draft: try ImportFixture.load(result.text), reference: try shipped(api).spec)
            for (kind, floor) in floors[api]! {
                let tally = try XCTUnwrap(comparison.tally(kind), kind)
                XCTAssertGreaterThanOrEqual(tally.recall, floor, "\(api) \(kind): \(comparison.table)")
            }
            // Every operation the pages document; the missing ones are those the shipped spec took from elsewhere.
            let missing = try XCTUnwrap(comparison.tally("operations (method + path)")).misses
            let elsewhere = try shipped(api).spec.operations.filter { ($0.note ?? "").contains("not in the markdown") || ($0.note ?? "").contains("Not in the markdown") }
            XCTAssertEqual(Set(missing), Set(elsewhere.map(SpecComparer.operationKey)), api)
            XCTAssertEqual(try XCTUnwrap(comparison.tally("operations (method + path)")).extras, [], api)
        }
    }

    /// A new user's first spec is a draft of docs apigen has not seen: lint clean must mean it compiles.
    func testDraftsOfTheReferenceDocsTypeCheck() throws {
        let modules = try XCTUnwrap(SpecFuzzer.modulesFolder(), "APIRuntime.swiftmodule not found near \(CommandLine.arguments[0])")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-reference-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for api in ["kaizala", "callbell"] {
            let draft = DocsImporter.importPages(atPaths: try pages(api), name: api.capitalized).text
            switch SpecFuzzer.check(draft, name: api.capitalized + "Draft", modules: modules, folder: folder) {
            case .compiled: continue
            case .rejected(let why, _), .broken(let why): XCTFail("\(api): \(why.prefix(2000))")
            }
        }
    }

    /// French and German seed pages give what the English page of today gives, but for what the docs changed since.
    func testMachineTranslationsAgreeWithTheEnglishPages() throws {
        let reference = try ImportFixture.referenceDocs()
        let seeds = reference.appendingPathComponent("seeds")
        let english = DocsImporter.importPages(atPaths: [reference.appendingPathComponent("kaizala/messages.md").path])
        for seed in ["000_fdef214249686db7.txt", "001_6d5fe89ff7e90f72.txt"] {
            let translated = DocsImporter.importPages(atPaths: [seeds.appendingPathComponent(seed).path])
            let comparison = SpecComparer.compare(draft: try ImportFixture.load(translated.text), reference: try ImportFixture.load(english.text))
            for tally in comparison.tallies where tally.kind != "limits" {
                XCTAssertEqual(tally.precision, 1, "\(seed) \(tally.kind): \(tally.extras)")
                XCTAssertEqual(tally.recall, 1, "\(seed) \(tally.kind): \(tally.misses)")
            }
            // The 2018 pages allowed 1000 characters; today's allow 4000.
            XCTAssertEqual(comparison.tally("limits")?.extras, ["POST /v1/groups/{groupId}/messages request message maxLength=1000"], seed)
        }
    }

    func testReimportingTheSameDocsChangesNothing() throws {
        for api in ["kaizala", "callbell"] {
            let draft = DocsImporter.importPages(atPaths: try pages(api), name: api.capitalized).text
            let baseURL = ImportFixture.packageRoot.appendingPathComponent("schema/imported/\(api).json")
            if ProcessInfo.processInfo.environment["APIGEN_RECORD"] != nil, let record = SpecMerger.baseRecord(of: draft) {
                try record.write(to: baseURL, atomically: true, encoding: .utf8)
            }
            let base = try String(contentsOf: baseURL, encoding: .utf8)
            XCTAssertEqual(SpecMerger.baseRecord(of: draft), base,
                           "schema/imported/\(api).json is not the record of today's import: apigen import …/\(api)/*.md "
                           + "--into schema/\(api).json, or APIGEN_RECORD=1")
            let (text, _) = try shipped(api)
            let merged = try XCTUnwrap(SpecMerger.merge(spec: text, specPath: "schema/\(api).json", base: base, incoming: draft))
            XCTAssertEqual(merged.applied, [], api)
            XCTAssertEqual(merged.conflicts, [], api)
            XCTAssertEqual(merged.text, text, api)
        }
    }
}
