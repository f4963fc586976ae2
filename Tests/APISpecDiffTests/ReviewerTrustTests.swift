import APISpec
@testable import APISpecDiff
import Foundation
import XCTest

/// What reviewers found they could not rely on: pattern changes judged by
/// what they accept, argument order in Swift, the operations a type change
/// affects.
final class ReviewerTrustTests: XCTestCase {
    private static let current = HistoryTests.histories.appendingPathComponent("callbell-3-bsuid.json")
    private static let wide = #""pattern": "^(contact|conversation)(,(contact|conversation))?$""#

    private func changes(from old: String, to new: String) throws -> [SpecChange] {
        let before = SpecLoader.load(text: old, path: "old.json"), after = SpecLoader.load(text: new, path: "new.json")
        XCTAssertEqual((before.diagnostics + after.diagnostics).filter { $0.severity == .error }.map(\.description), [])
        return SpecDiff.compare(try XCTUnwrap(before.specification), try XCTUnwrap(after.specification))
    }

    /// A line added above a paged operation moves its pagination in the file, not in the API.
    func testAPagedOperationMovedDownTheFileIsNoChange() throws {
        let text = try String(contentsOf: HistoryTests.histories.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schema/kaizala.json"), encoding: .utf8)
        XCTAssertTrue(text.contains(#""pagination""#))
        let moved = text.replacingOccurrences(of: #""operations": ["#, with: "\n\n\"operations\": [")
        XCTAssertEqual(try changes(from: text, to: moved).map(\.kind), [])
    }

    func testAPatternWidenedForANewValueIsNotBreaking() throws {
        let text = try String(contentsOf: Self.current, encoding: .utf8)
        XCTAssertTrue(text.contains(Self.wide))
        let narrow = text.replacingOccurrences(of: Self.wide, with: #""pattern": "^contact$""#)
        let widened = try changes(from: narrow, to: text)
        XCTAssertEqual(widened.map(\.kind), ["constraint.loosened"])
        XCTAssertEqual(widened.first?.impact, .nonBreaking)
        let narrowed = try changes(from: text, to: narrow)
        XCTAssertEqual(narrowed.map(\.kind), ["constraint.tightened"])
        XCTAssertEqual(narrowed.first?.impact, .breaking)
        XCTAssertTrue(narrowed.first?.reason.contains("`conversation`") ?? false, narrowed.first?.reason ?? "")
    }

    func testPatternsThatCannotBeComparedArePossiblyBreaking() throws {
        let text = try String(contentsOf: Self.current, encoding: .utf8)
        let before = text.replacingOccurrences(of: Self.wide, with: #""pattern": "^[a-z]+$""#)
        let after = text.replacingOccurrences(of: Self.wide, with: #""pattern": "^[a-z,]+$""#)
        let found = try changes(from: before, to: after)
        XCTAssertEqual(found.map(\.impact), [.possiblyBreaking])
        let report = DiffReport(oldName: "old.json", newName: "new.json", changes: found)
        XCTAssertTrue(report.render(.markdown).contains("#### Possibly breaking"))
        XCTAssertTrue(report.breaking.isEmpty, "--fail-on-breaking does not fail on it")
    }

    func testFinitePatternsAreSpelledOut() {
        XCTAssertEqual(FiniteLanguage.values(of: "^(a|b)(,c)?$")?.values, ["a,c", "a", "b,c", "b"])
        XCTAssertNil(FiniteLanguage.values(of: "^[a-z]+$"))
        XCTAssertNil(FiniteLanguage.values(of: "^a\\d$"))
        XCTAssertEqual(FiniteLanguage.values(of: "^x\\.y$")?.values, ["x.y"])
    }

    func testReorderedFieldsBreakCallersWithBothSignatures() throws {
        let text = try String(contentsOf: Self.current, encoding: .utf8)
        let to = #"""
                  {
                    "name": "to",
                    "type": "string",
                    "optional": true,
                    "description": "Phone number or platform identifier of the recipient; wins over bsuid when both are given."
                  },
        """#
        XCTAssertTrue(text.contains(to))
        var moved = text.replacingOccurrences(of: to, with: "")
        let channel = #""name": "channel_uuid","#
        let range = try XCTUnwrap(moved.range(of: channel))
        let objectStart = try XCTUnwrap(moved[..<range.lowerBound].range(of: "{", options: .backwards))
        moved.insert(contentsOf: to.trimmingCharacters(in: .whitespaces) + "\n          ", at: objectStart.lowerBound)
        let found = try changes(from: text, to: moved)
        XCTAssertEqual(found.map(\.kind), ["swift.arguments.reordered"])
        let change = try XCTUnwrap(found.first)
        XCTAssertEqual(change.impact, .breaking)
        XCTAssertTrue(change.summary.hasPrefix("`SendMessageRequest.init(to:bsuid:from:"), change.summary)
        XCTAssertTrue(change.summary.contains("→ `SendMessageRequest.init(bsuid:from:type:content:to:channelUUID:"), change.summary)
    }

    func testAChangedTypeNamesTheOperationsItAffects() throws {
        let text = try String(contentsOf: Self.current, encoding: .utf8)
        let edited = text.replacingOccurrences(of: #""name": "uuid","#, with: #""name": "id","#)
        let found = try changes(from: text, to: edited)
        let contact = try XCTUnwrap(found.first { $0.scope == "type Contact" && $0.kind == "field.renamed" }, "\(found)")
        XCTAssertEqual(contact.operations ?? [], ["sendMessage"])
        XCTAssertEqual(contact.renamedFrom, "uuid")
        XCTAssertEqual(contact.swiftSymbol, "Contact.id")
    }
}
