import Foundation

/// Lint-clean specs, each compiled with its `SampleHarness` into a module of
/// its own (the generated top-level names of two specs clash), then linked
/// together with the runtime's object files into one executable that runs
/// every harness: one link and one launch for the whole batch.
struct HarnessBatch {
    /// A spec's module, compiled.
    struct Module {
        var name: String
        var spec: GeneratedSpec
        var tally: HarnessTally
    }

    let modules: URL
    let folder: URL
    let runtimeObjects: [String]

    /// Compiles the spec's client and harness into the module `name`; nil
    /// and the reason it broke the promise when either does not compile.
    func compile(_ spec: GeneratedSpec, as name: String) -> Result<Module, Failure> {
        let source = folder.appendingPathComponent("\(name).swift")
        let harness = folder.appendingPathComponent("\(name)Harness.swift")
        do {
            try spec.source.write(to: source, atomically: true, encoding: .utf8)
            try spec.harness.source.write(to: harness, atomically: true, encoding: .utf8)
        } catch {
            return .failure(Failure("cannot write \(source.path): \(error)"))
        }
        let result = ChildProcess.run(SpecFuzzer.swiftc, [
            "-emit-module", "-emit-object", "-wmo", "-parse-as-library", "-swift-version", "6", "-module-name", name,
            "-I", modules.path, source.path, harness.path,
            "-emit-module-path", folder.appendingPathComponent("\(name).swiftmodule").path,
            "-o", folder.appendingPathComponent("\(name).o").path,
        ], timeout: 300)
        guard result.status != 0 || result.output.contains("warning:") else {
            return .success(Module(name: name, spec: spec, tally: HarnessTally(skipped: spec.harness.skipped)))
        }
        // A problem only in the harness is a fuzzer bug, not the generator's (notes may point into either file).
        let problems = result.output.split(separator: "\n").filter { line in
            line.contains(": error:") || line.contains(": warning:")
        }
        let inGenerated = problems.isEmpty || problems.contains { !$0.contains(harness.lastPathComponent + ":") }
        let what = inGenerated ? "lint was clean but the output does not compile"
            : "the sample harness does not compile (a fuzzer bug)"
        return .failure(Failure("\(what):\n\(result.output)\nspec: \(spec.text)"))
    }

    struct Failure: Error {
        var why: String
        init(_ why: String) { self.why = why }
    }

    /// Links the modules into one executable and runs every harness: each
    /// module's checks and, for a module whose checks disagree with lint or
    /// whose run crashed or hung, why.
    func run(_ compiled: [Module]) -> [(Module, Failure?)] {
        guard !compiled.isEmpty else { return [] }
        let executable = folder.appendingPathComponent("harness-\(compiled[0].name)")
        let main = folder.appendingPathComponent("main-\(compiled[0].name).swift")
        defer {
            try? FileManager.default.removeItem(at: executable)
            try? FileManager.default.removeItem(at: main)
        }
        var text = "import Foundation\n" + compiled.map { "import \($0.name)\n" }.joined()
        text += "let chosen = Swift.Set(Swift.CommandLine.arguments.dropFirst())\n"
        text += "func say(_ line: Swift.String) {\n"
        text += "    Foundation.FileHandle.standardOutput.write(Foundation.Data((line + \"\\n\").utf8))\n}\n"
        for module in compiled {
            let name = module.name
            text += "if chosen.contains(\"\(name)\") {\n    say(\"BEGIN\\t\(name)\")\n"
            text += "    await \(name).\(SampleHarness.entryPoint)()\n    say(\"END\\t\(name)\")\n}\n"
        }
        do {
            try text.write(to: main, atomically: true, encoding: .utf8)
        } catch {
            return compiled.map { ($0, Failure("cannot write \(main.path): \(error)")) }
        }
        let objects = compiled.map { folder.appendingPathComponent("\($0.name).o").path } + runtimeObjects
        let link = ChildProcess.run(SpecFuzzer.swiftc, ["-swift-version", "6", "-I", folder.path, "-I", modules.path, main.path]
                                    + objects + ["-o", executable.path], timeout: 300)
        guard link.status == 0 else {
            return compiled.map { ($0, Failure("the harness does not link:\n\(link.output)\nspec: \($0.spec.text)")) }
        }
        var results: [String: (HarnessTally, Failure?)] = [:]
        var pending = compiled.map(\.name)
        while !pending.isEmpty {
            // A crash's message is what tells; the backtrace would take a second to print, and a page.
            let run = ChildProcess.run(executable.path, pending, timeout: 60, environment: ["SWIFT_BACKTRACE": "enable=no"])
            let report = HarnessReport(run.output)
            for (name, entry) in report.modules {
                let failure = entry.failures.isEmpty ? nil : Failure(entry.failures.joined(separator: "\n"))
                results[name] = (entry.tally, failure)
            }
            let finished = Set(report.modules.filter(\.value.finished).keys)
            let normal = run.status == 0 && !run.timedOut && !run.wasSignalled
            if normal && finished.count == pending.count { break }
            // The module that began and did not end crashed or hung at its last check; the rest run again.
            let culprit = report.modules.first { !$0.value.finished }?.key
                ?? pending.first { !finished.contains($0) } ?? pending[0]
            let how = run.timedOut ? "hung (no end within 60 s)"
                : "ended with status \(run.status)\(run.wasSignalled ? " (a signal)" : "")"
            let last = report.modules[culprit]?.lastCheck ?? "before its first check"
            let earlier = results[culprit]?.1.map { $0.why + "\n" } ?? ""
            let crash = Failure(earlier + "\(last): the harness \(how)\n\(run.output.suffix(2000))")
            results[culprit] = (results[culprit]?.0 ?? HarnessTally(), crash)
            pending = pending.filter { !finished.contains($0) && $0 != culprit && report.modules[$0] == nil }
        }
        return compiled.map { module in
            guard let (tally, failure) = results[module.name] else {
                return (module, Failure("the harness never ran it"))
            }
            var counted = module
            counted.tally.checked = tally.checked
            return (counted, failure.map { failure in
                Failure("lint was clean but the client disagrees at \(failure.why)\nspec: \(module.spec.text)")
            })
        }
    }

