import APIExport
import APIGenerator
import APIImport
import APISpec
import XCTest

/// Successes beside an operation's own, as GitHub's document writes them: a `204` or an object of no properties
/// carries nothing to return, and a body of another schema is not read; either way the call gives nil on it.
final class EmptyAnswerImportTests: XCTestCase {
    private static let document = #"""
        {"openapi": "3.0.3", "info": {"title": "Repos", "version": "1"}, "servers": [{"url": "https://repos.example"}],
         "paths": {
          "/stats": {"get": {"operationId": "getStats", "responses": {
            "200": {"description": "Weekly counts.", "content": {"application/json": {"schema": {"type": "array",
              "items": {"type": "integer"}}}}},
            "202": {"description": "Still computing.", "content": {"application/json": {"schema":
              {"$ref": "#/components/schemas/empty-object"}}}},
            "204": {"description": "An empty repository."}}}},
          "/deployments": {"post": {"operationId": "createDeployment", "responses": {
            "201": {"description": "Created.", "content": {"application/json": {"schema":
              {"$ref": "#/components/schemas/Deployment"}}}},
            "202": {"description": "Merged instead.", "content": {"application/json": {"schema": {"type": "object",
              "properties": {"message": {"type": "string"}}}}}}}}},
          "/properties/{key}": {"put": {"operationId": "setProperty", "parameters": [{"name": "key", "in": "path",
              "required": true, "schema": {"type": "string"}}], "responses": {
            "200": {"description": "Updated.", "content": {"application/json": {"schema": {}}}},
            "201": {"description": "Created.", "content": {"application/json": {"schema": {}}}}}}},
          "/contributors": {"get": {"operationId": "listContributors", "responses": {
            "200": {"description": "A page.", "headers": {"Link": {"schema": {"type": "string"}}},
              "content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}},
            "204": {"description": "An empty repository."}}}},
          "/notes": {"post": {"operationId": "addNote", "responses": {
            "200": {"description": "Any JSON.", "content": {"application/json": {"example": {"id": 1}}}},
            "201": {"description": "Any JSON too.", "content": {"application/json": {"example": {"id": 2}}}}}}},
          "/tags": {"post": {"operationId": "addTag", "responses": {
            "200": {"description": "The tag.", "content": {"application/json": {"schema": {"type": "string"}}}},
            "202": {"description": "Queued.", "content": {"application/json": {"example": {"queue": 3}}}}}}},
          "/archive": {"get": {"operationId": "getArchive", "responses": {
            "200": {"description": "The archive.", "content": {"application/octet-stream": {"schema": {"type": "string",
              "format": "binary"}}}},
            "202": {"description": "Not ready yet."},
            "206": {"description": "Part of it.", "content": {"application/octet-stream": {"schema": {"type": "string",
              "format": "binary"}}}}}}}
         },
         "components": {"schemas": {
          "empty-object": {"type": "object", "properties": {}, "additionalProperties": false},
          "Deployment": {"type": "object", "properties": {"id": {"type": "integer"}}}}}}
        """#

    private func imported() throws -> OpenAPIImporter.Result {
        try OpenAPIImporter.importDocument(OpenAPIDocument.parse(Self.document, file: "repos.json"), draftPath: "repos.json")
    }

    private func statuses(_ spec: APISpecification, _ name: String) -> [String] {
        spec.operations.first { $0.name == name }?.statuses.map {
            "\($0.code)\($0.isEmptyAnswer ? " empty" : "")"
        } ?? []
    }

    func testSuccessesWithNothingToReturnAreEmptyAnswers() throws {
        let result = try imported()
        let spec = result.specification
        XCTAssertEqual(statuses(spec, "getStats"), ["200", "202 empty", "204 empty"])
        XCTAssertEqual(statuses(spec, "createDeployment"), ["201", "202 empty"])
        XCTAssertEqual(statuses(spec, "setProperty"), ["200", "201"], "the success's own schema is read as the success")
        XCTAssertEqual(statuses(spec, "listContributors"), ["200", "204 empty"], "a paged walk ends there")
        XCTAssertEqual(statuses(spec, "getArchive"), ["200", "202 empty", "206"], "bytes beside bytes are the success's")
        XCTAssertEqual(spec.operations.first { $0.name == "listContributors" }?.pagination?.style, .linkHeader)
        XCTAssertEqual(statuses(spec, "addNote"), ["200", "201"], "any JSON beside any JSON is read as the success")
        XCTAssertEqual(statuses(spec, "addTag"), ["200", "202 empty"])
        let errors = Lint.diagnostics(text: result.text, path: "repos.json").filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.description), [])
    }

    func testWhatIsNotReadIsALocatedWarning() throws {
        let warnings = try imported().warnings.filter { $0.kind == .responseNotExpressible }
        XCTAssertEqual(warnings.map(\.pointer).sorted(), [
            "#/paths/~1deployments/post/responses/202/content/application~1json",
            "#/paths/~1tags/post/responses/202/content/application~1json",
        ])
        XCTAssertTrue(warnings.allSatisfy { $0.location.line > 0 }, "\(warnings)")
    }

    /// A walk the export states (`x-apigen-pagination`) keeps its empty answer, where the walk ends.
    func testAStatedWalkKeepsItsEmptyAnswer() throws {
        let spec = #"""
            {"name": "Walks", "baseURL": "https://walks.example", "operations": [
              {"name": "listThings", "summary": "Lists things.", "group": "things", "method": "GET", "path": "/things",
               "parameters": [{"name": "page", "in": "query", "type": "int32", "optional": true}],
               "responseBody": {"fields": [{"name": "items", "type": "[string]"}]},
               "statuses": [{"code": 204, "description": "Nothing yet.", "empty": true}],
               "pagination": {"style": "page", "parameter": "page", "items": "items", "end": "shortPage"}}]}
            """#
        let original = try XCTUnwrap(SpecLoader.load(text: spec, path: "walks.json").specification)
        let result = try OpenAPIImporter.importDocument(
            OpenAPIDocument.parse(OpenAPIExporter.export(original).text, file: "walks.openapi.json"), draftPath: "walks.json")
        XCTAssertEqual(result.specification.operations.map(\.name), ["listThings"])
        XCTAssertEqual(statuses(result.specification, "listThings"), ["204 empty"])
        XCTAssertNotNil(result.specification.operations.first?.pagination)
        XCTAssertEqual(result.warnings.map(\.kind), [])
    }

    /// Out through the export and back: an empty answer has no content, and one read as the success has the
    /// success's, so both come back as they were.
    func testEmptyAnswersSurviveExportThenImport() throws {
        let original = try imported().specification
        let exported = OpenAPIExporter.export(original).text
        let again = try OpenAPIImporter.importDocument(OpenAPIDocument.parse(exported, file: "repos.openapi.json"),
                                                       draftPath: "repos.json").specification
        for name in ["getStats", "createDeployment", "setProperty", "listContributors", "getArchive"] {
            XCTAssertEqual(statuses(again, name), statuses(original, name), name)
        }
        let path = ImportFixture.packageRoot.appendingPathComponent("Tests/Fixtures/Checks/spec.json").path
        let checks = try XCTUnwrap(SpecLoader.load(path: path).specification)
        let back = try OpenAPIImporter.importDocument(
            OpenAPIDocument.parse(OpenAPIExporter.export(checks).text, file: "checks.openapi.json"),
            draftPath: "checks.json").specification
        XCTAssertEqual(statuses(back, "getRoster"), ["202 empty", "203", "204 empty", "404"])
        XCTAssertEqual(statuses(back, "getRoster"), statuses(checks, "getRoster"))
    }
}
