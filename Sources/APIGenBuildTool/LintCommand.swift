import APIGenerator
import APISpec

/// `apigen lint [--format text|json] FILE...`: load, check and resolve each
/// spec (everything `generate` could refuse) and report every diagnostic:
/// as text, one compiler-style line each on standard error, or as one JSON
/// array on standard output for tools. The exit status is the same either way.
package enum LintCommand {
    package enum Format: String, CaseIterable {
        case text, json
    }

    static func run(_ arguments: [String]) throws(Arguments.UsageError) -> ExitStatus {
        let parsed = try Arguments(arguments, options: ["format"], flags: [])
        guard let format = Format(rawValue: parsed.option("format") ?? "text") else {
            let formats = Format.allCases.map(\.rawValue).joined(separator: ", ")
            throw Arguments.UsageError(description: "--format must be one of: \(formats)")
        }
        guard !parsed.positional.isEmpty else { throw Arguments.UsageError(description: "lint needs at least one spec file") }
        var all: [Diagnostic] = []
        for path in parsed.positional {
            let diagnostics = Lint.diagnostics(of: SpecLoader.load(path: path))
            // Text goes out as each spec is done; JSON is one document.
            if format == .text { diagnostics.forEach { Console.error($0.description) } }
            all += diagnostics
        }
        if format == .json { Console.out(json(all)) }
        return all.hasErrors ? .failure : .success
    }

    /// A JSON array, one object per diagnostic and line, keys in a fixed
    /// order: `file`, `line`, `column`, `severity`, `code`, `message`, `path`.
    package static func json(_ diagnostics: [Diagnostic]) -> String {
        guard !diagnostics.isEmpty else { return "[]" }
        let objects = diagnostics.map { diagnostic in
            let members = [
                ("file", JSONNode.quoted(diagnostic.file)), ("line", String(diagnostic.location.line)),
                ("column", String(diagnostic.location.column)), ("severity", JSONNode.quoted(diagnostic.severity.rawValue)),
                ("code", JSONNode.quoted(diagnostic.code.rawValue)), ("message", JSONNode.quoted(diagnostic.message)),
                ("path", JSONNode.quoted(diagnostic.jsonPath)),
            ]
            return "  {" + members.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]"
    }
}
