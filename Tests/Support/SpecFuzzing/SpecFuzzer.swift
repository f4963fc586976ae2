import APIGenerator
import APIImport
import APISpec
import Foundation

/// One random spec through the whole promise: if `apigen lint` is clean,
/// generation must succeed and the output must type-check against the
/// runtime without warnings.
public enum SpecFuzzer {
    public enum Outcome: Sendable {
        /// Lint found errors (the first is given, and the codes of all): nothing is promised.
        case rejected(String, codes: Set<DiagnosticCode>)
        /// Lint was clean, the client compiled and (when run) agreed with every value lint accepted.
        case compiled
        /// Lint was clean, and this broke the promise.
        case broken(String)
    }

    /// Lints, generates and type-checks the spec of `seed` in `folder`.
    public static func run(seed: UInt64, modules: URL, folder: URL) -> Outcome {
        check(RandomSpec.text(seed: seed), name: "fuzz\(seed)", modules: modules, folder: folder)
    }

    /// Imports the random docs pages of `seed`, then lints, generates and type-checks the draft: a draft the
    /// importer writes lint-clean must compile like any spec, and merging the same import into it changes nothing.
    public static func runDocs(seed: UInt64, modules: URL, folder: URL) -> Outcome {
        let docs = RandomDocs.make(seed: seed)
        let pages = docs.pages
        let examples = docs.examples
        let result = DocsImporter.importPages(pages, name: "Docs\(seed)") { _, name in examples[name].map { ($0, "examples/\(name).sh.md") } }
        guard result.foundAnything else { return .rejected("the pages describe nothing", codes: []) }
        if let error = result.diagnostics.first(where: { $0.severity == .error }) {
            return .rejected("draft: \(error.message)", codes: Set(result.diagnostics.filter { $0.severity == .error }.map(\.code)))
        }
        // Re-importing the same pages into the draft changes nothing.
        guard let base = SpecMerger.baseRecord(of: result.text),
              let merged = SpecMerger.merge(spec: result.text, specPath: "docs\(seed).json", base: base, incoming: result.text) else {
            return .broken("the draft cannot be merged into itself\ndraft: \(result.text)")
        }
        guard merged.text == result.text, merged.applied.isEmpty, merged.conflicts.isEmpty else {
            return .broken("re-importing the same pages changed the draft: \(merged.applied + merged.conflicts.map(\.description))\ndraft: \(result.text)")
        }
        // Re-importing them with a row deleted or repeated gives a spec, or errors at the spec's lines.
        if let why = MergeFuzzing.check(pages, seed: seed, example: { _, name in examples[name].map { ($0, "examples/\(name).sh.md") } }) {
            return .broken("merging an edited import: \(why)\npages:\n" + RandomDocs.listing(docs))
        }
        switch check(result.text, name: "docs\(seed)", modules: modules, folder: folder) {
        case .broken(let why):
            return .broken(why + "\npages:\n" + RandomDocs.listing(docs))
        case .rejected(let why, _):
            return .broken("the importer's draft has no lint errors, but loading it again gives: \(why)\ndraft: \(result.text)")
        case .compiled:
            return .compiled
        }
    }

    /// Lints, generates and type-checks one spec's text.
    public static func check(_ text: String, name: String, modules: URL, folder: URL) -> Outcome {
        let generated: GeneratedSpec
        switch generate(text, name: name) {
        case .generated(let spec): generated = spec
        case .done(let outcome): return outcome
        }
        let source = folder.appendingPathComponent("\(name).swift")
        do {
            try generated.source.write(to: source, atomically: true, encoding: .utf8)
        } catch {
            return .broken("cannot write \(source.path): \(error)")
        }
        defer { try? FileManager.default.removeItem(at: source) }
        let (status, output) = typeCheck([source], module: "Fuzz", modules: modules)
        guard status == 0, !output.contains("warning:") else {
            return .broken("lint was clean but the output does not type-check:\n\(output)\nspec: \(text)")
        }
        return .compiled
    }

    enum Generation {
        case generated(GeneratedSpec)
        /// Refused by lint, or broken before anything compiled.
        case done(Outcome)
    }

    /// Lints and generates one spec, and writes the harness of its samples
    /// and defaults. Unless `lintMustBeClean`, a spec lint refuses is
    /// generated from what could be read of it, so that the harness's own
    /// tests can give it values its client refuses.
    static func generate(_ text: String, name: String, lintMustBeClean: Bool = true) -> Generation {
        let path = "\(name).json"
        let loaded = SpecLoader.load(text: text, path: path)
        let diagnostics = Lint.diagnostics(of: loaded)
        guard let spec = lintMustBeClean ? loaded.specification : loaded.specification ?? loaded.partial,
              !(lintMustBeClean && diagnostics.hasErrors) else {
            let errors = diagnostics.filter { $0.severity == .error }
            return .done(.rejected(errors.first?.message ?? "", codes: Set(errors.map(\.code))))
        }
        let files: [GeneratedFile]
        do {
            files = try Generator.generate(spec, options: GeneratorOptions(layout: .singleFile("Fuzz.swift"), specPath: path))
        } catch {
            return .done(.broken("lint was clean but generate failed:\n\(error)\nspec: \(text)"))
        }
        guard let spellings = Resolver.spellings(of: spec) else {
            return .done(.broken("lint was clean and generate succeeded, but the spec does not resolve\nspec: \(text)"))
        }
        return .generated(GeneratedSpec(name: name, text: text, source: files[0].contents,
                                        harness: SampleHarness(spec: spec, spellings: spellings)))
    }

    /// `swiftc -typecheck` of generated files, as one module, against `APIRuntime`; `arguments` add settings
    /// a consumer's target may have (`-default-isolation MainActor`). The status and what swiftc printed.
    public static func typeCheck(_ files: [URL], module: String, modules: URL,
                                 arguments: [String] = []) -> (Int32, String) {
        let result = ChildProcess.run(swiftc, ["-typecheck", "-swift-version", "6", "-module-name", module, "-I", modules.path]
                                          + arguments + files.map(\.path), timeout: 300)
        return (result.status, result.output)
    }

    /// The compiler beside the toolchain's `swift`, on PATH or where this machine keeps it.
    static let swiftc: String = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") + ["/opt/swift/usr/bin", "/usr/bin"] {
            let candidate = "\(folder)/swiftc"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return "swiftc"
    }()

    /// The build folder's `Modules` (where `APIRuntime.swiftmodule` is),
    /// found upwards from the running executable.
    public static func modulesFolder(near executable: String = CommandLine.arguments[0]) -> URL? {
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in [folder.appendingPathComponent("Modules"), folder] {
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("APIRuntime.swiftmodule").path) { return candidate }
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }
}

/// A lint-clean spec, its generated client (one file) and the harness of its values.
struct GeneratedSpec {
    var name: String
    var text: String
    var source: String
    var harness: SampleHarness
}
