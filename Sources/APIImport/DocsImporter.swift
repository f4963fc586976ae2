import APIGenerator
import APISpec
import Foundation

/// `apigen import`: docs pages in, a spec draft out. Pages are read by
/// their family's reader, the draft built, linted, and samples the lint
/// refuses left out with a warning at their docs place.
public enum DocsImporter {
    public struct Result: Sendable {
        /// The draft spec's text.
        public var text: String
        /// What the importer could not read, at docs places.
        public var warnings: [ImportWarning]
        /// The draft's own lint diagnostics (errors only when the docs leave no way round them).
        public var diagnostics: [Diagnostic]
    }

    /// Reads the pages at `paths`; an unreadable file is a warning.
    public static func importPages(atPaths paths: [String], name: String? = nil, draftPath: String = "draft.json") -> Result {
        var pages: [(file: String, text: String)] = []
        var unreadable: [ImportWarning] = []
        for path in paths {
            if let text = try? String(contentsOfFile: path, encoding: .utf8) {
                pages.append((path, text))
            } else {
                unreadable.append(ImportWarning(message: "cannot read the file", place: DocsPlace(file: path, line: 1, column: 1)))
            }
        }
        var result = importPages(pages, name: name, draftPath: draftPath) { file, example in
            let directory = (file as NSString).deletingLastPathComponent
            let candidate = (directory as NSString).appendingPathComponent("examples/\(example).sh.md")
            return (try? String(contentsOfFile: candidate, encoding: .utf8)).map { ($0, candidate) }
        }
        result.warnings = unreadable + result.warnings
        return result
    }

    /// Reads pages given as text; `example` finds a Docusaurus page's example file by name.
    public static func importPages(_ pages: [(file: String, text: String)], name: String? = nil, draftPath: String = "draft.json",
                                   example: @escaping @Sendable (String, String) -> (text: String, file: String)? = { _, _ in nil }) -> Result {
        var reading = DocsReading()
        for page in pages {
            let markdown = MarkdownPage(file: page.file, text: page.text)
            if DocusaurusReader.recognizes(page.text) {
                DocusaurusReader(page: markdown, example: { example(page.file, $0) }).read(into: &reading)
            } else {
                MicrosoftDocsReader(page: markdown, text: page.text).read(into: &reading)
            }
        }
        var builder = DraftBuilder(objects: reading.objects)
        var spec = builder.build(reading, name: name)
        var warnings = builder.warnings
        var diagnostics = Lint.diagnostics(text: spec.text, path: draftPath)
        // A sample the inferred types refuse is the docs contradicting themselves: keep the types, drop the sample.
        for _ in 0..<8 where diagnostics.contains(where: { $0.severity == .error && sampleIndex($0.jsonPath) != nil }) {
            var dropped: [(Int, Int)] = []
            for diagnostic in diagnostics where diagnostic.severity == .error {
                guard let (operation, sample) = sampleIndex(diagnostic.jsonPath), !dropped.contains(where: { $0 == (operation, sample) }) else { continue }
                dropped.append((operation, sample))
                let place = spec.operations[operation].samples[sample].places.first ?? spec.operations[operation].place
                warnings.append(ImportWarning(message: "sample left out: \(diagnostic.message)", place: place))
            }
            for (operation, sample) in dropped.sorted(by: { $0.1 > $1.1 }) { spec.operations[operation].samples.remove(at: sample) }
            diagnostics = Lint.diagnostics(text: spec.text, path: draftPath)
        }
        return Result(text: spec.text, warnings: warnings.sorted { ($0.place.file, $0.place.line) < ($1.place.file, $1.place.line) }, diagnostics: diagnostics)
    }

    /// `operations[3].samples[1]…` → (3, 1).
    static func sampleIndex(_ path: String) -> (Int, Int)? {
        guard path.hasPrefix("operations["), let samples = path.range(of: "].samples[") else { return nil }
        let operation = path[path.index(path.startIndex, offsetBy: 11)..<samples.lowerBound]
        let rest = path[samples.upperBound...]
        guard let operationIndex = Int(operation), let close = rest.firstIndex(of: "]"), let sampleIndex = Int(rest[..<close]) else { return nil }
        return (operationIndex, sampleIndex)
    }
}
