import Foundation
import SpecFuzzing
import XCTest

/// The promise `apigen lint` makes, on random specs full of landmines: a
/// clean lint means generation succeeds and the client type-checks against
/// APIRuntime without warnings. A small fixed set of seeds here;
/// `Benchmarks/fuzz.sh` runs thousands.
final class RandomSpecTests: XCTestCase {
    func testLintCleanRandomSpecsTypeCheck() throws {
        let modules = try XCTUnwrap(SpecFuzzer.modulesFolder(), "APIRuntime.swiftmodule not found near \(CommandLine.arguments[0])")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-random-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var compiled = 0
        for seed in UInt64(1)...36 {
            switch SpecFuzzer.run(seed: seed, modules: modules, folder: folder) {
            case .compiled: compiled += 1
            case .rejected: break
            case .broken(let why): XCTFail("seed \(seed): \(why)")
            }
        }
        // Many random specs must lint clean, or the test proves little.
        XCTAssertGreaterThanOrEqual(compiled, 10)
    }

    /// Beyond compiling: every sample and client default of a lint-clean
    /// random spec decodes, validates and encodes back to itself in its
    /// client, compiled and run (`apigen-fuzz --run`, in one batch here).
    func testLintCleanRandomSpecsAcceptTheirSamplesAndDefaults() throws {
        let modules = try XCTUnwrap(SpecFuzzer.modulesFolder(), "APIRuntime.swiftmodule not found near \(CommandLine.arguments[0])")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-random-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let runs = SpecFuzzer.run(seeds: Array(UInt64(260)...287), modules: modules, folder: folder)
        var total = HarnessTally()
        for run in runs {
            if case .broken(let why) = run.outcome { XCTFail("\(run.name): \(why)") }
            if run.ran { total.add(run.tally) }
        }
        // Enough of each kind of value, or the test proves little.
        XCTAssertGreaterThanOrEqual(runs.filter(\.ran).count, 8)
        for kind in ["request samples", "response samples", "client defaults"] {
            XCTAssertGreaterThanOrEqual(total.checked[kind] ?? 0, 5, "\(kind): \(total.checked)")
        }
    }
}
