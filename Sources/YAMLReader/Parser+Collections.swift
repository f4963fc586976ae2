/// Block and flow sequences and mappings, read with a stack of frames instead
/// of recursion: each frame is a collection being read, and the loop either
/// reads a node for the top frame, opens a new frame, or closes the top one.
extension Parser {
    struct Frame {
        enum Kind: Equatable {
            case blockSequence, indentlessSequence, flowSequence, blockMapping, flowMapping
            /// `[a: b]`: a mapping of one pair as an entry of a flow sequence.
            case flowPair
        }

        /// Where a mapping is in its current pair.
        enum Phase { case entry, parsingKey, afterKey, parsingValue, done }

        var kind: Kind
        var start: Mark
        var properties: Properties
        var countBefore: Int
        var items: [YAMLNode] = []
        var mapping = MappingBuilder()
        var phase = Phase.entry
        var pendingKey: YAMLNode?
        var isMerge = false
        var first = true

        var isBlock: Bool { kind == .blockMapping }
    }

    /// What the loop does next.
    enum Step {
        /// Read a node (an alias, a scalar, or the start of a collection).
        case parse(block: Bool, indentlessSequence: Bool)
        /// Hand the top frame this (empty) node.
        case deliver(YAMLNode)
        /// Close the top frame: its collection is complete.
        case close
        /// Open a flow pair for this KEY (taken) or VALUE (not taken) token.
        case openPair(Token)
    }

    mutating func parseRootNode() throws(YAMLError) -> YAMLNode {
        var stack: [Frame] = []
        var step = Step.parse(block: true, indentlessSequence: false)
        while true {
            let completed: YAMLNode
            switch step {
            case .parse(let block, let indentlessSequence):
                if let alias = try expandAlias() {
                    completed = alias
                    break
                }
                let properties = try parseProperties()
                if let kind = try collectionStart(block: block, indentlessSequence: indentlessSequence) {
                    try push(&stack, kind: kind, properties: properties)
                    step = try advance(&stack[stack.count - 1])
                    continue
                }
                let countBefore = nodeCount
                let scalar = try parseScalarOrEmpty(properties)
                completed = try finish(scalar, properties: properties, countBefore: countBefore)
            case .deliver(let node):
                completed = node
            case .close:
                completed = try close(stack.removeLast())
            case .openPair(let indicator):
                try push(&stack, kind: .flowPair, properties: Properties(start: indicator.start))
                step = try beginPair(&stack[stack.count - 1], at: indicator)
                continue
            }
            if stack.isEmpty { return completed }
            try accept(completed, into: &stack[stack.count - 1])
            step = try advance(&stack[stack.count - 1])
        }
    }

    /// The collection the next token starts (taking its start token), if any.
    private mutating func collectionStart(block: Bool, indentlessSequence: Bool) throws(YAMLError) -> Frame.Kind? {
        let kind: Frame.Kind
        switch try scanner.peekTag() {
        case .flowSequenceStart: kind = .flowSequence
        case .flowMappingStart: kind = .flowMapping
        case .blockSequenceStart where block: kind = .blockSequence
        case .blockMappingStart where block: kind = .blockMapping
        case .blockEntry where indentlessSequence: return .indentlessSequence
        default: return nil
        }
        _ = try scanner.next()
        return kind
    }

    private mutating func push(_ stack: inout [Frame], kind: Frame.Kind, properties: Properties) throws(YAMLError) {
        let start = kind == .indentlessSequence || kind == .flowPair
            ? try scanner.peekStart() : scanner.lastTaken.start
        if stack.count >= limits.maximumDepth {
            throw start.error("nesting deeper than \(limits.maximumDepth) levels", kind: .limitExceeded)
        }
        stack.append(Frame(kind: kind, start: start, properties: properties, countBefore: nodeCount))
    }

    /// The node a frame reads, once the frame is complete.
    private mutating func close(_ frame: Frame) throws(YAMLError) -> YAMLNode {
        var node: YAMLNode
        switch frame.kind {
        case .blockSequence, .indentlessSequence, .flowSequence:
            node = YAMLNode(.sequence(frame.items), line: frame.start.line, column: frame.start.column)
        case .blockMapping, .flowMapping, .flowPair:
            let pairs = frame.mapping.pairs()
            node = YAMLNode(.mapping(pairs), line: frame.start.line, column: frame.start.column)
            if frame.kind == .flowPair, let key = pairs.first?.key {
                (node.line, node.column) = (key.line, key.column)
            }
        }
        return try finish(node, properties: frame.properties, countBefore: frame.countBefore)
    }

    /// Takes a node read for the frame: an item, a key or a value.
    private func accept(_ node: YAMLNode, into frame: inout Frame) throws(YAMLError) {
        switch frame.kind {
        case .blockSequence, .indentlessSequence, .flowSequence:
            frame.items.append(node)
        case .blockMapping, .flowMapping, .flowPair:
            if frame.phase == .parsingKey {
                frame.pendingKey = node
                frame.phase = .afterKey
                return
            }
            guard let key = frame.pendingKey else { return }
            try frame.mapping.add(key: key, value: node, isMerge: frame.isMerge)
            frame.pendingKey = nil
            frame.phase = frame.kind == .flowPair ? .done : .entry
        }
    }

