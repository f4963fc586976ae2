import Foundation

/// Reads API reference Markdown in general: an operation from a request line
/// in a heading of any level, in a code span, in text or in an `http`,
/// `shell` or `curl` block (several lines: several operations); sections by
/// their headings or bold paragraphs; tables by their columns; samples from
/// JSON blocks, `http` exchanges and curl commands, tied to the operation
/// they call; object pages by a Properties section.
struct MarkdownReader {
    let page: DocsSource
    let style: MarkdownStyle
    let tables: DocsTableReading

    init(page: DocsSource, style: MarkdownStyle) {
        self.page = page
        self.style = style
        self.tables = DocsTableReading(file: page.file)
    }

    /// What the walk over the page's blocks knows at each block.
    /// What an example before its request line says of the call: the URL it calls (with the request line's path,
    /// the base URL), its JSON body, whether it sends a bearer token.
    struct PendingExample {
        var url: String?
        var body: (text: String, line: Int)?
        var usesBearer: Bool
        var line: Int
    }

    struct State {
        /// The rows of the list being read, placed together once it ends, as a table's are.
        var listRows: [DocsRow] = []
        /// The body whose rows came last: a nested object's rows describe a field of that body.
        var lastBodyIsRequest = false
        /// The operations the current request lines opened, and the heading level whose scope holds them.
        var operations: [DocsOperation] = []
        var scopeLevel = 0
        var title = ""
        var titleLevel = 0
        var section = MarkdownSection.title
        /// Samples seen in a title's scope before its request line.
        var pending: [DocsSample] = []
        /// An example shown before its section's request line (Slate), for the operation that line opens.
        var pendingExample: PendingExample?
        /// "Base URLs:" with no URL of its own: the next paragraph's names it.
        var expectsBaseURL = false
        /// The operation the last example request called.
        var exampleTarget: Int?
        var object: DocsObject?
    }

    func read(into reading: inout DocsReading) {
        var state = State()
        state.title = page.frontMatter["title"] ?? ""
        for block in page.markdown.blocks {
            if case .paragraph(let text, let line) = block, let row = listRow(text, line: line, state: state) {
                state.listRows.append(row)
                continue
            }
            placeList(&state)
            switch block {
            case .heading(let level, let text, let line):
                heading(level: level, text: text, line: line, state: &state, reading: &reading)
            case .paragraph(let text, let line):
                paragraph(text, line: line, state: &state, reading: &reading)
            case .code(let info, let text, let line):
                code(info: info, text: text, line: line, state: &state, reading: &reading)
            case .table(let table):
                self.table(table, state: &state)
            case .directive:
                continue
            }
        }
        placeList(&state)
        finish(&state, into: &reading)
        finishObject(&state, into: &reading)
        // A page with no level-1 heading is titled by its front matter.
        if reading.title == nil, let title = page.frontMatter["title"], !title.isEmpty, style.objectTitleSuffixes.isEmpty {
            reading.title = title
        }
    }

    func heading(level: Int, text: InlineText, line: Int, state: inout State, reading: inout DocsReading) {
        // Language tabs (`# [C#](#tab/csharp)`) are no headings of the page's outline.
        if text.links.contains(where: { $0.target.hasPrefix("#tab/") }) { return }
        if let request = requestLine(text.codeSpans.first ?? text.plain) {
            finish(&state, into: &reading)
            state.scopeLevel = level
            open([request], title: text.plain, line: line, state: &state)
            return
        }
        let section = MarkdownSection.of(text.plain, titled: true)
        guard section == .title else {
            state.section = section
            // "Response 201": the call's success status.
            if section == .response, let status = Self.successStatus(in: text.plain) {
                for index in state.operations.indices { state.operations[index].successStatus = status }
            }
            return
        }
        if !state.operations.isEmpty, level <= state.scopeLevel { finish(&state, into: &reading) }
        if state.object != nil, level <= state.titleLevel { finishObject(&state, into: &reading) }
        if state.operations.isEmpty { state.pending = [] }
        state.title = text.plain
        state.titleLevel = level
        state.section = .title
        if reading.title == nil, level == 1, style.objectTitleSuffixes.isEmpty { reading.title = text.plain }
    }

