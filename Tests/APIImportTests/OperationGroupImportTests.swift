import APIImport
import APISpec
import XCTest

/// The group of an operation without tags: its path's first literal segment after the ones every path shares, so
/// that an API served under `/v1` (Stripe) is grouped by resource, not put whole in one group and one file.
final class OperationGroupImportTests: XCTestCase {
    private func groups(_ paths: [String], tagged: [String: String] = [:]) throws -> [String] {
        let items = paths.map { path in
            let tags = tagged[path].map { #", "tags": ["\#($0)"]"# } ?? ""
            let placeholders = path.split(separator: "/").filter { $0.hasPrefix("{") }.map { $0.dropFirst().dropLast() }
            let parameters = placeholders.map { #"{"name": "\#($0)", "in": "path", "required": true, "schema": {"type": "string"}}"# }
            return #""\#(path)": {"get": {"parameters": [\#(parameters.joined(separator: ", "))], "#
                + #""responses": {"204": {"description": "Done."}}\#(tags)}}"#
        }
        let document = #"{"openapi": "3.0.3", "info": {"title": "Shop", "version": "1"}, "#
            + #""servers": [{"url": "https://shop.example"}], "paths": {"# + items.joined(separator: ", ") + "}}"
        let result = try OpenAPIImporter.importDocument(OpenAPIDocument.parse(document, file: "shop.openapi.json"),
                                                        draftPath: "shop.json")
        return result.specification.operations.map(\.group)
    }

    func testAPrefixEveryPathSharesIsSkipped() throws {
        XCTAssertEqual(try groups(["/v1/customers", "/v1/customers/{customer}", "/v1/charges/{charge}/refunds",
                                   "/v1/{account}/payouts"]),
                       ["customers", "customers", "charges", "payouts"])
        XCTAssertEqual(try groups(["/api/v2/orders", "/api/v2/items/{id}"]), ["orders", "items"])
    }

    func testEveryPathKeepsALiteralSegmentOfItsOwn() throws {
        // `/pets` has nothing after a shared `pets`, so nothing is shared: both are the group `pets`.
        XCTAssertEqual(try groups(["/pets", "/pets/mine"]), ["pets", "pets"])
        XCTAssertEqual(try groups(["/v1/orders", "/v1"]), ["v1", "v1"])
        XCTAssertEqual(try groups(["/orders"]), ["orders"])
    }

    func testTagsStillComeFirst() throws {
        XCTAssertEqual(try groups(["/v1/customers", "/v1/charges"], tagged: ["/v1/charges": "Payments"]),
                       ["customers", "Payments"])
    }
}
