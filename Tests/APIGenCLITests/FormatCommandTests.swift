import APIGenCLI
import Foundation
import XCTest

/// `apigen fmt`: specs rewritten in the canonical layout, `--check` for CI,
/// and nothing written while any spec given has errors.
final class FormatCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-fmt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private let untidy = """
    {"name": "Tiny", "baseURL": "https://example.com", "operations": [{"name": "ping", "summary": "Pings.", "group": "health",
        "method": "GET", "path": "/ping", "authenticated": true,
        "responseBody": {"fields": [{"name": "ok", "type": "bool", "optional": false}]}}]}
    """

    private func write(_ text: String, _ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    private func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    func testCheckFailsOnAnUntidySpecAndFormattingFixesIt() throws {
        let path = try write(untidy, "tiny.json")
        XCTAssertEqual(CommandLineTool.run(["fmt", "--check", path]), 1)
        XCTAssertEqual(try read(path), untidy, "--check writes nothing")
        XCTAssertEqual(CommandLineTool.run(["fmt", path]), 0)
        let formatted = try read(path)
        XCTAssertNotEqual(formatted, untidy)
        XCTAssertFalse(formatted.contains("authenticated"), "a default is left out")
        XCTAssertEqual(CommandLineTool.run(["fmt", "--check", path]), 0)
        XCTAssertEqual(CommandLineTool.run(["fmt", path]), 0)
        XCTAssertEqual(try read(path), formatted, "formatting is idempotent")
    }

    func testASpecWithErrorsLeavesEverySpecAsItWas() throws {
        let good = try write(untidy, "good.json")
        let broken = try write(#"{"name": "Broken", "baseURL": "https://example.com", "operations": [{"name": "x"}]}"#, "broken.json")
        XCTAssertEqual(CommandLineTool.run(["fmt", good, broken]), 1)
        XCTAssertEqual(try read(good), untidy)
        XCTAssertEqual(CommandLineTool.run(["fmt"]), 2, "fmt needs a spec")
    }
}
