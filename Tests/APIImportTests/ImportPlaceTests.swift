import APIGenerator
@testable import APIImport
import APISpec
import XCTest

/// Every warning and diagnostic of an import names a real file and a line
/// inside it, and odd text on a page does not make a draft the lint refuses.
final class ImportPlaceTests: XCTestCase {
    private func read(_ paths: [String]) throws -> [(file: String, text: String)] {
        try paths.map { (file: $0, text: try String(contentsOfFile: $0, encoding: .utf8)) }
    }

    /// Each place is in one of the pages, at one of its lines (a final line break starts no line).
    private func assertOnPages(_ places: [(file: String, line: Int, what: String)], _ pages: [(file: String, text: String)],
                               file: StaticString = #filePath, line: UInt = #line) {
        let lineCounts = Dictionary(pages.map { page in
            (page.file, page.text.split(separator: "\n", omittingEmptySubsequences: false).count - (page.text.hasSuffix("\n") ? 1 : 0))
        }, uniquingKeysWith: { first, _ in first })
        for place in places {
            guard let count = lineCounts[place.file] else {
                XCTFail("not at a page: \(place.what)", file: file, line: line)
                continue
            }
            XCTAssertTrue((1...count).contains(place.line), "past the page's \(count) lines: \(place.what)", file: file, line: line)
        }
    }

    /// The warnings of an import are at the pages' lines.
    func testWarningsAreOnThePages() throws {
        let pages = try read(ImportFixture.widgets + ImportFixture.notes)
        let result = DocsImporter.importPages(pages)
        XCTAssertFalse(result.warnings.isEmpty)
        assertOnPages(result.warnings.map { ($0.place.file, $0.place.line, $0.description) }, pages)
    }

    /// A draft written to no file (standard output, `--into`) has its diagnostics at the pages' lines, not in a
    /// `draft.json`: Kaizala's samples have keys its tables do not list.
    func testTheDiagnosticsOfAnUnwrittenDraftAreOnThePages() throws {
        let folder = try ImportFixture.referenceDocs().appendingPathComponent("kaizala")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        let pages = try read(names.map { folder.appendingPathComponent($0).path })
        let result = DocsImporter.importPages(pages)
        XCTAssertFalse(result.diagnostics.isEmpty)
        assertOnPages(result.diagnostics.map { ($0.file, $0.location.line, $0.description) }, pages)
        assertOnPages(result.warnings.map { ($0.place.file, $0.place.line, $0.description) }, pages)
        // Written to a file, they are at that file's lines.
        let written = DocsImporter.importPages(pages, draftPath: "new.json")
        XCTAssertEqual(Set(written.diagnostics.map(\.file)), ["new.json"])
    }

    /// A sample in a fence the page never closes is not JSON: the warning is at a line of the page, not past its end.
    func testAnUnclosedFenceAtTheEndIsWarnedInsideThePage() throws {
        let widgets = try XCTUnwrap(read(ImportFixture.widgets).last)
        let cut = try XCTUnwrap(widgets.text.range(of: "#### Sample JSON Response"))
        let text = widgets.text[..<cut.lowerBound] + "#### Sample JSON Response\n\n```javascript\n{\n    \"widgetId\": \"x\",\n"
        let pages = [(file: widgets.file, text: String(text))]
        let result = DocsImporter.importPages(pages)
        XCTAssertTrue(result.warnings.contains { $0.kind == .sampleNotJSON })
        assertOnPages(result.warnings.map { ($0.place.file, $0.place.line, $0.description) }, pages)
    }

    /// A combining mark in an object page's heading (`Note` + U+0301) is composed with its letter or dropped: the
    /// type's name is one the spec takes, and the draft lints clean.
    func testACombiningMarkInAHeadingGivesADraftThatLints() throws {
        let pages = try read(ImportFixture.notes).map { page in
            (page.file, page.text.replacingOccurrences(of: "### Note Object", with: "### Note\u{0301} Object"))
        }
        XCTAssertTrue(pages.contains { $0.1.contains("Note\u{0301}") })
        let result = DocsImporter.importPages(pages)
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        let spec = try XCTUnwrap(SpecLoader.load(text: result.text, path: "draft.json").specification)
        for type in spec.types {
            XCTAssertTrue(type.name.unicodeScalars.allSatisfy { NameCharacters.isLetter($0) || NameCharacters.isDigit($0) }, type.name)
        }
        for mark in ["\u{0301}", "\u{20DD}", "\u{0903}"] {
            XCTAssertTrue(NameCase.typeName("A\(mark)b c\(mark)").unicodeScalars.allSatisfy { NameCharacters.isLetter($0) || NameCharacters.isDigit($0) })
        }
        XCTAssertEqual(NameCase.typeName("\u{01F0}ob"), "Job", "an upper case that takes a mark drops it")
    }
}
