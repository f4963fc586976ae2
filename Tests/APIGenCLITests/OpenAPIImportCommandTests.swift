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

    private func document(_ extraField: String = "", sizes: String = #"["S", "M"]"#, extraPath: String = "",
                          extraSchema: String = "") -> String {
        #"""
        {"openapi": "3.0.3", "info": {"title": "Pets", "version": "1"}, "servers": [{"url": "https://pets.example"}],
         "paths": {"/pets": {"get": {"operationId": "listPets", "responses": {"200": {"description": "The pets.",
                     "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}}}}},
                   "post": {"operationId": "addPet", "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
                     "responses": {"204": {"description": "Added."}}}}\#(extraPath)},
         "components": {"schemas": {"Pet": {"type": "object", "required": ["name"], "properties": {
           "name": {"type": "string"}, "tag": {"type": "string"}, "size": {"type": "string", "enum": \#(sizes)}\#(extraField)}}\#(extraSchema)}}}
        """#
    }

    /// A re-import of a changed document takes the document's changes into the spec a person keeps, keeps the person's
    /// own edits, and records the import it merged; the same document again changes nothing.
    func testDocumentMergedIntoAKeptSpec() throws {
        try document().write(toFile: path("pets.json"), atomically: true, encoding: .utf8)
        XCTAssertEqual(CommandLineTool.run(["import", "openapi", path("pets.json"), "--output", path("spec.json")]), 0)
        XCTAssertEqual(CommandLineTool.run(["import", "openapi", path("pets.json"), "--into", path("spec.json")]), 0)
        XCTAssertTrue(manager.fileExists(atPath: path("imported/spec.json")), "the first merge records the import")
        // The person names a field in Swift.
        let kept = try String(contentsOfFile: path("spec.json"), encoding: .utf8)
        let edited = kept.replacingOccurrences(of: #"{"name": "tag", "type": "string", "optional": true}"#,
                                               with: #"{"name": "tag", "type": "string", "optional": true, "swiftName": "label"}"#)
        XCTAssertNotEqual(edited, kept)
        try edited.write(toFile: path("spec.json"), atomically: true, encoding: .utf8)
        let removal = #", "/pets/{id}": {"delete": {"operationId": "removePet", "parameters": [{"name": "id", "in": "path", "#
            + #""required": true, "schema": {"type": "string"}}], "responses": {"204": {"description": "Removed."}}}}"#
        // New in the document: a field, a field of a new type, an enum value, and an operation that answers with a new type.
        let owners = #", "/owners": {"get": {"operationId": "listOwners", "responses": {"200": {"description": "Owners.", "#
            + ##""content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Owner"}}}}}}}}"##
        let newFields = ##", "age": {"type": "integer", "format": "int32", "maximum": 40}, "owner": {"$ref": "#/components/schemas/Owner"}"##
        let newSchema = #", "Owner": {"type": "object", "properties": {"email": {"type": "string", "format": "email"}}}"#
        try document(newFields, sizes: #"["S", "M", "L"]"#, extraPath: removal + owners, extraSchema: newSchema)
            .write(toFile: path("pets.json"), atomically: true, encoding: .utf8)
        XCTAssertEqual(CommandLineTool.run(["import", "openapi", path("pets.json"), "--into", path("spec.json")]), 0)
        let merged = try String(contentsOfFile: path("spec.json"), encoding: .utf8)
        XCTAssertTrue(merged.contains(#""swiftName": "label""#), "the person's edit is kept")
        XCTAssertTrue(merged.contains(#"{"name": "age", "type": "int32", "optional": true, "maximum": 40}"#), merged)
        XCTAssertTrue(merged.contains(#""L""#), "the new enum value")
        XCTAssertTrue(merged.contains(#""path": "/pets/{id}""#), "the new operation")
        XCTAssertTrue(merged.contains(#"{"name": "owner", "type": "Owner", "optional": true}"#), "a field of a new type")
        XCTAssertTrue(merged.contains(#""name": "Owner""#) && merged.contains(#""path": "/owners""#), "the new type and its operation")
        XCTAssertEqual(CommandLineTool.run(["lint", path("spec.json")]), 0)
        XCTAssertEqual(CommandLineTool.run(["import", "openapi", path("pets.json"), "--into", path("spec.json")]), 0)
        XCTAssertEqual(try String(contentsOfFile: path("spec.json"), encoding: .utf8), merged, "the same document again changes nothing")
        XCTAssertEqual(CommandLineTool.run(["import", "openapi", path("pets.json"), "--into", path("spec.json"), "--output", path("x.json")]), 2)
        XCTAssertEqual(CommandLineTool.run(["import", "openapi", path("pets.json"), "--base", path("b.json")]), 2)
    }

    func testErrors() throws {
        try "openapi: 3.1.0\ninfo: {title: T, version: '1'\n".write(toFile: path("api.yaml"), atomically: true, encoding: .utf8)
        XCTAssertEqual(CommandLineTool.run(["import", "openapi", path("api.yaml")]), 1, "a YAML syntax error is located")
        try "{\"swagger\": \"1.2\"}".write(toFile: path("old.json"), atomically: true, encoding: .utf8)
        XCTAssertEqual(CommandLineTool.run(["import", "openapi", path("old.json"), "--output", path("old-spec.json")]), 1)
        try "{\"openapi\": ".write(toFile: path("broken.json"), atomically: true, encoding: .utf8)
        XCTAssertEqual(CommandLineTool.run(["import", "openapi", path("broken.json")]), 1)
        XCTAssertEqual(CommandLineTool.run(["import", "openapi"]), 2)
        XCTAssertFalse(manager.fileExists(atPath: path("old-spec.json")), "nothing written")
    }
}
