import APIExport
import APIGenerator
import APIImport
import APISpec
import XCTest

/// A list's default of scalars (GitHub's webhook `events`, `["push"]`) is the field's default; one of objects or
/// lists is a located warning. Both directions of the export keep it.
final class ListDefaultImportTests: XCTestCase {
    func testAListOfScalarsIsADefault() throws {
        let document = #"""
            {"openapi": "3.0.3", "info": {"title": "Hooks", "version": "1"}, "servers": [{"url": "https://hooks.example"}],
             "paths": {"/hooks": {"post": {"operationId": "createHook", "requestBody": {"content": {"application/json":
               {"schema": {"type": "object", "properties": {
                 "events": {"type": "array", "items": {"type": "string"}, "default": ["push"]},
                 "ports": {"type": "array", "items": {"type": "integer"}, "default": [80, 443]},
                 "windows": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}, "default": [[1]]},
                 "kinds": {"type": "array", "items": {"enum": ["push", "pull"]}, "default": ["push", "star"]},
                 "sizes": {"type": "array", "items": {"type": "integer", "maximum": 5}, "default": [10]}}}}}},
               "responses": {"204": {"description": "Created."}}}}}}
            """#
        let result = try OpenAPIImporter.importDocument(OpenAPIDocument.parse(document, file: "hooks.json"),
                                                        draftPath: "hooks.json")
        guard case .fields(let body)? = result.specification.operations.first?.requestBody?.shape else {
            return XCTFail("no body")
        }
        XCTAssertEqual(body.fields.map { $0.defaultValue?.description ?? "-" }, [#"["push"]"#, "[80, 443]", "-", "-", "-"])
        XCTAssertEqual(result.warnings.filter { $0.kind == .defaultNotLiteral }.map(\.pointer),
                       ["#/paths/~1hooks/post/requestBody/content/application~1json/schema/properties/windows/default"])
        // A default an item of which lint refuses is left out; the field keeps its type.
        XCTAssertEqual(body.fields.map(\.type.description), ["[string]", "[int64]", "[[int64]]", "[CreateHookRequestKind]",
                                                              "[int64]"])
        XCTAssertEqual(result.warnings.filter { $0.kind == .factLeftOut }.count, 2, "\(result.warnings)")
        let errors = Lint.diagnostics(text: result.text, path: "hooks.json").filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.description), [])
    }

    func testListDefaultsSurviveExportThenImport() throws {
        let path = ImportFixture.packageRoot.appendingPathComponent("Tests/Fixtures/Checks/spec.json").path
        let checks = try XCTUnwrap(SpecLoader.load(path: path).specification)
        let back = try OpenAPIImporter.importDocument(
            OpenAPIDocument.parse(OpenAPIExporter.export(checks).text, file: "checks.openapi.json"),
            draftPath: "checks.json").specification
        func defaults(_ spec: APISpecification) -> [String] {
            spec.operations.first { $0.name == "getRoster" }?.parameters.map {
                "\($0.field.name) \($0.field.defaultValue?.description ?? "-") \($0.field.isClientDefault)"
            } ?? []
        }
        XCTAssertEqual(defaults(back), [#"tones ["calm", "loud"] true"#, "sizes [1, 2] false"])
        XCTAssertEqual(defaults(back), defaults(checks))
    }
}
