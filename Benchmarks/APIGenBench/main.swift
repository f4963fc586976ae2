import APIGenerator
import APISpec
import Foundation

// apigen's benchmark: generation time (whole process), how it scales, loader
// throughput, and the runtime's cost per call. Prints markdown tables.
//
//   Benchmarks/run.sh [--quick]          builds in release mode and runs this
//   apigen-bench [--quick] [--markdown FILE]

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let arguments = Array(CommandLine.arguments.dropFirst())

/// Child mode: load, check and generate one spec file in memory; the parent measures time and memory.
if arguments.first == "--child-generate", arguments.count == 2 {
    let text = try String(contentsOfFile: arguments[1], encoding: .utf8)
    let start = DispatchTime.now().uptimeNanoseconds
    let result = SpecLoader.load(text: text, path: "synthetic.json")
    guard let spec = result.specification else { throw BenchError(result.diagnostics.prefix(3).map(\.description).joined(separator: "\n")) }
    // Each file is counted and dropped, as a writer would write and drop it.
    var files = 0, lines = 0
    try Generator.generate(spec, options: GeneratorOptions(specPath: "synthetic.json")) { file in
        files += 1
        lines += LineCount.of(file.contents)
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    print(seconds, spec.operations.count, spec.types.count, files, lines, Measure.peakMiB(children: false))
    exit(0)
}

/// Profiling aid: load and check one spec file many times (`perf record apigen-bench --child-load FILE`).
if arguments.first == "--child-load", arguments.count == 2 {
    let text = try String(contentsOfFile: arguments[1], encoding: .utf8)
    let runs = Measure.runs(5) { _ = SpecLoader.load(text: text, path: "synthetic.json") }
    print(runs.median)
    exit(0)
}

/// Profiling aid: write the synthetic spec of N copies of Kaizala (`apigen-bench --child-synthetic 100 FILE`).
if arguments.first == "--child-synthetic", arguments.count == 3, let copies = Int(arguments[1]) {
    let kaizala = try Data(contentsOf: packageRoot.appendingPathComponent("schema/kaizala.json"))
    try SyntheticSpec.make(from: kaizala, copies: copies).write(to: URL(fileURLWithPath: arguments[2]))
    exit(0)
}

/// Profiling aid: time and memory after each stage of one spec file (`apigen-bench --child-stages FILE`).
if arguments.first == "--child-stages", arguments.count == 2 {
    var clock = DispatchTime.now().uptimeNanoseconds
    func stage(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        print(name, format(Double(now - clock) / 1e6), "ms, resident", format(Measure.residentMiB()), "MiB, peak", format(Measure.peakMiB(children: false)), "MiB")
        clock = now
    }
    let text = try String(contentsOfFile: arguments[1], encoding: .utf8)
    stage("read file")
    let result = SpecLoader.load(text: text, path: "synthetic.json")
    guard let spec = result.specification else { throw BenchError(result.diagnostics.prefix(3).map(\.description).joined(separator: "\n")) }
    stage("load (parse, read, check)")
    let resolution = Resolver.resolve(spec)
    guard let resolved = resolution.resolved else { throw BenchError("does not resolve") }
    stage("resolve")
    var lines = 0
    Generator.generate(resolved, options: GeneratorOptions(specPath: "synthetic.json")) { lines += LineCount.of($0.contents) }
    stage("lower and print \(lines) lines")
    exit(0)
}

/// Profiling aid: sizes of the model's values (`apigen-bench --child-sizes`).
if arguments.first == "--child-sizes" {
    print("Field", MemoryLayout<Field>.size, "Constraints", MemoryLayout<Constraints>.size, "NamedType", MemoryLayout<NamedType>.size,
          "Operation", MemoryLayout<APISpec.Operation>.size, "JSONNode", MemoryLayout<JSONNode>.size, "Member", MemoryLayout<JSONNode.Member>.size,
          "SourceLocation", MemoryLayout<SourceLocation>.size, "Sample", MemoryLayout<Sample>.size, "Parameter", MemoryLayout<Parameter>.size)
    exit(0)
}

/// Sums the Swift frontend's counters written by `-stats-output-dir DIR` (`apigen-bench --child-compile-stats DIR`):
/// declarations type-checked, SILGen functions, IR functions, frontend CPU seconds. Counts do not move with the machine's noise.
if arguments.first == "--child-compile-stats", arguments.count == 2 {
    let folder = URL(fileURLWithPath: arguments[1])
    var totals: [String: Double] = [:]
    for file in try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil) where file.pathExtension == "json" {
        guard let counters = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any] else { continue }
        for (key, value) in counters {
            guard let number = value as? Double else { continue }
            if ["Sema.NumDeclsTypechecked", "SILModule.NumSILGenFunctions", "IRModule.NumIRFunctions"].contains(key) {
                totals[key, default: 0] += number
            } else if key.hasPrefix("time.swift-frontend."), key.hasSuffix(".user") || key.hasSuffix(".sys") {
                totals["cpu", default: 0] += number
            }
        }
    }
    print(Int(totals["Sema.NumDeclsTypechecked"] ?? 0), Int(totals["SILModule.NumSILGenFunctions"] ?? 0), Int(totals["IRModule.NumIRFunctions"] ?? 0),
          format(totals["cpu"] ?? 0))
    exit(0)
}