    func paragraph(_ text: InlineText, line: Int, state: inout State, reading: inout DocsReading) {
        let plain = text.plain.trimmingSpaces()
        // `**Query Parameters**` is a section heading written as a bold paragraph, `> Body parameter` as a caption.
        if text.codeSpans.isEmpty, plain.count < 60, let section = captionSection(String(plain), line: line) {
            state.section = section
            if section == .response, let status = Self.successStatus(in: String(plain)) {
                for index in state.operations.indices { state.operations[index].successStatus = status }
            }
            return
        }
        // `GET /assets/ID` or `GET /fields/contact` or `GET /fields/company`: a request line in a code span.
        // A few spans at most: a paragraph of many is prose, and reading it so would cost its length once per span.
        let spans = text.codeSpans.count <= 4 ? text.codeSpans.compactMap(requestLine) : []
        let rest = spans.isEmpty ? "" : text.codeSpans.reduce(String(plain)) { $0.replacingOccurrences(of: $1, with: "") }
        let joiners: Set<Substring> = ["or", "ou", "oder", ",", "and", "-", "*", "+"]
        if !spans.isEmpty, rest.split(separator: " ").allSatisfy(joiners.contains) {
            openInScope(spans, line: line, state: &state, reading: &reading)
            if let span = text.codeSpans.first(where: { requestLine($0) != nil }) { noteOrigin(of: span, in: &reading) }
            return
        }
        if plain.split(separator: " ").count <= 3, let request = requestLine(String(plain)) {
            openInScope([request], line: line, state: &state, reading: &reading)
            return
        }
        let folded = DocsVocabulary.fold(String(plain))
        // "Base API Endpoint: https://your-mautic.com/api", "All requests go to `https://api.example.com/v3`".
        let namesTheBase = ["base", "requests go to", "requests are sent to", "api root", "root url"]
        let url = plain.split(separator: " ").first { $0.hasPrefix("https://") || $0.hasPrefix("http://") }
        if reading.baseURL == nil, namesTheBase.contains(where: folded.contains) || state.expectsBaseURL, let url {
            reading.baseURL = String(url.trimmingCharacters(in: CharacterSet(charactersIn: ".,;)`")))
        }
        // "Base URLs:" alone, the URL in the list below it.
        state.expectsBaseURL = url == nil && folded.hasPrefix("base url") && plain.hasSuffix(":")
        guard !state.operations.isEmpty else { return }
        if folded.contains("response code") || folded.contains("status code") || folded.contains("expected response") {
            let numbers = plain.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            if let status = numbers.first(where: { (200..<300).contains($0) }) {
                state.operations[0].successStatus = status
            }
        }
        // "supply a JSON representation of a [user](../resources/user.md) object": the body is that object page's.
        let link = text.links.first { $0.target.hasSuffix(".md") || $0.target.contains("/resources/") }
        guard let link else { return }
        let name = objectName(of: link)
        let isList = folded.contains("collection") || folded.contains("array of") || folded.contains("list of")
        if state.section == .requestBody, folded.contains("json representation") || folded.contains("request body") {
            for index in state.operations.indices { state.operations[index].requestObject = isList ? "[\(name)]" : name }
        } else if state.section == .response, folded.contains("response body") {
            for index in state.operations.indices { state.operations[index].responseObject = isList ? "[\(name)]" : name }
        }
    }

