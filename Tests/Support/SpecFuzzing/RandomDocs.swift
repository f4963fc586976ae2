import APISpec
import SeededRandomness

/// Random docs pages in the families `apigen import` reads. Microsoft
/// Docs: request lines, parameter and body tables (with and without an
/// optional column, in three languages), per-kind tables beside a kind
/// field, nested object tables. Docusaurus (`RandomDocusaurusPages.swift`):
/// required and optional parameter sections, object pages, curl examples.
/// Slate, Microsoft Graph, MkDocs and plain Markdown (`RandomMarkdownPages.swift`):
/// request lines of every form, columns in any order, `http` exchanges.
/// Both: descriptions stating limits, defaults, enums, formats and rules,
/// and samples that agree with the tables or not (missing and extra keys,
/// other kinds, mixed lists, JavaScript literals). Names come from the
/// landmine vocabulary. Each seed gives the same pages: what a new user's
/// first import of an unseen API may look like.
public struct RandomDocs {
    var random: SeededRandom

    public init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    /// The pages of one seed, and the curl examples Docusaurus pages name (by example name).
    public struct Output {
        public var pages: [(file: String, text: String)]
        public var examples: [String: String]
    }

    public static func make(seed: UInt64) -> Output {
        var generator = RandomDocs(seed: seed)
        if generator.random.chance(0.4) { return generator.docusaurus() }
        if generator.random.chance(0.4) { return generator.markdownFamilies() }
        var pages = (0..<generator.random.int(1...3)).map { index in generator.page(index) }
        if generator.random.chance(0.2) { pages.append(generator.payloadPage()) }
        return Output(pages: pages, examples: [:])
    }

    /// `<span>translation</span><span class="sxs-lookup">original</span>`, for a name on a translated page.
    mutating func shown(_ name: String, translating: Bool) -> String {
        guard translating else { return name }
        let word = random.pick(["nom", "abonnés", "contenu", "Abonnenten", "valeur", name])
        let id = "a\(random.int(100...999))-\(random.int(1...99))"
        return "<span data-ttu-id=\"\(id)\">\(word)</span><span class=\"sxs-lookup\"><span data-stu-id=\"\(id)\">\(name)</span></span>"
    }

    /// A page describing what the API posts to a webhook: a body table and samples, no request line.
    mutating func payloadPage() -> (file: String, text: String) {
        var lines = ["# Webhook response schema", "", "Kaizala posts this for each event.", ""]
        lines += body(heading: "Response Body", request: false).map { $0.hasPrefix("### Response Body") ? "## Response Body" : $0 }
        return ("EventSchema.md", lines.joined(separator: "\n") + "\n")
    }

    /// A field of a table as the docs write it, and what its sample values look like.
    struct Row {
        var name: String
        var type: String
        var optional: String?
        var description: String
        /// The JSON a sample sends for it; nil for a field samples never show.
        var sample: String?
    }

    mutating func page(_ index: Int) -> (file: String, text: String) {
        let resource = name(plain: true)
        var lines = ["---", "title: /\(resource)", "description: random page \(index)", "---", "# /\(resource)", ""]
        for operation in 0..<random.int(1...3) {
            lines += self.operation(resource: resource, index: operation)
        }
        return ("page\(index).md", lines.joined(separator: "\n") + "\n")
    }

    mutating func operation(resource: String, index: Int) -> [String] {
        let method = random.pick(["GET", "POST", "PUT", "DELETE", "PATCH"])
        let placeholder = random.chance(0.5) ? name(plain: true) : nil
        var path = "/\(resource)"
        if let placeholder { path += "/{\(placeholder)}" }
        if random.chance(0.3) { path += "/" + name(plain: true) }
        var lines = ["## \(method) \(path)", "", "      \(method) {endpoint-url}/v1\(path)", ""]
        lines += ["### " + random.pick(["Request Parameters", "Paramètres de la demande", "Anforderungsparameter"]), ""]
        let german = random.chance(0.2)
        lines += german ? ["|  | Parameter | Typ | Optional? | Beschreibung |", "| :---: | :---: | :---: | :---: | :--- |"]
            : ["|  | Parameter | Type | Optional? | Description |", "| :---: | :---: | :---: | :---: | :--- |"]
        if let placeholder {
            lines.append("| \(german ? "URL-Pfad-Parameter" : "URL Path Parameter") | \(placeholder) | String | \(german ? "Nein" : "No") | \(description(for: placeholder, siblings: [])) |")
        }
        lines.append("| \(german ? "HTTP-Header" : "HTTP Header") | accessToken | String | No | Access token from the token end-point |")
        if random.chance(0.15) { lines.append("| HTTP Header | Content-Type | String | No | To indicate that a file is being uploaded. value: multipart/form-data |") }
        for _ in 0..<random.int(0...2) {
            let query = name(plain: false)
            lines.append("| URL Query Parameter | \(query) | \(typeWord()) | \(random.pick(["Yes", "No", "Oui", "Nein"])) | \(description(for: query, siblings: [])) |")
        }
        lines.append("")
        if method != "GET", method != "DELETE" || random.chance(0.3) {
            lines += body(heading: random.pick(["Request body", "Corps de la requête", "Anforderungstext"]), request: true)
        }
        if random.chance(0.8) {
            lines += body(heading: random.pick(["Response body", "Corps de la réponse", "Antworttext"]), request: false)
        }
        return lines
    }

