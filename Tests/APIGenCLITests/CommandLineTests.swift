import APIGenCLI
import Foundation
import XCTest

/// The CLI's promises: exit statuses, nothing written on spec errors, only
/// changed files rewritten, stale files removed, `check` for CI.
final class CommandLineTests: XCTestCase {
    private var folder: URL!
    private let manager = FileManager.default
    private static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schema")

    override func setUpWithError() throws {
        folder = manager.temporaryDirectory.appendingPathComponent("apigen-cli-\(UUID().uuidString)")
        try manager.createDirectory(at: folder.appendingPathComponent("schema"), withIntermediateDirectories: true)
        try manager.copyItem(at: Self.schema.appendingPathComponent("callbell.json"), to: folder.appendingPathComponent("schema/callbell.json"))
    }

    override func tearDownWithError() throws {
        try? manager.removeItem(at: folder)
    }

    private var schemaPath: String { folder.appendingPathComponent("schema").path }
    private var outputPath: String { folder.appendingPathComponent("Generated").path }

    private func regenerate() -> Int32 {
        CommandLineTool.run(["--schema", schemaPath, "--output", outputPath])
    }

    private func generatedFiles() -> [String] {
        let root = folder.appendingPathComponent("Generated")
        guard let enumerator = manager.enumerator(atPath: root.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted()
    }

    func testRegenerateWritesOnlyWhatChanged() throws {
        XCTAssertEqual(regenerate(), 0)
        let client = folder.appendingPathComponent("Generated/Callbell/CallbellClient.swift")
        XCTAssertTrue(generatedFiles().contains("Callbell/Models/Contact.swift"))
        let past = Date(timeIntervalSince1970: 1_000_000)
        try manager.setAttributes([.modificationDate: past], ofItemAtPath: client.path)
        XCTAssertEqual(regenerate(), 0)
        let modified = try XCTUnwrap(manager.attributesOfItem(atPath: client.path)[.modificationDate] as? Date)
        XCTAssertEqual(modified, past, "an unchanged file was rewritten")
    }

    func testRemovedTypesLoseTheirFilesButHandWrittenFilesStay() throws {
        XCTAssertEqual(regenerate(), 0)
        let handWritten = folder.appendingPathComponent("Generated/Callbell/Extensions.swift")
        try "extension Int {}\n".write(to: handWritten, atomically: true, encoding: .utf8)
        let specURL = folder.appendingPathComponent("schema/callbell.json")
        var spec = try String(contentsOf: specURL, encoding: .utf8)
        spec = spec.replacingOccurrences(of: #""type": "Conversation", "optional": true"#, with: #""type": "json", "optional": true"#)
        let start = try XCTUnwrap(spec.range(of: "    {\n      \"name\": \"Conversation\""))
        let end = try XCTUnwrap(spec.range(of: "    {\n      \"name\": \"MessageSendRequest\""))
        spec.removeSubrange(start.lowerBound..<end.lowerBound)
        try spec.write(to: specURL, atomically: true, encoding: .utf8)
        XCTAssertEqual(regenerate(), 0)
        XCTAssertFalse(generatedFiles().contains("Callbell/Models/Conversation.swift"))
        XCTAssertTrue(manager.fileExists(atPath: handWritten.path))
    }

    func testBrokenSpecWritesNothingAndFails() throws {
        try #"{"name": "Broken", "baseURL": "https://x", "operations": [{"name": "a"}]}"#
            .write(to: folder.appendingPathComponent("schema/broken.json"), atomically: true, encoding: .utf8)
        XCTAssertEqual(regenerate(), 1)
        XCTAssertEqual(generatedFiles(), [], "a spec error must leave the output untouched")
    }

    func testCheckFindsStaleMissingAndExtraFiles() throws {
        XCTAssertEqual(CommandLineTool.run(["check", "--schema", schemaPath, "--output", outputPath]), 1)
        XCTAssertEqual(regenerate(), 0)
        XCTAssertEqual(CommandLineTool.run(["check", "--schema", schemaPath, "--output", outputPath]), 0)
        let model = folder.appendingPathComponent("Generated/Callbell/Models/Contact.swift")
        try (String(contentsOf: model, encoding: .utf8) + "// edited\n").write(to: model, atomically: true, encoding: .utf8)
        XCTAssertEqual(CommandLineTool.run(["check", "--schema", schemaPath, "--output", outputPath]), 1)
    }

    func testGenerateOneSpecIntoOneFile() throws {
        let output = folder.appendingPathComponent("Single").path
        let spec = folder.appendingPathComponent("schema/callbell.json").path
        XCTAssertEqual(CommandLineTool.run(["generate", "--spec", spec, "--output", output, "--single-file", "Callbell.swift",
                                            "--access", "internal", "--module", "Messaging"]), 0)
        let text = try String(contentsOf: URL(fileURLWithPath: output).appendingPathComponent("Callbell.swift"), encoding: .utf8)
        XCTAssertTrue(text.contains("struct MessagingClient: Swift.Sendable"))
        XCTAssertFalse(text.contains("public "))
        XCTAssertTrue(text.hasPrefix("// Generated by apigen from "))
        XCTAssertFalse(text.contains(folder.path), "the header must not carry an absolute path")
    }

    func testModelsAreEquatableAndHashableOnlyWhenAskedFor() throws {
        let spec = folder.appendingPathComponent("schema/callbell.json").path
        for hashable in [false, true] {
            let output = folder.appendingPathComponent("Conformances-\(hashable)").path
            XCTAssertEqual(CommandLineTool.run(["generate", "--spec", spec, "--output", output, "--single-file", "Callbell.swift"]
                                               + (hashable ? ["--hashable"] : [])), 0)
            let text = try String(contentsOf: URL(fileURLWithPath: output).appendingPathComponent("Callbell.swift"), encoding: .utf8)
            XCTAssertTrue(text.contains("struct Contact: \(hashable ? "Swift.Hashable" : "Swift.Equatable"), Swift.Sendable"), "\(hashable)")
            XCTAssertFalse(text.contains("struct Contact: \(hashable ? "Swift.Equatable" : "Swift.Hashable")"), "\(hashable)")
        }
        // `check` compares with what the same flag generates.
        XCTAssertEqual(CommandLineTool.run(["--schema", schemaPath, "--output", outputPath, "--hashable"]), 0)
        XCTAssertEqual(CommandLineTool.run(["check", "--schema", schemaPath, "--output", outputPath, "--hashable"]), 0)
        XCTAssertEqual(CommandLineTool.run(["check", "--schema", schemaPath, "--output", outputPath]), 1)
    }

    func testUsageErrorsExitWithTwo() {
        XCTAssertEqual(CommandLineTool.run(["--frobnicate"]), 2)
        XCTAssertEqual(CommandLineTool.run(["generate", "--spec"]), 2)
        XCTAssertEqual(CommandLineTool.run(["generate", "--spec", "a.json", "--output", "o", "--access", "open"]), 2)
        XCTAssertEqual(CommandLineTool.run(["lint"]), 2)
        XCTAssertEqual(CommandLineTool.run(["--version"]), 0)
        XCTAssertEqual(CommandLineTool.run(["--help"]), 0)
    }

    func testLintExitStatus() throws {
        XCTAssertEqual(CommandLineTool.run(["lint", folder.appendingPathComponent("schema/callbell.json").path]), 0)
        try "{".write(to: folder.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        XCTAssertEqual(CommandLineTool.run(["lint", folder.appendingPathComponent("bad.json").path]), 1)
    }

    /// What `generate` would refuse (a name the client already takes), `lint` refuses too.
    func testLintRunsTheResolverLikeGenerate() throws {
        let spec = folder.appendingPathComponent("clash.json")
        try #"{"name": "P", "baseURL": "https://x.example", "types": [{"name": "PClient", "fields": [{"name": "a", "type": "string"}]}], "operations": []}"#
            .write(to: spec, atomically: true, encoding: .utf8)
        XCTAssertEqual(CommandLineTool.run(["lint", spec.path]), 1)
        XCTAssertEqual(CommandLineTool.run(["generate", "--spec", spec.path, "--output", folder.appendingPathComponent("Clash").path]), 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Clash").path))
    }

    func testExportWritesAnOpenAPIDocumentOfALintCleanSpec() throws {
        let spec = folder.appendingPathComponent("schema/callbell.json").path
        let output = folder.appendingPathComponent("callbell.openapi.json")
        XCTAssertEqual(CommandLineTool.run(["export", "openapi", spec, "--output", output.path]), 0)
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
        XCTAssertEqual(document["openapi"] as? String, "3.1.0")
        XCTAssertEqual(CommandLineTool.run(["export", "swagger", spec]), 2)
        let clash = folder.appendingPathComponent("clash.json")
        try #"{"name": "P", "baseURL": "https://x.example", "types": [{"name": "PClient", "fields": [{"name": "a", "type": "string"}]}], "operations": []}"#
            .write(to: clash, atomically: true, encoding: .utf8)
        XCTAssertEqual(CommandLineTool.run(["export", "openapi", clash.path]), 1, "a spec that does not lint clean is not exported")
    }

    func testSingleFileIsANameNeverAPath() {
        let spec = folder.appendingPathComponent("schema/callbell.json").path
        let output = folder.appendingPathComponent("Inside/Deeper").path
        for name in ["../../x.swift", "a/b.swift", "..", ""] {
            XCTAssertEqual(CommandLineTool.run(["generate", "--spec", spec, "--output", output, "--single-file", name]), 2, name)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.swift").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }
}
