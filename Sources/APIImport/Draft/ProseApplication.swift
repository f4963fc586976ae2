import APISpec
import Foundation

/// Puts what a description states onto a field: formats (GUID, URL,
/// ISO 8601, email, mobile number, epoch milliseconds), limits, defaults and
/// enum values, each with a note naming the docs line it came from.
extension DraftBuilder {
    mutating func refineFormat(_ type: TypeReference, row: DocsRow, values: [JSONNode],
                               notes: inout [String]) -> TypeReference {
        let item = type.listItem
        guard [.scalar(.string), .scalar(.int32), .scalar(.int64)].contains(item) else { return type }
        let text = DocsVocabulary.fold(row.description.plain)
        let name = row.name.lowercased()
        let place = row.descriptionPlace.short
        let strings = Self.strings(in: values)
        // A word in a code span ("Required if `email` is not provided") names a field or a value, not a format.
        let spans = Set(row.description.codeSpans.map(DocsVocabulary.fold))
        func has(_ words: [String]) -> String? { words.first { Self.containsWord(text, $0) && !spans.contains($0) } }
        func wrap(_ format: ScalarType, _ reason: String) -> TypeReference {
            notes.append("\(format.rawValue) from \(reason) (\(place)).")
            return type.keepingList(.scalar(format))
        }
        let numbers = values.compactMap { node -> Int64? in if case .number(let text) = node.value { Int64(text) } else { nil } }
        if item != .scalar(.string), let epoch = Self.epochFormat(numbers, name: row.name) {
            return wrap(epoch, "the name and the size of the samples' numbers")
        }
        if has(["epoch"]) != nil {
            return instantType(row: row, values: values, isList: type.isArrayType, notes: &notes)
        }
        guard item == .scalar(.string) else { return type }
        if let format = stringFormat(strings, name: row.name) { return wrap(format, "the samples' values") }
        // `2017-08-29T04:00:00.0000000` names no zone, so it is no instant: the dateTime format would refuse it.
        if let note = Self.zonelessNote(strings, place: " (\(place))") {
            notes.append(note)
            return type
        }
        // Docs shorten their sample GUIDs; hex digits and dashes are enough to agree with "GUID" in the description.
        if let word = has(["guid", "uuid"]), strings.allSatisfy(Self.looksLikeShortenedGUID) {
            return wrap(.guid, "'\(word)' in the description")
        }
        if name.hasSuffix("id"), !strings.isEmpty, strings.allSatisfy(Self.looksLikeShortenedGUID) {
            return wrap(.guid, "the samples' values, GUIDs with digits left out")
        }
        if name.hasSuffix("url") || name.hasSuffix("href") || name.hasSuffix("uri") || has(["url"]) != nil, strings.isEmpty {
            let named = name.hasSuffix("url") || name.hasSuffix("href")
            return wrap(.url, named ? "the name \(row.name)" : "'URL' in the description")
        }
        if let word = has(["iso 8601", "iso8601"]) { return wrap(.dateTime, "'\(word)' in the description") }
        if let word = has(["email", "e-mail", "courriel"]), !name.contains("name"), strings.isEmpty {
            return wrap(.email, "'\(word)' in the description")
        }
        let alternatives = has(["identifier", "identifiant", "or", "ou", "oder"]) != nil
        if let word = has(["mobile number", "phone number", "phone numbers", "country code", "numero de telephone", "code du pays", "mobiltelefonnummer",
                           "telefonnummer", "landercode"]), !alternatives, strings.allSatisfy(Self.looksLikePhone) {
            return wrap(.phone, "'\(word)' in the description")
        }
        return type
    }

    /// Why a string whose samples are all date-times without a zone (`2017-08-29T04:00:00.0000000`) is no
    /// dateTime: such a value names no instant, and the dateTime format would refuse it.
    static let zonelessPrefix = "string, not dateTime:"

    static func zonelessNote(_ strings: [String], place: String) -> String? {
        guard let first = strings.first, strings.allSatisfy(looksLikeZonelessDateTime) else { return nil }
        return "\(zonelessPrefix) the samples' date-times ('\(first)') have no zone offset\(place)."
    }

