import APISpec

/// A rule tying an object's fields together, as its docs state it.
struct DraftRule: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case anyOf([String])
        case requiredWhen(field: String, when: String, values: [String])
    }
    var kind: Kind
    var place: DocsPlace

    /// One rule however many rows state it.
    static func == (lhs: DraftRule, rhs: DraftRule) -> Bool {
        switch (lhs.kind, rhs.kind) {
        case (.anyOf(let left), .anyOf(let right)): Set(left) == Set(right)
        case (.requiredWhen(let field, _, _), .requiredWhen(let other, _, _)): field == other
        default: false
        }
    }
}

/// Rules from descriptions, each with a note naming the line:
/// - "Either of actionType or Id should be specified", "Required if `bsuid` is not provided": `anyOf`, both fields
///   optional. A name may be the tag of the object's inline union (`actionType`), which stays required: an inline
///   union is always sent.
/// - "Mandatory for SingleOption and MultiOption question type", "mandatory only for reactionType 'Comment'": values
///   of one sibling enum make the field `requiredWhen` that sibling has them; the field is optional otherwise.
extension DraftBuilder {
    /// Words that open "either A or B" and join its two names, in English, French and German.
    static let eitherWords: Set<String> = ["either", "soit", "entweder"]
    static let orWords: Set<String> = ["or", "ou", "soit", "oder"]
    /// "required if B is not provided": the words before B, and the negation after it.
    static let requiredIfWords: [[String]] = [["required", "if"], ["requis", "si"], ["obligatoire", "si"], ["erforderlich", "wenn"]]
    static let notWords: Set<String> = ["not", "pas", "nicht", "absent", "missing"]
    static let mandatoryWords: Set<String> = ["mandatory", "required", "obligatoire", "requis", "erforderlich", "pflicht"]

    mutating func inferRules(_ rows: [DocsRow], _ fields: inout [DraftField]) {
        // Names a rule may give: the fields, and the tag of an inline union (which stands for the union).
        var owners: [String: Int] = [:]
        for (index, field) in fields.enumerated() {
            owners[field.name.lowercased()] = index
            if field.isInline, case .taggedUnion(let tag, _, _)? = registry.type(of: field.type)?.kind {
                owners[tag.lowercased()] = index
            }
        }
        func spelled(_ word: String) -> String? {
            guard let index = owners[word.lowercased()] else { return nil }
            if fields[index].name.lowercased() == word.lowercased() { return fields[index].name }
            if case .taggedUnion(let tag, _, _)? = registry.type(of: fields[index].type)?.kind { return tag }
            return nil
        }
        for row in rows {
            guard let index = owners[row.name.lowercased()], fields[index].name == row.name else { continue }
            let words = Self.words(row.description.plain)
            var rules: [DraftRule] = []
            for names in Self.eitherPairs(words, spelled) + Self.requiredIfPairs(words, row: row.name, spelled) {
                rules.append(DraftRule(kind: .anyOf(names), place: row.descriptionPlace))
            }
            let sentences = row.description.plain.split(whereSeparator: { ".;".contains($0) }).map { Self.words(String($0)) }
            let siblings = fields
            if let (when, values) = sentences.compactMap({ requiredWhen($0, field: row.name, among: siblings) }).first {
                rules.append(DraftRule(kind: .requiredWhen(field: row.name, when: when, values: values), place: row.descriptionPlace))
            }
            for rule in rules where !fields[index].rules.contains(rule) {
                fields[index].rules.append(rule)
                let names: [String] = switch rule.kind {
                case .anyOf(let names): names
                case .requiredWhen(let field, _, _): [field]
                }
                for name in names {
                    guard let target = owners[name.lowercased()], !fields[target].optional, !fields[target].isInline else { continue }
                    fields[target].optional = true
                    fields[target].isRequiredBySamples = false
                    let written = SpecWriter.json(of: rule.rule).compact
                    fields[target].notes.append("Optional but for a rule: \(written) (\(rule.place.short)).")
                }
            }
        }
    }

    /// "either (of) A or B" with A and B names of the object.
    static func eitherPairs(_ words: [String], _ spelled: (String) -> String?) -> [[String]] {
        var pairs: [[String]] = []
        for (index, word) in words.enumerated() where eitherWords.contains(word.lowercased()) {
            var next = index + 1
            if next < words.count, ["of", "de"].contains(words[next].lowercased()) { next += 1 }
            guard next + 2 < words.count, orWords.contains(words[next + 1].lowercased()),
                  let first = spelled(words[next]), let second = spelled(words[next + 2]), first != second else { continue }
            pairs.append([first, second])
        }
        return pairs
    }

    /// "required if B is not provided" in the row of A.
    static func requiredIfPairs(_ words: [String], row: String, _ spelled: (String) -> String?) -> [[String]] {
        var pairs: [[String]] = []
        for opening in requiredIfWords {
            for index in words.indices.dropLast(opening.count) where words[index..<(index + opening.count)].map({ $0.lowercased() }) == opening {
                let after = index + opening.count
                guard let other = spelled(words[after]), let mine = spelled(row), other != mine,
                      words[(after + 1)..<min(after + 4, words.count)].contains(where: { notWords.contains($0.lowercased()) }) else { continue }
                pairs.append([mine, other])
            }
        }
        return pairs
    }

    /// "Mandatory for SingleOption and MultiOption …": in one sentence, after a word saying it is needed, some
    /// values of exactly one sibling enum (other than the field itself).
    func requiredWhen(_ words: [String], field: String, among fields: [DraftField]) -> (String, [String])? {
        guard let start = words.firstIndex(where: { Self.mandatoryWords.contains($0.lowercased()) }) else { return nil }
        let later = Set(words[start...])
        var found: [(String, [String])] = []
        for sibling in fields where sibling.name != field {
            guard case .enumeration(let values)? = registry.type(of: sibling.type)?.kind else { continue }
            let named = values.filter(later.contains)
            if !named.isEmpty, named.count < values.count { found.append((sibling.name, named)) }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// Letters, digits and underscores, in order: backticks, quotes and punctuation dropped.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init)
    }
}
