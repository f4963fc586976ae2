import Foundation

/// Limits, defaults, enum values and formats a description states in a
/// recognisable way, in English, French or German: "Max limit of 4000
/// Characters", "max. 1.000 Zeichen", "Default: false", "Par défaut : false",
/// "Enum: Group/ConnectGroup", "Accepts either `bot_start` or `bot_end`".
/// Each fact keeps the phrase it was read from, for the note that says so.
struct ProseFacts: Sendable, Hashable {
    struct Fact<Value: Sendable & Hashable>: Sendable, Hashable {
        var value: Value
        var phrase: String
    }

    var maxLength: Fact<Int>?
    var minLength: Fact<Int>?
    var maxItems: Fact<Int>?
    var minItems: Fact<Int>?
    var minimum: Fact<Int>?
    var maximum: Fact<Int>?
    /// The default as written (`false`, `Group`, `30`).
    var defaultValue: Fact<String>?
    var enumValues: Fact<[String]>?
    /// The value is a comma-separated list of the enum values.
    var isCommaSeparated = false
    /// "HTTPS URL": only https addresses.
    var requiresHTTPS = false

    init(_ text: InlineText) {
        let folded = DocsVocabulary.fold(text.plain)
        maxLength = Self.count(in: folded, before: Self.characterWords, after: Self.atMostWords)
        minLength = Self.count(in: folded, before: Self.characterWords, after: Self.atLeastWords)
        maxItems = Self.count(in: folded, before: Self.itemWords, after: Self.atMostWords)
        minItems = Self.count(in: folded, before: Self.itemWords, after: Self.atLeastWords)
        if let range = Self.range(in: folded) { (minimum, maximum) = (range.0, range.1) }
        maximum = maximum ?? Self.bound(in: folded, markers: ["max:", "max.", "max", "maximum:", "maximum", "maximal", "höchstens", "hochstens"])
        minimum = minimum ?? Self.bound(in: folded, markers: ["min:", "min.", "min", "minimum:", "minimum", "mindestens"])
        requiresHTTPS = Self.containsWordOrAcronym(text.plain, "HTTPS")
        defaultValue = Self.defaultValue(in: text.plain)
        enumValues = Self.enumValues(in: text)
        isCommaSeparated = ["comma-separated", "comma separated", "separes par des virgules", "kommagetrennt", "durch kommas getrennt"].contains { folded.contains($0) }
    }

    static let characterWords = ["characters", "character", "chars", "caracteres", "caractere", "zeichen"]
    static let itemWords = ["items", "elements", "entries", "key-value pairs", "pairs", "values", "paires", "elemente", "eintrage", "werte", "numbers", "numeros", "nummern"]
    static let atMostWords = ["max", "maximum", "maximal", "up to", "at most", "limit", "limite", "jusqu'a", "jusqu’a", "au plus", "bis zu", "hochstens", "begrenzt"]
    static let atLeastWords = ["min", "minimum", "at least", "au moins", "mindestens"]

