import APISpec
import APISpecDiff
import Foundation
import XCTest

/// An inline union is one argument of its object's initializer, at its
/// field's place: moving it past a neighbour moves that argument.
final class InlineFieldOrderTests: XCTestCase {
    private func text(_ path: String) throws -> String {
        try String(contentsOf: HistoryTests.packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    private func changes(from old: String, swapping first: String, with second: String) throws -> [SpecChange] {
        let pair = first + second
        XCTAssertTrue(old.contains(pair), "the spec has no \(pair)")
        let new = old.replacingOccurrences(of: pair, with: second + first)
        let before = SpecLoader.load(text: old, path: "old.json"), after = SpecLoader.load(text: new, path: "new.json")
        XCTAssertEqual((before.diagnostics + after.diagnostics).filter { $0.severity == .error }.map(\.description), [])
        return SpecDiff.compare(try XCTUnwrap(before.specification), try XCTUnwrap(after.specification))
    }

    func testAnInlineUnionSwappedWithTheFieldBeforeItReordersTheInitializer() throws {
        let title = """
                {
                  "name": "title",
                  "type": "string",
                  "optional": true
                },

        """
        let shape = """
                {
                  "name": "shape",
                  "type": "Shape",
                  "inline": true
                },

        """
        let found = try changes(from: try text("Tests/Fixtures/Unions/spec.json"), swapping: title, with: shape)
        XCTAssertEqual(found.map(\.kind), ["swift.arguments.reordered"])
        XCTAssertEqual(found.first?.impact, .breaking)
        XCTAssertEqual(found.first?.scope, "type Drawing")
        XCTAssertEqual(found.first?.summary,
                       "`Drawing.init(title:shape:values:pet:priority:)` → `Drawing.init(shape:title:values:pet:priority:)`")
    }

    func testKaizalasActionSummaryWithItsActionFirstReordersTheInitializer() throws {
        let reference = #"{"name": "referenceId", "type": "guid", "#
            + #""description": "Identifier of the message that carried the action."},"# + "\n        "
        let action = #"{"name": "action", "type": "ActionSummaryBody", "inline": true, "#
            + #""description": "The action's type and contents."},"# + "\n        "
        let found = try changes(from: try text("schema/kaizala.json"), swapping: reference, with: action)
        XCTAssertEqual(found.map(\.kind), ["swift.arguments.reordered"])
        XCTAssertEqual(found.first?.impact, .breaking)
        XCTAssertEqual(found.first?.scope, "type ActionSummary")
        let summary = found.first?.summary ?? ""
        XCTAssertTrue(summary.hasPrefix("`ActionSummary.init(referenceID:action:sender:"), summary)
        XCTAssertTrue(summary.contains("→ `ActionSummary.init(action:referenceID:sender:"), summary)
    }
}
