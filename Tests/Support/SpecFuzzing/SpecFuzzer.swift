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
            return .broken("re-importing the same pages changed the draft: \(merged.applied + merged.conflicts)\ndraft: \(result.text)")
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
        let path = "\(name).json"
        let loaded = SpecLoader.load(text: text, path: path)
        let diagnostics = Lint.diagnostics(of: loaded)
        guard !diagnostics.hasErrors, let spec = loaded.specification else {
            let errors = diagnostics.filter { $0.severity == .error }
            return .rejected(errors.first?.message ?? "", codes: Set(errors.map(\.code)))
        }
        let files: [GeneratedFile]
        do {
            files = try Generator.generate(spec, options: GeneratorOptions(layout: .singleFile("Fuzz.swift"), specPath: path))
        } catch {
            return .broken("lint was clean but generate failed:\n\(error)\nspec: \(text)")
        }
        let source = folder.appendingPathComponent("\(name).swift")
        do {
            try files[0].contents.write(to: source, atomically: true, encoding: .utf8)
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

    /// `swiftc -typecheck` of generated files, as one module, against `APIRuntime`; `arguments` add settings
    /// a consumer's target may have (`-default-isolation MainActor`). The status and what swiftc printed.
    public static func typeCheck(_ files: [URL], module: String, modules: URL,
                                 arguments: [String] = []) -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: swiftc)
        process.arguments = ["-typecheck", "-swift-version", "6", "-module-name", module, "-I", modules.path] + arguments
            + files.map(\.path)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            return (-1, "cannot run \(swiftc): \(error)")
        }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
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