    /// `aeb012-31a0-477a-a131-8a1e2791b36e`: five groups of hex digits, as docs shorten GUIDs.
    static func looksLikeShortenedGUID(_ text: String) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        return groups.count == 5 && groups.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isHexDigit) }
    }

    /// `+911099999999`: a plus and 7 to 15 digits.
    static func looksLikePhone(_ text: String) -> Bool {
        text.hasPrefix("+") && (7...15).contains(text.dropFirst().count) && text.dropFirst().allSatisfy(\.isNumber)
    }

    /// "DateTime", "timeStamp": epoch milliseconds or seconds when the samples are numbers (by size) or the
    /// description says epoch, an ISO 8601 string otherwise.
    mutating func instantType(row: DocsRow, values: [JSONNode], isList: Bool, notes: inout [String]) -> TypeReference {
        let items = isList ? values.flatMap { $0.elements ?? [] } : values
        let numbers = items.compactMap { node -> Double? in if case .number(let text) = node.value { Double(text) } else { nil } }
        let text = DocsVocabulary.fold(row.description.plain + " " + row.type.plain)
        let format: ScalarType
        let reason: String
        if let largest = numbers.max(), !numbers.isEmpty {
            format = largest > 100_000_000_000 || Self.containsWord(text, "milliseconds") ? .epochMillis : .epochSeconds
            reason = "the samples' numbers"
        } else if !items.compactMap(\.stringValue).isEmpty {
            // The samples are the truth: strings are sent, whatever the words say.
            format = .dateTime
            reason = "the samples' strings"
        } else if text.contains("iso 8601") || text.contains("iso8601") {
            format = .dateTime
            reason = "'ISO 8601' in the docs"
        } else if Self.containsWord(text, "epoch") || Self.containsWord(text, "timestamp") {
            format = Self.containsWord(text, "seconds") && !text.contains("milli") ? .epochSeconds : .epochMillis
            reason = "'epoch' in the docs"
        } else {
            format = .dateTime
            reason = "the type's name; no sample shows its form"
        }
        notes.append("\(format.rawValue) for '\(row.type.plain)' from \(reason) (\(row.typePlace.short)).")
        return isList ? .array(.scalar(format)) : .scalar(format)
    }

    static func containsWord(_ text: String, _ word: String) -> Bool {
        var search = text.startIndex..<text.endIndex
        while let range = text[search].firstRange(of: word) {
            let before = range.lowerBound == text.startIndex ? " " : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? " " : text[range.upperBound]
            if !before.isLetter, !after.isLetter { return true }
            search = range.upperBound..<text.endIndex
        }
        return false
    }

    static let stringLike: Set<TypeReference> = Set([.string, .email, .url, .phone, .guid].map(TypeReference.scalar))
    static let integers: Set<TypeReference> = [.scalar(.int32), .scalar(.int64)]

    mutating func apply(_ facts: ProseFacts, to field: inout DraftField, row: DocsRow, owner: String, defaultsOnly: Bool = false,
                        notes: inout [String]) {
        let place = row.descriptionPlace.short
        if defaultsOnly {
            applyDefault(facts, to: &field, place: place, notes: &notes)
            return
        }
        func limit(_ kind: LimitTable.Limit, _ fact: ProseFacts.Fact<Int>?) {
            guard let fact else { return }
            field.constraints.set(kind, count: fact.value)
            notes.append("\(kind.rawValue) \(fact.value) from '\(fact.phrase)' (\(place)).")
        }
        let isList = field.type.isArrayType
        if Self.stringLike.contains(field.type) {
            limit(.minLength, facts.minLength)
            limit(.maxLength, facts.maxLength)
        } else if isList {
            limit(.minItems, facts.minItems)
            limit(.maxItems, facts.maxItems)
        } else if Self.integers.contains(field.type) {
            limit(.minimum, facts.minimum)
            limit(.maximum, facts.maximum)
        }
        if facts.requiresHTTPS, field.type == .scalar(.url) {
            field.constraints.pattern = "^https://"
            notes.append("pattern ^https:// from 'HTTPS' in the description (\(place)).")
        }
        if let values = facts.enumValues,
           [.scalar(.string), .array(.scalar(.string)), .array(.scalar(.json))].contains(field.type) {
            if facts.isCommaSeparated, field.type == .scalar(.string) {
                let alternatives = values.value.map(Self.escapedForPattern).joined(separator: "|")
                field.constraints.pattern = "^(\(alternatives))(,(\(alternatives)))*$"
                notes.append("pattern: a comma-separated list of the values in '\(values.phrase)' (\(place)).")
            } else {
                let name = registry.register(DraftType(name: NameCase.pascal(NameCase.singular(field.name)), kind: .enumeration(values.value),
                                                       description: "", notes: ["Values from '\(values.phrase)' (\(place))."]), owner: owner)
                field.type = field.type == .scalar(.string) ? .named(name) : .array(.named(name))
                if field.type.isArrayType { notes.append("[\(name)]: a list of the values the description names (\(place)).") }
            }
        }
        applyDefault(facts, to: &field, place: place, notes: &notes)
    }

    /// A string named for a kind (`callerRole`, `objectType`, `status`) whose sample values are all words: an
    /// enum of those words. apigen's enums are open, so values the samples do not show still decode.
    mutating func sampleEnum(_ field: inout DraftField, values: [JSONNode], owner: String, notes: inout [String]) {
        guard field.type == .scalar(.string), let last = NameCase.camelWords(field.name).last?.lowercased(),
              ["role", "type", "status", "kind", "state"].contains(last) else { return }
        let words = values.compactMap(\.stringValue)
        guard !words.isEmpty, words.count == values.count,
              words.allSatisfy({ word in word.count <= 40 && word.first?.isLetter == true && word.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } })
        else { return }
        var seen = Set<String>()
        // A stated default is a value too.
        var defaulted: [String] = []
        if case .string(let text)? = field.defaultValue { defaulted.append(text) }
        let cases = (words + defaulted).filter { seen.insert($0).inserted }
        let enumeration = DraftType(name: NameCase.pascal(field.name), kind: .enumeration(cases), description: "",
                                    notes: ["Values the samples show; the docs list none."])
        field.type = .named(registry.register(enumeration, owner: owner))
        notes.append("An enum of the values its samples show (\(field.place.short)).")
    }

    /// A value the server assumes when none is sent makes the field optional, whatever a column says.
    mutating func applyDefault(_ facts: ProseFacts, to field: inout DraftField, place: String, notes: inout [String]) {
        guard let fact = facts.defaultValue, let value = typedDefault(fact.value, type: field.type), field.kind != .path else { return }
        if !field.optional {
            field.optional = true
            notes.append("Optional: the docs give it a default, though the table marks it required (\(place)).")
        }
        field.defaultValue = value
        notes.append("default \(fact.value) from '\(fact.phrase)' (\(place)).")
    }

    func typedDefault(_ text: String, type: TypeReference) -> DefaultValue? {
        switch type {
        case .scalar(.bool):
            let lowered = text.lowercased()
            return lowered == "true" ? .bool(true) : lowered == "false" ? .bool(false) : nil
        case .scalar(.int32), .scalar(.int64), .scalar(.epochMillis), .scalar(.epochSeconds):
            return Int(text).map { .number(String($0)) }
        case .scalar(.double):
            return Double(text).map { _ in .number(text) }
        case .scalar(.string):
            return .string(text)
        default:
            if let name = type.typeName, case .enumeration(let values)? = registry.type(named: name)?.kind {
                return values.contains(text) ? .string(text) : nil
            }
            return nil
        }
    }

    static func escapedForPattern(_ value: String) -> String {
        value.map { "\\^$.|?*+()[]{}".contains($0) ? "\\\($0)" : String($0) }.joined()
    }
}