/// Profiling aid: the runtime calls alone.
/// `--child-runtime NAME` runs only the calls whose name starts with NAME (for `perf` or `valgrind`).
if arguments.first == "--child-runtime" {
    let only = arguments.dropFirst().first
    for (name, figures) in try await RuntimeBench.run(calls: 20_000, batches: 3, only: only) {
        print(name, figures.nanoseconds / 1000, "µs", figures.allocations.map { "\(format($0)) allocations" } ?? "")
    }
    exit(0)
}

let quick = arguments.contains("--quick")
let markdownPath = arguments.firstIndex(of: "--markdown").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
let apigen = executable.deletingLastPathComponent().appendingPathComponent("apigen").path
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-bench-\(ProcessInfo.processInfo.processIdentifier)")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }
var report: [String] = []

@MainActor func emit(_ lines: [String]) {
    lines.forEach { print($0) }
    print("")
    report += lines + [""]
}

func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

// 1. Whole-process generation of both shipped specs.
guard FileManager.default.isExecutableFile(atPath: apigen) else { throw BenchError("build apigen first: swift build -c release --product apigen") }
let wholeRuns = quick ? 3 : 10
var peak = 0.0
var counter = 0
let whole = try Measure.runs(wholeRuns) {
    counter += 1
    let output = scratch.appendingPathComponent("whole-\(counter)").path
    let run = try Measure.process(apigen, ["--schema", packageRoot.appendingPathComponent("schema").path, "--output", output])
    peak = max(peak, run.peakMiB)
}
emit(["### Whole-process generation: `apigen` on schema/ (Kaizala and Callbell), fresh output folder each run",
      "", "| runs | median (ms) | min (ms) | max (ms) | peak memory (MiB) |", "| --- | --- | --- | --- | --- |",
      "| \(wholeRuns) | \(format(whole.median * 1000)) | \(format(whole.min * 1000)) | \(format(whole.max * 1000)) | \(format(peak)) |"])

// 2. Scaling with synthetic specs of 1x to 1000x Kaizala's size.
let kaizala = try Data(contentsOf: packageRoot.appendingPathComponent("schema/kaizala.json"))
let self_ = executable.path
var scaling = ["### Scaling: load + check + generate in memory, synthetic specs of n copies of Kaizala (one process per run)", "",
               "| size | operations | types | spec (MB) | lines out | median (s) | per operation (µs) | peak memory (MiB) |",
               "| --- | --- | --- | --- | --- | --- | --- | --- |"]
for copies in quick ? [1, 10] : [1, 10, 100, 1000] {
    let file = scratch.appendingPathComponent("synthetic-\(copies).json")
    let spec = try SyntheticSpec.make(from: kaizala, copies: copies)
    try spec.write(to: file)
    let runs = copies >= 1000 || quick ? 1 : 3
    var results: [(seconds: Double, peak: Double, fields: [String])] = []
    for _ in 0..<runs {
        let run = try Measure.process(self_, ["--child-generate", file.path])
        let fields = run.output.split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        results.append((Double(fields[0]) ?? 0, Double(fields[5]) ?? 0, fields))
    }
    let middle = results.sorted { $0.seconds < $1.seconds }[results.count / 2]
    let operations = Double(middle.fields[1]) ?? 1
    scaling.append("| \(copies)x | \(middle.fields[1]) | \(middle.fields[2]) | \(format(Double(spec.count) / 1e6, 2)) | \(middle.fields[4]) | "
        + "\(format(middle.seconds, 3)) | \(format(middle.seconds / operations * 1e6)) | \(format(results.map(\.peak).max() ?? 0)) |")
}
emit(scaling)

// 3. Loader throughput on a spec of about 10 MB.
let big = String(decoding: try SyntheticSpec.make(from: kaizala, copies: quick ? 13 : 130), as: UTF8.self)
let megabytes = Double(big.utf8.count) / 1e6
let parse = try Measure.runs(quick ? 2 : 5) { _ = try JSONParser.parse(big) }
let load = Measure.runs(quick ? 2 : 5) { _ = SpecLoader.load(text: big, path: "big.json") }
emit(["### Loader throughput on a \(format(megabytes)) MB spec (median of \(quick ? 2 : 5) runs)", "",
      "| stage | median (s) | MB/s |", "| --- | --- | --- |",
      "| parse JSON (with source locations) | \(format(parse.median, 3)) | \(format(megabytes / parse.median)) |",
      "| parse + read + check (SpecLoader.load) | \(format(load.median, 3)) | \(format(megabytes / load.median)) |"])

// 4. Runtime overhead per call.
let calls = quick ? 2_000 : 20_000
let perCall = try await RuntimeBench.run(calls: calls, batches: quick ? 3 : 9)
emit(["### Runtime overhead per call: validate + encode + build request + decode answer, in-memory transport", "",
      "| call | median (µs per call) |", "| --- | --- |"] + perCall.map { "| \($0.0) | \(format($0.1.nanoseconds / 1000, 2)) |" })

if let markdownPath {
    try report.joined(separator: "\n").write(toFile: markdownPath, atomically: true, encoding: .utf8)
}
