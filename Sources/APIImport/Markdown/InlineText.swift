/// The text of a heading, cell or paragraph with its inline markup read:
/// tags dropped (a machine translation's `sxs-lookup` original kept apart),
/// code spans and links remembered, emphasis removed.
public struct InlineText: Sendable, Hashable {
    /// What a reader sees.
    public var plain: String
    /// Contents of `code spans`, in order.
    public var codeSpans: [String]
    /// `[text](target)` links, in order.
    public var links: [Link]
    /// The untranslated original a machine-translated page keeps beside the text, if any.
    public var original: String?
    /// Column of the first character in the source line.
    public var column: Int

    public struct Link: Sendable, Hashable {
        public var text: String
        public var target: String
    }

    public init(markup: Substring, column: Int) {
        var reader = InlineReader(markup)
        reader.read()
        plain = reader.plain.collapsingSpaces()
        codeSpans = reader.codeSpans
        links = reader.links
        let original = reader.original.collapsingSpaces()
        self.original = original.isEmpty ? nil : original
        self.column = column
    }
}

private struct InlineReader {
    let characters: [Character]
    var index = 0
    var plain = ""
    var original = ""
    var codeSpans: [String] = []
    var links: [InlineText.Link] = []
    /// Depth of the `sxs-lookup` span being skipped (0 when outside).
    var lookupDepth = 0
    /// The last search for each closing character: where it started and what it found (nil: none to the end).
    /// The reader only moves forward, so a later search from inside that stretch has the same answer, and a
    /// run of openers without closers (`[[[[…`) costs one scan, not one per opener.
    var searches: [Character: (start: Int, found: Int?)] = [:]

    init(_ markup: Substring) { characters = Array(markup) }

    mutating func read() {
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "<": readTag()
            case "`": readCode()
            case "[": readLink()
            case "*": index += 1
            case "_" where isEmphasis(at: index): index += 1
            case "\\" where index + 1 < characters.count:
                append(characters[index + 1])
                index += 2
            default:
                append(character)
                index += 1
            }
        }
    }

    /// The first `character` at or after `start`.
    mutating func next(_ character: Character, from start: Int) -> Int? {
        if let last = searches[character], last.start <= start, (last.found ?? Int.max) >= start { return last.found }
        var position = start
        while position < characters.count, characters[position] != character { position += 1 }
        let found = position < characters.count ? position : nil
        searches[character] = (start, found)
        return found
    }

    func isEmphasis(at position: Int) -> Bool {
        guard characters[position] == "_" else { return true }
        // An underscore inside a word (`channel_uuid`) is a letter, not emphasis.
        let before = position > 0 ? characters[position - 1] : " "
        let after = position + 1 < characters.count ? characters[position + 1] : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }

    mutating func append(_ character: Character) {
        if lookupDepth > 0 { original.append(character) } else { plain.append(character) }
    }

    mutating func readTag() {
        guard let close = next(">", from: index) else {
            append("<")
            index += 1
            return
        }
        let tag = String(characters[(index + 1)..<close])
        index = close + 1
        if tag.hasPrefix("span") {
            if lookupDepth > 0 { lookupDepth += 1 } else if tag.contains("sxs-lookup") { lookupDepth = 1; original.append(" ") }
        } else if tag == "/span" {
            if lookupDepth > 0 { lookupDepth -= 1 }
        } else if tag.hasPrefix("li") || tag.hasPrefix("br") || tag.hasPrefix("/li") {
            append(" ")
        }
    }

    mutating func readCode() {
        guard let close = next("`", from: index + 1) else {
            append("`")
            index += 1
            return
        }
        let code = String(characters[(index + 1)..<close])
        if lookupDepth == 0 { codeSpans.append(code) }
        code.forEach { append($0) }
        index = close + 1
    }

    mutating func readLink() {
        guard var closeText = next("]", from: index) else {
            append("[")
            index += 1
            return
        }
        // `[Contact[]](/api/contact)`: a `[]` ending the link's text is part of it.
        if closeText > index + 1, characters[closeText - 1] == "[", closeText + 1 < characters.count,
            characters[closeText + 1] == "]" {
            closeText += 1
        }
        guard closeText + 1 < characters.count, characters[closeText + 1] == "(",
              let closeTarget = next(")", from: closeText + 1)
        else {
            append("[")
            index += 1
            return
        }
        let text = String(characters[(index + 1)..<closeText])
        let target = String(characters[(closeText + 2)..<closeTarget])
        if lookupDepth == 0 { links.append(InlineText.Link(text: text, target: target)) }
        text.forEach { append($0) }
        index = closeTarget + 1
    }
}

extension String {
    func collapsingSpaces() -> String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