    /// A body's table, the tables of its nested objects or of a per-kind content, and its samples.
    mutating func body(heading: String, request: Bool) -> [String] {
        var rows = (0..<random.int(1...6)).map { _ in row(siblings: []) }
        let names = rows.map(\.name)
        for index in rows.indices where random.chance(0.3) {
            rows[index].description += " " + description(for: rows[index].name, siblings: names)
        }
        let withOptionalColumn = random.chance(0.6)
        let translating = random.chance(0.15)
        var lines = ["### \(heading)", ""]
        lines += withOptionalColumn
            ? ["| Parameter | Type | Optional? | Description |", "| :---: | :---: | :---: | :--- |"]
            : ["| Parameter | Type | Description |", "| :---: | :---: | :--- |"]
        // A kind field beside a content with a table per kind.
        var kinds: [String] = []
        if random.chance(0.3) {
            kinds = (0..<random.int(2...3)).map { _ in name(plain: true).capitalized }
            rows.append(Row(name: "actionType", type: "String", optional: "No", description: "Enum: " + kinds.joined(separator: "/"), sample: nil))
            rows.append(Row(name: "actionBody", type: random.pick(["JSON Object", "JSON object array specific to the action type"]), optional: "No",
                            description: "Data for the kind of action", sample: nil))
        }
        for row in rows {
            let name = shown(row.name, translating: translating)
            lines.append(withOptionalColumn
                ? "| \(name) | \(row.type) | \(row.optional ?? "No") | \(row.description) |"
                : "| \(name) | \(row.type) | \(row.description) |")
        }
        lines.append("")
        var nested: [String: [Row]] = [:]
        for row in rows where row.type.lowercased().contains("object") && row.name != "actionBody" && random.chance(0.6) {
            let inner = (0..<random.int(1...3)).map { _ in self.row(siblings: []) }
            nested[row.name] = inner
            lines += ["##### Structure for \(row.name) object", "", "| Parameter | Type | Optional? | Description |", "| :---: | :---: | :---: | :--- |"]
            lines += inner.map { "| \($0.name) | \($0.type) | \($0.optional ?? "No") | \($0.description) |" }
            lines.append("")
        }
        var perKind: [String: [Row]] = [:]
        for kind in kinds {
            let inner = (0..<random.int(1...3)).map { _ in self.row(siblings: []) }
            perKind[kind] = inner
            lines += ["#### actionBody for a \(kind) Action", "", "| Parameter | Type | Optional? | Description |", "| :---: | :---: | :---: | :--- |"]
            lines += inner.map { "| \($0.name) | \($0.type) | \($0.optional ?? "No") | \($0.description) |" }
            lines.append("")
        }
        for index in 0..<random.int(0...2) {
            let kind = kinds.isEmpty ? nil : random.pick(kinds)
            lines += ["#### Sample JSON \(request ? "Request" : "Response") \(index)", "", "```" + random.pick(["json", "javascript", ""])]
            lines.append(sample(rows, nested: nested, kind: kind, kindRows: kind.flatMap { perKind[$0] } ?? []))
            lines += ["```", ""]
        }
        return lines
    }

    mutating func row(siblings: [String]) -> Row {
        let name = name(plain: false)
        let type = typeWord()
        return Row(name: name, type: type, optional: random.pick(["Yes", "No", "Oui", "Non", "Ja", "Nein", "", "Optional"]),
                   description: description(for: name, siblings: siblings), sample: sampleValue(type))
    }

    /// A name from the landmine vocabulary, made fit for a table cell; `plain` for path segments.
    mutating func name(plain: Bool) -> String {
        if plain { return random.pick(["things", "groups", "items", "orders", "webhook", "media", "x1", "名前", "class", "self"]) }
        let name = random.pick(Landmines.wireNames + ["groupId", "actionId", "objectId", "mobileNumber", "callbackUrl", "reactionsCountMap", "uuid",
                                                      "channel_uuid", "createdAt", "sentAt", "validity", "duration", "Choices", "Place"])
        let cleaned = String(name.map { "|\n\r`".contains($0) ? "_" : $0 }).trimmingCharacters(in: .whitespaces)
        return cleaned.isEmpty ? "blank" : cleaned
    }

    mutating func typeWord() -> String {
        random.pick(["String", "string", "Chaîne", "Zeichenfolge", "Boolean", "Bool", "Boolescher Wert", "Booléen", "Long", "int", "Integer",
                     "Numeric", "Double", "Float", "String[]", "Array", "JSON Object", "Json object", "JSON Object Array", "object[]",
                     "DateTime", "DateTime (epoch time)", "GUID", "url", "Location object", "[Contact](contact.md)", "Contact", "Foo Bar", "",
                     "Enum", "Array of string", "List of int"])
    }