    /// A number followed by one of `units` with a word of `bounds` shortly before it.
    static func count(in text: String, before units: [String], after bounds: [String]) -> Fact<Int>? {
        for match in numberMatches(in: text) {
            let rest = text[match.range.upperBound...].drop(while: { $0 == " " })
            guard units.contains(where: { rest.hasPrefix($0) }) else { continue }
            let windowStart = text.index(match.range.lowerBound, offsetBy: -40, limitedBy: text.startIndex) ?? text.startIndex
            let window = text[windowStart..<match.range.lowerBound]
            // Whole words: "min" is not the start of "minutes".
            let found = bounds.compactMap { bound in
                window.ranges(of: bound).first { isWordStart(window, $0.lowerBound) && isWordEnd(window, $0.upperBound) }?.lowerBound
            }
            guard let boundStart = found.min() else { continue }
            let unitEnd = units.compactMap { rest.hasPrefix($0) ? rest.index(rest.startIndex, offsetBy: $0.count) : nil }.max() ?? rest.startIndex
            return Fact(value: match.value, phrase: String(text[boundStart..<unitEnd]).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// "Max: 50", "maximum 10": a bound on a number, not followed by a unit of length or count.
    static func bound(in text: String, markers: [String]) -> Fact<Int>? {
        for match in numberMatches(in: text) {
            // Only the words just before the number can be its marker: looking no further keeps a
            // description of many numbers linear.
            var leadEnd = match.range.lowerBound
            while leadEnd > text.startIndex, text[text.index(before: leadEnd)].isWhitespace { leadEnd = text.index(before: leadEnd) }
            let lead = text[..<leadEnd]
            guard let marker = markers.first(where: { lead.hasSuffix($0) }) else { continue }
            let start = lead.index(lead.endIndex, offsetBy: -marker.count)
            guard isWordStart(lead, start) else { continue }
            let rest = text[match.range.upperBound...].drop(while: { $0 == " " })
            if (characterWords + itemWords).contains(where: { rest.hasPrefix($0) }) { continue }
            return Fact(value: match.value, phrase: String(lead[start...]) + " " + String(text[match.range]))
        }
        return nil
    }

    static func containsWordOrAcronym(_ text: String, _ word: String) -> Bool {
        text.split(whereSeparator: { !$0.isLetter }).contains { $0 == word }
    }

    /// "between 1 and 50", "entre 1 et 50", "zwischen 1 und 50".
    static func range(in text: String) -> (Fact<Int>, Fact<Int>)? {
        let numbers = numberMatches(in: text)
        for (first, second) in zip(numbers, numbers.dropFirst()) {
            let gap = text[first.range.upperBound..<second.range.lowerBound].trimmingCharacters(in: .whitespaces)
            guard ["and", "et", "und", "to", "a", "bis"].contains(gap) else { continue }
            let windowStart = text.index(first.range.lowerBound, offsetBy: -12, limitedBy: text.startIndex) ?? text.startIndex
            let lead = text[windowStart..<first.range.lowerBound]
            guard ["between", "entre", "zwischen", "from", "de", "von"].contains(where: { lead.contains($0) }) else { continue }
            let phrase = String(text[windowStart..<second.range.upperBound]).trimmingCharacters(in: .whitespaces)
            return (Fact(value: first.value, phrase: phrase), Fact(value: second.value, phrase: phrase))
        }
        return nil
    }

    static let defaultMarkers = ["default:", "default =", "default value is", "default value", "default is", "defaults to",
                                 "par defaut :", "par defaut:", "par defaut", "valeur par defaut :", "standard:", "standardwert:", "standardmassig"]

    static func defaultValue(in plain: String) -> Fact<String>? {
        let mapped = DocsVocabulary.Folded(plain)
        let folded = mapped.text
        for marker in defaultMarkers {
            guard let range = folded.firstRange(of: marker), isWordStart(folded, range.lowerBound) else { continue }
            // The value is read from the original text, in its own case.
            let start = mapped.plainIndex(range.upperBound)
            let rest = plain[start...].drop(while: { $0 == " " || $0 == ":" || $0 == "=" })
            let words = rest.split(separator: " ", maxSplits: 2)
            guard let first = words.first else { continue }
            let token = first.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:)('\"`"))
            guard !token.isEmpty else { continue }
            // "Default is 2 years": a quantity with a unit, not a value, unless the field counts in that unit
            // ("Default: 30 mins. Number of minutes …").
            if words.count > 1, Double(token) != nil, words[1].first?.isLetter == true, first.last?.isNumber == true,
               !countsIn(unit: String(words[1]), folded: folded, after: range.upperBound) { continue }
            // "Default: Access token's user will be added": a sentence, not a value.
            if words.count > 1, first.last.map({ !".,;".contains($0) }) ?? true, token.first?.isUppercase == true,
               words[1].first?.isLowercase == true, !["true", "false"].contains(token.lowercased()) { continue }
            return Fact(value: token, phrase: String(plain[mapped.plainIndex(range.lowerBound)..<rest.startIndex]) + token)
        }
        return nil
    }

    /// Spellings of the units a count is stated in.
    static let units: [[String]] = [["min", "mins", "minute", "minutes"], ["hr", "hrs", "hour", "hours"], ["sec", "secs", "second", "seconds"],
                                    ["day", "days"], ["ms", "millisecond", "milliseconds"]]

    /// Whether the description, outside the default's own words, says the field counts in the unit the default is given in.
    static func countsIn(unit: String, folded: String, after index: String.Index) -> Bool {
        let word = DocsVocabulary.fold(unit).trimmingCharacters(in: .punctuationCharacters)
        guard let spellings = units.first(where: { $0.contains(word) }) else { return false }
        let elsewhere = folded[..<index].split(whereSeparator: { !$0.isLetter }) + folded[index...].split(whereSeparator: { !$0.isLetter }).dropFirst()
        return elsewhere.contains { spellings.contains(String($0)) }
    }

    static let enumMarkers = ["enum:", "enum value:", "valid values", "supported values", "allowed values", "possible values", "accepts either",
                              "one of", "valeurs prises en charge", "valeurs valides", "valeurs possibles", "accepte", "gultige werte",
                              "unterstutzte werte", "mogliche werte", "supported events are"]

    static func enumValues(in text: InlineText) -> Fact<[String]>? {
        let mapped = DocsVocabulary.Folded(text.plain)
        let folded = mapped.text
        guard let marker = enumMarkers.first(where: { folded.contains($0) }), let range = folded.firstRange(of: marker) else {
            // "Status of the message (`sent`, `received` or `note`)": a list of code spans in parentheses.
            // Only spans that are the items of one list: "(`{date}T{time}`; for example, `2017-08-29T04:00`)" is a
            // form and an example of it, not the values the field takes.
            if text.codeSpans.count >= 2, let open = text.plain.firstIndex(of: "("),
               isSpanList(text.codeSpans, in: text.plain[open...]),
               !text.codeSpans.contains(where: { $0.contains("=") || $0.contains(" ") }) {
                let values = text.codeSpans.filter { $0 != "..." }
                return values.count >= 2 ? Fact(value: values, phrase: String(text.plain[open...])) : nil
            }
            return nil
        }
        let restStart = mapped.plainIndex(range.upperBound)
        let rest = String(text.plain[restStart...])
        let spans = text.codeSpans.filter { rest.contains($0) }
        var values: [String]
        if !spans.isEmpty {
            values = spans.flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
        } else {
            // `Group/ConnectGroup`, `'Like'/'Comment'`, `"A","B"`, up to the end of the sentence.
            let sentence = rest.drop(while: { $0 == " " || $0 == ":" }).prefix(while: { $0 != "." && $0 != ";" })
            let first = sentence.split(separator: " ").first.map(String.init) ?? ""
            // `Group/ConnectGroup`, or `Text, Numeric, Location` (every item one word).
            let commaItems = sentence.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let isWordList = commaItems.count >= 2 && commaItems.allSatisfy { !$0.isEmpty && !$0.contains(" ") }
            let list = sentence.contains("\"") || sentence.contains("'") || isWordList ? String(sentence) : first
            values = list.split(whereSeparator: { "/,|".contains($0) }).map {
                $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"'`"))
            }
            values = values.filter { value in !value.isEmpty && value.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" } }
        }
        guard values.count >= 2 || (values.count == 1 && !spans.isEmpty) else { return nil }
        var seen = Set<String>()
        return Fact(value: values.filter { seen.insert($0).inserted }, phrase: String((text.plain[..<restStart] + rest.prefix(60))).trimmingCharacters(in: .whitespaces))
    }

    static let listWords: Set<String> = ["or", "and", "ou", "et", "oder", "und"]

    /// Whether `spans` appear in `text` in order with only list separators between them: commas, slashes, bars
    /// and "or"/"and" in the three languages.
    static func isSpanList(_ spans: [String], in text: Substring) -> Bool {
        var rest = text
        var previousEnd: Substring.Index?
        for span in spans {
            guard let range = rest.firstRange(of: span) else { return false }
            if let previousEnd {
                let gap = text[previousEnd..<range.lowerBound]
                guard gap.allSatisfy({ $0.isLetter || $0.isWhitespace || ",/|".contains($0) }),
                      gap.split(whereSeparator: { !$0.isLetter })
                          .allSatisfy({ listWords.contains(DocsVocabulary.fold(String($0))) })
                else { return false }
            }
            previousEnd = range.upperBound
            rest = text[range.upperBound...]
        }
        return true
    }

    struct NumberMatch { var value: Int; var range: Range<String.Index> }

    /// Integers with thousands separators as the three languages write them: 4000, 4,000, 1.000, 1 000.
    static func numberMatches(in text: String) -> [NumberMatch] {
        var matches: [NumberMatch] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index].isNumber, index == text.startIndex || !text[text.index(before: index)].isNumber else {
                index = text.index(after: index)
                continue
            }
            var end = index
            var digits = ""
            while end < text.endIndex {
                if text[end].isASCII, text[end].isNumber {
                    digits.append(text[end])
                    end = text.index(after: end)
                } else if " .,\u{00a0}\u{202f}".contains(text[end]), digits.count <= 3 || digits.count % 3 == 0,
                          let next = text.index(end, offsetBy: 4, limitedBy: text.endIndex),
                          text[text.index(after: end)..<next].allSatisfy({ $0.isASCII && $0.isNumber }),
                          next == text.endIndex || !text[next].isNumber {
                    end = text.index(after: end)
                } else {
                    break
                }
            }
            if let value = Int(digits) { matches.append(NumberMatch(value: value, range: index..<end)) }
            index = end == index ? text.index(after: index) : end
        }
        return matches
    }

    static func isWordStart<S: StringProtocol>(_ text: S, _ index: S.Index) -> Bool {
        index == text.startIndex || !text[text.index(before: index)].isLetter
    }

    static func isWordEnd<S: StringProtocol>(_ text: S, _ index: S.Index) -> Bool {
        index == text.endIndex || !text[index].isLetter
    }
}
