/// What the scanner hands the parser: YAML's indentation turned into explicit
/// start/end tokens, and keys marked before the node that turned out to be one.
struct Token: Sendable {
    enum Kind: Sendable {
        case streamStart, streamEnd
        case versionDirective
        case tagDirective(handle: String, prefix: String)
        case documentStart, documentEnd
        case blockSequenceStart, blockMappingStart, blockEnd
        case flowSequenceStart, flowSequenceEnd, flowMappingStart, flowMappingEnd
        case blockEntry, flowEntry, key, value
        case alias(String), anchor(String)
        /// `handle` is nil for a verbatim tag `!<...>`.
        case tag(handle: String?, suffix: String)
        case scalar(String, style: ScalarStyle)
    }

    var kind: Kind
    var start: Mark
}

enum ScalarStyle: Sendable, Equatable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// The queue of scanned tokens; the scanner inserts KEY and BLOCK-MAPPING-START
/// into it after the fact, and the parser takes from the front.
struct TokenQueue {
    private var tokens: [Token] = []
    private var head = 0

    var isEmpty: Bool { head == tokens.count }
    var count: Int { tokens.count - head }
    var first: Token? { isEmpty ? nil : tokens[head] }

    mutating func append(_ token: Token) { tokens.append(token) }

    /// Inserts at a position counted from the front of the queue. The queue is
    /// short while a simple key is pending (a key is at most 1024 characters).
    mutating func insert(_ token: Token, at position: Int) { tokens.insert(token, at: head + position) }

    mutating func removeFirst() -> Token {
        let token = tokens[head]
        head += 1
        if head > 256, head * 2 > tokens.count {
            tokens.removeFirst(head)
            head = 0
        }
        return token
    }
}