    func code(info: String, text: String, line: Int, state: inout State, reading: inout DocsReading) {
        let lines = text.splitLines().map { String($0.trimmingSpaces()) }
        let first = lines.first { !$0.isEmpty } ?? ""
        let language = DocsVocabulary.fold(info).split(separator: " ").first.map(String.init) ?? ""
        if first.hasPrefix("HTTP/") {
            let status = first.split(separator: " ").dropFirst().first.flatMap { Int($0) }
            if let body = Self.body(after: lines, in: text) {
                sample(DocsSample(title: "Response \(status.map(String.init) ?? "")".trimmingSpaces().description,
                                  text: body.text,
                                  place: tables.place(line: line + body.line)), request: false, state: &state)
            }
            if let status, (200..<300).contains(status), let target = state.exampleTarget ?? (state.operations.isEmpty ? nil : 0),
               state.operations[target].successStatus == nil {
                state.operations[target].successStatus = status
            }
            return
        }
        if first.hasPrefix("curl ") || text.contains("curl ") && ["shell", "bash", "sh", "curl"].contains(language) {
            let curl = CurlExample(text: text)
            if curl.target != nil || curl.body != nil {
                let url = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "'" || $0 == "\"" })
                    .first { $0.hasPrefix("http://") || $0.hasPrefix("https://") }.map(String.init)
                example(curl.target, url: url, body: curl.body.map { ($0.text, $0.line - 1) }, line: line,
                        usesBearer: curl.usesBearer,
                        state: &state, reading: &reading)
            }
            return
        }
        let requests = lines.filter { !$0.isEmpty }.map(requestLine)
        if !requests.isEmpty, requests.allSatisfy({ $0 != nil }), !isExampleSection(state), !callsOpenOperation(requests, state) {
            openInScope(requests.compactMap { $0 }, line: line, state: &state, reading: &reading)
            noteOrigin(of: String(first), in: &reading)
            return
        }
        if let request = requestLine(first) {
            let url = first.split(separator: " ").dropFirst().first.map(String.init)
            example(request, url: url, body: Self.body(after: lines, in: text), line: line, usesBearer: text.contains("Bearer"),
                    state: &state, reading: &reading)
            return
        }
        let start = text.first { !$0.isWhitespace }
        if start == "{" || start == "[",
            language.isEmpty || language.hasPrefix("json") || language == "http" || language == "js" {
            // An error's answer is no sample of the call's body.
            if state.section == .errorAnswer { return }
            let isRequest: Bool
            switch state.section {
            case .requestBody, .example(request: true): isRequest = true
            default: isRequest = false
            }
            sample(DocsSample(title: state.title, text: text, place: tables.place(line: line)), request: isRequest, state: &state)
        }
    }

    func table(_ table: MarkdownTable, state: inout State) {
        let columns = table.header.map { DocsVocabulary.column($0.text.plain) }
        guard columns.contains(.name) else { return }
        var rows = tables.rows(of: table)
        if !columns.contains(.type) {
            // "Name|Description" under a parameters section: text parameters.
            guard case .parameters = state.section else { return }
            rows = tables.rows(of: table, untyped: true)
        }
        place(rows, line: table.line, state: &state)
    }

    /// A list item under a section of fields or parameters that names a field and its type: a row.
    func listRow(_ text: InlineText, line: Int, state: State) -> DocsRow? {
        switch state.section {
        case .parameters, .callParameters, .requestBody, .response, .properties, .nestedObject:
            page.lines.indices.contains(line - 1)
                ? DocsListRow.parse(text, markup: page.lines[line - 1], file: page.file, line: line) : nil
        default:
            nil
        }
    }

    /// The rows of the list just read, placed as a table's rows are.
    func placeList(_ state: inout State) {
        guard let line = state.listRows.first?.place.line else { return }
        let rows = state.listRows
        state.listRows = []
        place(rows, line: line, state: &state)
    }

    /// Rows of a table or list starting at `line`, where the section they stand in puts them.
    func place(_ rows: [DocsRow], line: Int, state: inout State) {
        switch state.section {
        case .parameters(let kind):
            guard kind != .header else {
                // Headers are the client's to send; one that carries a bearer token ("Authorization | Bearer
                // {token}. Required.", as Microsoft Graph's pages list it) says how calls authenticate.
                let bearer = rows.contains { row in
                    row.name.lowercased() == "authorization" && row.description.plain.lowercased().contains("bearer")
                }
                if bearer { for index in state.operations.indices { state.operations[index].usesBearer = true } }
                return
            }
            for index in state.operations.indices {
                state.operations[index].parameters += rows.map { row in
                    var row = row
                    row.kind = row.kind ?? kind ?? .query
                    return row
                }
            }
        case .requestBody:
            for index in state.operations.indices { state.operations[index].requestFields += rows }
            state.lastBodyIsRequest = true
        case .response:
            for index in state.operations.indices { state.operations[index].responseFields += rows }
            state.lastBodyIsRequest = false
        case .nestedObject(let name) where !state.operations.isEmpty:
            let structure = DocsStructure(title: "\(name) object", rows: rows, place: tables.place(line: line))
            for index in state.operations.indices {
                if state.lastBodyIsRequest {
                    state.operations[index].requestStructures.append(structure)
                } else {
                    state.operations[index].responseStructures.append(structure)
                }
            }
        case .nestedObject(let name):
            if state.object == nil {
                state.object = DocsObject(name: name, summary: "", rows: [], place: tables.place(line: line))
            }
            state.object?.rows += rows
        case .properties(let name):
            if !state.operations.isEmpty {
                // "Asset Properties" under an operation: its answer's object, or an object inside it.
                for index in state.operations.indices {
                    if state.operations[index].responseFields.isEmpty {
                        state.operations[index].responseFields = rows
                    } else {
                        let title = name ?? state.title
                        let structure = DocsStructure(title: title, rows: rows, place: tables.place(line: line))
                        state.operations[index].responseStructures.append(structure)
                    }
                }
            } else {
                let objectName = name ?? pageObjectName(state)
                if state.object == nil {
                    state.object = DocsObject(name: objectName, summary: "", rows: [], place: tables.place(line: line))
                }
                state.object?.rows += rows
            }
        case .requestLine, .title, .callParameters:
            // A table right under a request line (MkDocs, plain Markdown) or a bare "Parameters" heading lists the
            // call's parameters: in the body of a method with one, else in the query; the path's placeholders in
            // the path; where a kind column says, there.
            for index in state.operations.indices {
                let operation = state.operations[index]
                let hasBody = ["POST", "PUT", "PATCH"].contains(operation.method)
                let placeholders = Set(DraftBuilder.placeholders(operation.path))
                for var row in rows {
                    row.kind = row.kind ?? (placeholders.contains(row.name) ? .path : hasBody ? .body : .query)
                    if row.kind == .body {
                        state.operations[index].requestFields.append(row)
                    } else {
                        state.operations[index].parameters.append(row)
                    }
                }
            }
        case .example, .ignored, .errorAnswer:
            return
        }
    }

    /// The 2xx status a "Response 201" heading names, unless 200.
    static func successStatus(in heading: String) -> Int? {
        let status = heading.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            .first { (200..<300).contains($0) }
        return status == 200 ? nil : status
    }
}
