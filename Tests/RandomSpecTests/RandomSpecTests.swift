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
        for seed in UInt64(1)...24 {
            switch SpecFuzzer.run(seed: seed, modules: modules, folder: folder) {
            case .compiled: compiled += 1
            case .rejected: break
            case .broken(let why): XCTFail("seed \(seed): \(why)")
            }
        }
        // Most random specs must lint clean, or the test proves little.
        XCTAssertGreaterThanOrEqual(compiled, 12)
    }
}