    /// `Modules` is beside the target folders in a SwiftPM build folder, whose
    /// object files the harness links against (all but the module wrappers).
    static func runtimeObjects(near modules: URL) -> [String]? {
        for bin in [modules.deletingLastPathComponent(), modules] {
            var objects: [String] = []
            for target in ["APIRuntime", "APILimits"] {
                let folder = bin.appendingPathComponent("\(target).build")
                let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                let kept = files.filter { $0.hasSuffix(".o") && !$0.hasSuffix(".swiftmodule.o") }.sorted()
                objects += kept.map { folder.appendingPathComponent($0).path }
            }
            let found = ["APIRuntime", "APILimits"].allSatisfy { target in objects.contains { $0.contains("/\(target).build/") } }
            if found {
                return objects
            }
        }
        return nil
    }
}

/// What a harness executable wrote: per module, the checks it began and
/// those the client failed.
struct HarnessReport {
    struct Entry {
        var tally = HarnessTally()
        /// The check, then what the client said.
        var failures: [String] = []
        var lastCheck: String?
        var finished = false
    }

    var modules: [String: Entry] = [:]

    init(_ output: String) {
        var current: String?
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch fields.first {
            case "BEGIN" where fields.count == 2:
                current = fields[1]
                modules[fields[1]] = Entry()
            case "END" where fields.count == 2:
                modules[fields[1]]?.finished = true
                current = nil
            case "TRY" where fields.count == 4:
                guard let current else { continue }
                modules[current]?.tally.checked[fields[1], default: 0] += Int(fields[2]) ?? 0
                modules[current]?.lastCheck = "\(fields[1]): \(fields[3])"
            case "FAIL" where fields.count >= 2:
                guard let current, let check = modules[current]?.lastCheck else { continue }
                modules[current]?.failures.append("\(check): \(fields[1...].joined(separator: " "))")
            default:
                continue
            }
        }
    }
}

/// What the harnesses checked, by kind (`SampleHarness.Kind`), and what they left out, by why.
public struct HarnessTally: Sendable {
    public var checked: [String: Int] = [:]
    public var skipped: [String: Int] = [:]

    public init(checked: [String: Int] = [:], skipped: [String: Int] = [:]) {
        self.checked = checked
        self.skipped = skipped
    }

    public mutating func add(_ other: HarnessTally) {
        checked.merge(other.checked, uniquingKeysWith: +)
        skipped.merge(other.skipped, uniquingKeysWith: +)
    }
}
