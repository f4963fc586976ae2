import APIGenBuildTool
import APIGenCLI
import APISpec
import Foundation
import XCTest

/// `apigen lint` in both formats: the same diagnostics and exit status,
/// text on standard error, JSON on standard output.
final class LintCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A spec with an error (a misspelt key) and a warning (an undocumented sample key).
    private func brokenSpec() throws -> String {
        let path = folder.appendingPathComponent("x.json").path
        try #"""
            {"name": "P", "baseURL": "https://x.example", "types": [{"name": "T", "fields": [{"name": "a", "type": "string", "optinal": true}]}],
             "operations": [{"name": "op", "summary": "S.", "group": "g", "method": "GET", "path": "/op",
                             "responseBody": {"fields": [{"name": "b", "type": "int32"}]}, "samples": [{"title": "t", "response": {"b": 1, "c": 2}}]}]}
            """#.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testTextNamesTheCodeAfterTheMessageOnStandardError() throws {
        let path = try brokenSpec()
        let run = Captured { CommandLineTool.run(["lint", path]) }
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.output, "")
        XCTAssertEqual(run.errors.split(separator: "\n"), [
            "\(path):1:114: error: unknown key 'optinal' in a field; did you mean 'optional'? [#UnknownKey] [types[0].fields[0].optinal]",
            "\(path):3:128: warning: sample has key 'c', which the spec does not document [#SampleUndocumentedKey] "
                + "[operations[0].samples[0].response.c]",
        ])
    }

    func testJSONHasOneObjectPerDiagnosticOnStandardOutput() throws {
        let path = try brokenSpec()
        let run = Captured { CommandLineTool.run(["lint", "--format", "json", path]) }
        XCTAssertEqual(run.status, 1, "the same exit status as text")
        XCTAssertEqual(run.errors, "")
        XCTAssertEqual(run.output, """
            [
              {"file": "\(path)", "line": 1, "column": 114, "severity": "error", "code": "UnknownKey", \
            "message": "unknown key 'optinal' in a field; did you mean 'optional'?", "path": "types[0].fields[0].optinal"},
              {"file": "\(path)", "line": 3, "column": 128, "severity": "warning", "code": "SampleUndocumentedKey", \
            "message": "sample has key 'c', which the spec does not document", "path": "operations[0].samples[0].response.c"}
            ]

            """)
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(parsed.first?["code"] as? String, DiagnosticCode.unknownKey.rawValue)
    }

    func testJSONOfSeveralSpecsIsOneArrayAndWarningsPass() throws {
        let clean = folder.appendingPathComponent("clean.json").path
        try #"""
            {"name": "P", "baseURL": "https://x.example", "types": [],
             "operations": [{"name": "op", "summary": "S.", "group": "g", "method": "GET", "path": "/op",
                             "responseBody": {"fields": [{"name": "b", "type": "int32"}]}, "samples": [{"title": "t", "response": {"b": 1, "c": 2}}]}]}
            """#.write(toFile: clean, atomically: true, encoding: .utf8)
        let warned = Captured { CommandLineTool.run(["lint", "--format=json", clean]) }
        XCTAssertEqual(warned.status, 0, "warnings alone pass")
        let warnings = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(warned.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(warnings.map { $0["code"] as? String }, ["SampleUndocumentedKey"])
        XCTAssertEqual(warnings.map { $0["severity"] as? String }, ["warning"])
        XCTAssertEqual(warnings.map { $0["path"] as? String }, ["operations[0].samples[0].response.c"])

        let broken = try brokenSpec()
        let both = Captured { CommandLineTool.run(["lint", "--format", "json", clean, broken]) }
        XCTAssertEqual(both.status, 1)
        let all = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(both.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(all.map { $0["code"] as? String }, ["SampleUndocumentedKey", "UnknownKey", "SampleUndocumentedKey"],
                       "file by file, each sorted by position")

        let none = LintCommand.json([])
        XCTAssertEqual(none, "[]")
    }

    /// A warning the spec acknowledges is not printed, so a clean spec lints
    /// silent; `--show-acknowledged` prints it with its reason, in both formats.
    func testAcknowledgedWarningsShowOnlyWhenAskedFor() throws {
        let path = folder.appendingPathComponent("acknowledged.json").path
        try #"""
            {"name": "P", "baseURL": "https://x.example",
             "operations": [{"name": "op", "summary": "S.", "group": "g", "method": "GET", "path": "/op",
                             "responseBody": {"fields": [{"name": "b", "type": "int32"}]}, "samples": [{"title": "t", "response": {"b": 1, "c": 2}}]}],
             "acknowledged": [{"code": "SampleUndocumentedKey", "at": "operations[0].samples[0].response.c", "reason": "The server's own key."}]}
            """#.write(toFile: path, atomically: true, encoding: .utf8)
        let quiet = Captured { CommandLineTool.run(["lint", path]) }
        XCTAssertEqual(quiet.status, 0)
        XCTAssertEqual(quiet.errors, "")
        let shown = Captured { CommandLineTool.run(["lint", "--show-acknowledged", path]) }
        XCTAssertEqual(shown.status, 0)
        XCTAssertEqual(shown.errors.split(separator: "\n"), [
            "\(path):3:128: warning: sample has key 'c', which the spec does not document [#SampleUndocumentedKey] "
                + "[operations[0].samples[0].response.c] (acknowledged: The server's own key.)",
        ])
        XCTAssertEqual(Captured { CommandLineTool.run(["lint", "--format", "json", path]) }.output.trimmingCharacters(in: .newlines), "[]")
        let json = Captured { CommandLineTool.run(["lint", "--format", "json", "--show-acknowledged", path]) }
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(parsed.map { $0["code"] as? String }, ["SampleUndocumentedKey"])
        XCTAssertEqual(parsed.map { $0["acknowledged"] as? String }, ["The server's own key."])
        XCTAssertEqual(Captured { CommandLineTool.run(["generate", "--spec", path, "--output", self.folder.appendingPathComponent("out").path]) }.errors,
                       "", "generating prints nothing about it either")
    }

    func testJSONEscapesWhatTheSpecHolds() throws {
        let diagnostic = Diagnostic(.error, .unknownKey, "unknown key 'a\"b\n'", file: "dir/\u{1}x.json", at: SourceLocation(line: 2, column: 3),
                                    path: JSONPath([.key("types"), .index(0), .key("a\"b\n")]))
        let text = LintCommand.json([LintCommand.Finding(diagnostic: diagnostic)])
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        XCTAssertEqual(parsed.first?["message"] as? String, "unknown key 'a\"b\n'")
        XCTAssertEqual(parsed.first?["file"] as? String, "dir/\u{1}x.json")
        XCTAssertEqual(parsed.first?["path"] as? String, "types[0].a\"b\n")
        XCTAssertEqual(text.split(separator: "\n").count, 3, "one line per diagnostic")
    }

    func testAnUnknownFormatIsAUsageError() {
        XCTAssertEqual(Captured { CommandLineTool.run(["lint", "--format", "xml", "x.json"]) }.status, 2)
        XCTAssertEqual(Captured { CommandLineTool.run(["lint", "--format", "json"]) }.status, 2)
    }
}

/// Runs a command with standard output and standard error going to files,
/// and keeps what each received.
struct Captured {
    var status: Int32
    var output: String
    var errors: String

    init(_ body: () -> Int32) {
        let folder = FileManager.default.temporaryDirectory
        let outURL = folder.appendingPathComponent("out-\(UUID().uuidString)")
        let errURL = folder.appendingPathComponent("err-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        // `print` buffers: flush every stream (nil) before and after switching.
        fflush(nil)
        let (savedOut, savedErr) = (dup(1), dup(2))
        let (outFile, errFile) = (open(outURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600), open(errURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600))
        dup2(outFile, 1)
        dup2(errFile, 2)
        status = body()
        fflush(nil)
        dup2(savedOut, 1)
        dup2(savedErr, 2)
        [outFile, errFile, savedOut, savedErr].forEach { close($0) }
        output = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        errors = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
    }
}
