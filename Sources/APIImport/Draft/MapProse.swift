import APISpec

/// Paragraphs under a heading that names a field ("Metadata Limitations")
/// may say it is a map of key-value pairs and bound its size, its keys and
/// its values: "up to 10 key-value pairs. The key must be … a maximum
/// length of 50 characters, and the value … 500 characters."
extension DraftBuilder {
    static let keyValueWords = ["key-value", "key/value", "cle-valeur", "cle/valeur", "schlussel-wert", "schlussel/wert"]

    func proseAbout(_ name: String, _ context: Context) -> [DocsProse] {
        context.prose.filter { mentions($0.heading, name) }
    }

    static func saysKeyValue(_ text: InlineText) -> Bool {
        let folded = DocsVocabulary.fold(text.plain)
        return keyValueWords.contains { folded.contains($0) }
    }

    /// Limits the paragraphs state for a map: its size, and its keys' and values' lengths, clause by clause.
    func mapLimits(_ prose: [DocsProse], into limits: inout Constraints, notes: inout [String]) {
        for paragraph in prose {
            let clauses = paragraph.text.plain.split(whereSeparator: { ".;".contains($0) }).flatMap { $0.components(separatedBy: ", and ") }
            for clause in clauses {
                let facts = ProseFacts(InlineText(markup: clause[...], column: 1))
                let folded = DocsVocabulary.fold(clause)
                let place = paragraph.place.short
                if let fact = facts.maxItems, limits.maxItems == nil {
                    limits.maxItems = fact.value
                    notes.append("maxItems \(fact.value) from '\(fact.phrase)' (\(place)).")
                }
                guard let length = facts.maxLength else { continue }
                let part: WritableKeyPath<Constraints, Box<Constraints>?>?
                    = ["key", "cle", "schlussel"].contains(where: { Self.containsWord(folded, $0) }) ? \.keys
                    : ["value", "valeur", "wert"].contains(where: { Self.containsWord(folded, $0) }) ? \.items : nil
                guard let part, limits[keyPath: part] == nil else { continue }
                var held = Constraints()
                held.maxLength = length.value
                limits[keyPath: part] = Box(held)
                let what = part == \.keys ? "keys" : "items"
                notes.append("\(what) maxLength \(length.value) from '\(length.phrase)' (\(place)).")
            }
        }
    }
}
