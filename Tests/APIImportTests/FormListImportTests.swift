import APIExport
import APIGenerator
import APIImport
import APISpec
import Foundation
import XCTest

/// How a form body writes its lists, through the OpenAPI importer and
/// exporter: OpenAPI's form default (`style: form`, `explode`) is
/// `repeated`, `deepObject` is `indexed`, and what neither says is warned of.
final class FormListImportTests: XCTestCase {
    private func importing(_ text: String) throws -> OpenAPIImporter.Result {
        try OpenAPIImporter.importDocument(OpenAPIDocument.parse(text, file: "calls.openapi.json"), draftPath: "calls.json")
    }

    private func formLists(_ result: OpenAPIImporter.Result) -> [String] {
        result.specification.operations.map { "\($0.name) \($0.requestBody?.formLists?.rawValue ?? "indexed")" }
    }

    func testTheFormDefaultForListsOfPlainValuesIsRepeated() throws {
        let list = #"{"type": "array", "items": {"type": "string"}}"#
        let numbers = #"{"type": "array", "items": {"type": "integer"}}"#
        let objects = #"{"type": "array", "items": {"type": "object", "properties": {"a": {"type": "string"}}}}"#
        func post(_ name: String, _ properties: String, encoding: String = "{}") -> String {
            #""/\#(name)": {"post": {"operationId": "\#(name)", "requestBody": {"content": {"application/x-www-form-urlencoded": {"#
                + #""schema": {"type": "object", "properties": {"To": {"type": "string"}, \#(properties)}}, "encoding": \#(encoding)}}},"#
                + #""responses": {"204": {"description": "Done."}}}}"#
        }
        let paths = [
            post("notify", #""Events": \#(list), "Codes": \#(numbers)"#),
            post("comma", #""Events": \#(list), "Codes": \#(numbers)"#, encoding: #"{"Codes": {"style": "form", "explode": false}}"#),
            post("stripe", #""Events": \#(list), "Codes": \#(numbers)"#, encoding: #"{"Codes": {"style": "deepObject"}}"#),
            post("items", #""Events": \#(list), "Items": \#(objects)"#),
            // A repeated name cannot carry null: a list whose items may be null makes the body's lists indexed.
            post("maybe", #""Events": \#(list), "Tags": {"type": "array", "items": {"type": "string", "nullable": true}}"#),
        ]
        let result = try importing(#"{"openapi": "3.0.3", "info": {"title": "Calls", "version": "1"}, "#
                                   + #""servers": [{"url": "https://calls.example"}], "paths": {"#
                                   + paths.joined(separator: ", ") + "}}")
        XCTAssertEqual(formLists(result), ["notify repeated", "comma repeated", "stripe indexed", "items indexed",
                                            "maybe indexed"])
        XCTAssertEqual(result.warnings.map { "\($0.kind.rawValue) \($0.pointer)" }, [
            "FormStyle #/paths/~1comma/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/Codes",
            "FormStyle #/paths/~1stripe/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/Events",
            "FormStyle #/paths/~1items/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/Events",
            "FormStyle #/paths/~1items/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/Items",
            "FormStyle #/paths/~1maybe/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/Events",
            "FormStyle #/paths/~1maybe/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/Tags",
        ], "a list is warned of where it is not sent as the document says")
        XCTAssertTrue(result.warnings[0].message.contains("Codes=…&Codes=…"), result.warnings[0].message)
        XCTAssertTrue(result.warnings[1].message.contains("Events[0]=…"), result.warnings[1].message)
        XCTAssertEqual(result.diagnostics.map(\.description), [], "the draft lints clean")
    }

    /// Repeated lists leave as `style: form`, `explode: true`; indexed ones as `deepObject`; both come back as they left.
    func testFormListsSurviveExportThenImport() throws {
        let text = #"""
        {"$schema": "./apigen.schema.json", "name": "Calls", "baseURL": "https://calls.example",
         "operations": [
           {"name": "notify", "summary": "Asks for events.", "group": "calls", "method": "POST", "path": "/notify",
            "requestBody": {"contentType": "form", "formLists": "repeated", "fields": [{"name": "to", "type": "string"},
                            {"name": "events", "type": "[string]"}, {"name": "codes", "type": "[int32]", "optional": true}]},
            "successStatus": 204},
           {"name": "tag", "summary": "Tags.", "group": "calls", "method": "POST", "path": "/tags",
            "requestBody": {"contentType": "form", "fields": [{"name": "tags", "type": "[string]"}]}, "successStatus": 204}]}
        """#
        let original = try XCTUnwrap(SpecLoader.load(text: text, path: "calls.json").specification)
        let exported = OpenAPIExporter.export(original).text
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(exported.utf8)) as? [String: Any])
        func encoding(_ path: String) -> [String: String]? {
            let post = ((document["paths"] as? [String: Any])?[path] as? [String: Any])?["post"] as? [String: Any]
            let media = ((post?["requestBody"] as? [String: Any])?["content"] as? [String: Any])?["application/x-www-form-urlencoded"]
            let fields = (media as? [String: Any])?["encoding"] as? [String: [String: Any]]
            return fields?.mapValues { "\($0["style"] as? String ?? "") explode \($0["explode"] as? Bool ?? false)" }
        }
        XCTAssertEqual(encoding("/notify"), ["events": "form explode true", "codes": "form explode true"])
        XCTAssertEqual(encoding("/tags"), ["tags": "deepObject explode true"])
        let result = try importing(exported)
        XCTAssertEqual(result.warnings.map(\.description), [])
        XCTAssertEqual(result.text, SpecWriter.text(of: original))
    }

    /// A form's examples write values as the text they are sent as (`"Hold": "true"`); the sample holds the values
    /// that text is. Text that is not a value of its field stays, and the warning that leaves its sample out
    /// points at that value in the document and names its key path.
    func testFormExamplesAreReadAsTheValuesTheirTextSends() throws {
        let properties = #"{"Hold": {"type": "boolean"}, "Amount": {"type": "number"}, "Count": {"type": "integer"}, "#
            + #""Events": {"type": "array", "items": {"type": "string"}}, "Name": {"type": "string"}}"#
        func document(_ example: String) -> String {
            #"{"openapi": "3.0.3", "info": {"title": "Calls", "version": "1"}, "#
                + #""servers": [{"url": "https://calls.example"}], "paths": {"/calls": {"post": {"operationId": "call", "#
                + #""requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {"type": "object", "#
                + #""properties": \#(properties)}, "examples": {"hold": {"value": \#(example)}}}}}, "#
                + #""responses": {"204": {"description": "Done."}}}}}}"#
        }
        let kept = try importing(document(#"{"Hold": "true", "Amount": "10.50", "Count": "3", "Events": "initiated", "#
                                          + #""Name": "5"}"#))
        XCTAssertEqual(kept.specification.operations.first?.samples.first?.requestNode?.compactText,
                       #"{"Hold":true,"Amount":10.50,"Count":3,"Events":["initiated"],"Name":"5"}"#)
        XCTAssertFalse(kept.warnings.contains { $0.kind == .sampleLeftOut }, "\(kept.warnings)")
        let text = document(#"{"Hold": "yes", "Count": " 3"}"#)
        let refused = try importing(text)
        XCTAssertEqual(refused.specification.operations.first?.samples, [])
        let warning = try XCTUnwrap(refused.warnings.first { $0.kind == .sampleLeftOut })
        XCTAssertTrue(warning.message.contains("left out at $.Hold:"), warning.message)
        let column = try XCTUnwrap(text.range(of: #""yes""#)).lowerBound.utf16Offset(in: text) + 1
        XCTAssertEqual(warning.location.line, 1)
        XCTAssertEqual(warning.location.column, column, "at the refused value")
    }

    /// A body whose schema holds nothing (an object of no properties that allows no others), as Stripe documents on
    /// every GET and DELETE, is no body: the function takes no argument for it and sends none.
    func testABodyThatHoldsNothingIsNoBody() throws {
        func document(_ schema: String) -> String {
            #"{"openapi": "3.0.3", "info": {"title": "Coupons", "version": "1"}, "#
                + #""servers": [{"url": "https://coupons.example"}], "paths": {"/coupons": {"delete": {"#
                + #""operationId": "deleteCoupons", "requestBody": {"content": {"application/x-www-form-urlencoded": {"#
                + #""schema": \#(schema)}}, "required": false}, "responses": {"204": {"description": "Done."}}}}}}"#
        }
        let empty = try importing(document(#"{"type": "object", "properties": {}, "additionalProperties": false}"#))
        XCTAssertNil(empty.specification.operations.first?.requestBody)
        XCTAssertEqual(empty.warnings.map(\.description), [])
        let open = try importing(document(#"{"type": "object", "properties": {}}"#))
        XCTAssertNotNil(open.specification.operations.first?.requestBody, "a body of any keys is one")
    }
}
