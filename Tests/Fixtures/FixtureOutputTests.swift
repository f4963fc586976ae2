import APIRuntime
import Foundation
import XCTest

/// The fixtures' generated code compiles (keywords, odd names, recursion)
/// and behaves: this file is compiled together with every `expected/` file.
final class FixtureOutputTests: XCTestCase {
    func testLandminesRoundTripThroughTheirWireNames() throws {
        let json = Data(#"{"default":"d","self":"s","class":"3gpp","init":true,"kz-callback-token":"k","3d_model":"m","snake_case_name":"n","dotted.name":"o","URL":"https://x.example","Capitalized":1,"description":"e","weird":"w"}"#.utf8)
        let value = try JSONCoding.decoder.decode(Protocol_.self, from: json)
        XCTAssertEqual(value.class, Type_._3gpp)
        XCTAssertEqual(value.self_, "s")
        XCTAssertEqual(value.renamedByHand, "w")
        XCTAssertEqual(value.kzCallbackToken, "k")
        XCTAssertEqual(Type_.knownValues_.rawValue, "knownValues")
        let again = try JSONCoding.decoder.decode(Protocol_.self, from: JSONCoding.encoder.encode(value))
        XCTAssertEqual(again, value)
        let choice = try JSONCoding.decoder.decode(Switch.self, from: Data(#"{"case":"unknown","default":{"default":"x"}}"#.utf8))
        XCTAssertEqual(choice, .unknown_(Protocol_(default: "x")))
    }

    func testRecursiveTreeValidatesEveryLevel() {
        let tree = TreeNode(name: "root", children: [TreeNode(name: "a", children: [TreeNode(name: "much too long")])],
                            byName: ["b": TreeNode(name: "also too long")])
        XCTAssertEqual(tree.violations.map(\.description), [
            "children[0].children[0].name: must be at most 10 characters (is 13)",
            #"byName["b"].name: must be at most 10 characters (is 13)"#,
        ])
    }

    func testEveryLimitKindAndRule() {
        let form = Form(name: "x", code: "abc", age: 17, tags: [], labels: ["toolongkey": "v"], attachment: "a.exe", kind: "other",
                        password: "short")
        XCTAssertEqual(form.violations.map(\.rule), ["minLength", "pattern", "minimum", "minItems", "maxLength", "fileExtension", "minLength",
                                                     "anyOf", "requires", "requiredWhen"])
        XCTAssertFalse(form.violations.map(\.description).joined().contains("short"), "a secret leaked")
    }

    func testUnionsAndDefaults() throws {
        let drawing = Drawing(shape: .template(templateID: "t1", body: Square(side: 2)), values: [.number(1), .text("a"), .list(["b"])])
        let json = String(decoding: try JSONCoding.encoder.encode(drawing), as: UTF8.self)
        XCTAssertEqual(json, #"{"shape":{"side":2,"size":"small"},"templateId":"t1","values":[1,"a",["b"]]}"#)
        XCTAssertEqual(try JSONCoding.decoder.decode(Drawing.self, from: Data(json.utf8)), drawing)
        XCTAssertEqual(Size.knownValues, [.small, .large, .extraLarge])
        XCTAssertEqual(Circle(radius: -1).violations.map(\.description), ["radius: must be at least 0 (is -1)"])
    }

    func testScalarsUseTheirSwiftTypes() throws {
        let value = EveryScalar(text: "t", small: 1, when: Date(timeIntervalSince1970: 0), sentAtMillis: 1_000, id: "i")
        XCTAssertEqual(value.large, 9_007_199_254_740_993)
        XCTAssertEqual(value.sentAtMillis?.date, Date(timeIntervalSince1970: 1))
        let json = String(decoding: try JSONCoding.encoder.encode(value), as: UTF8.self)
        XCTAssertTrue(json.contains(#""when":"1970-01-01T00:00:00Z""#), json)
    }
}
