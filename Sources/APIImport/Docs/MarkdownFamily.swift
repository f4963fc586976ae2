/// Pages of no family the importer knows: read as API reference Markdown in
/// general, so their request lines, tables and samples still count.
struct MarkdownFamily: DocsFamily {
    var name: String { "Markdown" }

    func recognizes(_ page: DocsSource) -> Bool { true }

    func read(_ page: DocsSource, into reading: inout DocsReading) {
        MarkdownReader(page: page, style: MarkdownStyle()).read(into: &reading)
    }
}