    /// Prose that states facts in the ways the docs do, and texts that break naive code.
    mutating func description(for name: String, siblings: [String]) -> String {
        var parts: [String] = [random.pick(Landmines.texts.map { String($0.map { "|\n\r".contains($0) ? " " : $0 }) })]
        for _ in 0..<random.int(0...2) {
            let other = siblings.isEmpty ? "other" : random.pick(siblings)
            parts.append(random.pick([
                "Max 1000 characters", "max. 1.000 Zeichen", "limite maximale de 1 000 caractères", "Max limit of 4000 Characters",
                "Default: false", "Default: 30 mins. Number of minutes", "Default is 2 years", "Par défaut : true", "Standard: 10",
                "Enum: Red/Green/Blue", "Enum value: 'Like'/'Comment'", "Valid values: `a`, `b`", "Supported values: `contact,conversation`",
                "Accepts either `bot_start` or `bot_end`", "Either of \(name) or \(other) should be specified",
                "Required if `\(other)` is not provided", "Mandatory for Red and Blue", "mandatory only for reactionType 'Comment'",
                "GUID representing the thing", "HTTPS URL told about changes", "Mobile number with country code", "ISO 8601 time",
                "The value is Null till set", "Max: 50", "Min: 1", "key-value pairs", "Email of the user", "in epoch milliseconds",
                "String array", "Optional", "Default: Access token's user will be added",
            ]))
        }
        return parts.joined(separator: ". ")
    }

    /// What a sample sends for a type word: usually its kind, sometimes another.
    mutating func sampleValue(_ type: String) -> String? {
        if random.chance(0.15) { return nil }
        if random.chance(0.1) { return random.pick(["null", "\"\"", "[]", "{}", "1.5", "\"{placeholder}\"", "[1, \"two\", [3], {\"n\": 4}]"]) }
        let lowered = type.lowercased()
        if lowered.contains("[]") || lowered.contains("array") || lowered.contains("list") {
            return random.pick(["[\"a\", \"b\"]", "[1, 2]", "[{\"x\": 1}]", "[]", "[\"+911234567890\"]"])
        }
        if lowered.contains("object") || lowered.contains("contact") { return random.pick(["{\"x\": 1}", "{\"+91\": {\"isAdded\": true}}", "{\"lt\": 1, \"n\": \"a\"}"]) }
        if lowered.contains("bool") { return random.pick(["true", "false", "\"true\""]) }
        if ["long", "int", "integer", "numeric", "double", "float"].contains(where: lowered.contains) {
            return random.pick(["1", "1481180806", "1529573303063", "2.5", "-7", "99999999999"])
        }
        if lowered.contains("date") { return random.pick(["1481180806", "\"2017-05-17T07:04:41Z\"", "1529573303063"]) }
        return random.pick(["\"text\"", "\"853654b2-5874-462d-b709-0c4e43a7083f\"", "\"72e91-f3-4e7b-84eb-4e228406fb9b\"", "\"https://example.com/a.png\"",
                            "\"+911234567890\"", "\"ada@example.com\"", "\"Red\"", "\"74943849802190eaea3810\"", "\"\""])
    }

    /// A sample of a body: most rows, sometimes extra keys, sometimes in JavaScript's looser syntax.
    mutating func sample(_ rows: [Row], nested: [String: [Row]], kind: String?, kindRows: [Row]) -> String {
        var members: [String] = []
        func member(_ key: String, _ value: String, loose: Bool) -> String {
            let quotedKey = loose && key.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "_") }) ? key : JSONNode.quoted(key)
            return "\(quotedKey): \(value)"
        }
        let loose = random.chance(0.3)
        for row in rows where row.name != "actionType" && row.name != "actionBody" {
            guard var value = row.sample, random.chance(0.85) else { continue }
            if let inner = nested[row.name], random.chance(0.7) {
                let fields = inner.compactMap { field in field.sample.map { member(field.name, $0, loose: loose) } }
                value = "{" + fields.joined(separator: ", ") + "}"
                if row.type.lowercased().contains("array") || row.type.contains("[]") { value = "[\(value)]" }
            }
            members.append(member(row.name, value, loose: loose))
        }
        if let kind {
            members.append(member("actionType", JSONNode.quoted(kind), loose: loose))
            let fields = kindRows.compactMap { field in field.sample.map { member(field.name, $0, loose: loose) } }
            members.append(member("actionBody", "{" + fields.joined(separator: ", ") + "}", loose: loose))
        }
        if random.chance(0.3) { members.append(member(name(plain: false), sampleValue("String") ?? "\"x\"", loose: loose)) }
        let trailing = loose && random.chance(0.5) ? "," : ""
        let comment = loose && random.chance(0.3) ? " // a comment" : ""
        return "{\n  " + members.joined(separator: ",\n  ") + trailing + comment + "\n}"
    }
}
