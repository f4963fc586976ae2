/// What makes a request line's path a well-formed template: one name per
/// placeholder, each a plain identifier, each named once.
enum PathTemplate {
    /// `{id | userPrincipalName}` → `{id}`: the first of the alternatives a placeholder offers, as an identifier.
    static func sanitized(_ path: String) -> String {
        var result = ""
        var placeholder: String?
        for character in path {
            if character == "{", placeholder == nil {
                placeholder = ""
            } else if character == "}", let name = placeholder {
                result += "{\(identifier(name))}"
                placeholder = nil
            } else if placeholder != nil {
                placeholder?.append(character)
            } else {
                result.append(character)
            }
        }
        // A brace the line never closes: the placeholder still ends the path.
        if let name = placeholder { result += "{\(identifier(name))}" }
        return result
    }

    /// `id | userPrincipalName` → `id`; `user-id` → `userId`; nothing usable → `value`.
    static func identifier(_ text: String) -> String {
        // The first word: what follows a space is prose or another alternative.
        let first = text.split(whereSeparator: { "|,".contains($0) || $0.isWhitespace }).first.map(String.init) ?? text
        let words = first.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") })
        guard let head = words.first else { return "value" }
        let joined = String(head) + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        return joined.first?.isNumber == true ? "value" + joined : joined
    }

    /// `ID`, `CONTACT_ID`, `TRACKING_HASH` segments (Slate pages' placeholders) → `{id}`, `{contactId}`, `{trackingHash}`.
    static func upperCasePlaceholders(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { segment -> String in
            let isName = segment.count >= 2 && segment.allSatisfy { ($0.isUppercase && $0.isASCII) || $0 == "_" || $0.isNumber }
                && segment.first?.isLetter == true
            guard isName else { return String(segment) }
            let words = segment.lowercased().split(separator: "_")
            let capitalized = words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }
            let name = (words.first.map(String.init) ?? "") + capitalized.joined()
            return "{\(name)}"
        }.joined(separator: "/")
    }

    /// Two placeholders of one name (`/groups/{id}/members/{id}`) become one each, named from the segment before
    /// them (`{groupId}`, `{memberId}`); returns the names that were repeated.
    static func distinct(_ path: String) -> (path: String, repeated: [String]) {
        var segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let names = segments.filter(isPlaceholder).map { String($0.dropFirst().dropLast()) }
        var counts: [String: Int] = [:]
        for name in names { counts[name, default: 0] += 1 }
        let repeated = Set(counts.filter { $0.value > 1 }.keys)
        guard !repeated.isEmpty else { return (path, []) }
        var taken = Set(names.filter { !repeated.contains($0) })
        for index in segments.indices where isPlaceholder(segments[index]) {
            let name = String(segments[index].dropFirst().dropLast())
            guard repeated.contains(name) else { continue }
            var base = index > 0 && !isPlaceholder(segments[index - 1]) ? singular(identifier(segments[index - 1])) : ""
            base = base.isEmpty ? name : base + name.prefix(1).uppercased() + name.dropFirst()
            var candidate = base
            var number = 2
            while taken.contains(candidate) {
                candidate = "\(base)\(number)"
                number += 1
            }
            taken.insert(candidate)
            segments[index] = "{\(candidate)}"
        }
        return (segments.joined(separator: "/"), repeated.sorted())
    }

    static func isPlaceholder(_ segment: String) -> Bool { segment.hasPrefix("{") && segment.hasSuffix("}") }

    /// `calendarGroups` → `calendarGroup`, `categories` → `category`.
    static func singular(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("sses") || word.hasSuffix("xes") { return String(word.dropLast(2)) }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 2 { return String(word.dropLast()) }
        return word
    }
}
