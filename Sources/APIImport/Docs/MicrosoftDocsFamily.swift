/// Microsoft Docs reference pages (Kaizala and its translations): an
/// operation's request line is a code block (`POST {endpoint-url}/v1/groups`),
/// its bodies "Request body" and "Response body" sections.
struct MicrosoftDocsFamily: DocsFamily {
    var name: String { "Microsoft Docs" }

    func recognizes(_ page: DocsSource) -> Bool {
        if page.frontMatter.keys.contains(where: { $0.hasPrefix("ms.") }) || page.text.contains("sxs-lookup") { return true }
        var hasBodySection = false, hasRequestLine = false
        for block in page.markdown.blocks {
            switch block {
            case .code(_, let text, _):
                let first = text.splitLines().first.map { String($0.trimmingSpaces()) } ?? ""
                // `POST {endpoint-url}/v1/groups`, `GET https://{api_root}/token`: the host a placeholder, as Microsoft
                // Docs write it. `GET https://api.example.com/v1/orders` is any API's reference Markdown.
                if RequestLine.parse(first) != nil {
                    let target = first.split(separator: " ").dropFirst().first ?? ""
                    if target.hasPrefix("{") || target.contains("://{") { return true }
                    hasRequestLine = true
                }
            case .heading(_, let text, _):
                let section = DocsVocabulary.section(of: text.plain)
                if section == .requestBody || section == .responseBody { hasBodySection = true }
                if RequestLine.parse(text.plain) != nil { hasRequestLine = true }
            case .paragraph(let text, _):
                // `POST /widgets` on a line of its own, or in a code span under the call's heading.
                if RequestLine.parse(text.plain) != nil
                    || text.codeSpans.contains(where: { RequestLine.parse($0) != nil }) {
                    hasRequestLine = true
                }
            default:
                continue
            }
        }
        // A page with a body and no request line describes what the API posts (a webhook payload). A request line
        // in a heading (`## GET /api/search`) or a paragraph with no request block below is plain API reference
        // Markdown.
        return hasBodySection && !hasRequestLine
    }

    func read(_ page: DocsSource, into reading: inout DocsReading) {
        MicrosoftDocsReader(page: page.markdown, text: page.text).read(into: &reading)
    }
}
