/// Turns YAML's bytes into tokens. YAML's indentation becomes explicit
/// BLOCK-*-START / BLOCK-END tokens, and since a plain "implicit" key is only
/// known to be a key when its `:` shows up, the position where it began is
/// remembered and a KEY token inserted there later (the approach of libyaml).
struct Scanner {
    struct SimpleKey {
        var tokenNumber: Int
        var required: Bool
        var mark: Mark
        /// Whether a block collection may start at the key: only at the start
        /// of a line or after `- `, `? ` or an explicit `: ` on the same line.
        var mayStartCollection: Bool
        var tabSeparated: Bool
    }

    let bytes: [UInt8]
    var index = 0
    var line = 1
    var column = 0

    var tokens = TokenQueue()
    /// The token `next()` returned last.
    var lastTaken = Token(kind: .streamStart, start: Mark(index: 0, line: 1, column: 1))
    var tokensTaken = 0
    var done = false

    var flowLevel = 0
    var indent = -1
    var indents: [Int] = []
    var allowSimpleKey = true
    /// Pending simple keys, one per flow level (index = flow level).
    var simpleKeys: [SimpleKey?] = [nil]
    var mayStartCollection = true
    /// After a quoted scalar or a flow collection's end, `:` in a flow
    /// collection is a value indicator even without a space after it (JSON style).
    var afterJSONLikeNode = false
    /// Whether the white space just before the current token held a tab.
    var tabSeparated = false

    init(_ text: String) {
        bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        tokens.append(Token(kind: .streamStart, start: mark))
    }

    var mark: Mark { Mark(index: index, line: line, column: column + 1) }

    // MARK: Reading bytes

    @inline(__always) func peek(_ offset: Int = 0) -> UInt8 {
        let at = index + offset
        return at < bytes.count ? bytes[at] : 0
    }

