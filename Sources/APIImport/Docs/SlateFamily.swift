/// Slate reference pages (Mautic): one `###` section per operation whose
/// code samples come first, then "HTTP Request" with a code-span request
/// line (`GET /assets/ID`, upper-case placeholders), tables without outer
/// pipes, and bold paragraphs (`**Query Parameters**`) as sub-sections.
struct SlateFamily: DocsFamily {
    var name: String { "Slate" }

    static let style = MarkdownStyle(upperCasePlaceholders: true, samplesBeforeRequestLine: true)

    func recognizes(_ page: DocsSource) -> Bool {
        page.text.contains("language_tabs:") || page.text.contains("<aside class=")
            || page.markdown.blocks.contains { block in
                guard case .heading(_, let text, _) = block else { return false }
                return DocsVocabulary.fold(text.plain).trimmingSpaces() == "http request"
            }
    }

    func read(_ page: DocsSource, into reading: inout DocsReading) {
        MarkdownReader(page: page, style: Self.style).read(into: &reading)
    }
}
