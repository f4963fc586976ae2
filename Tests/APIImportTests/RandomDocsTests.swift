import Foundation
import SpecFuzzing
import XCTest

/// A new user's first import of an unseen API, on random docs pages full of
/// landmines and contradictions: the draft must lint clean, and then its
/// client must type-check against APIRuntime without warnings. A fixed set
/// of seeds here; `Benchmarks/fuzz.sh --docs` runs thousands.
final class RandomDocsTests: XCTestCase {
    func testDraftsOfRandomDocsLintCleanAndTypeCheck() throws {
        let modules = try XCTUnwrap(SpecFuzzer.modulesFolder(), "APIRuntime.swiftmodule not found near \(CommandLine.arguments[0])")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-random-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for seed: UInt64 in 1...14 {
            switch SpecFuzzer.runDocs(seed: seed, modules: modules, folder: folder) {
            case .compiled: continue
            case .rejected(let why, _): XCTFail("seed \(seed): the draft does not lint: \(why)")
            case .broken(let why): XCTFail("seed \(seed): \(why.prefix(3000))")
            }
        }
    }
}
