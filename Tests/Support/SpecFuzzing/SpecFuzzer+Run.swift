import Foundation

/// The promise beyond compiling: a lint-clean spec's client accepts every
/// sample and client default the spec states (`SampleHarness`), compiled
/// and run in batches (`HarnessBatch`).
extension SpecFuzzer {
    /// One spec's result: its outcome, and what its harness checked when it ran.
    public struct Run: Sendable {
        public var name: String
        public var outcome: Outcome
        public var tally: HarnessTally
        /// Whether its harness was compiled and run (lint was clean and the client compiled).
        public var ran: Bool
    }

    /// Lints and generates the random spec of each seed, then compiles and runs the lint-clean ones together.
    public static func run(seeds: [UInt64], modules: URL, folder: URL) -> [Run] {
        run(seeds.map { (name: "fuzz\($0)", text: RandomSpec.text(seed: $0)) }, modules: modules, folder: folder)
    }

    /// Lints and generates each spec; compiles each lint-clean one with its
    /// harness into a module of its own, links them into one executable
    /// and runs it. `folder` holds the work files of the batch until it ends.
    /// `lintMustBeClean: false` runs specs lint refuses too (for the
    /// harness's own tests: values lint refuses are values to see the client refuse).
    public static func run(_ specs: [(name: String, text: String)], modules: URL, folder: URL,
                           lintMustBeClean: Bool = true) -> [Run] {
        guard let objects = HarnessBatch.runtimeObjects(near: modules) else {
            let why = "no object files of APIRuntime and APILimits beside \(modules.path); build them first"
            return specs.map { Run(name: $0.name, outcome: .broken(why), tally: HarnessTally(), ran: false) }
        }
        let work = folder.appendingPathComponent("batch-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        } catch {
            let why = "cannot create \(work.path): \(error)"
            return specs.map { Run(name: $0.name, outcome: .broken(why), tally: HarnessTally(), ran: false) }
        }
        defer { try? FileManager.default.removeItem(at: work) }
        let batch = HarnessBatch(modules: modules, folder: work, runtimeObjects: objects)
        var runs: [String: Run] = [:]
        var compiled: [HarnessBatch.Module] = []
        for (index, spec) in specs.enumerated() {
            switch generate(spec.text, name: spec.name, lintMustBeClean: lintMustBeClean) {
            case .done(let outcome):
                runs[spec.name] = Run(name: spec.name, outcome: outcome, tally: HarnessTally(), ran: false)
            case .generated(let generated):
                switch batch.compile(generated, as: moduleName(spec.name, index)) {
                case .success(let module): compiled.append(module)
                case .failure(let failure):
                    runs[spec.name] = Run(name: spec.name, outcome: .broken(failure.why), tally: HarnessTally(), ran: false)
                }
            }
        }
        for (module, failure) in batch.run(compiled) {
            let name = module.spec.name
            let outcome: Outcome = failure.map { .broken($0.why) } ?? .compiled
            runs[name] = Run(name: name, outcome: outcome, tally: module.tally, ran: true)
        }
        return specs.map { spec in
            runs[spec.name] ?? Run(name: spec.name, outcome: .broken("lost by the batch"), tally: HarnessTally(), ran: false)
        }
    }

    /// A module name no spec's generated names can take, unique in its batch.
    private static func moduleName(_ name: String, _ index: Int) -> String {
        let kept = name.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        return "FuzzSpec\(index)_" + String(String.UnicodeScalarView(kept))
    }
}