    /// What the frame needs next.
    private mutating func advance(_ frame: inout Frame) throws(YAMLError) -> Step {
        switch frame.kind {
        case .blockSequence:
            guard let entry = try nextBlockSequenceEntry() else { return .close }
            return try entryNode(after: entry)
        case .indentlessSequence:
            guard try scanner.peekTag() == .blockEntry else { return .close }
            return try entryNode(after: scanner.next())
        case .flowSequence:
            if try flowCollectionEnds(sequence: true, first: frame.first) { return .close }
            frame.first = false
            if let indicator = try flowPairIndicator() { return .openPair(indicator) }
            return .parse(block: false, indentlessSequence: false)
        case .blockMapping, .flowMapping, .flowPair:
            switch frame.phase {
            case .entry: return try beginMappingEntry(&frame)
            case .afterKey: return try valueStep(&frame)
            // `accept` moves a mapping past the two parsing phases before the loop asks again.
            case .done, .parsingKey, .parsingValue: return .close
            }
        }
    }

    /// After a `- `: its node, or an empty one.
    private mutating func entryNode(after entry: Token) throws(YAMLError) -> Step {
        if try entryIsEmpty(indentlessSequence: false) { return .deliver(try emptyEntry(at: entry.start)) }
        return .parse(block: true, indentlessSequence: false)
    }

    private mutating func nextBlockSequenceEntry() throws(YAMLError) -> Token? {
        let token = try scanner.next()
        switch token.kind {
        case .blockEntry: return token
        case .blockEnd: return nil
        default: throw token.start.error("expected a sequence entry '- ' here (\(describe(token)))")
        }
    }

    private mutating func beginMappingEntry(_ frame: inout Frame) throws(YAMLError) -> Step {
        if frame.isBlock {
            switch try scanner.peekTag() {
            case .key: return try beginPair(&frame, at: scanner.next())
            case .value: return try beginPair(&frame, at: scanner.peekToken())
            case .blockEnd:
                _ = try scanner.next()
                return .close
            default:
                let token = try scanner.peekToken()
                throw token.start.error("expected a mapping key here (\(describe(token)))")
            }
        }
        if try flowCollectionEnds(sequence: false, first: frame.first) { return .close }
        frame.first = false
        if let indicator = try flowPairIndicator() { return try beginPair(&frame, at: indicator) }
        // `{a, b: c}`: a key without ':' has a null value.
        frame.isMerge = false
        frame.phase = .parsingKey
        return .parse(block: false, indentlessSequence: false)
    }

    /// A pair after its KEY token (taken), or at its VALUE token (a pair with an empty key).
    private mutating func beginPair(_ frame: inout Frame, at indicator: Token) throws(YAMLError) -> Step {
        guard case .key = indicator.kind else {
            frame.isMerge = false
            frame.pendingKey = try emptyEntry(at: indicator.start)
            return try valueStep(&frame)
        }
        frame.isMerge = try isMergeKey()
        frame.phase = .parsingKey
        if try entryIsEmpty(indentlessSequence: frame.isBlock) { return .deliver(try emptyEntry(at: indicator.start)) }
        return .parse(block: frame.isBlock, indentlessSequence: frame.isBlock)
    }

    /// After a key: `: value`, `:` alone (null) or nothing (null).
    private mutating func valueStep(_ frame: inout Frame) throws(YAMLError) -> Step {
        frame.phase = .parsingValue
        guard try scanner.peekTag() == .value else { return .deliver(try emptyEntry(at: scanner.peekStart())) }
        let token = try scanner.next()
        if try entryIsEmpty(indentlessSequence: frame.isBlock) { return .deliver(try emptyEntry(at: token.start)) }
        return .parse(block: frame.isBlock, indentlessSequence: frame.isBlock)
    }

    /// The KEY token of a pair in a flow collection (taken), its VALUE token
    /// when the key is empty (left for the value), or nil for a node alone.
    private mutating func flowPairIndicator() throws(YAMLError) -> Token? {
        switch try scanner.peekTag() {
        case .key: return try scanner.next()
        case .value: return try scanner.peekToken()
        default: return nil
        }
    }

    /// Before an entry of a flow collection: takes the ',' between entries,
    /// and the closing bracket (returning true) when the collection ends.
    private mutating func flowCollectionEnds(sequence: Bool, first: Bool) throws(YAMLError) -> Bool {
        let closing: TokenTag = sequence ? .flowSequenceEnd : .flowMappingEnd
        var tag = try scanner.peekTag()
        if tag == closing {
            _ = try scanner.next()
            return true
        }
        if !first {
            guard tag == .flowEntry else {
                let token = try scanner.peekToken()
                throw token.start.error("expected ',' or '\(sequence ? "]" : "}")' here (\(describe(token)))")
            }
            _ = try scanner.next()
            tag = try scanner.peekTag()
            if tag == closing {
                _ = try scanner.next()
                return true
            }
        }
        if tag == .flowEntry {
            throw try scanner.peekStart().error("an empty entry in a flow \(sequence ? "sequence" : "mapping")")
        }
        return false
    }

    /// `<<` as a plain, untagged key: PyYAML's merge of other mappings into this one.
    private mutating func isMergeKey() throws(YAMLError) -> Bool {
        try scanner.peekIsMergeKey()
    }
}
