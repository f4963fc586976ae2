/// Docusaurus/MDX reference pages (Callbell): `sidebar_position` front
/// matter, `@site/` imports, `<RequestTabs>` examples, `# POST /path` titles.
struct DocusaurusFamily: DocsFamily {
    var name: String { "Docusaurus" }

    func recognizes(_ page: DocsSource) -> Bool { DocusaurusReader.recognizes(page.text) }

    func read(_ page: DocsSource, into reading: inout DocsReading) {
        DocusaurusReader(page: page.markdown, example: page.example, title: page.frontMatter["title"]).read(into: &reading)
    }
}
