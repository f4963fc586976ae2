import APISpec

/// `apigen lint FILE...`: prints every diagnostic of each spec.
enum LintCommand {
    static func run(_ arguments: [String]) throws(Arguments.UsageError) -> ExitStatus {
        let parsed = try Arguments(arguments, options: [], flags: [])
        guard !parsed.positional.isEmpty else { throw Arguments.UsageError(description: "lint needs at least one spec file") }
        var failed = false
        for path in parsed.positional {
            let result = SpecLoader.load(path: path)
            result.diagnostics.forEach { Console.error($0.description) }
            if result.diagnostics.hasErrors { failed = true }
        }
        return failed ? .failure : .success
    }
}
