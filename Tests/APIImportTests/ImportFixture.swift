import APIImport
import APISpec
import Foundation
import XCTest

/// The test pages (written for these tests, in both docs families and in
/// three languages) and what importing them gives.
enum ImportFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let pages = folder.appendingPathComponent("Pages")
    static let expected = folder.appendingPathComponent("Expected")
    static let packageRoot = folder.deletingLastPathComponent().deletingLastPathComponent()

    static func paths(_ subfolder: String, _ names: [String]) -> [String] {
        names.map { pages.appendingPathComponent(subfolder).appendingPathComponent($0).path }
    }

    /// The real docs pages of the shipped APIs, kept beside the checkout in `../shared/reference` (or where
    /// `APIGEN_REFERENCE_DOCS` says), not in the repository. A test that needs them calls this, which skips it
    /// where they are missing with a message that says so plainly: XCTSkipUnless's own wording reads like a failure.
    static func referenceDocs() throws -> URL {
        if let configured = ProcessInfo.processInfo.environment["APIGEN_REFERENCE_DOCS"] {
            let url = URL(fileURLWithPath: configured)
            guard hasReferenceDocs(url) else {
                throw XCTSkip("needs the reference docs at \(url.path) (from APIGEN_REFERENCE_DOCS); see README")
            }
            return url
        }
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/reference")
        guard hasReferenceDocs(url) else {
            throw XCTSkip("needs ../shared/reference (the reference docs beside the checkout); see README")
        }
        return url
    }

    private static func hasReferenceDocs(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("kaizala/groups.md").path)
    }

    static var widgets: [String] { paths("msdocs", ["tokens.md", "widgets.md"]) }
    static var notes: [String] { paths("docusaurus", ["base_url.md", "delete_note.md", "note.md", "post_send_note.md"]) }

    /// Pages' places relative to the package, so goldens do not depend on where it is checked out.
    static func importing(_ paths: [String], name: String? = nil) -> DocsImporter.Result {
        let root = packageRoot.path + "/"
        let pages = paths.map { path in
            (file: path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path, text: (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
        }
        return DocsImporter.importPages(pages, name: name) { file, example in
            let path = packageRoot.appendingPathComponent(file).deletingLastPathComponent().appendingPathComponent("examples/\(example).sh.md")
            let relative = path.path.hasPrefix(root) ? String(path.path.dropFirst(root.count)) : path.path
            return (try? String(contentsOf: path, encoding: .utf8)).map { ($0, relative) }
        }
    }

    static func load(_ text: String, path: String = "draft.json") throws -> APISpecification {
        let loaded = SpecLoader.load(text: text, path: path)
        return try XCTUnwrap(loaded.specification ?? loaded.partial, loaded.diagnostics.map(\.description).joined(separator: "\n"))
    }

    /// Compares with `Expected/<name>`; `APIGEN_RECORD=1` rewrites it.
    static func assertGolden(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = expected.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["APIGEN_RECORD"] != nil {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(text, try String(contentsOf: url, encoding: .utf8), "\(name) differs; APIGEN_RECORD=1 re-records it", file: file, line: line)
    }
}
