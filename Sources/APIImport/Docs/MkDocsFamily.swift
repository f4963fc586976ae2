/// MkDocs (Material) pages: endpoints as `#### GET /api/subscribers`
/// headings at any level, `!!! note` admonitions and `=== "Tab"` tabs.
struct MkDocsFamily: DocsFamily {
    var name: String { "MkDocs" }

    func recognizes(_ page: DocsSource) -> Bool {
        page.text.contains("\n!!! ") || page.text.contains("\n=== \"") || page.text.contains("\n??? ")
    }

    func read(_ page: DocsSource, into reading: inout DocsReading) {
        MarkdownReader(page: page, style: MarkdownStyle()).read(into: &reading)
    }
}
