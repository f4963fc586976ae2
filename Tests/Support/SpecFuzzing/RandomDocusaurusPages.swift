import APISpec

/// The Docusaurus family of random docs: a page per operation (`# POST /path`,
/// "Required"/"Optional Parameters" tables with names in code spans, admonitions,
/// a `<RequestTabs request="…"/>` whose curl example holds the request sample,
/// a "Response" table and an example response), and object pages the tables
/// link to.
extension RandomDocs {
    mutating func docusaurus() -> Output {
        var pages: [(file: String, text: String)] = []
        var examples: [String: String] = [:]
        var objects: [String] = []
        for index in 0..<random.int(0...2) {
            let object = random.pick(["Contact", "Message", "Team", "Channel", "Source", "Self", "Type", "名前", "Item"]) + (index == 0 ? "" : "\(index)")
            objects.append(object)
            var lines = ["---", "title: \(object)", "sidebar_position: \(index + 1)", "---", "", "### \(object) Object", ""]
            lines += ["| Field | Type | Description |", "| :--- | :--- | :--- |"]
            for _ in 0..<random.int(1...5) {
                let row = row(siblings: [])
                lines.append("| `\(row.name)` | \(row.type) | \(row.description) |")
            }
            pages.append(("\(object.lowercased()).md", lines.joined(separator: "\n") + "\n"))
        }
        for index in 0..<random.int(1...3) {
            let method = random.pick(["GET", "POST", "PUT", "DELETE", "PATCH"])
            let resource = name(plain: true)
            let placeholder = random.chance(0.4) ? "uuid" : nil
            let path = "/\(resource)" + (placeholder.map { "/{\($0)}" } ?? "")
            var lines = ["---", "title: \(method) \(path)", "---", "", "import RequestTabs from \"@site/src/components/Requests/RequestTabs\"", "",
                         "# \(method) \(path)", ""]
            var required = (0..<random.int(0...3)).map { _ in row(siblings: []) }
            var optional = (0..<random.int(0...3)).map { _ in row(siblings: []) }
            if let placeholder { required.insert(Row(name: placeholder, type: "String", optional: nil, description: "Identifier", sample: nil), at: 0) }
            let names = (required + optional).map(\.name)
            for i in optional.indices where random.chance(0.3) { optional[i].description += " " + description(for: optional[i].name, siblings: names) }
            for (heading, rows) in [("Required Parameters", required), ("Optional Parameters", optional)] where !rows.isEmpty {
                lines += ["### \(heading)", "", "| Parameter | Type | Description |", "| :--- | :--- | :--- |"]
                lines += rows.map { "| `\($0.name)` | \(objectLink(objects) ?? $0.type) | \($0.description) |" }
                lines.append("")
                if random.chance(0.3), names.count >= 2 {
                    lines += [":::info", "Either `\(names[0])` or `\(names[1])` must be provided.", ":::", ""]
                }
            }
            let example = "example_\(index)"
            lines += ["### Example Request", "", "<RequestTabs endpoint='api' request=\"\(example)\"/>", ""]
            let body = sample(required + optional, nested: [:], kind: nil, kindRows: [])
            let target = random.chance(0.9) ? path.replacingOccurrences(of: "{uuid}", with: "abc") : "/other"
            examples[example] = "```bash\ncurl -X \(method) \"https://api.example.com/v1\(target)\" \\\n  -H \"Authorization: Bearer x\" \\\n"
                + "  -H \"Content-Type: application/json\" \\\n  -d '\(body)'\n```\n"
            if random.chance(0.8) {
                let answer = (0..<random.int(1...3)).map { _ in row(siblings: []) }
                lines += ["### Response", "", "| Parameter | Type | Description |", "| :--- | :--- | :--- |"]
                lines += answer.map { "| \($0.name) | \(objectLink(objects) ?? $0.type) | \($0.description) |" }
                lines += ["", "### Example Response", "", "```json title=response.json", sample(answer, nested: [:], kind: nil, kindRows: []), "```", ""]
            }
            pages.append(("\(method.lowercased())_\(resource)_\(index).md", lines.joined(separator: "\n") + "\n"))
        }
        return Output(pages: pages, examples: examples)
    }

    /// Sometimes a link to one of the object pages, as a type column writes it.
    mutating func objectLink(_ objects: [String]) -> String? {
        guard !objects.isEmpty, random.chance(0.25) else { return nil }
        let object = random.pick(objects)
        return "[\(object)](/api/reference/object_types/\(object.lowercased()))"
    }

    /// The pages and examples as one text, for a report.
    public static func listing(_ output: Output) -> String {
        (output.pages.map { "--- \($0.file)\n\($0.text)" } + output.examples.sorted { $0.key < $1.key }.map { "--- examples/\($0.key).sh.md\n\($0.value)" })
            .joined(separator: "\n")
    }
}
