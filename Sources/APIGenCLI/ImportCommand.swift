import APIImport
import APISpec
import Foundation

/// `apigen import PAGE.md… [--name NAME] [--output SPEC] [--into SPEC]`:
/// a spec draft from docs pages (on standard output, or in SPEC), or the
/// pages merged into an existing spec, keeping what a person wrote.
enum ImportCommand {
    static func run(_ arguments: [String]) throws(Arguments.UsageError) -> ExitStatus {
        let parsed = try Arguments(arguments, options: ["output", "into", "name", "compare"], flags: ["misses"])
        guard !parsed.positional.isEmpty else {
            throw Arguments.UsageError(description: "import needs docs pages: import PAGE.md... [--output SPEC] [--into SPEC]")
        }
        let output = parsed.option("output") ?? parsed.option("into")
        let result = DocsImporter.importPages(atPaths: parsed.positional, name: parsed.option("name"), draftPath: output ?? "draft.json")
        result.warnings.forEach { Console.error($0.description) }
        result.diagnostics.forEach { Console.error($0.description) }
        if let reference = parsed.option("compare") {
            guard let report = compare(result.text, with: reference, misses: parsed.flag("misses")) else { return .failure }
            Console.out(report)
            if parsed.option("output") == nil, parsed.option("into") == nil { return .success }
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(result.text.utf8))
            return result.diagnostics.hasErrors ? .failure : .success
        }
        guard write(result.text, to: output) else { return .failure }
        return result.diagnostics.hasErrors ? .failure : .success
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
