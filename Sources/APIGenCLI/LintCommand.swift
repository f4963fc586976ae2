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
            let diagnostics = lint(SpecLoader.load(path: path))
            diagnostics.forEach { Console.error($0.description) }
            if diagnostics.hasErrors { failed = true }
        }
        return failed ? .failure : .success
    }

    /// The loader's findings and the resolver's, in one sorted list; the
    /// resolver also runs on what could be read of a spec with errors.
    static func lint(_ loaded: SpecLoader.Result) -> [Diagnostic] {
        guard let spec = loaded.specification ?? loaded.partial else { return loaded.diagnostics }
        let known = Set(loaded.diagnostics)
        let resolved = Resolver.resolve(spec).diagnostics.filter { !known.contains($0) }
        return (loaded.diagnostics + resolved).sorted()
    }
}
