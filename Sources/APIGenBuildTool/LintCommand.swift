import APIGenerator
import APISpec

/// `apigen lint [--format text|json] [--show-acknowledged] FILE...`: load,
/// check and resolve each spec (everything `generate` could refuse) and
/// report every diagnostic: as text, one compiler-style line each on
/// standard error, or as one JSON array on standard output for tools. The
/// exit status is the same either way. Warnings a spec acknowledges are left
/// out, as everywhere, so that a clean spec lints silent; asked for, they
/// come too, each with its reason.
package enum LintCommand {
    package enum Format: String, CaseIterable {
        case text, json
    }

    static func run(_ arguments: [String]) throws(Arguments.UsageError) -> ExitStatus {
        let parsed = try Arguments(arguments, options: ["format"], flags: ["show-acknowledged"])
        guard let format = Format(rawValue: parsed.option("format") ?? "text") else {
            let formats = Format.allCases.map(\.rawValue).joined(separator: ", ")
            throw Arguments.UsageError(description: "--format must be one of: \(formats)")
        }
        guard !parsed.positional.isEmpty else { throw Arguments.UsageError(description: "lint needs at least one spec file") }
        var all: [Finding] = []
        for path in parsed.positional {
            let loaded = SpecLoader.load(path: path)
            var findings = Lint.diagnostics(of: loaded).map { Finding(diagnostic: $0, acknowledgement: nil) }
            if parsed.flag("show-acknowledged") {
                findings += loaded.acknowledged.map { Finding(diagnostic: $0.diagnostic, acknowledgement: $0.reason) }
                findings.sort { $0.diagnostic < $1.diagnostic }
            }
            // Text goes out as each spec is done; JSON is one document.
            if format == .text { findings.forEach { Console.error($0.text) } }
            all += findings
        }
        if format == .json { Console.out(json(all)) }
        return all.map(\.diagnostic).hasErrors ? .failure : .success
    }

    /// A diagnostic to print, and the reason the spec gives when it acknowledges it.
    package struct Finding {
        package var diagnostic: Diagnostic
        package var acknowledgement: String?

        package init(diagnostic: Diagnostic, acknowledgement: String? = nil) {
            self.diagnostic = diagnostic
            self.acknowledgement = acknowledgement
        }

        var text: String {
            guard let acknowledgement else { return diagnostic.description }
            return AcknowledgedWarning(diagnostic: diagnostic, reason: acknowledgement).description
        }
    }

    /// A JSON array, one object per diagnostic and line, keys in a fixed
    /// order: `file`, `line`, `column`, `severity`, `code`, `message`, `path`,
    /// and, for an acknowledged warning, `acknowledged` (its reason).
    package static func json(_ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return "[]" }
        let objects = findings.map { finding in
            let diagnostic = finding.diagnostic
            var members = [
                ("file", JSONNode.quoted(diagnostic.file)), ("line", String(diagnostic.location.line)),
                ("column", String(diagnostic.location.column)), ("severity", JSONNode.quoted(diagnostic.severity.rawValue)),
                ("code", JSONNode.quoted(diagnostic.code.rawValue)), ("message", JSONNode.quoted(diagnostic.message)),
                ("path", JSONNode.quoted(diagnostic.jsonPath)),
            ]
            if let reason = finding.acknowledgement { members.append(("acknowledged", JSONNode.quoted(reason))) }
            return "  {" + members.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]"
    }
}
