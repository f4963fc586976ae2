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
        /// What a merge of this import needs to know beyond the text (`SpecMerger`).
        public var coverage = ImportCoverage()
        /// The family that read each page, with how many pages it read.
        public var families: [String: Int] = [:]
    }

    /// Reads the pages at `paths`; an unreadable file is a warning. `draftPath` is the file the draft is written to;
    /// a draft written to none has its diagnostics at the pages' lines.
    public static func importPages(atPaths paths: [String], name: String? = nil, draftPath: String? = nil) -> Result {
        var pages: [(file: String, text: String)] = []
        var unreadable: [ImportWarning] = []
        for path in paths {
            if let text = try? String(contentsOfFile: path, encoding: .utf8) {
                pages.append((path, text))
            } else {
                unreadable.append(ImportWarning(.unreadableFile, "cannot read the file", place: DocsPlace(file: path, line: 1, column: 1)))
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
    public static func importPages(_ pages: [(file: String, text: String)], name: String? = nil, draftPath: String? = nil,
                                   example: @escaping @Sendable (String, String) -> (text: String, file: String)? = { _, _ in nil }) -> Result {
        let written = draftPath ?? "draft.json"
        // The passes, in order. 1. Each page is read by the family it belongs to.
        var reading = DocsReading()
        var families: [String: Int] = [:]
        for page in pages {
            let source = DocsSource(file: page.file, text: page.text, example: { example(page.file, $0) })
            let family = source.family
            families[family.name, default: 0] += 1
            family.read(source, into: &reading)
        }
        // 2. Bodies given by reference to an object page take its rows.
        BodyReferences.resolve(in: &reading)
        // 3. The draft is built: operations with their parameters, bodies and samples, the webhook payload, object
        //    pages, and the types they need (`DraftBuilder.build`).
        var builder = DraftBuilder(objects: reading.objects)
        var spec = builder.build(reading, name: name)
        var warnings = builder.warnings
        // 4. One format per field name wherever the pages or samples give one (`NameConsistency`).
        spec.unifyFormats(warnings: &warnings)
        // 5. Types made from samples alone that turn out the same are one (`SampleTwins`).
        spec.mergeSampleTwins(namedByDocs: builder.typesNamedByDocs)
        // 6. Auth from what the pages and their examples send (`AuthInference`).
        spec.inferAuth()
        // 7. Enums nothing refers to any more (`UnusedEnums`), then cycles no value can end (`CycleBreaking`).
        spec.dropUnusedEnums()
        spec.breakCycles()
        // 8. Mend what lint refuses, by its codes and paths, each change a located warning.
        let (text, mended) = DocsDraftMending.mend(&spec, path: written, warnings: &warnings)
        // 9. What is left is said at the draft's lines, or at the pages' when no draft file is written.
        let diagnostics = draftPath == nil ? spec.located(mended, firstPage: pages.first?.file ?? "") : mended
        let sorted = Self.distinct(warnings).sorted { ($0.place.file, $0.place.line) < ($1.place.file, $1.place.line) }
        return Result(text: text, warnings: sorted, diagnostics: diagnostics,
                      foundAnything: !spec.operations.isEmpty || !spec.types.isEmpty, coverage: spec.coverage,
                      families: families)
    }
}

extension DocsImporter {
    /// One warning per place and message: a row an object page gives to many bodies is read once per body.
    static func distinct(_ warnings: [ImportWarning]) -> [ImportWarning] {
        var seen = Set<ImportWarning>()
        return warnings.filter { seen.insert($0).inserted }
    }
}
