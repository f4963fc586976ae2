import APIExport
import APIGenerator
import APIImport
import APISpec
import XCTest

/// The success answer's headers are the operation's `responseHeaders` (GitHub's `Location` of a created repository,
/// its rate-limit counts); headers of other answers, and those no text value holds, are located warnings. The export
/// writes them back.
final class ResponseHeaderImportTests: XCTestCase {
    private let document = #"""
        {"openapi": "3.0.3", "info": {"title": "Repos", "version": "1"}, "servers": [{"url": "https://repos.example"}],
         "components": {"headers": {"Limit": {"description": "Calls per hour.", "required": true,
                                              "schema": {"type": "integer"}}}},
         "paths": {
           "/repos": {"post": {"operationId": "createRepo",
             "responses": {
               "201": {"description": "Made.", "headers": {
                   "Location": {"description": "Where it is.", "schema": {"type": "string", "format": "uri"}},
                   "X-RateLimit-Limit": {"$ref": "#/components/headers/Limit"},
                   "X-Kind": {"schema": {"type": "string", "enum": ["public", "private"]}},
                   "X-Ids": {"schema": {"type": "array", "items": {"type": "integer"}}}},
                 "content": {"application/json": {"schema": {"type": "object", "properties": {"id": {"type": "integer"}}}}}},
               "422": {"description": "Refused.", "headers": {"X-Reason": {"schema": {"type": "string"}}}}}}},
           "/repos/{id}/archive": {"get": {"operationId": "getArchive",
             "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
             "responses": {
               "200": {"description": "The archive.", "headers": {
                   "X-Size": {"required": true, "schema": {"type": "integer", "format": "int64"}}},
                 "content": {"application/zip": {"schema": {"type": "string", "format": "binary"}}}},
               "202": {"description": "Not ready.", "headers": {"Retry-After": {"schema": {"type": "integer"}}}}}}}}}
        """#

    private func imported() throws -> OpenAPIImporter.Result {
        try OpenAPIImporter.importDocument(OpenAPIDocument.parse(document, file: "repos.json"), draftPath: "repos.json")
    }

    private func headers(_ spec: APISpecification, _ operation: String) -> [String] {
        (spec.operations.first { $0.name == operation }?.responseHeaders ?? []).map { header in
            "\(header.name): \(header.type)\(header.isOptional ? "?" : "")"
        }
    }

    func testTheSuccessAnswersHeadersAreTheOperations() throws {
        let result = try imported()
        let spec = result.specification
        XCTAssertEqual(headers(spec, "createRepo"),
                       ["Location: url?", "X-RateLimit-Limit: int64", "X-Kind: CreateRepoXKind?"])
        let location = spec.operations.first { $0.name == "createRepo" }?.responseHeaders.first
        XCTAssertEqual(location?.description, "Where it is.")
        let limit = spec.operations.first { $0.name == "createRepo" }?.responseHeaders[1]
        XCTAssertEqual(limit?.description, "Calls per hour.", "a header by reference")
        XCTAssertEqual(result.warnings.filter { $0.kind == .responseHeaders }.map(\.pointer), [
            "#/paths/~1repos/post/responses/201/headers",
            "#/paths/~1repos/post/responses/422/headers",
            "#/paths/~1repos~1{id}~1archive/get/responses/202/headers",
        ])
        XCTAssertEqual(Lint.diagnostics(text: result.text, path: "repos.json").filter { $0.severity == .error }
            .map(\.description), [])
    }

    /// Beside an answer that gives nil, a header the success answer always has may be missing: optional, with a note.
    func testHeadersBesideAnEmptyAnswerAreOptional() throws {
        let spec = try imported().specification
        XCTAssertEqual(headers(spec, "getArchive"), ["X-Size: int64?"])
        let size = spec.operations.first { $0.name == "getArchive" }?.responseHeaders.first
        XCTAssertEqual(size?.note, "Required on the 200 answer; optional here, as the 202 answer need not carry it.")
    }

    /// GitHub's archives answer a GET with a 302 to where the bytes are: the transport follows it, so the call returns
    /// a file, and the redirect's `Location` is no header the caller could read (a note says so, no warning).
    func testAGetAnsweredByARedirectReturnsWhatItLeadsTo() throws {
        let document = #"""
            {"openapi": "3.0.3", "info": {"title": "Repos", "version": "1"}, "servers": [{"url": "https://repos.example"}],
             "paths": {
               "/repos/{id}/zipball": {"get": {"operationId": "getZipball",
                 "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
                 "responses": {"302": {"description": "Found.", "headers": {"Location": {"schema": {"type": "string"}}}},
                               "404": {"description": "No such repository."}}}},
               "/repos/{id}/move": {"post": {"operationId": "moveRepo",
                 "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
                 "responses": {"303": {"description": "See the moved repository.",
                                       "headers": {"Location": {"schema": {"type": "string"}}}}}}}}}
            """#
        let result = try OpenAPIImporter.importDocument(OpenAPIDocument.parse(document, file: "zip.json"),
                                                        draftPath: "zip.json")
        let zipball = try XCTUnwrap(result.specification.operations.first { $0.name == "getZipball" })
        XCTAssertEqual(zipball.responseBody?.shape, .type(.scalar(.file)))
        XCTAssertEqual(zipball.statuses.map(\.code), [.exact(302), .exact(404)])
        XCTAssertEqual(zipball.note, "Its documented answer is a 302 redirect, which the client's transport follows: "
                       + "the call returns what the redirect leads to, as a file.")
        // Not a GET: what a redirect leads to is no answer to a POST the client could type; the header is warned of.
        let move = try XCTUnwrap(result.specification.operations.first { $0.name == "moveRepo" })
        XCTAssertNil(move.responseBody)
        XCTAssertEqual(result.warnings.filter { $0.kind == .responseHeaders }.map(\.pointer),
                       ["#/paths/~1repos~1{id}~1move/post/responses/303/headers"])
        XCTAssertEqual(Lint.diagnostics(text: result.text, path: "zip.json").filter { $0.severity == .error }
            .map(\.description), [])
    }

    func testResponseHeadersSurviveExportThenImport() throws {
        let original = try imported().specification
        let again = try OpenAPIImporter.importDocument(
            OpenAPIDocument.parse(OpenAPIExporter.export(original).text, file: "repos.openapi.json"),
            draftPath: "repos.json").specification
        for operation in original.operations {
            let before = operation.responseHeaders.map(\.withoutLocation)
            let after = again.operations.first { $0.name == operation.name }?.responseHeaders.map(\.withoutLocation)
            XCTAssertEqual(after, before, operation.name)
        }
        let path = ImportFixture.packageRoot.appendingPathComponent("Tests/Fixtures/Checks/spec.json").path
        let checks = try XCTUnwrap(SpecLoader.load(path: path).specification)
        let back = try OpenAPIImporter.importDocument(
            OpenAPIDocument.parse(OpenAPIExporter.export(checks).text, file: "checks.openapi.json"),
            draftPath: "checks.json").specification
        for name in ["rosterExists", "exportRoster"] {
            XCTAssertEqual(headers(back, name), headers(checks, name), name)
            XCTAssertEqual(back.operations.first { $0.name == name }?.responseHeaders.map(\.swiftName),
                           checks.operations.first { $0.name == name }?.responseHeaders.map(\.swiftName), name)
        }
    }
}

private extension Field {
    var withoutLocation: Field {
        var copy = self
        copy.location = SourceLocation(line: 0, column: 0)
        return copy
    }
}
