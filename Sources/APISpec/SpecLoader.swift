import Foundation

/// The loader's entry point: text in, a checked spec and diagnostics out.
public enum SpecLoader {
    public struct Result: Sendable {
        /// Nil when the spec has errors.
        public var specification: APISpecification?
        /// Sorted by position.
        public var diagnostics: [Diagnostic]
        /// What could be read of a spec with errors, for later stages to
        /// report their own findings on (never to generate from).
        public var partial: APISpecification?
        /// Warnings the spec acknowledges: not in `diagnostics`, kept for
        /// `apigen lint --show-acknowledged`.
        public var acknowledged: [AcknowledgedWarning]

        public init(specification: APISpecification?, diagnostics: [Diagnostic], partial: APISpecification? = nil,
                    acknowledged: [AcknowledgedWarning] = []) {
            self.specification = specification
            self.diagnostics = diagnostics
            self.partial = partial
            self.acknowledged = acknowledged
        }
    }

    /// Parses, reads and checks `text`; `path` names the file in diagnostics.
    public static func load(text: String, path: String) -> Result {
        var sink = DiagnosticSink(file: path)
        let root: JSONNode
        do {
            root = try JSONParser.parse(text)
        } catch {
            sink.error(.invalidJSON, error.message, at: error.location, .root)
            return Result(specification: nil, diagnostics: sink.diagnostics)
        }
        guard var spec = SpecReader.read(root, sink: &sink) else {
            return Result(specification: nil, diagnostics: sink.diagnostics.sorted())
        }
        // Semantic checks run on what could be read, so that one run reports
        // every problem; what could not be read is not blamed twice.
        let outcome = Acknowledgements.apply(spec.acknowledgements, to: check(spec, sink), file: path)
        spec.releaseSampleTrees()
        let clean = !outcome.diagnostics.hasErrors
        return Result(specification: clean ? spec : nil, diagnostics: outcome.diagnostics, partial: clean ? nil : spec,
                      acknowledged: outcome.acknowledged)
    }

    /// Checks a spec made in memory (an importer's draft) as `load` checks one read from text, without writing
    /// the text and reading it back; diagnostics then have the model's locations, not a file's.
    public static func check(_ spec: APISpecification, path: String) -> Result {
        let findings = check(spec, DiagnosticSink(file: path, citesLines: false))
        let outcome = Acknowledgements.apply(spec.acknowledgements, to: findings, file: path)
        let clean = !outcome.diagnostics.hasErrors
        return Result(specification: clean ? spec : nil, diagnostics: outcome.diagnostics, partial: clean ? nil : spec,
                      acknowledged: outcome.acknowledged)
    }

    /// In a function of its own so that the checker's copy of the spec is
    /// gone before the spec is changed (no copy of every operation).
    private static func check(_ spec: APISpecification, _ sink: DiagnosticSink) -> [Diagnostic] {
        var checker = SpecChecker(spec: spec, sink: sink)
        return checker.run().sorted()
    }

    /// Reads and loads the file at `path` (as given, for diagnostics).
    public static func load(path: String) -> Result {
        let start = SourceLocation(line: 1, column: 1)
        guard let data = FileManager.default.contents(atPath: path) else {
            let diagnostic = Diagnostic(.error, .unreadableFile, "cannot read file", file: path, at: start, path: .root)
            return Result(specification: nil, diagnostics: [diagnostic])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let diagnostic = Diagnostic(.error, .notUTF8, "file is not valid UTF-8", file: path, at: start, path: .root)
            return Result(specification: nil, diagnostics: [diagnostic])
        }
        return load(text: text, path: path)
    }
}
