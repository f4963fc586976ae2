import APIGenerator
import APISpec
import Foundation
import XCTest

/// Each spec under Fixtures/BrokenSpecs is paired with the exact
/// diagnostics `apigen lint` must give (`name.expected`); any difference fails.
/// `APIGEN_RECORD=1 swift test --filter BrokenSpecTests` rewrites them.
final class BrokenSpecTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/BrokenSpecs")

    func testEveryBrokenSpecGivesItsExactDiagnostics() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".json") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 25)
        let recording = ProcessInfo.processInfo.environment["APIGEN_RECORD"] == "1"
        for name in names {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            let diagnostics = Lint.diagnostics(text: text, path: name)
            let actual = diagnostics.map(\.description).joined(separator: "\n") + "\n"
            XCTAssertTrue(diagnostics.hasErrors, "\(name) gave no error")
            for diagnostic in diagnostics where diagnostic.severity != diagnostic.code.severity {
                XCTFail("\(name): a \(diagnostic.code.rawValue) finding is a \(diagnostic.code.severity), not a \(diagnostic.severity)")
            }
            let expectedURL = Self.folder.appendingPathComponent(name.replacingOccurrences(of: ".json", with: ".expected"))
            if recording {
                try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
                continue
            }
            let expected = (try? String(contentsOf: expectedURL, encoding: .utf8)) ?? "<no .expected file>"
            XCTAssertEqual(actual, expected, "diagnostics of \(name)")
        }
    }

    /// An importer mends its draft by linting the model it holds, not the text it will write (`Lint.diagnostics(spec:)`):
    /// the two must find the same problems at the same places. What each broken spec could be read as is held to it.
    func testLintOfAModelInMemoryAgreesWithLintOfItsText() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".json") }.sorted()
        var compared = 0
        for name in names {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            guard let model = SpecLoader.load(text: text, path: name).partial else { continue }
            let written = SpecWriter.text(of: model)
            func findings(_ diagnostics: [Diagnostic]) -> [String] {
                diagnostics.map { "\($0.severity) \($0.code.rawValue) \($0.path)" }.sorted()
            }
            let ofText = findings(Lint.diagnostics(text: written, path: name))
            XCTAssertEqual(findings(Lint.diagnostics(spec: model, path: name)), ofText, name)
            if ofText.contains(where: { $0.hasPrefix("error") }) { compared += 1 }
        }
        XCTAssertGreaterThanOrEqual(compared, 15, "broken specs whose model still has errors to compare")
    }

    /// Codes do not rot: each kind of finding is one a spec here gives (so its
    /// wording and place are pinned above), but the two that need a file on disk.
    func testEveryDiagnosticCodeIsGivenByABrokenSpec() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".json") }
        var given: Set<DiagnosticCode> = []
        for name in names {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            given.formUnion(Lint.diagnostics(text: text, path: name).map(\.code))
        }
        // Reading the file itself: a file that is not there, and one that is not UTF-8.
        let notUTF8 = FileManager.default.temporaryDirectory.appendingPathComponent("latin1-\(UUID().uuidString).json")
        try Data([0x7B, 0xE9, 0x7D]).write(to: notUTF8)
        defer { try? FileManager.default.removeItem(at: notUTF8) }
        for path in [Self.folder.appendingPathComponent("no-such-spec.json").path, notUTF8.path] {
            given.formUnion(SpecLoader.load(path: path).diagnostics.map(\.code))
        }
        // A valid spec out of the canonical layout (`apigen fmt --check`).
        let untidy = #"{"name": "U", "baseURL": "https://u.example", "operations": []}"#
        if let spec = SpecLoader.load(text: untidy, path: "untidy.json").specification {
            given.formUnion([SpecWriter.layoutDiagnostic(of: spec, text: untidy)?.code].compactMap { $0 })
        }
        let missing = DiagnosticCode.allCases.filter { !given.contains($0) }
        XCTAssertEqual(missing, [], "codes no broken spec gives: add one to Fixtures/BrokenSpecs")
    }
}
