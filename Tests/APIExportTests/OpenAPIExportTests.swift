import APIExport
import APISpec
import Foundation
import XCTest

/// The OpenAPI exports of both shipped specs, compared whole with the
/// committed documents (which `.ci/run` checks with openapi-spec-validator,
/// samples included, through `validate.py`).
/// `APIGEN_RECORD=1 swift test --filter OpenAPIExportTests` rewrites them.
final class OpenAPIExportTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected")

    private func export(_ name: String) throws -> String {
        let path = "schema/\(name).json"
        let loaded = SpecLoader.load(text: try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8), path: path)
        return OpenAPIExporter.export(try XCTUnwrap(loaded.specification)).text
    }

    func testEachShippedSpecExportsToItsCommittedDocument() throws {
        for name in ["kaizala", "callbell"] {
            let text = try export(name)
            let file = Self.expected.appendingPathComponent("\(name).openapi.json")
            if ProcessInfo.processInfo.environment["APIGEN_RECORD"] == "1" {
                try text.write(to: file, atomically: true, encoding: .utf8)
                continue
            }
            XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), text, "\(name): refresh with APIGEN_RECORD=1 swift test --filter OpenAPIExportTests")
        }
    }

    /// The unions fixture (tagged, tagged in place as a discriminator, untagged, open enums) exports to a committed
    /// document that `.ci/run` checks with the same validator.
    func testUnionsExportToTheirCommittedDocument() throws {
        let path = "Tests/Fixtures/Unions/spec.json"
        let loaded = SpecLoader.load(text: try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8), path: path)
        let text = OpenAPIExporter.export(try XCTUnwrap(loaded.specification)).text
        let file = Self.expected.appendingPathComponent("unions.openapi.json")
        if ProcessInfo.processInfo.environment["APIGEN_RECORD"] == "1" { try text.write(to: file, atomically: true, encoding: .utf8) }
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), text, "refresh with APIGEN_RECORD=1 swift test --filter OpenAPIExportTests")
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let pet = try XCTUnwrap(((document["components"] as? [String: Any])?["schemas"] as? [String: Any])?["Pet"] as? [String: Any])
        let discriminator = try XCTUnwrap(pet["discriminator"] as? [String: Any])
        XCTAssertEqual(discriminator["propertyName"] as? String, "petType")
        XCTAssertEqual(discriminator["mapping"] as? [String: String], ["cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"])
        XCTAssertEqual(pet["x-apigen-variantNames"] as? [String: String], ["dog": "hound"])
    }

    func testTheSameSpecGivesTheSameBytes() throws {
        XCTAssertEqual(try export("kaizala"), try export("kaizala"))
    }

    func testWhatOpenAPICannotSayIsKeptAsExtensions() throws {
        let text = try export("callbell")
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(document["openapi"] as? String, "3.1.0")
        let paths = try XCTUnwrap(document["paths"] as? [String: Any])
        let send = try XCTUnwrap((paths["/messages/send"] as? [String: Any])?["post"] as? [String: Any])
        XCTAssertEqual(send["operationId"] as? String, "sendMessage")
        let body = try XCTUnwrap((((send["requestBody"] as? [String: Any])?["content"] as? [String: Any])?["application/json"] as? [String: Any])?["schema"] as? [String: Any])
        XCTAssertNotNil(body["x-apigen-rules"], "cross-field rules are kept")
        XCTAssertTrue((body["description"] as? String ?? "").isEmpty == false || body["x-apigen-rules"] != nil)
        let schemes = try XCTUnwrap((document["components"] as? [String: Any])?["securitySchemes"] as? [String: Any])
        XCTAssertEqual((schemes["bearer"] as? [String: Any])?["scheme"] as? String, "bearer")
        XCTAssertNil(document["x-apigen-acknowledged"], "a spec that acknowledges nothing says nothing")
    }

    func testAcknowledgedWarningsAreKept() throws {
        let spec = try XCTUnwrap(SpecLoader.load(path: Self.root.appendingPathComponent("schema/kaizala.json").path).specification)
        let text = try export("kaizala")
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let acknowledged = try XCTUnwrap(document["x-apigen-acknowledged"] as? [[String: String]])
        XCTAssertEqual(acknowledged.map { $0["code"] }, spec.acknowledgements.map(\.code.rawValue))
        XCTAssertEqual(acknowledged.map { $0["at"] }, spec.acknowledgements.map(\.place))
        XCTAssertEqual(acknowledged.map { $0["reason"] }, spec.acknowledgements.map(\.reason))
    }
}
