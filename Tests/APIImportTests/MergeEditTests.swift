import APIGenerator
@testable import APIImport
import APISpec
import SpecFuzzing
import XCTest

/// A re-import after an edit of the pages, or of some of them: the merge
/// always gives a spec (written through the one writer) that lints, or
/// errors at the kept spec's lines; what the pages given do not cover
/// stays as it is.
final class MergeEditTests: XCTestCase {
    private func read(_ paths: [String]) throws -> [(file: String, text: String)] {
        try paths.map { (file: $0, text: try String(contentsOfFile: $0, encoding: .utf8)) }
    }

    /// The first import as the kept spec, the pages edited by `edit`, merged.
    private func merge(_ pages: [(file: String, text: String)], editing edit: ([(file: String, text: String)]) -> [(file: String, text: String)],
                       file: StaticString = #filePath, line: UInt = #line) throws -> (spec: String, merged: SpecMerger.Result) {
        let first = DocsImporter.importPages(pages)
        XCTAssertFalse(first.diagnostics.hasErrors, file: file, line: line)
        let again = DocsImporter.importPages(edit(pages))
        let merged = try XCTUnwrap(SpecMerger.merge(spec: first.text, specPath: "spec.json", base: try XCTUnwrap(SpecMerger.baseRecord(of: first.text)),
                                                    incoming: again.text, coverage: again.coverage), file: file, line: line)
        // Either a spec that lints, or errors at lines of the kept spec (and nothing to write).
        let lines = first.text.split(separator: "\n", omittingEmptySubsequences: false)
        for error in merged.errors {
            XCTAssertEqual(error.file, "spec.json", file: file, line: line)
            XCTAssertTrue(lines.indices.contains(error.location.line - 1), "\(error)", file: file, line: line)
        }
        if merged.errors.isEmpty {
            XCTAssertNotNil(SpecLoader.load(text: merged.text, path: "spec.json").specification, file: file, line: line)
            XCTAssertEqual(Lint.diagnostics(text: merged.text, path: "spec.json").filter { $0.severity == .error }.map(\.description), [],
                           file: file, line: line)
        }
        return (first.text, merged)
    }

