@testable import APIGenerator
import APISpec
import XCTest

/// Which file of `Models/` a type is printed in: its own, or that of the shortest name of the module its name
/// extends at a word boundary.
final class TypeFilesTests: XCTestCase {
    func testATypeJoinsTheShortestNameItExtendsAtAWordBoundary() {
        let names: Set = ["Account", "AccountCapabilities", "AccountCapabilitiesCard", "Accounts", "Accountant",
                          "PostCustomersRequest", "PostCustomersRequestAddress", "Card2"]
        let stems = TypeFiles.stems(of: names.sorted(), among: names)
        XCTAssertEqual(stems["Account"], "Account")
        XCTAssertEqual(stems["AccountCapabilities"], "Account")
        XCTAssertEqual(stems["AccountCapabilitiesCard"], "Account", "the shortest, not the nearest")
        XCTAssertEqual(stems["Accounts"], "Accounts", "a lower-case letter is no word boundary")
        XCTAssertEqual(stems["Accountant"], "Accountant")
        XCTAssertEqual(stems["PostCustomersRequestAddress"], "PostCustomersRequest")
        XCTAssertEqual(stems["Card2"], "Card2")
    }

    func testAnInPlaceBodyNamesTheFileOfTheTypesWrittenInIt() throws {
        let text = #"{"name": "Shop", "title": "Shop", "description": "A shop.", "baseURL": "https://shop.example","#
            + #""auth": {"scheme": "bearer"}, "types": [{"name": "PlaceOrderRequestLine", "fields": [{"name": "sku", "type": "string"}]},"#
            + #"{"name": "Order", "fields": [{"name": "id", "type": "string"}]}, "#
            + #"{"name": "OrderState", "kind": "enum", "values": ["open"]}],"#
            + #""operations": [{"name": "placeOrder", "summary": "Places an order.", "group": "orders", "method": "POST","#
            + #""path": "/orders", "requestBody": {"fields": [{"name": "lines", "type": "[PlaceOrderRequestLine]"}]}}]}"#
        let result = SpecLoader.load(text: text, path: "shop.json")
        let spec = try XCTUnwrap(result.specification, result.diagnostics.map(\.description).joined(separator: "\n"))
        let generated = try Generator.generate(spec, options: GeneratorOptions(specPath: "shop.json"))
        let files = generated.map(\.path).sorted()
        XCTAssertEqual(files.filter { $0.hasPrefix("Models/") }, ["Models/Order.swift", "Models/PlaceOrderRequest.swift"])
        // The body itself is printed in its file, first; the group's file holds the function only.
        let body = try XCTUnwrap(generated.first { $0.path == "Models/PlaceOrderRequest.swift" }).contents
        XCTAssertLessThan(try XCTUnwrap(body.range(of: "struct PlaceOrderRequest:")).lowerBound,
                          try XCTUnwrap(body.range(of: "struct PlaceOrderRequestLine:")).lowerBound)
        let group = try XCTUnwrap(generated.first { $0.path.hasPrefix("Operations/") }).contents
        XCTAssertTrue(group.contains("func placeOrder("))
        XCTAssertFalse(group.contains("struct "))
    }
}
