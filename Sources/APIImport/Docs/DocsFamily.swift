/// A family of docs pages (a site generator's or a vendor's layout): how to
/// tell its pages, and how to read them. A new family is one file with one
/// of these; a page no family recognises is read by `MarkdownFamily`.
protocol DocsFamily: Sendable {
    /// As reports name it: "Microsoft Graph".
    var name: String { get }
    func recognizes(_ page: DocsSource) -> Bool
    func read(_ page: DocsSource, into reading: inout DocsReading)
}

/// One page as the families see it: its text, its blocks and its front matter.
struct DocsSource {
    var file: String
    var text: String
    var markdown: MarkdownPage
    var lines: [Substring]
    var frontMatter: [String: String]
    /// Finds an example file the page names (Docusaurus `<RequestTabs request="name"/>`).
    var example: (String) -> (text: String, file: String)?

    init(file: String, text: String, example: @escaping (String) -> (text: String, file: String)? = { _ in nil }) {
        self.file = file
        self.text = text
        self.markdown = MarkdownPage(file: file, text: text)
        self.lines = text.splitLines()
        self.frontMatter = Self.frontMatter(of: text)
        self.example = example
    }

    /// `key: value` lines between the opening `---` lines (quotes dropped); nested YAML is not read.
    static func frontMatter(of text: String) -> [String: String] {
        var lines = text.splitLines().prefix(200).makeIterator()
        var first = lines.next()
        // A one-word language line may come first (`fr`).
        if let line = first, line.trimmingSpaces() != "---", line.trimmingSpaces().count <= 5 { first = lines.next() }
        guard first?.trimmingSpaces() == "---" else { return [:] }
        var values: [String: String] = [:]
        while let line = lines.next(), line.trimmingSpaces() != "---" {
            guard let colon = line.firstIndex(of: ":"), line.first?.isWhitespace == false else { continue }
            let key = String(line[..<colon].trimmingSpaces())
            let value = line[line.index(after: colon)...].trimmingSpaces().trimmingCharacters(in: ["\"", "'"])
            if values[key] == nil { values[key] = value }
        }
        return values
    }

    /// The families in the order they are asked; the first that recognises a page reads it.
    static let families: [any DocsFamily] = [DocusaurusFamily(), MicrosoftGraphFamily(), SlateFamily(),
                                             MkDocsFamily(), MicrosoftDocsFamily()]

    var family: any DocsFamily { Self.families.first { $0.recognizes(self) } ?? MarkdownFamily() }
}
