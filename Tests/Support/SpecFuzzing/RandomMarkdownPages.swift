import APISpec

/// The families the general Markdown reader serves, at random: Slate
/// (samples before a code-span request line with upper-case placeholders,
/// tables without outer pipes, bold sub-sections), Microsoft Graph (request
/// lines in an `http` block, repeated placeholders, `HTTP/1.1` examples,
/// bodies by reference to a resource page), MkDocs (request-line headings of
/// any level) and plain Markdown (curl calls, columns in any order and
/// language, escaped pipes, link type cells).
extension RandomDocs {
    mutating func markdownFamilies() -> Output {
        let style = random.int(0...3)
        var pages: [(file: String, text: String)] = []
        if style == 1, random.chance(0.7) { pages.append(resourcePage()) }
        for index in 0..<random.int(1...2) {
            var lines: [String]
            switch style {
            case 0: lines = ["---", "title: API \(index)", "language_tabs:", "  - json", "---", "", "## Things \(index)", ""]
            case 1: lines = ["---", "title: \"Thing call \(index)\"", "doc_type: apiPageType", "---", "", "# Thing call \(index)", "",
                             "Namespace: microsoft.graph", ""]
            case 2: lines = ["# Things \(index)", "", "!!! note", "    Every call needs a token.", ""]
            default: lines = ["# Things \(index)", ""]
            }
            for operation in 0..<random.int(1...3) { lines += markdownOperation(style: style, index: operation) }
            pages.append(("_api_endpoint_things\(index).md", lines.joined(separator: "\n") + "\n"))
        }
        return Output(pages: pages, examples: [:])
    }

    /// A Graph resource page: a Properties table under "widget resource type".
    mutating func resourcePage() -> (file: String, text: String) {
        var lines = ["---", "title: \"widget resource type\"", "doc_type: resourcePageType", "---", "", "# widget resource type", "",
                     "## Properties", "| Property | Type | Description |", "|:--|:--|:--|"]
        for _ in 0..<random.int(1...5) {
            let row = row(siblings: [])
            lines.append("|\(row.name)|\(row.type)|\(row.description)|")
        }
        return ("resources/widget.md", lines.joined(separator: "\n") + "\n")
    }

    mutating func markdownOperation(style: Int, index: Int) -> [String] {
        let method = random.pick(["GET", "POST", "PUT", "DELETE", "PATCH"])
        let resource = name(plain: true)
        var path = "/\(resource)"
        if random.chance(0.5) { path += style == 0 ? "/ID" : "/{id}" }
        if random.chance(0.3) { path += "/" + name(plain: true) + (style == 0 ? "/ID" : "/{id}") }
        let hasBody = ["POST", "PUT", "PATCH"].contains(method)
        let rows = (0..<random.int(1...5)).map { _ in row(siblings: []) }
        let responseRows = (0..<random.int(0...4)).map { _ in row(siblings: []) }
        let answer = sample(responseRows, nested: [:], kind: nil, kindRows: [])
        var lines = ["### Thing call \(index)", ""]
        switch style {
        case 0:
            if random.chance(0.8) { lines += ["```json", answer, "```", ""] }
            lines += ["#### HTTP Request", "", "`\(method) \(path)`" + (random.chance(0.2) ? " or `\(method) \(path)/x`" : ""), ""]
        case 1:
            lines += ["## HTTP request", "```http", "\(method) \(path)", "\(method) /users/{id | userPrincipalName}\(path)", "```", ""]
        case 2:
            lines = ["\(String(repeating: "#", count: random.int(2...5))) \(method) \(path)", ""]
        default:
            if random.chance(0.5) {
                lines += ["```shell", "curl -X \(method) https://api.example.com/v1\(path.replacingOccurrences(of: "{id}", with: "42"))", "```", ""]
            } else {
                lines += ["`\(method) \(path)`", ""]
            }
        }
        let section = hasBody ? random.pick(["**Post Parameters**", "## Request body", "#### Corps de la requête"])
            : random.pick(["**Query Parameters**", "## Query parameters", "#### Abfrageparameter"])
        lines += [section, ""] + table(rows, bare: style == 0 || random.chance(0.2)) + [""]
        if style == 1, hasBody, random.chance(0.5) {
            lines += ["In the request body, supply a JSON representation of a [widget](../resources/widget.md) object.", ""]
        }
        if style != 0 || random.chance(0.3) {
            let status = random.pick(["200 OK", "201 Created", "202 Accepted"])
            lines += ["## Response", ""] + (responseRows.isEmpty ? [] : table(responseRows, bare: style == 0) + [""])
            lines += random.chance(0.6) ? ["```http", "HTTP/1.1 \(status)", "Content-type: application/json", "", answer, "```", ""]
                : ["```json", answer, "```", ""]
        }
        return lines
    }

    /// A field table with its columns in any order and language, sometimes without outer pipes; cells with
    /// escaped pipes and types written as links.
    mutating func table(_ rows: [Row], bare: Bool) -> [String] {
        let headers = [random.pick(["Name", "Champ", "Feld", "Property"]), random.pick(["Type", "Typ"]),
                       random.pick(["Required", "Obligatoire", "Erforderlich"]), random.pick(["Description", "Beschreibung"])]
        let order = random.chance(0.5) ? [0, 1, 2, 3] : [1, 3, 0, 2]
        func line(_ cells: [String]) -> String {
            let joined = order.map { cells[$0] }.joined(separator: " | ")
            return bare ? joined : "| \(joined) |"
        }
        var lines = [line(headers), line(["---", "---", "---", "---"])]
        for row in rows {
            let type = random.chance(0.15) ? "[Contact[]](/api/reference/contact)" : row.type
            let description = random.chance(0.2) ? row.description + " (`a\\|b`)" : row.description
            lines.append(line([row.name, type, random.pick(["yes", "no", "oui", "nein", ""]), description]))
        }
        return lines
    }
}
