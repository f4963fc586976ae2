import APISpec
import APISpecDiff
import Foundation
import XCTest

/// `--format sarif`: a SARIF 2.1.0 log whose rules are the catalogue and
/// whose results point into the new spec; valid against the OASIS schema
/// (from ../shared/schemas; CI checks it again with PyPI's jsonschema).
final class SARIFTests: XCTestCase {
    private static let schemaFile = HistoryTests.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json")

    private func log(_ report: DiffReport, version: String? = "9.9.9") throws -> [String: Any] {
        let text = report.render(.sarif, options: .init(toolVersion: version))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func history() throws -> DiffReport {
        var report = try HistoryTests.report("callbell-1-seed.json", "callbell-3-bsuid.json")
        report.newFile = "Tests/APISpecDiffTests/Histories/callbell-3-bsuid.json"
        return report
    }

    func testRulesAreTheCatalogueAndResultsPointIntoTheNewSpec() throws {
        let report = try history()
        let log = try log(report)
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "apigen")
        XCTAssertEqual(driver["version"] as? String, "9.9.9")
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.compactMap { $0["id"] as? String }, DiffRules.catalogue.map(\.id))
        let levels = rules.compactMap { ($0["defaultConfiguration"] as? [String: Any])?["level"] as? String }
        XCTAssertEqual(levels.count, rules.count)
        let levelByRule = Dictionary(uniqueKeysWithValues: zip(rules.compactMap { $0["id"] as? String }, levels))
        XCTAssertEqual(levelByRule["field.added"], "error", "its worst verdict: a required field sent")
        XCTAssertEqual(levelByRule["constraint.changed"], "warning")
        XCTAssertEqual(levelByRule["type.added"], "note")

        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, report.changes.count)
        XCTAssertEqual(results.compactMap { $0["ruleId"] as? String }, report.ordered.map(\.kind))
        XCTAssertEqual(results.compactMap { $0["level"] as? String }, ["error"] + Array(repeating: "note", count: results.count - 1))
        for (result, change) in zip(results, report.ordered) {
            let index = try XCTUnwrap(result["ruleIndex"] as? Int)
            XCTAssertEqual(rules[index]["id"] as? String, result["ruleId"] as? String, "ruleIndex names the result's rule")
            let physical = try XCTUnwrap((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            XCTAssertEqual((physical["artifactLocation"] as? [String: Any])?["uri"] as? String, report.newFile)
            let region = try XCTUnwrap(physical["region"] as? [String: Any])
            XCTAssertEqual(region["startLine"] as? Int, change.line)
            XCTAssertEqual(region["startColumn"] as? Int, change.column)
        }
        XCTAssertEqual(report.render(.sarif), try history().render(.sarif), "same specs, same bytes")
    }

    func testEveryRuleIdOfEveryExampleIsInTheLog() throws {
        for (id, example) in RuleCatalogueTests.examples {
            let changes = try DiffFixture.changes(old: example.old, new: example.new)
            let report = DiffReport(oldName: "old.json", newName: "new.json", changes: changes)
            let run = try XCTUnwrap((try log(report)["runs"] as? [[String: Any]])?.first)
            let driver = (run["tool"] as? [String: Any])?["driver"] as? [String: Any]
            let ids = Set((driver?["rules"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
            for result in run["results"] as? [[String: Any]] ?? [] {
                XCTAssertTrue(ids.contains(result["ruleId"] as? String ?? ""), "\(id): \(result["ruleId"] ?? "none")")
            }
        }
    }

    func testTheLogIsValidAgainstTheSARIFSchema() throws {
        guard FileManager.default.fileExists(atPath: Self.schemaFile.path) else {
            throw XCTSkip("needs ../shared/schemas/sarif-schema-2.1.0.json (the SARIF schema beside the checkout)")
        }
        let checker = try SchemaSubsetChecker(schemaText: Data(contentsOf: Self.schemaFile))
        // The copy keeps the log's shape under definitions/Root: its top level constrains nothing.
        XCTAssertNil(checker.document.members?.first { $0.key == "properties" })
        let root = try SchemaSubsetChecker.parse(##"{"$ref": "#/definitions/Root"}"##)
        let rename = try DiffFixture.changes(new: [(#"{"name": "note", "type": "string", "optional": true}"#,
                                                    #"{"name": "comment", "type": "string", "optional": true}"#)])
        var backwards = try HistoryTests.report("callbell-3-bsuid.json", "callbell-1-seed.json")
        backwards.newFile = "Tests/APISpecDiffTests/Histories/callbell-1-seed.json"
        let reports = [try history(), backwards, DiffReport(oldName: "old.json", newName: "new.json", changes: rename),
                       DiffReport(oldName: "a.json", newName: "a b.json", changes: [])]
        for report in reports {
            let log = try SchemaSubsetChecker.parse(report.render(.sarif))
            XCTAssertEqual(checker.problems(log, against: root), [], report.newName)
        }
        // The checker can fail: a level SARIF does not know, and a key it does not have.
        let text = try SchemaSubsetChecker.parse(try history().render(.sarif)).canonicalText
            .replacingOccurrences(of: #""level":"error""#, with: #""level":"fatal""#)
            .replacingOccurrences(of: #"{"$schema":"#, with: #"{"extra":true,"$schema":"#)
        let keywords = Set(checker.problems(try SchemaSubsetChecker.parse(text), against: root).map(\.keyword))
        XCTAssertEqual(keywords, ["enum", "additionalProperties"])
    }
}
