/// How spec text becomes comment lines: the printer's decision, so no
/// lowering code can end a comment early.
enum CommentText {
    /// Text from a spec as lines of a comment: every line break the Swift
    /// lexer knows ends a line here too, and unprintable scalars are shown
    /// escaped, so that no spec text can end the comment.
    static func lines(_ text: String) -> [String] {
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
                if SwiftLiteral.needsEscape(scalar) && !(scalar.properties.generalCategory == .nonspacingMark
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
