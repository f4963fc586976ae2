import APIGenerator
import APISpec
import Foundation
import XCTest

/// Inputs built to make lint hang or eat memory: each must be answered
/// quickly. The time limits are far above what they take (a few hundred
/// milliseconds in a debug build), so they catch a quadratic or
/// exponential algorithm, not noise; speed itself is measured in Benchmarks/.
final class HostileInputTests: XCTestCase {
    private func lint(_ text: String, within seconds: Double, file: StaticString = #filePath, line: UInt = #line) -> [Diagnostic] {
        let started = Date()
        let diagnostics = Lint.diagnostics(text: text, path: "hostile.json")
        let elapsed = Date().timeIntervalSince(started)
        XCTAssertLessThan(elapsed, seconds, "lint took \(elapsed) s", file: file, line: line)
        return diagnostics
    }

    private func spec(types: [String], operations: String = "[]") -> String {
        #"{"name": "H", "baseURL": "https://x.example", "types": [\#(types.joined(separator: ","))], "operations": \#(operations)}"#
    }

    func testALongChainOfTypes() throws {
        var types = (0..<3000).map { #"{"name": "T\#($0)", "fields": [{"name": "next", "type": "T\#($0 + 1)"}]}"# }
        types.append(#"{"name": "T3000", "fields": [{"name": "text", "type": "string", "maxLength": 3}]}"#)
        let text = spec(types: types)
        XCTAssertEqual(lint(text, within: 10), [])
        // Generating it is bounded too: every type validates through the chain.
        let loaded = try XCTUnwrap(SpecLoader.load(text: text, path: "hostile.json").specification)
        let started = Date()
        let files = try Generator.generate(loaded, options: GeneratorOptions(layout: .singleFile("H.swift"), specPath: "hostile.json"))
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        XCTAssertTrue(files[0].contents.contains("validator.nested(self.next, \"next\")"))
    }

    func testAChainThatClosesIntoOneCycle() {
        var types = (0..<3000).map { #"{"name": "T\#($0)", "fields": [{"name": "next", "type": "T\#($0 + 1)"}]}"# }
        types.append(#"{"name": "T3000", "fields": [{"name": "back", "type": "T0"}]}"#)
        let diagnostics = lint(spec(types: types), within: 10)
        XCTAssertEqual(diagnostics.map(\.code), [.recursiveType])
        // The cycle is named in order, from its first type.
        XCTAssertTrue(diagnostics.first?.message.hasPrefix("recursive type with no optional, nullable, array or map field to break the cycle: T0 -> T1 -> ") ?? false)
    }

    func testTypesThatEachReferTheNextTwice() {
        var types = (0..<25).map { #"{"name": "T\#($0)", "fields": [{"name": "a", "type": "T\#($0 + 1)"}, {"name": "b", "type": "T\#($0 + 1)"}]}"# }
        types.append(#"{"name": "T25", "fields": [{"name": "a", "type": "string"}]}"#)
        XCTAssertEqual(lint(spec(types: types), within: 10), [])
    }

    func testATypeNestedFortyThousandDeep() {
        let deep = String(repeating: "[", count: 40_000) + "string" + String(repeating: "]", count: 40_000)
        let diagnostics = lint(spec(types: [#"{"name": "T", "fields": [{"name": "a", "type": "\#(deep)"}]}"#]), within: 5)
        XCTAssertEqual(diagnostics.map(\.code), [.typeNestedTooDeep])
    }

    func testAnUnknownTypeNameOfAHundredThousandCharacters() {
        let name = String(repeating: "x", count: 100_000)
        let diagnostics = lint(spec(types: [#"{"name": "T", "fields": [{"name": "a", "type": "\#(name)"}]}"#]), within: 5)
        XCTAssertEqual(diagnostics.map(\.code), [.unknownType])
        XCTAssertLessThan(diagnostics[0].description.count, 300, "the message quotes the name clipped")
    }

    func testAnObjectWithAHundredAndTwentyThousandKeys() {
        let keys = (0..<120_000).map { #""k\#($0)": 1"# }.joined(separator: ",")
        let diagnostics = lint(#"{"name": "H", "baseURL": "https://x.example", "operations": [], \#(keys)}"#, within: 20)
        XCTAssertEqual(diagnostics.count, 120_000)
        XCTAssertEqual(Set(diagnostics.map(\.code)), [.unknownKey])
    }

    func testJSONNestedAHundredThousandDeep() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let diagnostics = lint(#"{"name": "H", "notes": \#(deep)}"#, within: 5)
        XCTAssertEqual(diagnostics.map(\.code), [.invalidJSON])
        XCTAssertTrue(diagnostics[0].message.contains("nesting deeper than"), diagnostics[0].message)
    }

    func testManyOperationsAndFieldsInOneGroup() {
        let fields = (0..<200).map { #"{"name": "f\#($0)", "type": "string", "maxLength": 5}"# }.joined(separator: ",")
        let operations = (0..<500).map {
            #"{"name": "op\#($0)", "summary": "S", "group": "g", "method": "POST", "path": "/p\#($0)", "requestBody": {"fields": [\#(fields)]}}"#
        }
        XCTAssertEqual(lint(spec(types: [], operations: "[" + operations.joined(separator: ",") + "]"), within: 30), [])
    }
}
