import APIGenerator
import APISpec
import Foundation
import XCTest

/// One small spec per feature under `Tests/Fixtures/<Name>/spec.json`, with
/// its expected output in `expected/<Name>.swift`; the FixtureOutputTests
/// target compiles and exercises those outputs.
/// Refresh: `APIGEN_RECORD=1 swift test --filter FixtureTests`, then review the diff.
final class FixtureTests: XCTestCase {
    static let folder = PackagePaths.root.appendingPathComponent("Tests/Fixtures")
    /// Generated with `--hashable`, so that both kinds of models are compiled and run.
    static let hashable: Set<String> = ["Recursive", "Unions"]

    func testEveryFixtureGeneratesItsExpectedOutput() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent("\($0)/spec.json").path) }.sorted()
        XCTAssertEqual(names, ["Checks", "Landmines", "Limits", "Recursive", "Scalars", "Unions"])
        for name in names {
            let path = "Tests/Fixtures/\(name)/spec.json"
            let result = SpecLoader.load(text: try String(contentsOf: PackagePaths.root.appendingPathComponent(path), encoding: .utf8), path: path)
            let spec = try XCTUnwrap(result.specification, "\(name): \(result.diagnostics)")
            let options = GeneratorOptions(layout: .singleFile("\(name).swift"), specPath: path, hashable: Self.hashable.contains(name))
            let files = try Generator.generate(spec, options: options)
            // No line ends in white space: an empty description leaves no `name: ` behind.
            for file in files {
                let ragged = file.contents.split(separator: "\n").filter { $0.last == " " }
                XCTAssertEqual(ragged, [], "\(name): lines ending in a space")
            }
            let expected = Self.folder.appendingPathComponent("\(name)/expected")
            if PackagePaths.isRecording {
                for file in files { try file.contents.write(to: expected.appendingPathComponent(file.path), atomically: true, encoding: .utf8) }
                continue
            }
            assertTree(files, equals: expected, refresh: "APIGEN_RECORD=1 swift test --filter FixtureTests")
        }
    }
}
