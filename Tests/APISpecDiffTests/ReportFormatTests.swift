import APISpecDiff
import Foundation
import XCTest

/// Every format lists the most severe changes first, in the specs' order
/// within an impact; `--format github` writes one escaped workflow command a
/// change, at most ten of each level.
final class ReportFormatTests: XCTestCase {
    private func change(_ impact: SpecChange.Impact, _ name: String, kind: String = "field.removed", line: Int? = nil) -> SpecChange {
        var change = SpecChange(impact, scope: "type \(name)", kind: kind, path: "x", summary: "summary of \(name)", reason: "reason")
        change.line = line
        change.column = line.map { _ in 5 }
        return change
    }

    /// Changes as the comparison finds them: impacts mixed.
    private var mixed: DiffReport {
        DiffReport(oldName: "old.json", newName: "new.json", changes: [
            change(.nonBreaking, "A", kind: "field.added"), change(.breaking, "B"), change(.possiblyBreaking, "C", kind: "constraint.changed"),
            change(.breaking, "D"), change(.nonBreaking, "E", kind: "type.added"),
        ])
    }

    /// Where each change's scope first appears in `text`, in order of appearance.
    private func order(in text: String) -> [String] {
        let names = ["A", "B", "C", "D", "E"]
        return names.compactMap { name in text.range(of: "type \(name)").map { (name, $0.lowerBound) } }
            .sorted { $0.1 < $1.1 }.map(\.0)
    }

    func testEveryFormatPutsTheMostSevereFirstAndKeepsTheSpecOrderWithinALevel() throws {
        let report = mixed
        XCTAssertEqual(report.ordered.map(\.scope), ["type B", "type D", "type C", "type A", "type E"])
        for format in DiffReport.Format.allCases {
            XCTAssertEqual(order(in: report.render(format)), ["B", "D", "C", "A", "E"], "\(format)")
        }
        let markdown = report.render(.markdown)
        let headings = ["#### Breaking", "#### Possibly breaking", "#### Non-breaking"].compactMap { markdown.range(of: $0)?.lowerBound }
        XCTAssertEqual(headings.count, 3)
        XCTAssertEqual(headings, headings.sorted())
    }

    func testGitHubCommandsCarryFileLineLevelAndRule() {
        let report = DiffReport(oldName: "old.json", newName: "/abs/new.json", changes: [change(.nonBreaking, "A", kind: "type.added", line: 7),
                                                                                      change(.breaking, "B", line: 3)],
                                newFile: "schema/new.json")
        XCTAssertEqual(report.render(.github), """
            old.json → /abs/new.json: 2 changes: 1 breaking, 1 non-breaking
            ::error file=schema/new.json,line=3,col=5,title=field.removed::type B: summary of B — reason
            ::notice file=schema/new.json,line=7,col=5,title=type.added::type A: summary of A — reason

            """)
    }

    /// `%`, CR and LF in a message; also `:` and `,` in a property, which
    /// would otherwise end it.
    func testGitHubEscaping() {
        var odd = SpecChange(.possiblyBreaking, scope: "type T", kind: "constraint.changed", summary: "pattern `^a,b:c$` at 100%\nnext\rend",
                             reason: "50% sure")
        odd.line = 2
        let report = DiffReport(oldName: "o", newName: "n", changes: [odd], newFile: "specs/a,b:c%.json")
        let lines = report.render(.github).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, 3, "one command is one line")
        XCTAssertEqual(lines[1], "::warning file=specs/a%2Cb%3Ac%25.json,line=2,title=constraint.changed::"
                           + "type T: pattern `^a,b:c$` at 100%25%0Anext%0Dend — 50%25 sure")
    }

    /// GitHub drops annotations past ten of a level: the first ten of each
    /// are written, and one line counts the rest and says where they are.
    func testGitHubAnnotatesTenOfEachLevelAndSaysWhereTheRestAre() {
        let changes = (0..<13).map { change(.breaking, "B\($0)") } + (0..<2).map { change(.possiblyBreaking, "P\($0)") }
            + (0..<12).map { change(.nonBreaking, "N\($0)") }
        let report = DiffReport(oldName: "old.json", newName: "new.json", changes: changes)
        let summarized = report.render(.github, options: .init(wroteStepSummary: true)).split(separator: "\n").map(String.init)
        XCTAssertEqual(summarized.filter { $0.hasPrefix("::error ") }.count, 10)
        XCTAssertEqual(summarized.filter { $0.hasPrefix("::warning ") }.count, 2)
        XCTAssertEqual(summarized.filter { $0.hasPrefix("::notice ") }.count, 10)
        XCTAssertEqual(summarized.firstIndex { $0.hasPrefix("::warning ") }, 11, "errors first, then warnings, then notices")
        XCTAssertTrue(summarized.contains("::error file=new.json,title=field.removed::type B9: summary of B9 — reason"))
        XCTAssertFalse(summarized.contains { $0.contains("type B10:") }, "the eleventh error is not annotated")
        XCTAssertEqual(summarized.last, "3 breaking, 2 non-breaking more not annotated (GitHub shows 10 annotations of each level); "
                           + "the job's step summary lists every change")
        let alone = report.render(.github).split(separator: "\n").map(String.init)
        XCTAssertEqual(alone.last, "3 breaking, 2 non-breaking more not annotated (GitHub shows 10 annotations of each level); "
                           + "`apigen diff --format markdown` lists every change")
        let few = DiffReport(oldName: "old.json", newName: "new.json", changes: Array(changes.prefix(10))).render(.github)
        XCTAssertFalse(few.contains("not annotated"), "nothing dropped, nothing said")
    }
}
