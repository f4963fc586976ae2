import APIGenCLI
import Foundation
import XCTest

/// `apigen import openapi`: a draft written where asked and linting clean, never over a file, and its errors.
final class OpenAPIImportCommandTests: XCTestCase {
    private var folder: URL!
    private let manager = FileManager.default
    private static let landmines = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("APIImportTests/Pages/openapi/landmines.json").path

    override func setUpWithError() throws {
        folder = manager.temporaryDirectory.appendingPathComponent("apigen-openapi-\(UUID().uuidString)")
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? manager.removeItem(at: folder)
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func testDraftIsWrittenOnceAndLints() throws {
        XCTAssertEqual(CommandLineTool.run(["import", "openapi", Self.landmines, "--name", "Zoo", "--output", path("zoo.json")]), 0)
        XCTAssertEqual(CommandLineTool.run(["lint", path("zoo.json")]), 0)
        let draft = try String(contentsOfFile: path("zoo.json"), encoding: .utf8)
        XCTAssertTrue(draft.contains("\"name\": \"Zoo\""))
        // Never over an existing file.
        XCTAssertEqual(CommandLineTool.run(["import", "openapi", Self.landmines, "--output", path("zoo.json")]), 1)
        XCTAssertEqual(try String(contentsOfFile: path("zoo.json"), encoding: .utf8), draft)
    }

    func testErrors() throws {
        try "openapi: 3.1.0\ninfo: {title: T, version: '1'\n".write(toFile: path("api.yaml"), atomically: true, encoding: .utf8)
        XCTAssertEqual(CommandLineTool.run(["import", "openapi", path("api.yaml")]), 1, "a YAML syntax error is located")
        try "{\"swagger\": \"2.0\"}".write(toFile: path("old.json"), atomically: true, encoding: .utf8)
        XCTAssertEqual(CommandLineTool.run(["import", "openapi", path("old.json"), "--output", path("old-spec.json")]), 1)
        try "{\"openapi\": ".write(toFile: path("broken.json"), atomically: true, encoding: .utf8)
        XCTAssertEqual(CommandLineTool.run(["import", "openapi", path("broken.json")]), 1)
        XCTAssertEqual(CommandLineTool.run(["import", "openapi"]), 2)
        XCTAssertFalse(manager.fileExists(atPath: path("old-spec.json")), "nothing written")
    }
}
