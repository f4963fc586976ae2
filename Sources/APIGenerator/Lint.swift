import ResolvedAPI
import APISpec

/// What `apigen lint` reports: the loader's and checker's findings and the
/// resolver's, in one sorted list. The resolver also runs on what could be
/// read of a spec with errors, so that one run reports every problem.
public enum Lint {
    public static func diagnostics(of loaded: SpecLoader.Result, citingLines: Bool = true) -> [Diagnostic] {
        guard let spec = loaded.specification ?? loaded.partial else { return loaded.diagnostics }
        let known = Set(loaded.diagnostics)
        let resolved = Resolver.resolve(spec, layingOutSamples: false, citingLines: citingLines).diagnostics
            .filter { !known.contains($0) }
        return (loaded.diagnostics + resolved).sorted()
    }

    public static func diagnostics(text: String, path: String) -> [Diagnostic] {
        diagnostics(of: SpecLoader.load(text: text, path: path))
    }

    /// What lint says of a spec made in memory, as of its text once written (but for the locations).
    public static func diagnostics(spec: APISpecification, path: String) -> [Diagnostic] {
        diagnostics(of: SpecLoader.check(spec, path: path), citingLines: false)
    }
}