    /// Moves over `count` bytes of one line (never over a line break).
    @inline(__always) mutating func forward(_ count: Int = 1) {
        for _ in 0..<count {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
    }

    var atEnd: Bool { index >= bytes.count }

    /// Consumes a line break if there is one, returning it normalised to "\n".
    @discardableResult mutating func skipLineBreak() -> Bool {
        let byte = peek()
        if byte == .cr {
            index += peek(1) == .lf ? 2 : 1
        } else if byte == .lf {
            index += 1
        } else {
            return false
        }
        line += 1
        column = 0
        return true
    }

    func isBlankOrEnd(_ offset: Int = 0) -> Bool { peek(offset).isBlankOrBreakOrEnd }

    func error(_ message: String) -> YAMLError { mark.error(message) }

    // MARK: The token stream

    mutating func next() throws(YAMLError) -> Token {
        try fill()
        tokensTaken += 1
        lastTaken = tokens.removeFirst()
        return lastTaken
    }

    mutating func peekToken() throws(YAMLError) -> Token {
        try fill()
        return tokens.first!
    }

    mutating func peekTag() throws(YAMLError) -> TokenTag {
        try fill()
        return tokens.firstTag
    }

    mutating func peekStart() throws(YAMLError) -> Mark {
        try fill()
        return tokens.firstStart
    }

    /// Whether the next token is `<<` as a plain scalar (a merge key when it is a key).
    mutating func peekIsMergeKey() throws(YAMLError) -> Bool {
        try fill()
        return tokens.firstIsMergeKey
    }

    private mutating func fill() throws(YAMLError) {
        while try needsMoreTokens() { try fetchMoreTokens() }
    }

    private mutating func needsMoreTokens() throws(YAMLError) -> Bool {
        if done { return false }
        if tokens.isEmpty { return true }
        try removeStaleSimpleKeys()
        // The first token in the queue may yet turn out to be a key.
        // Keys deeper than the flow level were dropped when their collections closed.
        return simpleKeys[0...flowLevel].contains { $0?.tokenNumber == tokensTaken }
    }

    mutating func add(_ kind: Token.Kind, at start: Mark) {
        tokens.append(Token(kind: kind, start: start))
        switch kind {
        case .blockEntry, .key, .value: break
        default: mayStartCollection = false
        }
        if case .flowSequenceEnd = kind { afterJSONLikeNode = true }
        else if case .flowMappingEnd = kind { afterJSONLikeNode = true }
        else if case .scalar(_, let style) = kind, style == .singleQuoted || style == .doubleQuoted {
            afterJSONLikeNode = true
        } else { afterJSONLikeNode = false }
    }

    private mutating func fetchMoreTokens() throws(YAMLError) {
        try skipToNextToken()
        try removeStaleSimpleKeys()
        unwindIndent(to: column)
        let byte = peek()
        if atEnd { return fetchStreamEnd() }
        if column == 0 {
            if byte == .percent { return try fetchDirective() }
            if isDocumentMarker(.minus) { return try fetchDocumentIndicator(.documentStart) }
            if isDocumentMarker(.dot) { return try fetchDocumentIndicator(.documentEnd) }
        }
        switch byte {
        case .openBracket: return try fetchFlowCollectionStart(.flowSequenceStart)
        case .openBrace: return try fetchFlowCollectionStart(.flowMappingStart)
        case .closeBracket: return try fetchFlowCollectionEnd(.flowSequenceEnd)
        case .closeBrace: return try fetchFlowCollectionEnd(.flowMappingEnd)
        case .comma: return try fetchFlowEntry()
        case .minus where isBlankOrEnd(1): return try fetchBlockEntry()
        case .question where isBlankOrEnd(1): return try fetchExplicitKey()
        case .colon where isBlankOrEnd(1) || (flowLevel > 0 && (peek(1).isFlowIndicator || afterJSONLikeNode)):
            return try fetchValue()
        case .asterisk: return try fetchAlias()
        case .ampersand: return try fetchAnchor()
        case .exclamation: return try fetchTag()
        case .pipe where flowLevel == 0, .greater where flowLevel == 0:
            return try fetchBlockScalar(folded: byte == .greater)
        case .singleQuote, .doubleQuote: return try fetchQuotedScalar(double: byte == .doubleQuote)
        default:
            if startsPlainScalar() { return try fetchPlainScalar() }
            if byte == .tab { throw error("a tab character cannot start a token (tabs are not indentation)") }
            throw error("unexpected character '\(String(decoding: [byte], as: UTF8.self))'")
        }
    }

    func isDocumentMarker(_ byte: UInt8) -> Bool {
        column == 0 && peek() == byte && peek(1) == byte && peek(2) == byte && isBlankOrEnd(3)
    }

    private func startsPlainScalar() -> Bool {
        let byte = peek()
        if byte.isBlankOrBreakOrEnd { return false }
        if byte == .minus || byte == .question || byte == .colon {
            let next = peek(1)
            return !next.isBlankOrBreakOrEnd && !(flowLevel > 0 && next.isFlowIndicator)
        }
        return !byte.isIndicator
    }

    /// Skips spaces, comments and line breaks. Tabs are separation but not
    /// indentation: a line's content may not need one to get past the block's
    /// indentation, and a block collection may not start after one.
    private mutating func skipToNextToken() throws(YAMLError) {
        var atLineStart = index == 0 || column == 0
        while true {
            var indentationTab: Mark?
            tabSeparated = false
            while peek() == .space || peek() == .tab {
                if peek() == .tab {
                    tabSeparated = true
                    if atLineStart, column <= indent, indentationTab == nil { indentationTab = mark }
                }
                forward()
            }
            if peek() == .hash {
                if !atLineStart, index > 0, !bytes[index - 1].isBlankOrBreakOrEnd {
                    throw error("a comment needs white space before '#'")
                }
                while !peek().isBreakOrEnd { forward() }
            }
            if skipLineBreak() {
                atLineStart = true
                if flowLevel == 0 {
                    allowSimpleKey = true
                    mayStartCollection = true
                }
                continue
            }
            if atLineStart, !atEnd {
                if let indentationTab { throw indentationTab.error("tabs are not allowed in indentation") }
                // A closing bracket alone is let through, as JSON-style writers put it there.
                if flowLevel > 0, column <= indent, peek() != .closeBracket, peek() != .closeBrace {
                    throw error("a flow collection's lines must be indented more than the block it is in")
                }
            }
            return
        }
    }

    // MARK: Indentation

    mutating func unwindIndent(to column: Int) {
        if flowLevel > 0 { return }
        while indent > column {
            add(.blockEnd, at: mark)
            indent = indents.removeLast()
        }
    }

    mutating func addIndent(_ column: Int) -> Bool {
        guard indent < column else { return false }
        indents.append(indent)
        indent = column
        return true
    }

    // MARK: Simple keys

    mutating func saveSimpleKey() throws(YAMLError) {
        guard allowSimpleKey else { return }
        let required = flowLevel == 0 && indent == column
        try removeSimpleKey()
        simpleKeys[flowLevel] = SimpleKey(
            tokenNumber: tokensTaken + tokens.count, required: required, mark: mark,
            mayStartCollection: mayStartCollection, tabSeparated: tabSeparated)
    }

    mutating func removeSimpleKey() throws(YAMLError) {
        if let key = simpleKeys[flowLevel], key.required {
            throw key.mark.error("expected ':' after this implicit key")
        }
        simpleKeys[flowLevel] = nil
    }

    /// A simple key is one line and at most 1024 characters long.
    private mutating func removeStaleSimpleKeys() throws(YAMLError) {
        for level in 0...flowLevel {
            guard let key = simpleKeys[level] else { continue }
            if key.mark.line != line || index - key.mark.index > 1024 {
                if key.required { throw key.mark.error("expected ':' after this implicit key") }
                simpleKeys[level] = nil
            }
        }
    }
}
