import Foundation
import XCTest

/// `scripts/install.sh`, with a stand-in `swift` on PATH so that no build runs: where the command goes, what it
/// prints, and the one line it fails with. CI runs the script for real (`.ci/run`).
final class InstallScriptTests: XCTestCase {
    private static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/install.sh")
    private var folder: URL!
    private let manager = FileManager.default

    override func setUpWithError() throws {
        folder = manager.temporaryDirectory.appendingPathComponent("apigen-install-\(UUID().uuidString)")
        try manager.createDirectory(at: folder.appendingPathComponent("tools"), withIntermediateDirectories: true)
        try manager.createDirectory(at: folder.appendingPathComponent("built"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? manager.removeItem(at: folder)
    }

    func testCopiesTheBuiltCommandAndSaysHowToPutItOnPath() throws {
        try executable("built/apigen", "echo 'apigen 9.9.9'")
        try executable("tools/swift", #"case "$*" in *--show-bin-path*) echo "\#(folder.path)/built" ;; esac"#)
        let prefix = folder.appendingPathComponent("prefix").path
        let run = try install([prefix])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertTrue(manager.isExecutableFile(atPath: prefix + "/bin/apigen"))
        XCTAssertTrue(run.output.contains("Installed apigen 9.9.9 at \(prefix)/bin/apigen\n"), run.output)
        XCTAssertTrue(run.output.contains("\(prefix)/bin is not on PATH; add it"), run.output)
        XCTAssertEqual(try manager.contentsOfDirectory(atPath: prefix + "/bin"), ["apigen"], "no partial copy left")

        let onPath = try install([prefix], path: prefix + "/bin")
        XCTAssertEqual(onPath.status, 0, onPath.errors)
        XCTAssertFalse(onPath.output.contains("not on PATH"), onPath.output)
    }

    func testAFailedBuildInstallsNothingAndSaysWhy() throws {
        try executable("tools/swift", "echo 'error: no such module' >&2; exit 1")
        let prefix = folder.appendingPathComponent("prefix").path
        let run = try install([prefix])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.errors.split(separator: "\n").last, "install.sh: swift build failed (its errors are above)")
        XCTAssertFalse(manager.fileExists(atPath: prefix + "/bin/apigen"))
    }

    func testWithoutSwiftItSaysSoInOneLine() throws {
        let run = try install([folder.appendingPathComponent("prefix").path], toolsOnly: true)
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.output, "")
        let why = "swift not found on PATH; install the Swift toolchain (https://www.swift.org/install) first"
        XCTAssertEqual(run.errors, "install.sh: \(why)\n")
    }

    func testUsageErrors() throws {
        for arguments in [["--debug"], ["a", "b"]] {
            let run = try install(arguments)
            XCTAssertEqual(run.status, 1, "\(arguments)")
            XCTAssertTrue(run.errors.hasPrefix("install.sh: "), run.errors)
            XCTAssertTrue(run.errors.contains("usage: scripts/install.sh [PREFIX]"), run.errors)
        }
    }

    /// A shell script at `path` in the test's folder.
    private func executable(_ path: String, _ body: String) throws {
        let url = folder.appendingPathComponent(path)
        try "#!/bin/sh\n\(body)\n".write(to: url, atomically: true, encoding: .utf8)
        try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    /// Runs the script with the stand-in tools first on PATH (only them, with `toolsOnly`), then the system's.
    private func install(_ arguments: [String], path: String? = nil,
                         toolsOnly: Bool = false) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.script.path] + arguments
        let tools = folder.appendingPathComponent("tools").path
        let searched = toolsOnly ? [tools] : [tools, "/usr/bin", "/bin"] + (path.map { [$0] } ?? [])
        process.environment = ["PATH": searched.joined(separator: ":"), "HOME": folder.path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complained = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, printed, complained)
    }
}
