import ResolvedAPI
import APISpec

/// What `apigen lint` reports: the loader's and checker's findings and the
/// resolver's, in one sorted list. The resolver also runs on what could be
/// read of a spec with errors, so that one run reports every problem.
public enum Lint {
    public static func diagnostics(of loaded: SpecLoader.Result) -> [Diagnostic] {
        guard let spec = loaded.specification ?? loaded.partial else { return loaded.diagnostics }
        let known = Set(loaded.diagnostics)
        let resolved = Resolver.resolve(spec, layingOutSamples: false).diagnostics.filter { !known.contains($0) }
        return (loaded.diagnostics + resolved).sorted()
    }

    public static func diagnostics(text: String, path: String) -> [Diagnostic] {
        diagnostics(of: SpecLoader.load(text: text, path: path))
    }
}
