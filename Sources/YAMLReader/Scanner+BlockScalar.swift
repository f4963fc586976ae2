/// Literal `|` and folded `>` scalars: the content is the lines indented at
/// least as far as the first non-empty one (or as the indentation indicator says).
extension Scanner {
    private enum Chomping { case strip, clip, keep }

    mutating func scanBlockScalar(folded: Bool) throws(YAMLError) -> String {
        forward()
        var chomping = Chomping.clip
        var increment: Int?
        for _ in 0..<2 {
            let byte = peek()
            if (byte == .plus || byte == .minus), chomping == .clip {
                chomping = byte == .plus ? .keep : .strip
                forward()
            } else if byte.isDigit, increment == nil {
                if byte == .zero { throw error("a block scalar's indentation indicator must be 1 to 9") }
                increment = Int(byte - .zero)
                forward()
            }
        }
        if !isBlankOrEnd() { throw error("expected a comment or a line break after the block scalar indicators") }
        try skipTrailingComment(after: "a block scalar's indicators")

        let minimumIndent = max(indent + 1, 0)
        var breaks = 0
        var contentIndent: Int
        if let increment {
            contentIndent = max(indent, 0) + increment
        } else {
            // Detect the indentation from the first non-empty line; a blank
            // line before it may not be indented further.
            var deepestBlank = 0
            var deepestBlankMark = mark
            while true {
                while peek() == .space { forward() }
                guard peek() == .lf || peek() == .cr else { break }
                if column > deepestBlank { deepestBlank = column; deepestBlankMark = mark }
                skipLineBreak()
                breaks += 1
            }
            let endsHere = atEnd || isDocumentMarker(.minus) || isDocumentMarker(.dot)
            contentIndent = max(endsHere ? deepestBlank : column, minimumIndent)
            if !endsHere, column >= minimumIndent, deepestBlank > column {
                throw deepestBlankMark.error("a leading empty line is indented more than the block scalar's first line")
            }
        }
        if increment != nil { breaks = skipBlockScalarBlankLines(contentIndent) }

        var text: [UInt8] = []
        var sawContent = false
        var previousMoreIndented = false
        while column == contentIndent, !atEnd, !isDocumentMarker(.minus), !isDocumentMarker(.dot) {
            let moreIndented = peek() == .space || peek() == .tab
            if sawContent, folded, !previousMoreIndented, !moreIndented {
                if breaks == 1 {
                    text.append(.space)
                } else {
                    text.append(contentsOf: repeatElement(.lf, count: breaks - 1))
                }
            } else {
                text.append(contentsOf: repeatElement(.lf, count: breaks))
            }
            var length = 0
            while !peek(length).isBreakOrEnd { length += 1 }
            text.append(contentsOf: bytes[index..<(index + length)])
            forward(length)
            sawContent = true
            previousMoreIndented = moreIndented
            guard skipLineBreak() else { breaks = 0; break }
            breaks = 1 + skipBlockScalarBlankLines(contentIndent)
        }
        if column < contentIndent, !atEnd, peek() == .tab, flowLevel == 0 {
            // A tab where the content's indentation should be is neither content nor indentation.
            throw error("tabs are not allowed in a block scalar's indentation")
        }
        switch chomping {
        case .strip: break
        case .clip: if sawContent, breaks > 0 { text.append(.lf) }
        case .keep: text.append(contentsOf: repeatElement(.lf, count: breaks))
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Skips the indentation of the next lines and the empty ones among them,
    /// returning how many line breaks it passed.
    private mutating func skipBlockScalarBlankLines(_ contentIndent: Int) -> Int {
        var breaks = 0
        while true {
            while column < contentIndent, peek() == .space { forward() }
            if isDocumentMarker(.minus) || isDocumentMarker(.dot) { return breaks }
            guard (peek() == .lf || peek() == .cr) else { return breaks }
            skipLineBreak()
            breaks += 1
        }
    }

    /// White space and an optional comment up to the end of the line.
    mutating func skipTrailingComment(after what: String, consumingBreak: Bool = true) throws(YAMLError) {
        let start = index
        while peek() == .space || peek() == .tab { forward() }
        if peek() == .hash {
            if index == start { throw error("a comment needs white space before '#'") }
            while !peek().isBreakOrEnd { forward() }
        }
        if !peek().isBreakOrEnd { throw error("unexpected content after \(what)") }
        if consumingBreak { skipLineBreak() }
    }
}
