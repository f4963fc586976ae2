/// Microsoft Graph reference pages (Microsoft Docs layout): request lines in
/// an `http` block under "HTTP request", examples as `http` blocks
/// (`HTTP/1.1 201 Created` and JSON), language tabs as `# [C#](#tab/csharp)`
/// headings, resource pages titled "event resource type" with a Properties
/// table, and bodies given by reference to a resource page.
struct MicrosoftGraphFamily: DocsFamily {
    var name: String { "Microsoft Graph" }

    static let style = MarkdownStyle(objectTitleSuffixes: [" resource type", " complex type"])

    func recognizes(_ page: DocsSource) -> Bool {
        let type = page.frontMatter["doc_type"] ?? ""
        return type == "apiPageType" || type == "resourcePageType" || type == "enumPageType"
            || page.text.contains("Namespace: microsoft.graph") || page.text.contains("https://graph.microsoft.com/")
    }

    func read(_ page: DocsSource, into reading: inout DocsReading) {
        MarkdownReader(page: page, style: Self.style).read(into: &reading)
    }
}
