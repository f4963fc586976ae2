import APISpec
import APISpecDiff
import Foundation
import XCTest

/// `apigen diff --rules FILE` reads its file strictly: a rule listed twice
/// and an unknown key are errors at their own place, and every problem is
/// reported in one run.
final class RulesFileTests: XCTestCase {
    private var file: URL!

    override func setUpWithError() throws {
        file = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString).json")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: file)
    }

    /// The diagnostics reading `text` gives, failing when it reads clean.
    private func problems(_ text: String, line: UInt = #line) throws -> [Diagnostic] {
        try text.write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try DiffRules.Policy(contentsOf: file.path)
            XCTFail("the rules file was accepted", line: line)
            return []
        } catch {
            XCTAssertTrue(error.diagnostics.allSatisfy { $0.severity == .error && $0.file == file.path }, line: line)
            return error.diagnostics
        }
    }

    private func positions(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.location.line):\($0.location.column)" }
    }

    func testARuleListedTwiceIsAnErrorAtTheSecondNamingTheFirst() throws {
        let found = try problems("""
            {"overrides": {
              "constraint.tightened": "non-breaking",
              "field.added": "breaking",
              "constraint.tightened": "breaking"
            }}
            """)
        XCTAssertEqual(positions(found), ["4:3"])
        XCTAssertEqual(found.map(\.description),
                       ["\(file.path):4:3: error: rule 'constraint.tightened' listed twice (first at line 2) [#DuplicateKey]"])
    }

    func testAnUnknownKeyIsAnErrorAtTheKey() throws {
        let found = try problems("""
            {
              "overrides": {"constraint.tightened": "breaking"},
              "overides": {"field.added": "breaking"}
            }
            """)
        XCTAssertEqual(positions(found), ["3:3"])
        XCTAssertEqual(found.map(\.description),
                       ["\(file.path):3:3: error: unknown key 'overides' in the rules file; did you mean 'overrides'? [#UnknownKey]"])
    }

    func testEveryProblemIsReportedInFileOrder() throws {
        let found = try problems("""
            {
              "comment": "ours",
              "overrides": {
                "constraint.tightened": "non-breaking",
                "no.such.rule": "breaking",
                "field.added": "fatal",
                "constraint.tightened": "non-breaking"
              },
              "overrides": {}
            }
            """)
        XCTAssertEqual(positions(found), ["2:3", "5:5", "6:20", "7:5", "9:3"])
    }

    func testAFileWithoutOverridesSaysSoAndNamesItsOtherKeys() throws {
        let found = try problems(#"{"overide": {}}"#)
        XCTAssertEqual(positions(found), ["1:1", "1:2"])
    }

    func testAGoodFileStillReads() throws {
        try """
            {"overrides": {
              "constraint.tightened": "non-breaking",
              "field.added": "breaking"
            }}
            """.write(to: file, atomically: true, encoding: .utf8)
        let policy = try DiffRules.Policy(contentsOf: file.path)
        XCTAssertEqual(policy.overrides, ["constraint.tightened": .nonBreaking, "field.added": .breaking])
    }
}
