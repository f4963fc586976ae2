import APIImport
import APISpec
import XCTest

/// A number the document's own answer examples give as text (Twilio documents `price` as a number and sends
/// `"-0.03000"`): the field is typed as string, with a note and a warning, and the example stays a sample.
final class NumberAsTextImportTests: XCTestCase {
    private static let call = ##"{"$ref": "#/components/schemas/Call"}"##

    private func importing(_ price: String, example: String, answer: String = call,
                           otherPaths: String = "") throws -> OpenAPIImporter.Result {
        let text = #"{"openapi": "3.0.3", "info": {"title": "Calls", "version": "1"}, "#
            + #""servers": [{"url": "https://calls.example"}], "paths": {\#(otherPaths)"/calls/{id}": {"get": {"#
            + #""operationId": "fetchCall", "parameters": [{"name": "id", "in": "path", "required": true, "#
            + #""schema": {"type": "string"}}], "responses": {"200": {"description": "The call.", "content": {"#
            + #""application/json": {"schema": \#(answer), "example": \#(example)}}}}}}}, "#
            + #""components": {"schemas": {"Call": {"type": "object", "required": ["sid"], "properties": {"#
            + #""sid": {"type": "string"}, "price": \#(price), "legs": {"type": "array", "items": \#(Self.call)}}}}}}"#
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
        XCTAssertEqual(result.warnings.map(\.pointer), ["#/components/schemas/Call/properties/price"],
                       "once, at the schema, though two values gave it as text")
        XCTAssertEqual(result.warnings.map(\.kind), [.numberAsText])
        XCTAssertEqual(result.specification.operations.first?.samples.count, 1, "the example stays a sample")
        XCTAssertEqual(result.diagnostics.map(\.description), [])
        // An answer that is a list: the path starts at an item.
        let list = try importing(#"{"type": "number"}"#, example: #"[{"sid": "CA1", "price": "2.5"}]"#,
                                 answer: #"{"type": "array", "items": \#(Self.call)}"#)
        XCTAssertEqual(price(list)?.type, .scalar(.string))
    }

    /// Text that is no JSON number, a number with limits, a value inside a list, a type a request sends too, and a
    /// field another example gives a number: the document's type stands, and the example is left out, as before.
    func testOtherMismatchesLeaveTheExampleOut() throws {
        let posted = ##""/calls": {"post": {"operationId": "placeCall", "requestBody": {"content": {"##
            + ##""application/json": {"schema": {"$ref": "#/components/schemas/Call"}}}}, "##
            + ##""responses": {"204": {"description": "Placed."}}}}, "##
        let listed = ##""/calls": {"get": {"operationId": "listCalls", "responses": {"200": {"##
            + ##""description": "Calls.", "##
            + ##""content": {"application/json": {"schema": {"type": "array", "items": "## + Self.call + "}, "
            + ##""example": [{"sid": "CA9", "price": 0.5}]}}}}}}, "##
        let refused = ##""/calls": {"delete": {"operationId": "dropCalls", "responses": {"##
            + ##""204": {"description": "Gone."}, "##
            + ##""409": {"description": "Busy.", "content": {"application/json": {"schema": "## + Self.call + ", "
            + ##""example": {"sid": "CA9", "price": 0.5}}}}}}}, "##
        let cases: [(String, String, String)] = [
            (#"{"type": "number"}"#, #""free""#, ""),
            (#"{"type": "number"}"#, #""0x1A""#, ""),
            (#"{"type": "integer", "minimum": 0}"#, #""3""#, ""),
            (#"{"type": "array", "items": {"type": "number"}}"#, #"["1.5"]"#, ""),
            (#"{"type": "number"}"#, #""1.5""#, posted),
            (#"{"type": "number"}"#, #""1.5""#, listed),
            (#"{"type": "number"}"#, #""1.5""#, refused),
        ]
        for (schema, value, paths) in cases {
            let result = try importing(schema, example: #"{"sid": "CA1", "price": \#(value)}"#, otherPaths: paths)
            XCTAssertNotEqual(price(result)?.type, .scalar(.string), "\(schema) \(value) \(paths)")
            XCTAssertEqual(result.warnings.map(\.kind), [.sampleLeftOut], "\(schema) \(value) \(paths)")
            XCTAssertEqual(result.specification.operations.last?.samples.count, 0, "\(schema) \(value)")
        }
    }
}
