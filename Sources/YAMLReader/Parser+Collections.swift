/// Block and flow sequences and mappings.
extension Parser {
    mutating func parseBlockSequence() throws(YAMLError) -> YAMLNode {
        let start = try scanner.next().start
        var items: [YAMLNode] = []
        while true {
            let token = try scanner.next()
            switch token.kind {
            case .blockEntry: items.append(try nodeOrEmpty(after: token, block: true, indentlessSequence: false))
            case .blockEnd: return YAMLNode(.sequence(items), line: start.line, column: start.column)
            default: throw token.start.error("expected a sequence entry '- ' here (\(describe(token)))")
            }
        }
    }

    /// A sequence at the same indentation as the key it is the value of.
    mutating func parseIndentlessSequence() throws(YAMLError) -> YAMLNode {
        let start = try scanner.peekToken().start
        var items: [YAMLNode] = []
        while case .blockEntry = try scanner.peekToken().kind {
            let entry = try scanner.next()
            items.append(try nodeOrEmpty(after: entry, block: true, indentlessSequence: false))
        }
        return YAMLNode(.sequence(items), line: start.line, column: start.column)
    }

    mutating func parseBlockMapping() throws(YAMLError) -> YAMLNode {
        let start = try scanner.next().start
        var mapping = MappingBuilder()
        while true {
            let token = try scanner.next()
            switch token.kind {
            case .key:
                let isMerge = try isMergeKey()
                let key = try nodeOrEmpty(after: token, block: true, indentlessSequence: true)
                let value = try valueAfterKey(key: token, block: true)
                try mapping.add(key: key, value: value, isMerge: isMerge)
            case .value:
                let key = try emptyNode(at: token.start, tag: nil)
                nodeCount += 1
                let value = try nodeOrEmpty(after: token, block: true, indentlessSequence: true)
                try mapping.add(key: key, value: value, isMerge: false)
            case .blockEnd:
                return YAMLNode(.mapping(mapping.pairs()), line: start.line, column: start.column)
            default:
                throw token.start.error("expected a mapping key here (\(describe(token)))")
            }
        }
    }

    mutating func parseFlowSequence() throws(YAMLError) -> YAMLNode {
        let start = try scanner.next().start
        var items: [YAMLNode] = []
        while true {
            var token = try scanner.peekToken()
            if case .flowSequenceEnd = token.kind { break }
            if !items.isEmpty {
                guard case .flowEntry = token.kind else {
                    throw token.start.error("expected ',' or ']' here (\(describe(token)))")
                }
                _ = try scanner.next()
                token = try scanner.peekToken()
                if case .flowSequenceEnd = token.kind { break }
            }
            switch token.kind {
            case .key, .value:
                // `[a: b]`: a mapping of one pair as an entry.
                var isMerge = false
                let key: YAMLNode
                if case .key = token.kind {
                    _ = try scanner.next()
                    isMerge = try isMergeKey()
                    key = try nodeOrEmpty(after: token, block: false, indentlessSequence: false)
                } else {
                    key = try emptyNode(at: token.start, tag: nil)
                    nodeCount += 1
                }
                let value = try valueAfterKey(key: token, block: false)
                var pair = MappingBuilder()
                try pair.add(key: key, value: value, isMerge: isMerge)
                nodeCount += 1
                items.append(YAMLNode(.mapping(pair.pairs()), line: key.line, column: key.column))
            case .flowEntry:
                throw token.start.error("an empty entry in a flow sequence")
            default:
                items.append(try parseNode(block: false, indentlessSequence: false))
            }
        }
        _ = try scanner.next()
        return YAMLNode(.sequence(items), line: start.line, column: start.column)
    }

    mutating func parseFlowMapping() throws(YAMLError) -> YAMLNode {
        let start = try scanner.next().start
        var mapping = MappingBuilder()
        var first = true
        while true {
            var token = try scanner.peekToken()
            if case .flowMappingEnd = token.kind { break }
            if !first {
                guard case .flowEntry = token.kind else {
                    throw token.start.error("expected ',' or '}' here (\(describe(token)))")
                }
                _ = try scanner.next()
                token = try scanner.peekToken()
                if case .flowMappingEnd = token.kind { break }
            }
            first = false
            switch token.kind {
            case .key:
                _ = try scanner.next()
                let isMerge = try isMergeKey()
                let key = try nodeOrEmpty(after: token, block: false, indentlessSequence: false)
                try mapping.add(key: key, value: try valueAfterKey(key: token, block: false), isMerge: isMerge)
            case .value:
                let key = try emptyNode(at: token.start, tag: nil)
                nodeCount += 1
                try mapping.add(key: key, value: try valueAfterKey(key: token, block: false), isMerge: false)
            case .flowEntry:
                throw token.start.error("an empty entry in a flow mapping")
            default:
                // `{a, b: c}`: a key without ':' has a null value.
                let key = try parseNode(block: false, indentlessSequence: false)
                try mapping.add(key: key, value: try valueAfterKey(key: token, block: false), isMerge: false)
            }
        }
        _ = try scanner.next()
        return YAMLNode(.mapping(mapping.pairs()), line: start.line, column: start.column)
    }

    /// After a key: `: value`, `:` alone (null) or nothing (null).
    private mutating func valueAfterKey(key: Token, block: Bool) throws(YAMLError) -> YAMLNode {
        let token = try scanner.peekToken()
        guard case .value = token.kind else {
            nodeCount += 1
            return try emptyNode(at: token.start, tag: nil)
        }
        _ = try scanner.next()
        return try nodeOrEmpty(after: token, block: block, indentlessSequence: block)
    }

    /// `<<` as a plain, untagged key: PyYAML's merge of other mappings into this one.
    private mutating func isMergeKey() throws(YAMLError) -> Bool {
        if case .scalar("<<", .plain) = try scanner.peekToken().kind { return true }
        return false
    }
}
