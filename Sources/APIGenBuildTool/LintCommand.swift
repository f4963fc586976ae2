import APIGenerator
import APISpec

/// `apigen lint FILE...`: load, check and resolve each spec (everything
/// `generate` could refuse) and print every diagnostic.
enum LintCommand {
    static func run(_ arguments: [String]) throws(Arguments.UsageError) -> ExitStatus {
        let parsed = try Arguments(arguments, options: [], flags: [])
        guard !parsed.positional.isEmpty else { throw Arguments.UsageError(description: "lint needs at least one spec file") }
        var failed = false
        for path in parsed.positional {
            let diagnostics = Lint.diagnostics(of: SpecLoader.load(path: path))
            diagnostics.forEach { Console.error($0.description) }
            if diagnostics.hasErrors { failed = true }
        }
        return failed ? .failure : .success
    }
}
