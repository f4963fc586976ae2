import APIImport
import APISpec
import XCTest

/// A number the document's own answer examples give as text (Twilio documents `price` as a number and sends
/// `"-0.03000"`): the field is typed as string, with a note and a warning, and the example stays a sample.
final class NumberAsTextImportTests: XCTestCase {
    private func importing(_ price: String, example: String) throws -> OpenAPIImporter.Result {
        let text = #"{"openapi": "3.0.3", "info": {"title": "Calls", "version": "1"}, "#
            + #""servers": [{"url": "https://calls.example"}], "paths": {"/calls/{id}": {"get": {"#
            + #""operationId": "fetchCall", "parameters": [{"name": "id", "in": "path", "required": true, "#
            + #""schema": {"type": "string"}}], "responses": {"200": {"description": "The call.", "content": {"#
            + ##""application/json": {"schema": {"$ref": "#/components/schemas/Call"}, "##
            + #""example": \#(example)}}}}}}}, "#
            + #""components": {"schemas": {"Call": {"type": "object", "required": ["sid"], "properties": {"#
            + #""sid": {"type": "string"}, "price": \#(price), "#
            + ##""legs": {"type": "array", "items": {"$ref": "#/components/schemas/Call"}}}}}}}"##
        return try OpenAPIImporter.importDocument(OpenAPIDocument.parse(text, file: "calls.openapi.json"),
                                                  draftPath: "calls.json")
    }

    private func price(_ result: OpenAPIImporter.Result) -> Field? {
        guard case .object(let call)? = result.specification.types.first(where: { $0.name == "Call" })?.kind else {
            return nil
        }
        return call.fields.first { $0.name == "price" }
    }

    func testANumberTheExampleGivesAsTextIsAString() throws {
        let result = try importing(#"{"type": "number", "nullable": true}"#,
                                   example: #"{"sid": "CA1", "price": "-0.03000", "#
                                       + #""legs": [{"sid": "CA2", "price": "1"}]}"#)
        XCTAssertEqual(price(result)?.type, .scalar(.string))
        XCTAssertEqual(price(result)?.note, #"The document says double; its examples give it as text ("-0.03000"), "#
                       + "as the API sends it.")
        XCTAssertEqual(result.warnings.map(\.pointer),
                       ["#/paths/~1calls~1{id}/get/responses/200/content/application~1json/example"], "at the example")
        XCTAssertEqual(result.warnings.map(\.kind), [.numberAsText], "once, though two values gave it as text")
        XCTAssertEqual(result.specification.operations.first?.samples.count, 1, "the example stays a sample")
        XCTAssertEqual(result.diagnostics.map(\.description), [])
    }

    /// Text that is no number, a number with limits, or a value inside a list is not read so: the example is
    /// left out, as before.
    func testOtherMismatchesLeaveTheExampleOut() throws {
        for (schema, value) in [(#"{"type": "number"}"#, #""free""#),
                                (#"{"type": "integer", "minimum": 0}"#, #""3""#),
                                (#"{"type": "array", "items": {"type": "number"}}"#, #"["1.5"]"#)] {
            let result = try importing(schema, example: #"{"sid": "CA1", "price": \#(value)}"#)
            XCTAssertNotEqual(price(result)?.type, .scalar(.string), schema)
            XCTAssertEqual(result.warnings.map(\.kind), [.sampleLeftOut], schema)
            XCTAssertEqual(result.specification.operations.first?.samples.count, 0, schema)
        }
    }
}
