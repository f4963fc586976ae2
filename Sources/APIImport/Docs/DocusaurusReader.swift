import Foundation

/// Docusaurus reference pages (Callbell): an operation page is titled by its
/// request line (`# POST /messages/send`), lists "Required Parameters" and
/// "Optional Parameters", a "Response" table and "Example Response" code
/// blocks; example requests are `<RequestTabs request="name"/>` components
/// whose curl command lives in `examples/name.sh.md` beside the page. An
/// object page is a "`X` Object" heading over a Field/Type/Description table.
struct DocusaurusReader {
    let page: MarkdownPage
    let tables: DocsTableReading
    /// Reads an example file by name; nil when it is not there.
    let example: (String) -> (text: String, file: String)?
    /// The request line the front matter's title states (`title: GET /contact/{uuid}`): where the page's heading
    /// says another path of the same method (a typo), the title's stands.
    var titleRequest: (method: String, path: String)?

    init(page: MarkdownPage, example: @escaping (String) -> (text: String, file: String)?, title: String? = nil) {
        self.page = page
        self.tables = DocsTableReading(file: page.file)
        self.example = example
        self.titleRequest = title.flatMap(RequestLine.parse)
    }

    static func recognizes(_ text: String) -> Bool {
        text.contains("sidebar_position") || text.contains("@site/") || text.contains("<RequestTabs")
            || text.splitLines().contains { line in line.hasPrefix("# ") && RequestLine.parse(String(line.dropFirst(2))) != nil }
    }

    func read(into reading: inout DocsReading) {
        var current: DocsOperation?
        var object: DocsObject?
        var section = DocsVocabulary.Section.other
        var heading = ""
        for block in page.blocks {
            switch block {
            case .heading(let level, let text, let line):
                heading = text.plain
                if level == 1, var request = RequestLine.parse(text.plain) {
                    finish(current, into: &reading)
                    if let title = titleRequest, title.method == request.method, title.path != request.path {
                        reading.warnings.append(ImportWarning(
                            .headingDisagreesWithTitle,
                                "the heading says \(request.method) \(request.path), the front matter's title "
                                + "\(title.method) \(title.path); the title's path is used", place: tables.place(line: line)))
                        request.path = title.path
                    }
                    section = .other
                    current = DocsOperation(method: request.method, path: request.path, title: text.plain, summary: "",
                                            group: String(request.path.split(separator: "/").first ?? ""), place: tables.place(line: line))
                    continue
                }
                if let name = objectName(text.plain) {
                    object = DocsObject(name: name, summary: "", rows: [], place: tables.place(line: line))
                    continue
                }
                let kind = DocsVocabulary.section(of: text.plain)
                section = kind
            case .paragraph(let text, let line):
                if current != nil, current?.summary.isEmpty == true, section == .other { current?.summary = text.plain }
                if current != nil, section == .other { current?.prose.append(DocsProse(heading: heading, text: text, place: tables.place(line: line))) }
                if object != nil, object?.summary.isEmpty == true { object?.summary = text.plain }
                if section == .responseBody, let status = noContentStatus(text.plain) { current?.successStatus = status }
            case .table(let table):
                guard DocsTableReading.isFieldTable(table) else { continue }
                if current == nil, object != nil {
                    object?.rows += tables.rows(of: table)
                    continue
                }
                switch section {
                case .requiredParameters: current?.parameters += tables.rows(of: table, optional: false)
                case .optionalParameters, .parameters: current?.parameters += tables.rows(of: table, optional: section == .parameters ? nil : true)
                case .responseBody: current?.responseFields += tables.rows(of: table)
                default: continue
                }
            case .code(let info, let text, let line):
                if current == nil, reading.baseURL == nil, text.hasPrefix("https://"), !text.contains(" ") {
                    reading.baseURL = String(text.trimmingSpaces())
                } else if current != nil, info.hasPrefix("json"), section == .sample || section == .responseBody {
                    current?.responseSamples.append(DocsSample(title: heading, text: text, place: tables.place(line: line)))
                }
            case .directive(_, let text, _):
                guard current != nil, let name = requestTabsName(text), let found = example(name) else { continue }
                let curl = CurlExample(text: found.text)
                if curl.usesBearer { current?.usesBearer = true }
                if let target = curl.target, let operation = current, !RequestLine.matches(operation.path, target.path) || target.method != operation.method {
                    reading.warnings.append(ImportWarning(
                        .exampleOfAnotherPath, "example calls \(target.method) \(target.path), not \(operation.method) \(operation.path); its body is not used as a sample",
                        place: DocsPlace(file: found.file, line: 2, column: 1)))
                } else if let body = curl.body {
                    current?.requestSamples.append(DocsSample(title: heading, text: body.text,
                                                              place: DocsPlace(file: found.file, line: body.line, column: 1)))
                }
            }
        }
        finish(current, into: &reading)
        if let object, !object.rows.isEmpty { reading.objects.append(object) }
    }

    /// Places each parameter: in the path when the path names it, else in the body of a method with
    /// one, else in the query.
    func finish(_ operation: DocsOperation?, into reading: inout DocsReading) {
        guard var operation else { return }
        let hasBody = operation.method == "POST" || operation.method == "PUT" || operation.method == "PATCH"
        let placeholders = Set(operation.path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) })
        for index in operation.parameters.indices {
            let name = operation.parameters[index].name
            operation.parameters[index].kind = placeholders.contains(name) ? .path : hasBody ? .body : .query
        }
        operation.requestFields = operation.parameters.filter { $0.kind == .body }
        operation.parameters.removeAll { $0.kind == .body }
        reading.operations.append(operation)
    }

    /// "Contact Object", "`MessageSendRequest` Object", "Objet Contact".
    func objectName(_ heading: String) -> String? {
        let words = heading.split(separator: " ")
        guard words.count == 2 else { return nil }
        if words[1] == "Object" { return String(words[0]) }
        if words[0] == "Objet" { return String(words[1]) }
        return nil
    }

    func requestTabsName(_ text: String) -> String? {
        guard text.hasPrefix("<RequestTabs"), let range = text.range(of: "request=\"") else { return nil }
        let rest = text[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// "returns a 204 No Content status code".
    func noContentStatus(_ text: String) -> Int? {
        let numbers = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        return numbers.first { (200..<300).contains($0) }
    }
}

/// The parts of a curl example a spec needs: its JSON body and whether it
/// sends a bearer token.
struct CurlExample {
    var body: (text: String, line: Int)?
    var usesBearer = false
    /// Method and path of the URL it calls.
    var target: (method: String, path: String)?

    init(text: String) {
        usesBearer = text.contains("Authorization: Bearer")
        let lines = text.splitLines()
        if let call = lines.first(where: { $0.contains("curl ") }) {
            let words = call.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
            let method = words.firstIndex(of: "-X").flatMap { $0 + 1 < words.count ? words[$0 + 1] : nil } ?? "GET"
            if let url = words.first(where: { $0.hasPrefix("http") }) { target = RequestLine.parse("\(method) \(url)") }
        }
        guard let start = lines.firstIndex(where: { $0.contains("-d '") || $0.contains("--data '") }) else { return }
        let opening = lines[start]
        var collected = [String(opening[opening.range(of: "'")!.upperBound...])]
        var index = start + 1
        while index < lines.count, !collected.last!.contains("'") {
            collected.append(String(lines[index]))
            index += 1
        }
        var joined = collected.joined(separator: "\n")
        if let close = joined.lastIndex(of: "'") { joined = String(joined[..<close]) }
        body = (joined, start + 1)
    }
}
