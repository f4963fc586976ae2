import APIGenerator
import Foundation
import XCTest

/// Paths of this package, found from this file so tests run from anywhere.
enum PackagePaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// `APIGEN_RECORD=1 swift test` rewrites expected fixture output.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["APIGEN_RECORD"] == "1" }
}

/// Compares generated files with a folder on disk, whole: content, missing
/// files and extra files, with the first differing line in the message.
func assertTree(_ files: [GeneratedFile], equals folder: URL, refresh: String, file: StaticString = #filePath, line: UInt = #line) {
    let manager = FileManager.default
    var problems: [String] = []
    for generated in files {
        let url = folder.appendingPathComponent(generated.path)
        guard let data = manager.contents(atPath: url.path) else {
            problems.append("missing: \(generated.path)")
            continue
        }
        let onDisk = String(decoding: data, as: UTF8.self)
        if onDisk != generated.contents { problems.append("differs: \(generated.path)\n" + firstDifference(onDisk, generated.contents)) }
    }
    let produced = Set(files.map(\.path))
    if let enumerator = manager.enumerator(at: folder, includingPropertiesForKeys: nil) {
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            if !produced.contains(relative) { problems.append("extra: \(relative)") }
        }
    }
    if !problems.isEmpty {
        XCTFail(problems.joined(separator: "\n") + "\nTo refresh: \(refresh)", file: file, line: line)
    }
}

func firstDifference(_ expected: String, _ actual: String) -> String {
    let lhs = expected.components(separatedBy: "\n"), rhs = actual.components(separatedBy: "\n")
    for index in 0..<max(lhs.count, rhs.count) {
        let left = index < lhs.count ? lhs[index] : "<end of file>"
        let right = index < rhs.count ? rhs[index] : "<end of file>"
        if left != right { return "  line \(index + 1):\n  - committed: \(left)\n  + generated: \(right)" }
    }
    return ""
}
