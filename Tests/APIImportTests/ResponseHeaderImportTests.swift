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
        XCTAssertEqual(result.warnings.filter { $0.kind == .responseHeaders }.map(\.pointer).sorted(), [
            "#/paths/~1repos/post/responses/201/headers",
            "#/paths/~1repos/post/responses/422/headers",
        ])
        XCTAssertEqual(Lint.diagnostics(text: result.text, path: "repos.json").filter { $0.severity == .error }
            .map(\.description), [])
    }

    /// An error answer whose body the client reads carries its headers (`APIError.answered`), which a note says; one
    /// without a body the client reads does not, nor a 429 (`APIError.rateLimited`), which a warning says.
    func testAnErrorAnswersHeadersAreTheErrors() throws {
        let text = #"{"openapi": "3.0.3", "info": {"title": "Pets", "version": "1"}, "#
            + #""servers": [{"url": "https://pets.example"}], "paths": {"/pets": {"post": {"operationId": "addPet", "#
            + #""responses": {"204": {"description": "Added."}, "#
            + #""4XX": {"description": "Refused.", "headers": {"X-Reason": {"schema": {"type": "string"}}}, "#
            + #""content": {"application/json": {"schema": {"type": "object", "properties": {"#
            + #""code": {"type": "integer"}}}}}}, "#
            + #""429": {"description": "Slow down.", "headers": {"Retry-After": {"schema": {"type": "integer"}}}, "#
            + #""content": {"application/json": {"schema": {"type": "object"}}}}, "#
            + #""503": {"description": "Busy.", "headers": {"Retry-After": {"schema": {"type": "integer"}}}}}}}}}"#
        let result = try OpenAPIImporter.importDocument(OpenAPIDocument.parse(text, file: "pets.json"),
                                                        draftPath: "pets.json")
        XCTAssertEqual(result.warnings.map(\.pointer), ["#/paths/~1pets/post/responses/429/headers",
                                                        "#/paths/~1pets/post/responses/503/headers"],
                       "a 429 is `.rateLimited`, and a 503 has no body the client reads")
        let notes = result.specification.operations.first?.note ?? ""
        XCTAssertTrue(notes.contains(#"Its 4XX answer's headers (`X-Reason`) come with the error"#), notes)
        XCTAssertEqual(result.diagnostics.map(\.description), [])
    }

    /// A header lint refuses (one header in two spellings, a name that is no HTTP token) is left out with a warning
    /// at its place; the operation and its other headers stay. Two names of one Swift member keep both, the later
    /// with a Swift name of its own.
    func testAHeaderLintRefusesIsLeftOutNotItsOperation() throws {
        let document = #"""
            {"openapi": "3.0.3", "info": {"title": "Repos", "version": "1"}, "servers": [{"url": "https://repos.example"}],
             "paths": {"/repos": {"get": {"operationId": "listRepos",
               "responses": {"200": {"description": "The repositories.", "headers": {
                   "ETag": {"schema": {"type": "string"}}, "Etag": {"schema": {"type": "string"}},
                   "X-Rate-Limit (hourly)": {"schema": {"type": "integer"}},
                   "X-RateLimit-Reset": {"schema": {"type": "integer"}}, "X-Rate-Limit-Reset": {"schema": {"type": "integer"}},
                   "X-Total": {"schema": {"type": "integer"}}},
                 "content": {"application/json": {"schema": {"type": "object",
                   "properties": {"count": {"type": "integer"}}}}}}}}}}}
            """#
        let result = try OpenAPIImporter.importDocument(OpenAPIDocument.parse(document, file: "repos.json"),
                                                        draftPath: "repos.json")
        XCTAssertEqual(headers(result.specification, "listRepos"), ["ETag: string?", "X-RateLimit-Reset: int64?",
                                                                    "X-Rate-Limit-Reset: int64?", "X-Total: int64?"])
        XCTAssertEqual(result.specification.operations.first?.responseHeaders.map { $0.swiftName ?? "-" },
                       ["-", "-", "xRateLimitReset2", "-"])
        XCTAssertEqual(result.warnings.filter { $0.kind == .responseHeaders }.map(\.pointer).sorted(), [
            "#/paths/~1repos/get/responses/200/headers/Etag",
            "#/paths/~1repos/get/responses/200/headers/X-Rate-Limit (hourly)",
        ])
        XCTAssertEqual(Lint.diagnostics(text: result.text, path: "repos.json").filter { $0.severity == .error }
            .map(\.description), [])
    }

    /// A spec's own `Link` header comes back as a header, not as the paged walk a document's `Link` is read as.
    func testALinkHeaderOfTheSpecSurvivesExportThenImport() throws {
        let text = #"""
            {"name": "Zoo", "baseURL": "https://zoo.example", "operations": [
              {"name": "listAnimals", "summary": "Lists.", "group": "animals", "method": "GET", "path": "/animals",
               "responseBody": {"type": "[string]"},
               "responseHeaders": [{"name": "X-Total", "type": "int32", "optional": true},
                                   {"name": "Link", "type": "string", "optional": true, "description": "Related pages."}]},
              {"name": "listKeepers", "summary": "Lists.", "group": "animals", "method": "GET", "path": "/keepers",
               "responseBody": {"type": "[string]"}, "pagination": {"style": "linkHeader"},
               "responseHeaders": [{"name": "Link", "type": "string", "optional": true}]}]}
            """#
        let original = try XCTUnwrap(SpecLoader.load(text: text, path: "zoo.json").specification)
        let again = try OpenAPIImporter.importDocument(
            OpenAPIDocument.parse(OpenAPIExporter.export(original).text, file: "zoo.openapi.json"),
            draftPath: "zoo.json").specification
        for name in ["listAnimals", "listKeepers"] {
            XCTAssertEqual(headers(again, name), headers(original, name), name)
            XCTAssertEqual(again.operations.first { $0.name == name }?.pagination?.style,
                           original.operations.first { $0.name == name }?.pagination?.style, name)
        }
        XCTAssertEqual(again.operations.first?.responseHeaders.last?.description, "Related pages.")
    }

    /// Beside an answer that gives nil, a header the success answer always has may be missing: optional, with a note.
    /// The other answer's own headers are read too (a 202's `Retry-After`), optional, as the success lacks them.
    func testHeadersBesideAnEmptyAnswerAreOptional() throws {
        let spec = try imported().specification
        XCTAssertEqual(headers(spec, "getArchive"), ["X-Size: int64?", "Retry-After: int64?"])
        let read = spec.operations.first { $0.name == "getArchive" }?.responseHeaders ?? []
        XCTAssertEqual(read.map { $0.note ?? "" }, [
            "Required on the 200 answer; optional here, as the 202 answer need not carry it.",
            "Sent on the 202 answer.",
        ])
    }

    /// GitHub's archives answer a GET with a 302 to where the bytes are: a download follows it, so the call returns
    /// a file, and the redirect's `Location` is no header the caller could read (a note says so, no warning).
    func testAGetAnsweredByARedirectReturnsWhatItLeadsTo() throws {
        let document = #"""
            {"openapi": "3.0.3", "info": {"title": "Repos", "version": "1"}, "servers": [{"url": "https://repos.example"}],
             "paths": {
               "/repos/{id}/zipball": {"get": {"operationId": "getZipball",
                 "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
                 "responses": {"302": {"description": "Found.", "headers": {"Location": {"schema": {"type": "string"}}}},
                               "404": {"description": "No such repository."}}}},
               "/files/{id}/content": {"get": {"operationId": "getContent",
                 "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
                 "responses": {"200": {"description": "The bytes.",
                                       "content": {"application/octet-stream": {"schema": {"type": "string",
                                                                                           "format": "binary"}}}},
                               "302": {"description": "Elsewhere.", "headers": {"Location": {"schema": {"type": "string"}}}}}}},
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
        XCTAssertEqual(zipball.note, "Its documented answer is a 302 redirect to what it returns: the call follows it "
                       + "(without the API's credentials) and returns the file it leads to. Its 302 answer's headers "
                       + "(Location) are not seen by the caller: a download follows the redirect to the file.")
        // A download beside its redirect (Box's file content): the redirect's headers are noted, not warned of.
        let content = try XCTUnwrap(result.specification.operations.first { $0.name == "getContent" })
        XCTAssertEqual(content.note, "Its 302 answer's headers (Location) are not seen by the caller: a download "
                       + "follows the redirect to the file.")
        // Not a GET: what a redirect leads to is no answer to a POST the client could type; the header is warned of.
        let move = try XCTUnwrap(result.specification.operations.first { $0.name == "moveRepo" })
        XCTAssertNil(move.responseBody)
        XCTAssertEqual(result.warnings.filter { $0.kind == .responseHeaders }.map(\.pointer),
                       ["#/paths/~1repos~1{id}~1move/post/responses/303/headers"])
        XCTAssertEqual(Lint.diagnostics(text: result.text, path: "zip.json").filter { $0.severity == .error }
            .map(\.description), [])
    }

    /// A 201 beside a 200 (GitHub's "created or found"): a header both require stays required, one only the 201
    /// sends is optional, with a note.
    func testHeadersOfEverySuccessAreRead() throws {
        let document = #"""
            {"openapi": "3.0.3", "info": {"title": "Auth", "version": "1"}, "servers": [{"url": "https://auth.example"}],
             "paths": {"/authorizations": {"put": {"operationId": "getOrCreate",
               "responses": {
                 "200": {"description": "Found.", "headers": {"X-Id": {"required": true, "schema": {"type": "string"}}}},
                 "201": {"description": "Made.", "headers": {"x-id": {"required": true, "schema": {"type": "string"}},
                                                             "Location": {"schema": {"type": "string"}}}}}}}}}
            """#
        let result = try OpenAPIImporter.importDocument(OpenAPIDocument.parse(document, file: "auth.json"),
                                                        draftPath: "auth.json")
        XCTAssertEqual(headers(result.specification, "getOrCreate"), ["X-Id: string", "Location: string?"])
        XCTAssertEqual(result.specification.operations.first?.responseHeaders.last?.note, "Sent on the 201 answer.")
        XCTAssertEqual(result.warnings.map(\.kind), [])
        // The export writes a header every success requires on each of them, so it comes back required.
        let again = try OpenAPIImporter.importDocument(
            OpenAPIDocument.parse(OpenAPIExporter.export(result.specification).text, file: "auth.openapi.json"),
            draftPath: "auth.json").specification
        XCTAssertEqual(headers(again, "getOrCreate"), headers(result.specification, "getOrCreate"))
        XCTAssertEqual(again.operations.first?.responseHeaders.map(\.note),
                       result.specification.operations.first?.responseHeaders.map(\.note))
    }

    /// Another success's `Link` is the paged walk's too where the success's is; the `2XX` class is a success whose
    /// headers are read, and which makes the success's optional where it does not require them.
    func testLinkAndClassSuccessesBesideTheSuccess() throws {
        let document = #"""
            {"openapi": "3.0.3", "info": {"title": "Zoo", "version": "1"}, "servers": [{"url": "https://zoo.example"}],
             "paths": {"/animals": {"get": {"operationId": "listAnimals",
               "responses": {
                 "200": {"description": "A page.", "headers": {"Link": {"schema": {"type": "string"}},
                                                              "X-Id": {"required": true, "schema": {"type": "string"}}},
                         "content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}},
                 "206": {"description": "Part of a page.", "headers": {"Link": {"schema": {"type": "string"}}},
                         "content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}},
                 "2XX": {"description": "Another success.", "headers": {"X-Seen": {"schema": {"type": "integer"}}}}}}}}}
            """#
        let result = try OpenAPIImporter.importDocument(OpenAPIDocument.parse(document, file: "zoo.json"),
                                                        draftPath: "zoo.json")
        let animals = try XCTUnwrap(result.specification.operations.first)
        XCTAssertEqual(animals.pagination?.style, .linkHeader)
        XCTAssertEqual(headers(result.specification, "listAnimals"), ["X-Id: string?", "X-Seen: int64?"])
        XCTAssertEqual(animals.responseHeaders.map { $0.note ?? "" }, [
            "Required on the 200 answer; optional here, as the 206 answer need not carry it.",
            "Sent on the 2XX answer.",
        ])
        XCTAssertEqual(result.warnings.filter { $0.kind == .responseHeaders }.map(\.pointer), [])
    }

    /// A spec's success above another success it documents (a `201` "created" beside a `200` "found") stays its
    /// success through export then import, with its headers as they were (the import takes the lowest 2xx otherwise).
    func testASuccessAboveAnotherSurvivesExportThenImport() throws {
        let text = #"""
            {"name": "Auth", "baseURL": "https://auth.example", "operations": [
              {"name": "getOrCreate", "summary": "Finds or makes.", "group": "auth", "method": "PUT", "path": "/grants",
               "responseBody": {"type": "string"}, "successStatus": 201,
               "responseHeaders": [{"name": "X-Id", "type": "string"}],
               "statuses": [{"code": 200, "description": "Found."}]}]}
            """#
        let original = try XCTUnwrap(SpecLoader.load(text: text, path: "auth.json").specification)
        let again = try OpenAPIImporter.importDocument(
            OpenAPIDocument.parse(OpenAPIExporter.export(original).text, file: "auth.openapi.json"),
            draftPath: "auth.json").specification
        XCTAssertEqual(again.operations.first?.successStatus, 201)
        XCTAssertEqual(again.operations.first?.statuses.map(\.code), [.exact(200)])
        XCTAssertEqual(headers(again, "getOrCreate"), ["X-Id: string"])
    }

    /// Re-importing a changed document into the spec (`--into`) adds, removes and retypes the answer's headers as
    /// it does fields, one header in any letter case, and keeps what the person wrote (a Swift name).
    func testAChangedDocumentsHeadersMergeIntoTheSpec() throws {
        func draft(_ headers: String) throws -> String {
            let document = #"""
                {"openapi": "3.0.3", "info": {"title": "Repos", "version": "1"},
                 "servers": [{"url": "https://repos.example"}], "paths": {"/repos": {"get": {"operationId": "listRepos",
                   "responses": {"200": {"description": "Listed.", "headers": {\#(headers)},
                     "content": {"application/json": {"schema": {"type": "object",
                       "properties": {"count": {"type": "integer"}}}}}}}}}}}
                """#
            return try OpenAPIImporter.importDocument(OpenAPIDocument.parse(document, file: "repos.json"),
                                                      draftPath: "repos.json").text
        }
        let first = try draft(#""X-Total": {"schema": {"type": "integer", "format": "int32"}},"#
                              + #" "X-Old": {"schema": {"type": "string"}}"#)
        let base = try XCTUnwrap(SpecMerger.baseRecord(of: first))
        let spec = first.replacingOccurrences(of: #"{"name": "X-Total","#, with: #"{"name": "X-Total", "swiftName": "total","#)
        let changed = try draft(#""x-total": {"schema": {"type": "integer", "format": "int64"}},"#
                                + #" "X-Next": {"schema": {"type": "string"}}"#)
        let merged = try XCTUnwrap(SpecMerger.merge(spec: spec, specPath: "spec.json", base: base, incoming: changed))
        XCTAssertEqual(merged.conflicts.map(\.message), [])
        let result = try XCTUnwrap(SpecLoader.load(text: merged.text, path: "spec.json").specification)
        XCTAssertEqual(headers(result, "listRepos"), ["X-Total: int64?", "X-Next: string?"], merged.applied.joined())
        XCTAssertEqual(result.operations.first?.responseHeaders.first?.swiftName, "total")
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
