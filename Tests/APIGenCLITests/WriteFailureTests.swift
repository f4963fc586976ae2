@testable import APIGenBuildTool
import APIGenCLI
import APIGenerator
import Foundation
import XCTest

/// Writing is all or nothing: a failure partway leaves every file of the
/// output as it was, byte for byte, leaves no temporary file behind, and
/// names the file and the system's reason.
final class WriteFailureTests: XCTestCase {
    private var folder: URL!
    private let manager = FileManager.default
    private static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schema/callbell.json")

    override func setUpWithError() throws {
        folder = manager.temporaryDirectory.appendingPathComponent("apigen-write-\(UUID().uuidString)")
        try manager.createDirectory(at: folder.appendingPathComponent("schema"), withIntermediateDirectories: true)
        try manager.copyItem(at: Self.schema, to: folder.appendingPathComponent("schema/callbell.json"))
    }

    override func tearDownWithError() throws {
        try? manager.removeItem(at: folder)
    }

    private var output: URL { folder.appendingPathComponent("Generated/Callbell") }

    private func regenerate(_ extra: [String] = []) -> Captured {
        Captured { CommandLineTool.run(["--schema", folder.appendingPathComponent("schema").path,
                                        "--output", folder.appendingPathComponent("Generated").path] + extra) }
    }

    /// Every file under the output, by relative path, with its bytes.
    private func snapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        for case let path as String in manager.enumerator(atPath: output.path) ?? FileManager.DirectoryEnumerator() {
            var isFolder: ObjCBool = false
            let full = output.appendingPathComponent(path).path
            guard manager.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[path] = manager.contents(atPath: full)
        }
        return files
    }

    func testAFailureWhileMovingFilesIntoPlacePutsEveryFileBack() throws {
        XCTAssertEqual(regenerate().status, 0)
        // In the way of one model late in the output: a folder where its file goes.
        let blocked = output.appendingPathComponent("Models/MessageSendRequest.swift")
        try manager.removeItem(at: blocked)
        try manager.createDirectory(at: blocked, withIntermediateDirectories: false)
        try Data("mine\n".utf8).write(to: blocked.appendingPathComponent("keep.txt"))
        let before = snapshot()
        // `--hashable` changes every model, so several are in place before the blocked one fails.
        let run = regenerate(["--hashable"])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.output, "")
        XCTAssertTrue(run.errors.contains("cannot write \(blocked.path): Is a directory"), run.errors)
        XCTAssertTrue(run.errors.contains("no generated file was changed"), run.errors)
        let after = snapshot()
        XCTAssertEqual(Set(after.keys), Set(before.keys), "no file added or left behind")
        for (path, data) in before { XCTAssertEqual(after[path], data, "\(path) changed") }
        XCTAssertFalse(try String(contentsOf: output.appendingPathComponent("Models/Contact.swift"), encoding: .utf8).contains("Hashable"))
    }

    func testAFailureWhileWritingLeavesNoTemporaryFileOrFolder() throws {
        XCTAssertEqual(regenerate().status, 0)
        // A file where the operations' folder goes: the models are written before it fails.
        try manager.removeItem(at: output.appendingPathComponent("Operations"))
        try Data("not a folder\n".utf8).write(to: output.appendingPathComponent("Operations"))
        let before = snapshot()
        let run = regenerate(["--hashable"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.errors.contains("cannot create folder \(output.appendingPathComponent("Operations").path): Not a directory"), run.errors)
        let after = snapshot()
        XCTAssertEqual(Set(after.keys), Set(before.keys), "no temporary file left: \(Set(after.keys).subtracting(before.keys))")
        for (path, data) in before { XCTAssertEqual(after[path], data, "\(path) changed") }
    }

    func testAFailureRemovesTheFoldersItMade() throws {
        let target = folder.appendingPathComponent("Fresh").path
        var plan = OutputWriter.Plan()
        plan.changed = [GeneratedFile(path: "Models/A.swift", contents: "a\n"),
                        GeneratedFile(path: "Deep/Er/" + String(repeating: "x", count: 300) + ".swift", contents: "x\n")]
        XCTAssertThrowsError(try OutputWriter(directory: target).apply(plan)) { error in
            XCTAssertTrue("\(error)".hasSuffix(": File name too long"), "\(error)")
            XCTAssertTrue("\(error)".contains("/Deep/Er/xxx"), "names the file: \(error)")
        }
        XCTAssertFalse(manager.fileExists(atPath: target), "the folders made for the output are gone")
    }

    func testRemovedAndNewFilesAreUndoneWhenAWriteFails() throws {
        let target = folder.appendingPathComponent("Out")
        try manager.createDirectory(at: target.appendingPathComponent("Models"), withIntermediateDirectories: true)
        let old = target.appendingPathComponent("Models/Old.swift")
        try Data("// Generated by apigen\n".utf8).write(to: old)
        try manager.createDirectory(at: target.appendingPathComponent("Blocked.swift/inside"), withIntermediateDirectories: true)
        let writer = OutputWriter(directory: target.path)
        let plan = writer.plan([GeneratedFile(path: "New.swift", contents: "n\n"), GeneratedFile(path: "Blocked.swift", contents: "b\n")])
        XCTAssertEqual(plan.extra, ["Models/Old.swift"])
        XCTAssertThrowsError(try writer.apply(plan)) { error in
            XCTAssertEqual("\(error)", "cannot write \(target.path)/Blocked.swift: Is a directory")
        }
        XCTAssertEqual(manager.contents(atPath: old.path), Data("// Generated by apigen\n".utf8))
        XCTAssertFalse(manager.fileExists(atPath: target.appendingPathComponent("New.swift").path), "placed before the failure, gone after")
        XCTAssertTrue(manager.fileExists(atPath: target.appendingPathComponent("Blocked.swift/inside").path))
        XCTAssertEqual(try manager.contentsOfDirectory(atPath: target.path).sorted(), ["Blocked.swift", "Models"], "no temporary file left")
    }
}
