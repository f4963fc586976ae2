import APIImport
import APISpec
import SeededRandomness

/// A re-import after a small edit of the pages: one table row deleted or
/// listed twice. Merged into the first import's draft (the kept spec), the
/// result is always a spec that loads and lints, or errors at lines of the
/// kept spec with nothing to write.
public enum MergeFuzzing {
    /// The pages with one table row of one page deleted or repeated; nil when no page has a row.
    public static func edited(_ pages: [(file: String, text: String)], seed: UInt64) -> [(file: String, text: String)]? {
        var random = SeededRandom(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ 1)
        var edited = pages
        let rows = pages.enumerated().flatMap { page in
            page.element.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .filter { line in line.element.hasPrefix("|") && !line.element.contains("---") }
                .map { (page: page.offset, line: $0.offset) }
        }
        guard !rows.isEmpty else { return nil }
        let row = rows[random.below(rows.count)]
        var lines = pages[row.page].text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if random.chance(0.5) { lines.remove(at: row.line) } else { lines.insert(lines[row.line], at: row.line) }
        edited[row.page].text = lines.joined(separator: "\n")
        return edited
    }

    /// Why the merge of the edited pages broke the promise; nil when it kept it.
    public static func check(_ pages: [(file: String, text: String)], seed: UInt64,
                             example: @escaping @Sendable (String, String) -> (text: String, file: String)? = { _, _ in nil }) -> String? {
        let first = DocsImporter.importPages(pages, name: "Docs\(seed)", example: example)
        guard !first.diagnostics.hasErrors, let base = SpecMerger.baseRecord(of: first.text),
              let pages = edited(pages, seed: seed) else { return nil }
        let again = DocsImporter.importPages(pages, name: "Docs\(seed)", example: example)
        let path = "docs\(seed).json"
        guard let merged = SpecMerger.merge(spec: first.text, specPath: path, base: base, incoming: again.text, coverage: again.coverage) else {
            return "the edited import cannot be merged into the first"
        }
        let lineCount = first.text.split(separator: "\n", omittingEmptySubsequences: false).count
        if let error = merged.errors.first(where: { $0.file != path || $0.location.line < 1 || $0.location.line > lineCount }) {
            return "a merge error is not at a line of the kept spec: \(error)"
        }
        if let conflict = merged.conflicts.first(where: { $0.place.line < 1 || $0.place.file.isEmpty }) {
            return "a merge warning is at no line: \(conflict)"
        }
        guard merged.errors.isEmpty else { return nil }
        let loaded = SpecLoader.load(text: merged.text, path: path)
        if loaded.specification == nil {
            return "the merged spec does not load: \(loaded.diagnostics.first.map(\.description) ?? "")\nmerged: \(merged.text)"
        }
        return nil
    }
}
