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
        /// Whether the pages described anything: an operation, a type or a webhook payload.
        public var foundAnything: Bool
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
        for _ in 0..<8 where diagnostics.contains(where: { $0.severity == .error && SampleAddress($0.jsonPath) != nil }) {
            var dropped: [SampleAddress] = []
            for diagnostic in diagnostics where diagnostic.severity == .error {
                guard let address = SampleAddress(diagnostic.jsonPath), !dropped.contains(address) else { continue }
                dropped.append(address)
                let place = address.sample(in: spec).places.first ?? spec.operations.first?.place
                if let place { warnings.append(ImportWarning(message: "sample left out: \(diagnostic.message)", place: place)) }
            }
            for address in dropped.sorted(by: { $0.index > $1.index }) { address.remove(from: &spec) }
            diagnostics = Lint.diagnostics(text: spec.text, path: draftPath)
        }
        return Result(text: spec.text, warnings: warnings.sorted { ($0.place.file, $0.place.line) < ($1.place.file, $1.place.line) },
                      diagnostics: diagnostics, foundAnything: !spec.operations.isEmpty || !spec.types.isEmpty)
    }

}

/// Where a sample sits in a draft: `operations[3].samples[1]…` or `webhooks.samples[2]…`.
struct SampleAddress: Equatable {
    /// The operation's index; nil for a webhook sample.
    var operation: Int?
    var index: Int

    init?(_ path: String) {
        func number(after prefix: String, in text: Substring) -> (Int, Substring)? {
            guard text.hasPrefix(prefix), let close = text.firstIndex(of: "]"), let value = Int(text[text.index(text.startIndex, offsetBy: prefix.count)..<close])
            else { return nil }
            return (value, text[text.index(after: close)...])
        }
        if let (operation, rest) = number(after: "operations[", in: path[...]), let (index, _) = number(after: ".samples[", in: rest) {
            self.operation = operation
            self.index = index
        } else if let (index, _) = number(after: "webhooks.samples[", in: path[...]) {
            self.operation = nil
            self.index = index
        } else {
            return nil
        }
    }

    func sample(in spec: DraftSpec) -> DraftSample {
        operation.map { spec.operations[$0].samples[index] } ?? spec.webhookSamples[index]
    }

    func remove(from spec: inout DraftSpec) {
        if let operation { spec.operations[operation].samples.remove(at: index) } else { spec.webhookSamples.remove(at: index) }
    }
}
