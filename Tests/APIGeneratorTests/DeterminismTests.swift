@testable import APISpec
import APIGenerator
import Foundation
import SeededRandomness
import XCTest

/// Same input, same bytes: repeated runs agree, and the order of keys
/// inside JSON objects of a spec does not matter.
final class DeterminismTests: XCTestCase {
    func testTwoGenerationsAreByteIdentical() throws {
        let (_, first) = try GoldenTests.generate("kaizala.json")
        let (_, second) = try GoldenTests.generate("kaizala.json")
        XCTAssertEqual(first, second)
    }

    func testShufflingObjectKeysChangesNothing() throws {
        for specFile in ["kaizala.json", "callbell.json"] {
            let path = "schema/\(specFile)"
            let text = try String(contentsOf: PackagePaths.root.appendingPathComponent(path), encoding: .utf8)
            let (_, expected) = try GoldenTests.generate(specFile)
            var generator = SeededRandom(seed: 42)
            for _ in 0..<3 {
                let shuffled = Self.shuffled(try JSONParser.parse(text), using: &generator).compactText
                XCTAssertNotEqual(shuffled, try JSONParser.parse(text).compactText)
                let spec = try XCTUnwrap(SpecLoader.load(text: shuffled, path: path).specification)
                XCTAssertEqual(try Generator.generate(spec, options: GeneratorOptions(specPath: path)), expected, specFile)
            }
        }
    }

    /// Reorders the members of every object; arrays keep their order, since
    /// order in arrays is meaningful (table rows).
    static func shuffled(_ node: JSONNode, using generator: inout SeededRandom) -> JSONNode {
        switch node.value {
        case .object(let members):
            let inner = members.map { JSONNode.Member(key: $0.key, keyLocation: $0.keyLocation, value: shuffled($0.value, using: &generator)) }
            return JSONNode(.object(inner.shuffled(using: &generator)), at: node.location)
        case .array(let elements):
            return JSONNode(.array(elements.map { shuffled($0, using: &generator) }), at: node.location)
        default:
            return node
        }
    }
}
