/// Plain and quoted scalars: one logical value that may run over several
/// lines, each line break folded to a space and each blank line kept as "\n".
extension Scanner {
    mutating func scanPlainScalar() throws(YAMLError) -> String {
        var text: [UInt8] = []
        var separator: [UInt8] = []
        let minimumIndent = indent + 1
        while peek() != .hash {
            let runStart = index
            var length = 0
            while true {
                let byte = peek(length)
                if byte.isBlankOrBreakOrEnd { break }
                if byte == .colon {
                    let next = peek(length + 1)
                    if next.isBlankOrBreakOrEnd || (flowLevel > 0 && next.isFlowIndicator) { break }
                }
                if flowLevel > 0, byte.isFlowIndicator { break }
                length += 1
            }
            if length == 0 { break }
            text.append(contentsOf: separator)
            text.append(contentsOf: bytes[runStart..<(runStart + length)])
            forward(length)
            guard let next = try scanPlainSeparator() else { break }
            separator = next
            let continuesOnNextLine = next.first == .lf || next.first == .space
            if flowLevel > 0, continuesOnNextLine, column <= indent, !atEnd, !peek().isFlowIndicator {
                throw error("a flow collection's lines must be indented more than the block it is in")
            }
            if peek() == .hash || (flowLevel == 0 && column < minimumIndent) { break }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The white space after a run of a plain scalar: what it folds to, or nil
    /// when a document marker ends the scalar.
    private mutating func scanPlainSeparator() throws(YAMLError) -> [UInt8]? {
        let start = index
        while peek() == .space || peek() == .tab { forward() }
        guard peek() == .lf || peek() == .cr else { return Array(bytes[start..<index]) }
        skipLineBreak()
        allowSimpleKey = true
        if flowLevel == 0 { mayStartCollection = true }
        var breaks = 0
        while true {
            if isDocumentMarker(.minus) || isDocumentMarker(.dot) { return nil }
            while peek() == .space || peek() == .tab { forward() }
            guard skipLineBreak() else { break }
            breaks += 1
        }
        return breaks == 0 ? [.space] : Array(repeating: .lf, count: breaks)
    }

    mutating func scanQuotedScalar(double: Bool) throws(YAMLError) -> String {
        let start = mark
        let quote: UInt8 = double ? .doubleQuote : .singleQuote
        forward()
        var text: [UInt8] = []
        while true {
            let byte = peek()
            if atEnd { throw start.error("a quoted scalar without its closing quote") }
            if byte == quote {
                if !double, peek(1) == .singleQuote {
                    text.append(.singleQuote)
                    forward(2)
                    continue
                }
                forward()
                break
            }
            if double, byte == .backslash {
                try scanEscape(into: &text)
                continue
            }
            if byte == .space || byte == .tab {
                let spaces = index
                while peek() == .space || peek() == .tab { forward() }
                if peek() == .lf || peek() == .cr { try foldQuotedLines(into: &text, start: start) }
                else { text.append(contentsOf: bytes[spaces..<index]) }
                continue
            }
            if byte == .lf || byte == .cr {
                try foldQuotedLines(into: &text, start: start)
                continue
            }
            var length = 0
            while true {
                let next = peek(length)
                if next == quote || next.isBlankOrBreakOrEnd || (double && next == .backslash) { break }
                length += 1
            }
            text.append(contentsOf: bytes[index..<(index + length)])
            forward(length)
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// At a line break inside quotes: one break folds to a space, each further
    /// (blank) line to "\n"; the next line's leading white space is dropped.
    private mutating func foldQuotedLines(into text: inout [UInt8], start: Mark) throws(YAMLError) {
        skipLineBreak()
        let breaks = try skipQuotedBlankLines(start: start)
        if breaks == 0 { text.append(.space) } else { text.append(contentsOf: repeatElement(.lf, count: breaks)) }
    }

    private mutating func skipQuotedBlankLines(start: Mark) throws(YAMLError) -> Int {
        var breaks = 0
        while true {
            if isDocumentMarker(.minus) || isDocumentMarker(.dot) {
                throw error("a document marker inside a quoted scalar")
            }
            while peek() == .space || peek() == .tab {
                if peek() == .tab, flowLevel == 0, column <= indent {
                    throw error("tabs are not allowed in indentation")
                }
                forward()
            }
            if atEnd { throw start.error("a quoted scalar without its closing quote") }
            if flowLevel == 0, column <= indent, !(peek() == .lf || peek() == .cr) {
                throw start.error("a quoted scalar without its closing quote, or whose next line is not indented")
            }
            guard skipLineBreak() else { return breaks }
            breaks += 1
        }
    }

    private mutating func scanEscape(into text: inout [UInt8]) throws(YAMLError) {
        let start = mark
        forward()
        let byte = peek()
        let simple: [UInt8: UInt32] = [
            0x30: 0, 0x61: 7, 0x62: 8, 0x74: 9, .tab: 9, 0x6E: 10, 0x76: 11, 0x66: 12, 0x72: 13, 0x65: 27,
            .space: 32, .doubleQuote: 34, .slash: 47, .backslash: 92, 0x4E: 0x85, 0x5F: 0xA0, 0x4C: 0x2028,
            0x50: 0x2029,
        ]
        if let value = simple[byte] {
            forward()
            appendScalar(value, to: &text)
            return
        }
        if byte == .lf || byte == .cr {
            // An escaped line break joins the lines without a space.
            skipLineBreak()
            let breaks = try skipQuotedBlankLines(start: start)
            text.append(contentsOf: repeatElement(.lf, count: breaks))
            return
        }
        let digits: Int
        switch byte {
        case 0x78: digits = 2
        case 0x75: digits = 4
        case 0x55: digits = 8
        default: throw start.error("unknown escape sequence in a double-quoted scalar")
        }
        forward()
        var value = try scanHex(digits, escapeStart: start)
        if (0xD800...0xDBFF).contains(value), peek() == .backslash, peek(1) == 0x75 {
            // A UTF-16 surrogate pair written as two escapes, as JSON writes them.
            forward(2)
            let low = try scanHex(4, escapeStart: start)
            guard (0xDC00...0xDFFF).contains(low) else { throw start.error("an unpaired UTF-16 surrogate escape") }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        }
        guard Unicode.Scalar(value) != nil else { throw start.error("the escape is not a Unicode scalar value") }
        appendScalar(value, to: &text)
    }

    private mutating func scanHex(_ digits: Int, escapeStart: Mark) throws(YAMLError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let digit = peek().hexValue else {
                throw escapeStart.error("expected \(digits) hex digits in the escape")
            }
            value = value << 4 | digit
            forward()
        }
        return value
    }

    private func appendScalar(_ value: UInt32, to text: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        text.append(contentsOf: String(Character(scalar)).utf8)
    }
}
