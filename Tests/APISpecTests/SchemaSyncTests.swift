import APISpec
import Foundation
import XCTest

/// `schema/apigen.schema.json` (for editors) names exactly the keys the
/// loader accepts; the shipped specs point at it.
final class SchemaSyncTests: XCTestCase {
    func testSchemaPropertiesMatchTheLoaderVocabulary() throws {
        let url = ShippedSpecTests.root.appendingPathComponent("schema/apigen.schema.json")
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let definitions = try XCTUnwrap(schema["$defs"] as? [String: Any])
        let expected: [String: [String]] = [
            "document": SpecVocabulary.document, "auth": SpecVocabulary.auth,
            "type": SpecVocabulary.objectType + SpecVocabulary.enumType + SpecVocabulary.taggedUnionType,
            "field": SpecVocabulary.field, "parameter": SpecVocabulary.parameter, "constraints": SpecVocabulary.constraints,
            "rule": SpecVocabulary.rule, "enumValue": SpecVocabulary.enumValue, "taggedVariant": SpecVocabulary.taggedVariant,
            "untaggedVariant": SpecVocabulary.untaggedVariant, "operation": SpecVocabulary.operation, "body": SpecVocabulary.body,
            "status": SpecVocabulary.status, "sample": SpecVocabulary.sample, "webhooks": SpecVocabulary.webhooks,
            "webhookSample": SpecVocabulary.webhookSample, "pagination": SpecVocabulary.pagination,
            "acknowledgement": SpecVocabulary.acknowledgement, "responseHeader": SpecVocabulary.responseHeader,
        ]
        XCTAssertEqual(Set(definitions.keys), Set(expected.keys))
        for (name, keys) in expected {
            let definition = try XCTUnwrap(definitions[name] as? [String: Any], name)
            let properties = try XCTUnwrap(definition["properties"] as? [String: Any], name)
            XCTAssertEqual(Set(properties.keys), Set(keys), "properties of '\(name)'")
        }
    }

    /// An editor accepts exactly the type texts the loader reads (`[T?]` only directly inside brackets).
    func testTheSchemasTypePatternAgreesWithTheLoader() throws {
        let url = ShippedSpecTests.root.appendingPathComponent("schema/apigen.schema.json")
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let definitions = try XCTUnwrap(schema["$defs"] as? [String: Any])
        let field = try XCTUnwrap((definitions["field"] as? [String: Any])?["properties"] as? [String: Any])
        let pattern = try XCTUnwrap((field["type"] as? [String: Any])?["pattern"] as? String)
        let expression = try NSRegularExpression(pattern: pattern)
        let texts = ["string", "Group", "[phone]", "{Group}", "[[int32]]", "[string?]", "{Group?}", "[[int32?]?]", "{[url]?}",
                     "string?", "[string]?", "[string??]", "[?]", "?", "[string", "[]", "[ string? ]", "x_1?"]
        for text in texts {
            let matched = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            let read = TypeReference.parse(text).map { !$0.hasMisplacedNull } ?? false
            // The loader also takes spaces inside brackets, which the pattern leaves out; a pattern cannot count brackets.
            let balanced = text.filter { "[{".contains($0) }.count == text.filter { "]}".contains($0) }.count
            if text.contains(" ") || !balanced { XCTAssertTrue(read || !balanced, text) } else { XCTAssertEqual(matched, read, text) }
        }
        XCTAssertEqual(TypeReference.parse("[[int32?]?]"), .array(.orNull(.array(.orNull(.scalar(.int32))))))
        XCTAssertEqual(TypeReference.parse("{Group?}")?.description, "{Group?}")
        XCTAssertEqual(TypeReference.parse("[ [ Group ? ] ? ]")?.description, "[[Group?]?]")
    }

    /// An editor offers, and accepts, exactly the codes a spec may acknowledge.
    func testTheSchemaListsTheAcknowledgeableCodes() throws {
        let url = ShippedSpecTests.root.appendingPathComponent("schema/apigen.schema.json")
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let definitions = try XCTUnwrap(schema["$defs"] as? [String: Any])
        let acknowledgement = try XCTUnwrap(definitions["acknowledgement"] as? [String: Any])
        let code = try XCTUnwrap((acknowledgement["properties"] as? [String: Any])?["code"] as? [String: Any])
        XCTAssertEqual(code["enum"] as? [String], DiagnosticCode.allCases.filter(\.isAcknowledgeable).map(\.rawValue))
    }

    /// An editor offers exactly the content types the loader reads.
    func testTheSchemaListsTheBodyContentTypes() throws {
        let url = ShippedSpecTests.root.appendingPathComponent("schema/apigen.schema.json")
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let body = try XCTUnwrap((schema["$defs"] as? [String: Any])?["body"] as? [String: Any])
        let contentType = try XCTUnwrap((body["properties"] as? [String: Any])?["contentType"] as? [String: Any])
        XCTAssertEqual(contentType["enum"] as? [String], Body.ContentType.allCases.map(\.rawValue))
    }

    /// ... and exactly the ways of writing a form's lists.
    func testTheSchemaListsTheFormListStyles() throws {
        let url = ShippedSpecTests.root.appendingPathComponent("schema/apigen.schema.json")
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let body = try XCTUnwrap((schema["$defs"] as? [String: Any])?["body"] as? [String: Any])
        let formLists = try XCTUnwrap((body["properties"] as? [String: Any])?["formLists"] as? [String: Any])
        XCTAssertEqual(formLists["enum"] as? [String], Body.FormLists.allCases.map(\.rawValue))
    }

    func testShippedSpecsNameTheSchema() throws {
        for file in ["kaizala.json", "callbell.json"] {
            let text = try String(contentsOf: ShippedSpecTests.root.appendingPathComponent("schema/\(file)"), encoding: .utf8)
            XCTAssertTrue(text.contains(#""$schema": "./apigen.schema.json""#), file)
        }
    }
}
