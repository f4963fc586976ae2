import APIGenerator
import APISpec
import Foundation
import XCTest

/// A reviewer reads generated diffs: a small spec edit must give a small,
/// local diff. Each edit of `schema/kaizala.json` below changes one file, in
/// one hunk (or adds one file). The changed-line counts are printed for
/// BENCHMARKS.md.
final class GeneratedDiffLocalityTests: XCTestCase {
    private static let sendMessageResponse = #"{"name": "referenceId", "type": "guid", "description": "Identifier of the sent message."}"#
    private static let afterSendMessage = "{\n      \"name\": \"uploadMedia\","

    private func generate(_ text: String) throws -> [String: String] {
        let result = SpecLoader.load(text: text, path: "schema/kaizala.json")
        let spec = try XCTUnwrap(result.specification, result.diagnostics.map(\.description).joined(separator: "\n"))
        let files = try Generator.generate(spec, options: GeneratorOptions(specPath: "schema/kaizala.json"))
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }

    /// Applies `edit` to the Kaizala spec and returns what changed in the output.
    private func effect(of edit: (String, String), file: StaticString = #filePath, line: UInt = #line)
        throws -> (changed: [String: LineDiff], added: [String], removed: [String]) {
        let original = try String(contentsOf: PackagePaths.root.appendingPathComponent("schema/kaizala.json"), encoding: .utf8)
        XCTAssertEqual(original.components(separatedBy: edit.0).count, 2, "the edit's anchor must occur once", file: file, line: line)
        let before = try generate(original), after = try generate(original.replacingOccurrences(of: edit.0, with: edit.1))
        var changed: [String: LineDiff] = [:]
        for (path, text) in after { if let old = before[path], old != text { changed[path] = LineDiff(old, text) } }
        return (changed, after.keys.filter { before[$0] == nil }.sorted(), before.keys.filter { after[$0] == nil }.sorted())
    }

    /// One file changes, in `hunks` hunks: one, or (for an edit of a type's
    /// field) one in the type's declaration and one in the extension below
    /// it that holds the machinery the field feeds (its limit table, its
    /// coding), since the public surface comes first.
    private func assertOneHunk(_ name: String, _ edit: (String, String), in expected: String, hunks: Int = 1,
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let (changed, added, removed) = try effect(of: edit, file: file, line: line)
        XCTAssertEqual(Array(changed.keys), [expected], file: file, line: line)
        XCTAssertEqual(added + removed, [], file: file, line: line)
        let diff = try XCTUnwrap(changed[expected], file: file, line: line)
        XCTAssertEqual(diff.hunks, hunks, file: file, line: line)
        print("generated diff, \(name): 1 file, \(diff.hunks) hunk\(diff.hunks == 1 ? "" : "s"), \(diff.changedLines) changed lines")
    }

    func testRaisingAMaxLengthChangesOneHunk() throws {
        try assertOneHunk("raise a max length", (#""maxLength": 4000"#, #""maxLength": 5000"#), in: "Models/SendMessageRequest.swift",
                          hunks: 2)
    }

    func testAddingAnOptionalResponseFieldChangesOneHunk() throws {
        let field = #", {"name": "sentAt", "type": "epochMillis", "optional": true, "description": "When the message was sent."}"#
        try assertOneHunk("add an optional response field", (Self.sendMessageResponse, Self.sendMessageResponse + field), in: "Models/SendMessageResponse.swift",
                          hunks: 2)
    }

    func testAddingAnEnumValueChangesOneHunk() throws {
        let value = #"{"value": "Group", "description": "An ordinary group."},"#
        try assertOneHunk("add an enum value", (value, value + #" {"value": "Channel", "description": "A broadcast channel."},"#), in: "Models/GroupType.swift")
    }

    func testChangingAValueInASampleAnswerChangesOneHunk() throws {
        try assertOneHunk("change a value in a sample answer",
                          (#""refreshTokenExpiry": 1537016388242"#, #""refreshTokenExpiry": 1537016388243"#),
                          in: "KaizalaClient+Samples.swift")
    }

    func testAddingAnOperationToAGroupChangesOneHunk() throws {
        let operation = #"{"name": "getMessage", "summary": "Reads a message.", "group": "messages", "method": "GET", "path": "/groups/{groupId}/messages/{messageId}", "#
            + #""parameters": [{"name": "groupId", "in": "path", "type": "guid"}, {"name": "messageId", "in": "path", "type": "guid"}], "#
            + #""responseBody": {"fields": [{"name": "message", "type": "string"}]}},"# + "\n    "
        // The function is one hunk in its group's file; its answer's type, written in place, is a new model file.
        let (changed, added, removed) = try effect(of: (Self.afterSendMessage, operation + Self.afterSendMessage))
        XCTAssertEqual(Array(changed.keys), ["Operations/KaizalaClient+Messages.swift"])
        XCTAssertEqual(try XCTUnwrap(changed["Operations/KaizalaClient+Messages.swift"]).hunks, 1)
        XCTAssertEqual(added, ["Models/GetMessageResponse.swift"])
        XCTAssertEqual(removed, [])
        print("generated diff, add an operation to a group: 1 file, 1 hunk, 1 new model file")
    }

    func testAddingAnOperationInANewGroupAddsItsFiles() throws {
        let operation = #"{"name": "listPolls", "summary": "Lists polls.", "group": "polls", "method": "GET", "path": "/polls", "#
            + #""responseBody": {"fields": [{"name": "ids", "type": "[guid]"}]}},"# + "\n    "
        let (changed, added, removed) = try effect(of: (Self.afterSendMessage, operation + Self.afterSendMessage))
        XCTAssertEqual(Array(changed.keys), [])
        XCTAssertEqual(added, ["Models/ListPollsResponse.swift", "Operations/KaizalaClient+Polls.swift"])
        XCTAssertEqual(removed, [])
        print("generated diff, add an operation in a new group: 2 new files (its group, its answer's type), 0 changed files")
    }
}
