@testable import APIGenerator
import APISpec
import XCTest

/// What a file system can refuse of the output's names is a located lint
/// error naming the spec element, never a failure halfway through writing.
final class OutputFileNameTests: XCTestCase {
    private func errors(types: String = "[]", operations: String = "[]", name: String = "P") -> [Diagnostic] {
        let text = #"{"name": \#(JSONNode.quoted(name)), "baseURL": "https://x.example", "types": \#(types), "operations": \#(operations)}"#
        return Lint.diagnostics(text: text, path: "x.json").filter { $0.severity == .error }
    }

    private func operation(group: String) -> String {
        #"[{"name": "op", "summary": "S.", "group": \#(JSONNode.quoted(group)), "method": "GET", "path": "/op"}]"#
    }

    func testA300CharacterTypeNameIsALintError() {
        let name = String(repeating: "a", count: 300)
        let found = errors(types: #"[{"name": "\#(name)", "fields": [{"name": "b", "type": "string"}]}]"#)
        XCTAssertEqual(found.map(\.code), [.fileNameTooLong])
        XCTAssertEqual(found.first?.path.components, [.key("types"), .index(0), .key("name")])
        XCTAssertEqual(found.first?.location.line, 1)
        XCTAssertTrue(found.first?.message.contains("306 bytes") ?? false, "the file's length, '.swift' included: \(found)")
    }

    func testTheLimitCountsBytesAndLeavesRoomForTheSuffixAndPrefix() {
        // 249 letters and ".swift" are 255 bytes: the most there is room for.
        XCTAssertEqual(errors(types: #"[{"name": "\#(String(repeating: "a", count: 249))", "fields": []}]"#).map(\.code), [])
        XCTAssertEqual(errors(types: #"[{"name": "\#(String(repeating: "a", count: 250))", "fields": []}]"#).map(\.code), [.fileNameTooLong])
        // Three bytes each in UTF-8: 90 of them are 270 bytes.
        XCTAssertEqual(errors(types: #"[{"name": "\#(String(repeating: "名", count: 90))", "fields": []}]"#).map(\.code), [.fileNameTooLong])
        // A group's file is named after the client too: `PClient+<Group>.swift`, 8 + 241 + 6 bytes at most.
        XCTAssertEqual(errors(operations: operation(group: String(repeating: "g", count: 241))).map(\.code), [])
        let found = errors(operations: operation(group: String(repeating: "g", count: 242)))
        XCTAssertEqual(found.map(\.code), [.fileNameTooLong])
        XCTAssertEqual(found.first?.path.components, [.key("operations"), .index(0), .key("group")])
    }

    func testABodyWrittenInPlaceNamesAModelFile() {
        // `<Operation>Request.swift`: 245 letters, "Request" and ".swift" are 258 bytes.
        let name = String(repeating: "o", count: 245)
        let body = #"{"fields": [{"name": "b", "type": "string"}]}"#
        let found = errors(operations: #"[{"name": "\#(name)", "summary": "S.", "group": "g", "method": "POST", "path": "/op", "#
                                       + #""requestBody": \#(body)}]"#)
        XCTAssertEqual(found.map(\.code), [.fileNameTooLong])
        XCTAssertEqual(found.first?.path.components, [.key("operations"), .index(0), .key("requestBody")])
    }

    func testTypesSharingAFileGiveOneErrorAtTheFirst() {
        let name = String(repeating: "A", count: 250)
        let found = errors(types: #"[{"name": "\#(name)", "fields": []}, {"name": "\#(name)Status", "fields": []}]"#)
        XCTAssertEqual(found.map(\.code), [.fileNameTooLong], "`\(name)Status` is printed in the same file")
        XCTAssertEqual(found.first?.path.components, [.key("types"), .index(0), .key("name")])
    }

    func testALongAPINameIsOneErrorAtItsName() {
        let found = errors(name: String(repeating: "N", count: 240))
        XCTAssertEqual(found.map(\.code), [.fileNameTooLong], "one error, though three files and a folder are named after it")
        XCTAssertEqual(found.first?.path.components, [.key("name")])
    }

    func testTheAPINameNamesAFolder() {
        for name in ["a/b", "..", "x:y", "Name."] {
            let found = errors(name: name)
            XCTAssertEqual(found.count, 1, "\(name): \(found)")
            XCTAssertTrue(found.first.map { [.fileNameInvalid, .fileNameReserved].contains($0.code) } ?? false, "\(name): \(found)")
            XCTAssertTrue(found.first?.message.contains("folder") ?? false, "\(found)")
        }
        XCTAssertEqual(errors(name: "My API").map(\.code), [], "a space is fine")
    }

    func testWindowsDeviceNamesAreReserved() {
        let found = errors(types: #"[{"name": "Con", "fields": []}, {"name": "Lpt1", "fields": []}, {"name": "Console", "fields": []}]"#)
        XCTAssertEqual(found.map(\.code), [.fileNameReserved, .fileNameReserved])
        XCTAssertEqual(found.map { $0.path.components[1] }, [.index(0), .index(1)])
    }

    func testNamesThatDifferOnlyInCaseAreOneFile() {
        let found = errors(types: #"[{"name": "FOo", "fields": []}, {"name": "Foo", "fields": []}]"#)
        XCTAssertEqual(found.map(\.code), [.fileNameCaseCollision])
        XCTAssertTrue(found.first?.message.contains("'Foo' and 'FOo'") ?? false, "\(found)")
        let groups = #"[{"name": "a", "summary": "S.", "group": "Users", "method": "GET", "path": "/a"},"#
            + #" {"name": "b", "summary": "S.", "group": "USERS", "method": "GET", "path": "/b"}]"#
        XCTAssertEqual(errors(operations: groups).map(\.code), [.fileNameCaseCollision])
    }

    func testAGroupCannotTakeTheSamplesFile() {
        for group in ["samples", "SAMPLES"] {
            let found = errors(operations: operation(group: group))
            XCTAssertEqual(found.count, 1, "\(group): \(found)")
            XCTAssertTrue(found.first.map { [.nameCollision, .fileNameCaseCollision].contains($0.code) } ?? false, "\(found)")
        }
    }

    func testTheProblemsOfOneName() {
        XCTAssertNil(FileNameRules.problem("KaizalaClient+Groups.swift"))
        XCTAssertEqual(FileNameRules.problem("a\u{0}b")?.code, .fileNameInvalid)
        XCTAssertEqual(FileNameRules.problem("a\\b")?.code, .fileNameInvalid)
        XCTAssertEqual(FileNameRules.problem("")?.code, .fileNameReserved)
        XCTAssertEqual(FileNameRules.problem("nul.swift")?.code, .fileNameReserved)
        XCTAssertEqual(FileNameRules.problem(String(repeating: "é", count: 128))?.code, .fileNameTooLong)
    }
}
