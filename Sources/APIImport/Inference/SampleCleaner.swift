/// Turns a docs code block into JSON: JavaScript object literals (unquoted
/// keys, single quotes, comments, trailing commas), a key missing its closing
/// quote (`"text: "caption"`), `…`/`...`/`[...]` placeholders for elided members, and
/// no-break spaces between tokens.
/// What cannot be mended is left for the JSON parser to refuse.
enum SampleCleaner {
    static func clean(_ source: String) -> String {
        insertingMissingCommas(removingTrailingCommas(literalsQuoted(source.replacingOccurrences(of: "\u{00a0}", with: " "))))
    }

    static func literalsQuoted(_ source: String) -> String {
        var output = ""
        let characters = Array(source)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\"", "'":
                let (string, next) = readString(characters, from: index)
                output += string
                index = next
            case "/" where index + 1 < characters.count && characters[index + 1] == "/":
                while index < characters.count, characters[index] != "\n" { index += 1 }
            case "/" where index + 1 < characters.count && characters[index + 1] == "*":
                index += 2
                while index + 1 < characters.count, !(characters[index] == "*" && characters[index + 1] == "/") { index += 1 }
                index += 2
            case "[" where elisionEnd(characters, from: index) != nil:
                // `[...]` stands for elided members: a key's value is an empty list; between members, nothing.
                // What precedes it, past a bounded run of spaces (a run of elisions among spaces stays linear).
                let previous = output.suffix(256).last { !$0.isWhitespace }
                if previous == ":" { output += "[]" }
                index = elisionEnd(characters, from: index) ?? index + 1
            case "…":
                index += 1
            case "." where index + 2 < characters.count && characters[index + 1] == "." && characters[index + 2] == ".":
                index += 3
            default:
                if character.isLetter || character == "_" || character == "$" {
                    var end = index
                    while end < characters.count, characters[end].isLetter || characters[end].isNumber || characters[end] == "_" || characters[end] == "$" { end += 1 }
                    let word = String(characters[index..<end])
                    var after = end
                    while after < characters.count, characters[after] == " " || characters[after] == "\t" { after += 1 }
                    let isKey = after < characters.count && characters[after] == ":"
                    output += isKey || ["true", "false", "null"].contains(word) ? (isKey ? "\"\(word)\"" : word) : "\"\(word)\""
                    index = end
                } else {
                    // Narrow and other no-break spaces between tokens are spaces to a reader, not to JSON.
                    if character.isWhitespace, !character.isASCII { output.append(" ") } else { output.append(character) }
                    index += 1
                }
            }
        }
        return output
    }

    /// Where `[...]` or `[…]` (spaces allowed) that starts at `start` ends; nil when it is not one.
    static func elisionEnd(_ characters: [Character], from start: Int) -> Int? {
        var index = start + 1
        while index < characters.count, characters[index] == " " { index += 1 }
        if index < characters.count, characters[index] == "…" {
            index += 1
        } else if index + 2 < characters.count, characters[index] == ".", characters[index + 1] == ".",
            characters[index + 2] == "." {
            index += 3
        } else {
            return nil
        }
        while index < characters.count, characters[index] == " " { index += 1 }
        return index < characters.count && characters[index] == "]" ? index + 1 : nil
    }

    /// `"validity": 1568605416677` then `"active": true` on the next line: the comma between them is missing.
    static func insertingMissingCommas(_ text: String) -> String {
        var output = ""
        var inString = false
        var escaped = false
        var lastSignificant: Character = " "
        var sawNewline = false
        for character in text {
            if inString {
                output.append(character)
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false; lastSignificant = "\"" }
                continue
            }
            if character == "\n" { sawNewline = true }
            if character == "\"" {
                let endsValue = lastSignificant == "\"" || lastSignificant.isNumber || "el]}".contains(lastSignificant)
                if sawNewline, endsValue { output.append(",") }
                inString = true
            }
            if !character.isWhitespace {
                if character != "\"" { lastSignificant = character }
                sawNewline = false
            }
            output.append(character)
        }
        return output
    }

    /// A string in either quote, written with double quotes. A key whose
    /// closing quote is missing (`"text: "caption"`) is mended.
    static func readString(_ characters: [Character], from start: Int) -> (String, Int) {
        let quote = characters[start]
        var index = start + 1
        var content = ""
        while index < characters.count, characters[index] != quote, characters[index] != "\n" {
            if characters[index] == "\\", index + 1 < characters.count {
                content.append(characters[index])
                content.append(characters[index + 1])
                index += 2
                continue
            }
            if characters[index] == "\"", quote == "'" { content += "\\\"" } else { content.append(characters[index]) }
            index += 1
        }
        if quote == "\"", content.hasSuffix(": "), !content.dropLast(2).contains(" ") {
            // The value's opening quote closed the key; read the value up to its own quote.
            var end = index + 1
            var value = ""
            while end < characters.count, characters[end] != "\"", characters[end] != "\n" {
                value.append(characters[end])
                end += 1
            }
            return ("\"\(content.dropLast(2))\": \"\(value)\"", end + 1)
        }
        return ("\"\(content)\"", index + 1)
    }

    static func removingTrailingCommas(_ text: String) -> String {
        var output = ""
        var inString = false
        var escaped = false
        var pendingComma: String?
        for character in text {
            if inString {
                output.append(character)
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                continue
            }
            if character == "," {
                if let pending = pendingComma { output += pending }
                pendingComma = ","
                continue
            }
            if pendingComma != nil {
                if character.isWhitespace {
                    // In place, with no other reference to it: a copy taken out and put back copied the whole run
                    // each time (quadratic in it).
                    pendingComma!.append(character)
                    continue
                }
                let pending = pendingComma ?? ""
                output += (character == "}" || character == "]") ? String(pending.dropFirst()) : pending
                pendingComma = nil
            }
            if character == "\"" { inString = true }
            output.append(character)
        }
        return output + (pendingComma ?? "")
    }
}
