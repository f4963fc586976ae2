import Foundation
import SpecFuzzing
import XCTest

/// Xcode 26 app targets isolate their declarations to the main actor by default (`-default-isolation MainActor`),
/// and the build plugin compiles generated code into the consumer's target: there too it must type-check without
/// a warning. The fixtures' expected output covers the generator's features; the committed clients, real APIs.
final class DefaultIsolationTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    private static let mainActorByDefault = ["-default-isolation", "MainActor"]
    /// What a new Xcode 26 app project sets: the main actor by default and "approachable concurrency", whose
    /// features beyond Swift 6 change where nonisolated async code runs and how conformances are isolated.
    private static let xcodeAppTemplate = mainActorByDefault
        + ["NonisolatedNonsendingByDefault", "InferIsolatedConformances"].flatMap { ["-enable-upcoming-feature", $0] }

    func testGeneratedCodeTypeChecksWhenTheMainActorIsTheDefault() throws {
        let modules = try Self.modules()
        var checked: [String] = []
        for (name, folder) in try Self.fixtures() + ["Kaizala", "Callbell"].map({ ($0 + "API", "Generated/" + $0) }) {
            let files = try Self.swiftFiles(in: Self.root.appendingPathComponent(folder))
            XCTAssertFalse(files.isEmpty, "no Swift files in \(folder)")
            for arguments in [Self.mainActorByDefault, Self.xcodeAppTemplate] {
                let (status, output) = SpecFuzzer.typeCheck(files, module: name, modules: modules, arguments: arguments)
                XCTAssertTrue(status == 0 && !output.contains("warning:"),
                              "\(folder) with \(arguments.joined(separator: " ")):\n\(output.prefix(4000))")
            }
            checked.append(name)
        }
        XCTAssertEqual(checked.count, 8, "six fixtures and two clients: \(checked)")
    }

    /// The setting is honoured: a nonisolated function calling one that is main-actor isolated by default fails.
    func testTheSettingTakesEffect() throws {
        let modules = try Self.modules()
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("apigen-isolation-\(UUID().uuidString).swift")
        let source = "func onMain() {}\nnonisolated func elsewhere() { onMain() }\n"
        try source.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        XCTAssertEqual(SpecFuzzer.typeCheck([file], module: "Control", modules: modules).0, 0)
        let (status, output) = SpecFuzzer.typeCheck([file], module: "Control", modules: modules,
                                                    arguments: Self.mainActorByDefault)
        XCTAssertNotEqual(status, 0, output)
        XCTAssertTrue(output.contains("main actor-isolated"), output)
    }

    private static func modules() throws -> URL {
        try XCTUnwrap(SpecFuzzer.modulesFolder(), "APIRuntime.swiftmodule not found near \(CommandLine.arguments[0])")
    }

    /// Each fixture's module name and folder.
    private static func fixtures() throws -> [(String, String)] {
        let folder = root.appendingPathComponent("Tests/Fixtures")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/expected").path) }
            .map { ($0, "Tests/Fixtures/\($0)/expected") }
    }

    private static func swiftFiles(in folder: URL) throws -> [URL] {
        let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (walk?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }.sorted { $0.path < $1.path }
    }
}
