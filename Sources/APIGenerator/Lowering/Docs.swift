import APISpec

/// Doc comments: the spec's description first, then the facts a caller
/// must know (limits, defaults), as a second paragraph.
enum Docs {
    static func comment(_ description: String, _ facts: [String] = []) -> CodeNode {
        var lines = description.isEmpty ? [] : [description]
        if !facts.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append(facts.joined(separator: " "))
        }
        return .doc(lines)
    }

    /// Limits and default of a value, as sentences.
    static func facts(_ limits: [Limit], field: Field?, type: SwiftType, defaultLiteral: String?, serverDefault: String? = nil) -> [String] {
        var isMap = false
        if case .map = type { isMap = true }
        var facts = ConstraintLowering.sentences(limits, isMap: isMap)
        // A file's types are checked by its multipart part, not as a limit.
        if let field, field.type == .scalar(.file), let extensions = field.constraints.fileExtensions {
            facts.append("File types: " + extensions.map { "." + $0 }.joined(separator: ", ") + ".")
        }
        if field?.isNullable == true { facts.append("May be `null`: `.null` sends null, nil leaves it out.") }
        if field?.isOneOrMany == true { facts.append("The server may send a single item; it is read as a list of one.") }
        if let defaultLiteral { facts.append("Default: `\(defaultLiteral)`.") }
        if let serverDefault { facts.append("Left out, the server uses `\(serverDefault)`.") }
        return facts
    }

    /// Text from a spec as lines of a comment: every line break the Swift
    /// lexer knows ends a line here too, and unprintable scalars are shown
    /// escaped, so that no spec text can end the comment.
    static func commentLines(_ text: String) -> [String] {
        // Printable ASCII (most descriptions) is one line as it is.
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == UInt8(ascii: "\t") }) { return [text] }
        var lines: [String] = []
        var current = ""
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasReturn { previousWasReturn = false; continue }
            previousWasReturn = scalar == "\r"
            switch scalar {
            case "\n", "\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{0B}", "\u{0C}":
                lines.append(current)
                current = ""
            case "\t":
                current.unicodeScalars.append(scalar)
            default:
                if SwiftNamer.needsEscape(scalar) && !(scalar.properties.generalCategory == .nonspacingMark
                                                       || scalar.properties.generalCategory == .spacingMark) {
                    current += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    current.unicodeScalars.append(scalar)
                }
            }
        }
        lines.append(current)
        return lines
    }
}
