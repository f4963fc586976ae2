import APIGenBuildTool
import APIGenerator
import APIImport
import APISpec
import Foundation

/// `apigen import PAGE.md… [--name NAME] [--output NEW_SPEC | --into SPEC [--base FILE]] [--compare SPEC] [--figures]`:
/// a spec draft from docs pages (on standard output, or in SPEC), or the
/// pages merged into an existing spec, keeping what a person wrote.
enum ImportCommand {
    static func run(_ arguments: [String]) throws(Arguments.UsageError) -> ExitStatus {
        if arguments.first == "openapi" { return try OpenAPIImportCommand.run(Array(arguments.dropFirst())) }
        let parsed = try Arguments(arguments, options: ["output", "into", "name", "compare", "base"],
                                   flags: ["misses", "figures"])
        guard !parsed.positional.isEmpty else {
            throw Arguments.UsageError(description: "import needs docs pages: import PAGE.md... [--output SPEC] [--into SPEC]")
        }
        if parsed.option("output") != nil, parsed.option("into") != nil {
            throw Arguments.UsageError(description: "import takes --output or --into, not both")
        }
        // The figures replace the draft: with a destination, nothing asked for would be written.
        if parsed.flag("figures"), let other = ["output", "into", "compare"].first(where: { parsed.option($0) != nil }) {
            throw Arguments.UsageError(description: "import --figures prints a table row instead of a draft; drop --\(other)")
        }
        // A draft never replaces a spec: a person's work is merged into (`--into`), not overwritten.
        if let output = parsed.option("output"), FileManager.default.fileExists(atPath: output) {
            Console.error("apigen: error: \(output) exists; merge the docs into it with --into, or write the draft elsewhere")
            return .failure
        }
        // Every page must be there: a draft of some of them would pass for the API.
        let unreadable = parsed.positional.filter { !FileManager.default.isReadableFile(atPath: $0) }
        guard unreadable.isEmpty else {
            unreadable.forEach { Console.error("apigen: error: cannot read \($0)") }
            return .failure
        }
        // The draft's own diagnostics name the file it is written to; in no file (standard output, merged), the pages' lines.
        let result = DocsImporter.importPages(atPaths: parsed.positional, name: parsed.option("name"), draftPath: parsed.option("output"))
        result.warnings.forEach { Console.error($0.description) }
        result.diagnostics.forEach { Console.error($0.description) }
        guard result.foundAnything else {
            Console.error("apigen: error: no operation or object type found in the pages; apigen reads request lines "
                + "(`POST {endpoint-url}/v1/things`, `# POST /things`) and tables headed Parameter/Type")
            return .failure
        }
        // What the import made of the pages, as a row of IMPORT.md's tables, instead of the draft.
        if parsed.flag("figures") {
            Console.out(ImportFigures.header + "\n" + ImportFigures(result).row)
            return .success
        }
        if let reference = parsed.option("compare") {
            guard let report = compare(result.text, with: reference, misses: parsed.flag("misses")) else { return .failure }
            Console.out(report)
            if parsed.option("output") == nil, parsed.option("into") == nil { return .success }
        }
        if let spec = parsed.option("into") {
            return merge(result.text, coverage: result.coverage, from: .docs, into: spec,
                         base: parsed.option("base") ?? defaultBase(for: spec))
        }
        guard let output = parsed.option("output") else {
            FileHandle.standardOutput.write(Data(result.text.utf8))
            return result.diagnostics.hasErrors ? .failure : .success
        }
        guard write(result.text, to: output) else { return .failure }
        return result.diagnostics.hasErrors ? .failure : .success
    }

    /// `schema/kaizala.json` → `schema/imported/kaizala.json`.
    static func defaultBase(for spec: String) -> String {
        let folder = (spec as NSString).deletingLastPathComponent
        return ((folder.isEmpty ? "imported" : folder + "/imported") as NSString).appendingPathComponent((spec as NSString).lastPathComponent)
    }

    /// What an import was read from, as the merge's messages name it.
    enum Source {
        case docs, document

        var unchanged: String {
            switch self {
            case .docs: "the docs changed nothing the spec takes from them"
            case .document: "the document changed nothing the spec takes from it"
            }
        }
    }

    /// Merges the import (its draft's text) into the spec against the last recorded import, then records this one.
    static func merge(_ draft: String, coverage: ImportCoverage, from source: Source, into spec: String,
                      base: String) -> ExitStatus {
        guard let specText = try? String(contentsOfFile: spec, encoding: .utf8) else {
            Console.error("apigen: error: cannot read \(spec)")
            return .failure
        }
        guard let record = SpecMerger.baseRecord(of: draft), isJSON(specText, at: spec) else { return .failure }
        guard let baseText = try? String(contentsOfFile: base, encoding: .utf8) else {
            Console.out("No import recorded for \(spec) yet: this one is recorded in \(base); nothing merged.")
            return writeBase(record, to: base)
        }
        guard isJSON(baseText, at: base) else { return .failure }
        // What the pages given do not cover stays in the record as the last import that covered it said.
        let kept = SpecMerger.baseRecord(of: draft, keeping: baseText, coverage: coverage) ?? record
        guard let merged = SpecMerger.merge(spec: specText, specPath: spec, base: baseText, incoming: draft,
                                            coverage: coverage) else {
            Console.error("apigen: error: \(base) does not load as a spec; delete it to record the next import afresh")
            return .failure
        }
        merged.conflicts.forEach { Console.error($0.description) }
        merged.untouched.forEach { Console.out("\(spec): \($0)") }
        // A merge that would not load or lint is not written: the spec stays as it was.
        guard merged.errors.isEmpty else {
            merged.errors.forEach { Console.error($0.description) }
            Console.error("apigen: error: the merged spec does not lint; \(spec) is unchanged")
            return .failure
        }
        if merged.applied.isEmpty {
            Console.out("\(spec): \(source.unchanged).")
            return writeBase(kept, to: base)
        }
        guard write(merged.text, to: spec) else { return .failure }
        merged.applied.forEach { Console.out("\(spec): \($0)") }
        return writeBase(kept, to: base)
    }

    /// A broken file is named at its line and column, as for any spec.
    static func isJSON(_ text: String, at path: String) -> Bool {
        do throws(JSONParser.SyntaxError) {
            _ = try JSONParser.parse(text)
            return true
        } catch {
            Console.error(Diagnostic(.error, .invalidJSON, error.message, file: path, at: error.location, path: .root).description)
            return false
        }
    }

    static func writeBase(_ record: String, to path: String) -> ExitStatus {
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        return write(record, to: path) ? .success : .failure
    }

    /// The draft against a reference spec: precision and recall per element kind.
    static func compare(_ text: String, with path: String, misses: Bool) -> String? {
        let reference = SpecLoader.load(path: path)
        guard let referenceSpec = reference.specification else {
            reference.diagnostics.forEach { Console.error($0.description) }
            return nil
        }
        guard let draft = SpecLoader.load(text: text, path: "draft.json").specification else { return nil }
        let comparison = SpecComparer.compare(draft: draft, reference: referenceSpec)
        var lines = [comparison.table]
        if misses {
            for tally in comparison.tallies where !tally.misses.isEmpty || !tally.extras.isEmpty {
                lines.append("\n\(tally.kind):")
                lines += tally.misses.map { "  - \($0)" } + tally.extras.map { "  + \($0)" }
            }
        }
        return lines.joined(separator: "\n")
    }

    static func write(_ text: String, to path: String) -> Bool {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            return true
        } catch {
            Console.error("apigen: error: cannot write \(path): \(error.localizedDescription)")
            return false
        }
    }
}
