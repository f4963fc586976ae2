import APIGenCLI
import Foundation
import XCTest

/// `apigen import`: a draft written where asked, the loop "docs changed →
/// merge → diff" from the command line, and usage errors.
final class ImportCommandTests: XCTestCase {
    private var folder: URL!
    private let manager = FileManager.default
    private static let pages = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("APIImportTests/Pages/msdocs")

    override func setUpWithError() throws {
        folder = manager.temporaryDirectory.appendingPathComponent("apigen-import-\(UUID().uuidString)")
        try manager.createDirectory(at: folder.appendingPathComponent("docs"), withIntermediateDirectories: true)
        for page in ["tokens.md", "widgets.md"] {
            try manager.copyItem(at: Self.pages.appendingPathComponent(page), to: folder.appendingPathComponent("docs/\(page)"))
        }
    }

    override func tearDownWithError() throws {
        try? manager.removeItem(at: folder)
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
    private var docs: [String] { [path("docs/tokens.md"), path("docs/widgets.md")] }

    func testDraftThenMergeThenDiff() throws {
        XCTAssertEqual(CommandLineTool.run(["import"] + docs + ["--output", path("widgets.json")]), 0)
        XCTAssertEqual(CommandLineTool.run(["lint", path("widgets.json")]), 0)
        // The first merge records the import it starts from and changes nothing.
        let draft = try String(contentsOfFile: path("widgets.json"), encoding: .utf8)
        XCTAssertEqual(CommandLineTool.run(["import"] + docs + ["--into", path("widgets.json")]), 0)
        XCTAssertTrue(manager.fileExists(atPath: path("imported/widgets.json")))
        XCTAssertEqual(try String(contentsOfFile: path("widgets.json"), encoding: .utf8), draft)
        // The docs change; the spec follows; diff says what it means for callers.
        let page = try String(contentsOfFile: path("docs/widgets.md"), encoding: .utf8)
        try page.replacingOccurrences(of: "Max limit of 80 Characters", with: "Max limit of 40 Characters")
            .write(toFile: path("docs/widgets.md"), atomically: true, encoding: .utf8)
        XCTAssertEqual(CommandLineTool.run(["import"] + docs + ["--into", path("widgets.json")]), 0)
        let merged = try String(contentsOfFile: path("widgets.json"), encoding: .utf8)
        XCTAssertTrue(merged.contains(#""maxLength": 40"#))
        try draft.write(toFile: path("before.json"), atomically: true, encoding: .utf8)
        XCTAssertEqual(CommandLineTool.run(["diff", path("before.json"), path("widgets.json"), "--fail-on-breaking"]), 1, "a tighter limit breaks callers")
    }

    func testUsageErrors() {
        XCTAssertEqual(CommandLineTool.run(["import"]), 2)
        XCTAssertEqual(CommandLineTool.run(["import"] + docs + ["--output", path("a.json"), "--into", path("b.json")]), 2)
        XCTAssertEqual(CommandLineTool.run(["import"] + docs + ["--into", path("missing.json")]), 1)
        // The figures replace the draft, so a destination for the draft is refused, not silently left unwritten.
        XCTAssertEqual(CommandLineTool.run(["import"] + docs + ["--figures", "--output", path("c.json")]), 2)
        XCTAssertFalse(manager.fileExists(atPath: path("c.json")))
        XCTAssertEqual(CommandLineTool.run(["import"] + docs + ["--figures"]), 0)
    }

    func testPagesThatCannotBeReadOrSayNothingWriteNothing() throws {
        XCTAssertEqual(CommandLineTool.run(["import", path("docs/missing.md"), "--output", path("a.json")]), 1)
        try "Just prose, no tables.\n".write(toFile: path("docs/prose.md"), atomically: true, encoding: .utf8)
        XCTAssertEqual(CommandLineTool.run(["import", path("docs/prose.md"), "--output", path("b.json")]), 1)
        XCTAssertFalse(manager.fileExists(atPath: path("a.json")) || manager.fileExists(atPath: path("b.json")))
    }

    func testABrokenSpecIsNotMergedInto() throws {
        try "{\n  \"name\": \n}\n".write(toFile: path("broken.json"), atomically: true, encoding: .utf8)
        XCTAssertEqual(CommandLineTool.run(["import"] + docs + ["--into", path("broken.json")]), 1)
        XCTAssertFalse(manager.fileExists(atPath: path("imported/broken.json")), "no base is recorded for a spec that does not load")
        XCTAssertEqual(try String(contentsOfFile: path("broken.json"), encoding: .utf8), "{\n  \"name\": \n}\n")
    }

    func testADraftNeverOverwritesASpec() throws {
        try "{}".write(toFile: path("kept.json"), atomically: true, encoding: .utf8)
        XCTAssertEqual(CommandLineTool.run(["import"] + docs + ["--output", path("kept.json")]), 1)
        XCTAssertEqual(try String(contentsOfFile: path("kept.json"), encoding: .utf8), "{}")
    }
}
