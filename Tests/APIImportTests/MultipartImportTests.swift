import APIExport
import APIImport
import APISpec
import XCTest

/// Multipart bodies through the OpenAPI importer: a form of text alone, lists as a part per item, and an upload the
/// document gives as plain text.
final class MultipartImportTests: XCTestCase {
    private func importing(_ properties: String, required: String = "[]", encoding: String = "{}",
                           example: String = "null") throws -> OpenAPIImporter.Result {
        let text = #"{"openapi": "3.0.3", "info": {"title": "Forms", "version": "1"}, "#
            + #""servers": [{"url": "https://forms.example"}], "paths": {"/forms": {"post": {"operationId": "send", "#
            + #""requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object", "#
            + #""required": \#(required), "properties": {\#(properties)}}, "encoding": \#(encoding)"#
            + (example == "null" ? "" : #", "example": \#(example)"#) + "}}}, "
            + #""responses": {"204": {"description": "Done."}}}}}}"#
        return try OpenAPIImporter.importDocument(OpenAPIDocument.parse(text, file: "forms.openapi.json"),
                                                  draftPath: "forms.json")
    }

    private func parts(_ result: OpenAPIImporter.Result) -> [String] {
        guard case .fields(let object)? = result.specification.operations.first?.requestBody?.shape else { return [] }
        return object.fields.map { "\($0.name): \($0.type)" }
    }

    func testAFormOfTextAndListsIsImportedAsItIs() throws {
        let result = try importing(#""columns": {"type": "array", "items": {"type": "string"}}, "#
                                   + #""log": {"type": "string"}, "#
                                   + #""scans": {"type": "array", "items": {"type": "string", "format": "binary"}}"#,
                                   required: #"["log"]"#)
        XCTAssertEqual(result.specification.operations.first?.requestBody?.contentType, .multipart)
        XCTAssertEqual(parts(result), ["columns: [string]", "log: string", "scans: [file]"])
        XCTAssertEqual(result.warnings.map(\.description), [])
        XCTAssertEqual(result.diagnostics.map(\.description), [], "the draft lints clean")
    }

    /// Stripe's `PostFiles` gives its `file` part as a string of no format: a text part, which cannot carry a file's
    /// bytes. With no other file part, the name decides, and a note says so.
    func testAPlainTextPartNamedFileIsTheUpload() throws {
        let result = try importing(#""file": {"type": "string", "description": "A file to upload."}, "#
                                   + #""purpose": {"type": "string"}"#, required: #"["file", "purpose"]"#)
        XCTAssertEqual(parts(result), ["file: file", "purpose: string"])
        guard case .fields(let object)? = result.specification.operations.first?.requestBody?.shape else {
            return XCTFail("no body")
        }
        XCTAssertEqual(object.fields[0].description, "A file to upload.")
        XCTAssertTrue(object.fields[0].note?.contains("its name says it is the upload") == true, "\(object.fields)")
        XCTAssertEqual(result.diagnostics.map(\.description), [])
        // Beside a part that is a file, or with limits a file cannot have, the text stays text.
        let beside = try importing(#""file": {"type": "string"}, "scan": {"type": "string", "format": "binary"}"#)
        XCTAssertEqual(parts(beside), ["file: string", "scan: file"])
        let limited = try importing(#""file": {"type": "string", "maxLength": 40}"#)
        XCTAssertEqual(parts(limited), ["file: string"])
    }

    /// An object is a JSON part; what `encoding` asks that the client does not do is warned of at it; a form whose
    /// schema is no object is no body, with a warning at it.
    func testObjectsAreJSONPartsAndEncodingIsHeld() throws {
        let result = try importing(#""meta": {"type": "object", "properties": {"a": {"type": "string"}}}, "#
                                   + #""name": {"type": "string"}, "#
                                   + #""card": {"type": "object", "properties": {"cvc": {"type": "string"}}}, "#
                                   + #""expand": {"type": "array", "items": {"type": "string"}}"#,
                                   required: #"["expand"]"#,
                                   encoding: #"{"meta": {"contentType": "application/json"}, "#
                                   + #""name": {"contentType": "text/plain", "#
                                   + #""headers": {"X-Locale": {"schema": {"type": "string"}}}}, "#
                                   + #""card": {"style": "deepObject", "explode": true}, "#
                                   + #""expand": {"style": "deepObject", "explode": true}}"#)
        XCTAssertEqual(parts(result), ["meta: SendRequestMeta", "name: string", "expand: [string]"],
                       "an optional deepObject part is left out, a required one sent as the client can")
        let encoding = "#/paths/~1forms/post/requestBody/content/multipart~1form-data/encoding"
        XCTAssertEqual(result.warnings.map { "\($0.kind.rawValue) \($0.pointer)" }, [
            "ParameterNotExpressible \(encoding)/name/headers",
            "FormStyle \(encoding)/card",
            "FormStyle \(encoding)/expand",
        ])
        XCTAssertEqual(result.diagnostics.map(\.description), [], "the draft lints clean")
        let text = #"{"openapi": "3.0.3", "info": {"title": "Forms", "version": "1"}, "#
            + #""servers": [{"url": "https://forms.example"}], "paths": {"/forms": {"post": {"operationId": "send", "#
            + #""requestBody": {"content": {"multipart/form-data": {"schema": {"type": "array", "items": {"#
            + #""type": "string"}}}}}, "responses": {"204": {"description": "Done."}}}}}}"#
        let list = try OpenAPIImporter.importDocument(OpenAPIDocument.parse(text, file: "forms.openapi.json"),
                                                      draftPath: "forms.json")
        XCTAssertNil(list.specification.operations.first?.requestBody)
        XCTAssertEqual(list.warnings.map(\.kind), [.requestContentType])
        XCTAssertEqual(list.diagnostics.map(\.description), [])
    }

    /// A text part the document sends in another media type than text is warned of.
    func testAPartsMediaTypeTheClientDoesNotSendIsWarnedOf() throws {
        let result = try importing(#""size": {"type": "integer"}, "scan": {"type": "string", "format": "binary"}"#,
                                   encoding: #"{"size": {"contentType": "application/xml"}, "#
                                   + #""scan": {"contentType": "image/png"}}"#)
        XCTAssertEqual(parts(result), ["size: int64", "scan: file"])
        XCTAssertEqual(result.warnings.map(\.kind), [.requestContentType])
        XCTAssertTrue(result.warnings.first?.message.contains("application/xml") == true)
    }

    /// A list's items that may be null hold none (a part has no null); a list the document joins into one part is
    /// one text part; a part named `file` whose media type the document states stays what it says.
    func testNullItemsJoinedListsAndAStatedFile() throws {
        let result = try importing(#""tags": {"type": "array", "items": {"type": "string", "nullable": true}}, "#
                                   + #""codes": {"type": "array", "items": {"type": "integer"}}, "#
                                   + #""ids": {"type": "array", "items": {"type": "integer"}}, "#
                                   + #""file": {"type": "string"}"#,
                                   encoding: #"{"codes": {"style": "form", "explode": false}, "#
                                   + #""ids": {"style": "pipeDelimited"}, "file": {"contentType": "text/plain"}}"#)
        XCTAssertEqual(parts(result), ["tags: [string]", "codes: string", "ids: string", "file: string"])
        XCTAssertEqual(result.warnings.map(\.kind), [.nullNotExpressible, .formStyle, .formStyle])
        XCTAssertEqual(result.diagnostics.map(\.description), [], "the draft lints clean")
    }

    /// A text part named `file` in a form of no file leaves the export with its media type, so it comes back text.
    func testATextPartNamedFileSurvivesExportThenImport() throws {
        let spec = try XCTUnwrap(SpecLoader.load(text: #"{"name": "Notes", "baseURL": "https://notes.example", "#
            + #""operations": [{"name": "save", "summary": "Saves.", "group": "notes", "method": "POST", "#
            + #""path": "/notes", "requestBody": {"contentType": "multipart", "fields": [{"name": "file", "#
            + #""type": "string"}, {"name": "tags", "type": "[string]", "optional": true}]}}]}"#,
            path: "notes.json").specification)
        let exported = OpenAPIExporter.export(spec).text
        let result = try OpenAPIImporter.importDocument(OpenAPIDocument.parse(exported, file: "notes.openapi.json"),
                                                        draftPath: "notes.json")
        XCTAssertEqual(parts(result), ["file: string", "tags: [string]"])
        XCTAssertEqual(result.warnings.map(\.description), [])
    }

    /// A form's example writes its parts as the text they are on the wire (`"3"`, `"true"`): the sample states the
    /// values those texts are, as a form-urlencoded body's does, and lints clean.
    func testAFormsExampleIsReadAsTheValuesItsTextSends() throws {
        let result = try importing(#""count": {"type": "integer"}, "draft": {"type": "boolean"}, "#
                                   + #""scan": {"type": "string", "format": "binary"}"#,
                                   example: #"{"count": "3", "draft": "true", "scan": "a.pdf"}"#)
        XCTAssertEqual(result.specification.operations.first?.samples.map(\.request),
                       [#"{"count":3,"draft":true,"scan":"a.pdf"}"#])
        XCTAssertEqual(result.warnings.map(\.description), [])
        XCTAssertEqual(result.diagnostics.map(\.description), [])
    }
}
