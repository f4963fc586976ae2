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

/// A token's kind without its text: what the parser mostly looks at, cheap to peek.
enum TokenTag: Equatable {
    case streamStart, streamEnd, versionDirective, tagDirective, documentStart, documentEnd
    case blockSequenceStart, blockMappingStart, blockEnd
    case flowSequenceStart, flowSequenceEnd, flowMappingStart, flowMappingEnd
    case blockEntry, flowEntry, key, value, alias, anchor, tag, scalar
}

extension Token.Kind {
    var tag: TokenTag {
        switch self {
        case .streamStart: return .streamStart
        case .streamEnd: return .streamEnd
        case .versionDirective: return .versionDirective
        case .tagDirective: return .tagDirective
        case .documentStart: return .documentStart
        case .documentEnd: return .documentEnd
        case .blockSequenceStart: return .blockSequenceStart
        case .blockMappingStart: return .blockMappingStart
        case .blockEnd: return .blockEnd
        case .flowSequenceStart: return .flowSequenceStart
        case .flowSequenceEnd: return .flowSequenceEnd
        case .flowMappingStart: return .flowMappingStart
        case .flowMappingEnd: return .flowMappingEnd
        case .blockEntry: return .blockEntry
        case .flowEntry: return .flowEntry
        case .key: return .key
        case .value: return .value
        case .alias: return .alias
        case .anchor: return .anchor
        case .tag: return .tag
        case .scalar: return .scalar
        }
    }
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
    var firstTag: TokenTag { tokens[head].kind.tag }
    var firstStart: Mark { tokens[head].start }
    var firstIsMergeKey: Bool {
        if case .scalar("<<", .plain) = tokens[head].kind { return true }
        return false
    }

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
