import APIGenBuildTool
@testable import APIGenCLI
import Foundation
import XCTest

/// `apigen diff`: exit statuses, reading the old spec from git, and the formats for CI.
final class DiffCommandTests: XCTestCase {
    private var folder: URL!
    private let manager = FileManager.default
    private static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schema/callbell.json")

    override func setUpWithError() throws {
        folder = manager.temporaryDirectory.appendingPathComponent("apigen-diff-\(UUID().uuidString)")
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        try manager.copyItem(at: Self.schema, to: path("old.json"))
        try write(try String(contentsOf: Self.schema, encoding: .utf8), to: "new.json")
    }

    override func tearDownWithError() throws {
        try? manager.removeItem(at: folder)
    }

    private func path(_ name: String) -> URL { folder.appendingPathComponent(name) }

    private func write(_ text: String, to name: String) throws {
        try text.write(to: path(name), atomically: true, encoding: .utf8)
    }

    /// Allows fewer metadata entries (breaks callers) or adds an optional
    /// field beside `assigned_user` (breaks nobody); either way new.json
    /// stays valid, samples included.
    private func edit(breaking: Bool) throws {
        var text = try String(contentsOf: path("new.json"), encoding: .utf8)
        let assigned = #"{"name": "assigned_user", "type": "email", "optional": true,"#
        let metadata = #""maxItems": 10, "items""#
        XCTAssertTrue(text.contains(assigned) && text.contains(metadata))
        text = breaking
            ? text.replacingOccurrences(of: metadata, with: #""maxItems": 5, "items""#)
            : text.replacingOccurrences(of: assigned, with: #"{"name": "note", "type": "string", "optional": true}, "# + assigned)
        try write(text, to: "new.json")
        XCTAssertEqual(CommandLineTool.run(["lint", path("new.json").path]), 0)
    }

    private func diff(_ arguments: [String]) -> Int32 {
        CommandLineTool.run(["diff"] + arguments)
    }

    func testIdenticalSpecsExitZero() {
        XCTAssertEqual(diff([path("old.json").path, path("new.json").path, "--fail-on-breaking"]), 0)
    }

    func testBreakingChangesFailOnlyWhenAsked() throws {
        try edit(breaking: true)
        XCTAssertEqual(diff([path("old.json").path, path("new.json").path]), 0)
        XCTAssertEqual(diff([path("old.json").path, path("new.json").path, "--format", "json", "--fail-on-breaking"]), 1)
    }

    func testNonBreakingChangesPass() throws {
        try edit(breaking: false)
        XCTAssertEqual(diff([path("old.json").path, path("new.json").path, "--format", "markdown", "--fail-on-breaking"]), 0)
    }

    func testUsageAndSpecErrors() throws {
        XCTAssertEqual(diff([path("old.json").path]), 2, "one spec and no --against")
        XCTAssertEqual(diff([path("old.json").path, path("new.json").path, "--format", "html"]), 2)
        try write("{\"name\": ", to: "new.json")
        XCTAssertEqual(diff([path("old.json").path, path("new.json").path]), 2, "a broken spec is an error, not a breaking change")
        XCTAssertEqual(diff([path("old.json").path, path("missing.json").path]), 2)
        try write(#"{"overrides": {"no.such.rule": "breaking"}}"#, to: "rules.json")
        XCTAssertEqual(diff([path("old.json").path, path("old.json").path, "--rules", path("rules.json").path]), 2)
        try write(#"{"overrides": {"field.added": "breaking", "field.added": "non-breaking"}}"#, to: "rules.json")
        XCTAssertEqual(diff([path("old.json").path, path("old.json").path, "--rules", path("rules.json").path]), 2,
                       "a rule listed twice is an error")
    }

    func testAProjectsRulesChangeTheVerdict() throws {
        try edit(breaking: true)
        try write(#"{"overrides": {"constraint.tightened": "non-breaking"}}"#, to: "rules.json")
        XCTAssertEqual(diff([path("old.json").path, path("new.json").path, "--rules", path("rules.json").path, "--fail-on-breaking"]), 0)
    }

    func testAgainstAGitRevision() throws {
        try git("init", "-q")
        try git("-c", "user.name=t", "-c", "user.email=t@example.com", "add", "new.json")
        try git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base")
        XCTAssertEqual(diff([path("new.json").path, "--against", "HEAD", "--fail-on-breaking"]), 0)
        try edit(breaking: true)
        XCTAssertEqual(diff([path("new.json").path, "--against", "HEAD", "--fail-on-breaking"]), 1)
        XCTAssertEqual(diff([path("new.json").path, "--against", "no-such-revision"]), 2, "a bad revision is an error")
    }

    func testASpecNewInThePullRequestIsANewAPI() throws {
        try git("init", "-q")
        try git("-c", "user.name=t", "-c", "user.email=t@example.com", "add", "old.json")
        try git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base")
        let report = try output { diff([self.path("new.json").path, "--against", "HEAD", "--format", "markdown", "--fail-on-breaking"]) }
        XCTAssertEqual(report.status, 0)
        XCTAssertTrue(report.text.contains("(absent)"), report.text)
        XCTAssertTrue(report.text.contains("operation sendMessage"), report.text)
    }

    func testTheMarkdownReportNamesSwiftSymbolsLinesAndTheRevision() throws {
        try git("init", "-q")
        try git("-c", "user.name=t", "-c", "user.email=t@example.com", "add", "new.json")
        try git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base")
        try edit(breaking: true)
        let report = try output { diff([self.path("new.json").path, "--against", "HEAD", "--format", "markdown"]) }
        XCTAssertTrue(report.text.range(of: #"`[0-9a-f]{7,}:.*new\.json`"#, options: .regularExpression) != nil, "the short revision: \(report.text)")
        XCTAssertTrue(report.text.contains("Swift: `SendMessageRequest.metadata`"), report.text)
        XCTAssertTrue(report.text.range(of: #"new\.json:[0-9]+`"#, options: .regularExpression) != nil, "the line: \(report.text)")
    }

    /// In a GitHub Actions job: annotations on standard output, and the whole
    /// report appended to the step summary (after what earlier steps wrote).
    func testGitHubFormatAppendsTheWholeReportToTheStepSummary() throws {
        try edit(breaking: true)
        try write("earlier step\n", to: "summary.md")
        setenv("GITHUB_STEP_SUMMARY", path("summary.md").path, 1)
        defer { unsetenv("GITHUB_STEP_SUMMARY") }
        let arguments = [path("old.json").path, path("new.json").path, "--format", "github", "--fail-on-breaking"]
        let report = try output { diff(arguments) }
        XCTAssertEqual(report.status, 1)
        let annotations = report.text.split(separator: "\n").filter { $0.hasPrefix("::") }
        XCTAssertEqual(annotations.count, 1, report.text)
        XCTAssertTrue(annotations.first?.hasPrefix("::error file=\(path("new.json").path),line=") ?? false, report.text)
        XCTAssertTrue(annotations.first?.contains(",title=constraint.tightened::operation sendMessage: ") ?? false, report.text)
        let summary = try String(contentsOf: path("summary.md"), encoding: .utf8)
        XCTAssertTrue(summary.hasPrefix("earlier step\n### API changes\n"), summary)
        XCTAssertTrue(summary.contains("#### Breaking"), summary)

        unsetenv("GITHUB_STEP_SUMMARY")
        try write("", to: "summary.md")
        XCTAssertEqual(diff([path("old.json").path, path("new.json").path, "--format", "github"]), 0)
        XCTAssertEqual(try String(contentsOf: path("summary.md"), encoding: .utf8), "", "no summary outside GitHub Actions")
    }

    func testSARIFFormat() throws {
        try edit(breaking: true)
        let report = try output { diff([self.path("old.json").path, self.path("new.json").path, "--format", "sarif"]) }
        XCTAssertEqual(report.status, 0)
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(report.text.utf8)) as? [String: Any])
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["version"] as? String, BuildTool.version)
        XCTAssertEqual((run["results"] as? [[String: Any]])?.compactMap { $0["ruleId"] as? String }, ["constraint.tightened"])
    }

    /// Annotations and SARIF name files from the repository's root, where CI runs.
    func testFilesAreNamedRelativeToTheWorkingDirectory() {
        let here = FileManager.default.currentDirectoryPath
        XCTAssertEqual(DiffCommand.repositoryPath("schema/callbell.json"), "schema/callbell.json")
        XCTAssertEqual(DiffCommand.repositoryPath(here + "/schema/./callbell.json"), "schema/callbell.json")
        XCTAssertEqual(DiffCommand.repositoryPath("/elsewhere/callbell.json"), "/elsewhere/callbell.json")
    }

    /// What a command printed on standard output, and its exit status.
    private func output(_ body: () -> Int32) throws -> (status: Int32, text: String) {
        let pipe = Pipe()
        let saved = dup(FileHandle.standardOutput.fileDescriptor)
        dup2(pipe.fileHandleForWriting.fileDescriptor, FileHandle.standardOutput.fileDescriptor)
        let status = body()
        fflush(nil)
        dup2(saved, FileHandle.standardOutput.fileDescriptor)
        close(saved)
        try pipe.fileHandleForWriting.close()
        return (status, String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }

    private func git(_ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path] + arguments
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "git \(arguments.joined(separator: " "))")
    }
}
