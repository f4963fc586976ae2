import Foundation
import SpecFuzzing

// apigen-fuzz [--count N] [--first SEED] [--explain] [--docs] [--run] [--batch N] [--show SEED] [--spec FILE]...:
// random specs (with --docs, random docs pages through `apigen import`)
// through lint, generate and `swiftc -typecheck`; with --run, each lint-clean
// spec's client is compiled with a harness of its samples and client
// defaults and run (N specs to an executable), and must accept them all.
// Exits 1 if any broke the promise (stopping after 20). --show prints one
// seed's spec or pages; --spec takes spec files instead of random specs.
// Run by Benchmarks/fuzz.sh, which builds APIRuntime first.
var count = 1000
var first: UInt64 = 1
var explain = false
var docs = false
var runHarness = false
var batchSize = 8
var show: UInt64?
var specFiles: [String] = []
var arguments = CommandLine.arguments.dropFirst()
func usage(_ problem: String? = nil) -> Never {
    let reason = problem.map { "apigen-fuzz: \($0)\n" } ?? ""
    FileHandle.standardError.write(Data((reason + "usage: apigen-fuzz [--count N] [--first SEED] [--explain] [--docs] [--run] [--batch N] [--show SEED] [--spec FILE]...\n").utf8))
    exit(2)
}
/// The whole number after an option; a missing or malformed one is a usage error, not the default.
func number(after option: String, in arguments: inout ArraySlice<String>) -> UInt64 {
    guard let text = arguments.popFirst(), let value = UInt64(text) else { usage("\(option) takes a whole number") }
    return value
}
while let argument = arguments.popFirst() {
    switch argument {
    case "--count": count = Int(clamping: number(after: argument, in: &arguments))
    case "--first": first = number(after: argument, in: &arguments)
    case "--explain": explain = true
    case "--docs": docs = true
    case "--run": runHarness = true
    case "--batch": batchSize = max(1, Int(clamping: number(after: argument, in: &arguments)))
    case "--show": show = number(after: argument, in: &arguments)
    case "--spec":
        guard let path = arguments.popFirst() else { usage("--spec takes a file") }
        specFiles.append(path)
    default: usage()
    }
}
if runHarness && docs { usage("--run runs the harnesses of random specs, not of --docs drafts") }
if let show {
    print(docs ? RandomDocs.listing(RandomDocs.make(seed: show)) : RandomSpec.text(seed: show))
    exit(0)
}
guard let modules = SpecFuzzer.modulesFolder() else {
    FileHandle.standardError.write(Data("apigen-fuzz: cannot find APIRuntime.swiftmodule near the executable; build APIRuntime first\n".utf8))
    exit(2)
}
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

// Given specs: each one's outcome in full.
if !specFiles.isEmpty {
    var specs: [(name: String, text: String)] = []
    for path in specFiles {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { usage("cannot read \(path)") }
        specs.append((name: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent, text: text))
    }
    let outcomes = runHarness ? SpecFuzzer.run(specs, modules: modules, folder: folder).map { ($0.outcome, $0.tally) }
        : specs.map { (SpecFuzzer.check($0.text, name: $0.name, modules: modules, folder: folder), HarnessTally()) }
    try? FileManager.default.removeItem(at: folder)
    var broken = false
    for (path, (outcome, tally)) in zip(specFiles, outcomes) {
        let checked = tally.checked.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        switch outcome {
        case .compiled: print("\(path): compiled" + (runHarness ? " and run; checked " + (checked.isEmpty ? "nothing" : checked) : ""))
        case .rejected(let why, _): print("\(path): refused by lint: \(why)")
        case .broken(let why):
            broken = true
            print("\(path): \(why.components(separatedBy: "\nspec: ").first ?? why)")
        }
        for (reason, number) in tally.skipped.sorted(by: { $0.key < $1.key }) { print("  skipped \(number): \(reason)") }
    }
    exit(broken ? 1 : 0)
}

/// Seeds are shared by two workers: the machine has two cores.
final class Tally: @unchecked Sendable {
    let lock = NSLock()
    var next: UInt64
    var compiled = 0
    var rejected = 0
    var ran = 0
    var harness = HarnessTally()
    var broken: [(UInt64, String)] = []

    init(first: UInt64) {
        next = first
    }
}
let tally = Tally(first: first)
let explainRefusals = explain
let fuzzDocs = docs
let run = runHarness
let chunk = run ? batchSize : 1
let last = first + UInt64(count)
let started = Date()
DispatchQueue.concurrentPerform(iterations: 2) { _ in
    while true {
        let seeds: [UInt64] = tally.lock.withLock {
            guard tally.next < last, tally.broken.count < 20 else { return [] }
            let end = min(last, tally.next + UInt64(chunk))
            defer { tally.next = end }
            return Array(tally.next..<end)
        }
        guard !seeds.isEmpty else { return }
        let results: [(UInt64, SpecFuzzer.Outcome, SpecFuzzer.Run?)]
        if run {
            results = zip(seeds, SpecFuzzer.run(seeds: seeds, modules: modules, folder: folder)).map { ($0, $1.outcome, $1) }
        } else {
            results = seeds.map { seed in
                (seed, fuzzDocs ? SpecFuzzer.runDocs(seed: seed, modules: modules, folder: folder)
                    : SpecFuzzer.run(seed: seed, modules: modules, folder: folder), nil)
            }
        }
        tally.lock.withLock {
            for (seed, outcome, result) in results {
                if let result, result.ran {
                    tally.ran += 1
                    tally.harness.add(result.tally)
                }
                switch outcome {
                case .compiled: tally.compiled += 1
                case .rejected(let why, _):
                    tally.rejected += 1
                    if explainRefusals { print("seed \(seed) refused: \(why)") }
                case .broken(let why): tally.broken.append((seed, why))
                }
            }
        }
    }
}
try? FileManager.default.removeItem(at: folder)
let seconds = Date().timeIntervalSince(started)
let done = tally.compiled + tally.rejected + tally.broken.count
print("seeds \(first)..<\(first + UInt64(done)): "
      + "\(tally.compiled) lint-clean \(fuzzDocs ? "drafts" : "specs") \(run ? "compiled and run" : "type-checked"), "
      + "\(tally.rejected) refused by lint, \(tally.broken.count) broken (\(String(format: "%.0f", seconds)) s)")
if run {
    let checked = tally.harness.checked.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
    print("harnesses run for \(tally.ran) specs: checked " + (checked.isEmpty ? "nothing" : checked.joined(separator: ", ")))
    for (reason, number) in tally.harness.skipped.sorted(by: { $0.key < $1.key }) { print("  skipped \(number): \(reason)") }
}
// The first error line of each, then the first few in full.
for (seed, why) in tally.broken {
    print("seed \(seed): " + (why.split(separator: "\n").first { $0.contains("error:") } ?? why.split(separator: "\n").first ?? ""))
}
for (seed, why) in tally.broken.prefix(3) { print("\nseed \(seed): \(why)") }
exit(tally.broken.isEmpty ? 0 : 1)
