/// Microsoft Docs reference pages (Kaizala, and their French and German
/// machine translations): an operation is a heading followed by an indented
/// request line (`POST {endpoint-url}/v1/groups`); its sections are
/// "Request Parameters", "Request body", "Response body", deeper headings
/// with tables describing nested objects, and "Sample JSON" code blocks.
struct MicrosoftDocsReader {
    let page: MarkdownPage
    let tables: DocsTableReading

    let isTranslated: Bool

    /// `text` is the page's source, whose front matter says its language.
    init(page: MarkdownPage, text: String) {
        self.page = page
        self.tables = DocsTableReading(file: page.file)
        let locale = text.splitLines().first { $0.hasPrefix("ms.contentlocale:") }.map { $0.dropFirst(17).trimmingSpaces().lowercased() }
        isTranslated = text.contains("sxs-lookup") || (locale.map { !$0.hasPrefix("en") } ?? false)
    }

    private enum Side { case request, response }

    func read(into reading: inout DocsReading) {
        let group = pageGroup()
        var current: DocsOperation?
        var operationLevel = 0
        var lastHeading = (level: 0, text: "")
        var section = DocsVocabulary.Section.other
        var side = Side.request
        var structureTitle: String?
        var pendingSample: String?
        var bodyLevel = 0

        func finish() {
            if let operation = current {
                // A page that describes a body without a request line describes what the API posts (a webhook payload).
                if operation.method.isEmpty { reading.payloads.append(operation) } else { reading.operations.append(operation) }
            }
            current = nil
        }

        for block in page.blocks {
            switch block {
            case .heading(let level, let text, _):
                if current != nil, level <= operationLevel { finish() }
                if reading.title == nil, level == 1 { reading.title = text.plain }
                lastHeading = (level, text.plain)
                let kind = DocsVocabulary.section(of: text.plain)
                switch kind {
                case .sample:
                    pendingSample = text.plain
                    side = DocsVocabulary.isRequestSample(text.plain) ? .request
                        : DocsVocabulary.fold(text.plain).contains("respon") || DocsVocabulary.fold(text.plain).contains("antwort") ? .response : side
                case .parameters, .requiredParameters, .optionalParameters:
                    section = kind
                    structureTitle = nil
                case .requestBody:
                    section = kind
                    side = .request
                    structureTitle = nil
                case .responseBody where section == .responseBody && level > bodyLevel:
                    // "Response body summary object" below "Response body": a nested object's table.
                    structureTitle = text.plain
                case .responseBody:
                    section = kind
                    side = .response
                    structureTitle = nil
                    bodyLevel = level
                    if current == nil {
                        current = DocsOperation(method: "", path: "", title: reading.title ?? text.plain, summary: reading.title ?? text.plain,
                                                group: group, place: tables.place(line: block.line))
                        operationLevel = 1
                    }
                case .other:
                    structureTitle = text.plain
                }
            case .code(_, let text, let line):
                let firstLine = text.splitLines().first.map { String($0.trimmingSpaces()) } ?? ""
                if let request = RequestLine.parse(firstLine), firstLine.contains("{") || firstLine.contains("://") {
                    finish()
                    current = DocsOperation(method: request.method, path: request.path, title: lastHeading.text,
                                            summary: lastHeading.text, group: group, place: tables.place(line: line))
                    operationLevel = lastHeading.level
                    current?.isTranslated = isTranslated
                    section = .other
                    side = .request
                    structureTitle = nil
                } else if firstLine.hasPrefix("https://"), !firstLine.contains(" "), reading.baseURL == nil, current == nil {
                    reading.baseURL = firstLine
                } else if current != nil, let title = pendingSample ?? Self.bodySampleTitle(text, section: section, heading: lastHeading.text) {
                    let sample = DocsSample(title: title, text: text, place: tables.place(line: line))
                    if side == .request { current?.requestSamples.append(sample) } else { current?.responseSamples.append(sample) }
                }
                pendingSample = nil
            case .table(let table):
                if !DocsTableReading.isFieldTable(table) {
                    reading.valueColumns += table.header.indices.map { column in
                        DocsValueColumn(header: table.header[column].text.plain,
                                        values: table.rows.compactMap { column < $0.count ? $0[column].text.plain.trimmingCharacters(in: .whitespaces) : nil }
                                            .filter { !$0.isEmpty },
                                        place: tables.place(line: table.line))
                    }
                }
                guard current != nil, DocsTableReading.isFieldTable(table) else { continue }
                let rows = tables.rows(of: table)
                if let title = structureTitle {
                    let structure = DocsStructure(title: title, rows: rows, place: tables.place(line: table.line))
                    if side == .request { current?.requestStructures.append(structure) } else { current?.responseStructures.append(structure) }
                    continue
                }
                switch section {
                case .parameters:
                    // Body rows in a parameter table are fields of the body.
                    current?.parameters += rows.filter { $0.kind != .body }
                    current?.requestFields += rows.filter { $0.kind == .body }
                case .requestBody: current?.requestFields += rows
                case .responseBody: current?.responseFields += rows
                default: continue
                }
            case .paragraph(let text, _):
                // "JSON structure for each individual group in the array groups[]:" heads the table below it.
                if current != nil, text.plain.hasSuffix(":"), section == .requestBody || section == .responseBody {
                    structureTitle = text.plain
                }
            case .directive:
                continue
            }
        }
        finish()
    }

    /// `# /groups` names the group; otherwise the file name does (`actions_get.md` → actions).
    func pageGroup() -> String {
        for case .heading(1, let text, _) in page.blocks {
            let plain = text.plain.trimmingSpaces()
            if plain.hasPrefix("/") {
                let word = plain.dropFirst().filter { $0.isLetter }
                return word.prefix(1).lowercased() + word.dropFirst()
            }
            break
        }
        let base = page.file.split(separator: "/").last.map(String.init) ?? page.file
        let stem = base.split(separator: ".").first.map(String.init) ?? base
        let word = stem.split(separator: "_").first.map(String.init) ?? stem
        return word.prefix(1).lowercased() + word.dropFirst()
    }

    /// A JSON block under a body's own heading ("Request Body - Subscribe to all events", or right after the
    /// "Response body" table) is a sample of that body, titled by the heading.
    static func bodySampleTitle(_ code: String, section: DocsVocabulary.Section, heading: String) -> String? {
        guard section == .requestBody || section == .responseBody else { return nil }
        let start = code.drop { $0 == " " || $0 == "\n" || $0 == "\t" }.first
        return start == "{" || start == "[" ? heading : nil
    }
}