    private func deleting(_ row: String, from name: String) -> ([(file: String, text: String)]) -> [(file: String, text: String)] {
        { pages in
            pages.map { page in
                guard page.file.hasSuffix(name) else { return page }
                let lines = page.text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains(row) }
                return (page.file, lines.joined(separator: "\n"))
            }
        }
    }

    /// Callbell's `bot_status`, the last optional field of the send request, once made the merge splice text that was not JSON.
    func testDeletingTheBotStatusRowRemovesTheField() throws {
        let folder = try ImportFixture.referenceDocs().appendingPathComponent("callbell")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        let pages = try read(names.map { folder.appendingPathComponent($0).path })
        let (_, merged) = try merge(pages, editing: deleting("`bot_status`", from: "post_send_messages.md"))
        XCTAssertEqual(merged.applied, ["removed POST /messages/send requestBody bot_status"])
    }

    /// Every row of a page deleted in turn, the first and last of each table included: always a spec.
    func testDeletingAnyRowGivesASpec() throws {
        let pages = try read(ImportFixture.widgets)
        let widgets = try XCTUnwrap(pages.first { $0.file.hasSuffix("widgets.md") })
        let rows = widgets.text.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.contains("Parameter") && !$0.contains("---") }
        XCTAssertGreaterThan(rows.count, 10)
        var written = 0
        for row in rows {
            let (_, merged) = try merge(pages, editing: deleting(String(row), from: "widgets.md"))
            if merged.errors.isEmpty, !merged.applied.isEmpty { written += 1 }
        }
        XCTAssertGreaterThan(written, rows.count / 2, "most deletions are merged")
    }

    /// Random pages with a random row deleted or repeated (the fuzzer does more seeds, with `--docs`).
    func testMergesOfEditedRandomPagesAlwaysGiveASpec() {
        for seed in UInt64(1)...12 {
            let docs = RandomDocs.make(seed: seed)
            let examples = docs.examples
            XCTAssertNil(MergeFuzzing.check(docs.pages, seed: seed) { _, name in examples[name].map { ($0, "examples/\(name).sh.md") } },
                         "seed \(seed)")
        }
    }

    /// A row added on an object page is a field of that type in the spec.
    func testANewFieldOnAnObjectPageIsMerged() throws {
        let pages = try read(ImportFixture.notes)
        let (_, merged) = try merge(pages) { pages in
            pages.map { page in
                guard page.file.hasSuffix("/note.md") else { return page }
                return (page.file, page.text.replacingOccurrences(of: "| `summary`   |",
                                                                  with: "| `pinned` | boolean | Whether the note is pinned |\n| `summary`   |"))
            }
        }
        XCTAssertEqual(merged.applied, ["added Note.pinned"])
    }

    /// A page left out of a re-import is no change: its types keep their fields, and fields naming them keep their types.
    func testAPageLeftOutChangesNothing() throws {
        let pages = try read(ImportFixture.notes)
        let (spec, merged) = try merge(pages) { pages in pages.filter { !$0.file.hasSuffix("/note.md") } }
        XCTAssertEqual(merged.applied, [])
        XCTAssertEqual(merged.conflicts.map(\.description), [])
        XCTAssertEqual(merged.text, spec)
    }

    /// A conflict is at the kept spec's line of the element.
    func testAConflictIsAtTheElementsLine() throws {
        let pages = try read(ImportFixture.notes)
        let first = DocsImporter.importPages(pages)
        // The person tightens `summary` to 100 characters; the docs loosen it to 200.
        let spec = first.text.replacingOccurrences(of: #""optional": true, "maxLength": 140,"#, with: #""optional": true, "maxLength": 100,"#)
        XCTAssertNotEqual(spec, first.text)
        let again = DocsImporter.importPages(pages.map { page in
            (page.file, page.text.replacingOccurrences(of: "(up to 140 characters)", with: "(up to 200 characters)"))
        })
        let merged = try XCTUnwrap(SpecMerger.merge(spec: spec, specPath: "spec.json", base: try XCTUnwrap(SpecMerger.baseRecord(of: first.text)),
                                                    incoming: again.text, coverage: again.coverage))
        let line = try XCTUnwrap(spec.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(#""maxLength": 100"#) })
        XCTAssertEqual(merged.conflicts.map(\.kind), [.mergeConflict])
        XCTAssertEqual(merged.conflicts.map(\.place.file), ["spec.json"])
        XCTAssertEqual(merged.conflicts.map(\.place.line), [line + 1])
        XCTAssertEqual(merged.applied, [])
    }

    /// The record of an import with a page left out keeps what that page said, so that the page's next change lands.
    func testTheRecordOfAPartialImportKeepsWhatItDoesNotCover() throws {
        let pages = try read(ImportFixture.notes)
        let first = DocsImporter.importPages(pages)
        let partial = DocsImporter.importPages(pages.filter { !$0.file.hasSuffix("/note.md") })
        let record = try XCTUnwrap(SpecMerger.baseRecord(of: partial.text, keeping: try XCTUnwrap(SpecMerger.baseRecord(of: first.text)),
                                                         coverage: partial.coverage))
        let changed = DocsImporter.importPages(pages.map { page in
            (page.file, page.text.replacingOccurrences(of: "(up to 140 characters)", with: "(up to 200 characters)"))
        })
        let merged = try XCTUnwrap(SpecMerger.merge(spec: first.text, specPath: "spec.json", base: record, incoming: changed.text,
                                                    coverage: changed.coverage))
        XCTAssertEqual(merged.applied, ["Note.summary: maxLength 140 → 200"])
        XCTAssertEqual(merged.errors.map(\.description), [])
    }
}
