/// Builds nodes from the scanner's tokens; anchors are kept per document and
/// aliases expanded. Collections being read are frames on a stack of its own
/// (Parser+Collections.swift), not on the thread's: nesting up to the limit
/// needs no more than the 512 KiB stack of Apple's secondary threads.
struct Parser {
    struct Anchored {
        var node: YAMLNode
        /// How many nodes the anchored node holds, counting itself.
        var size: Int
    }

    var scanner: Scanner
    let limits: YAMLReader.Limits
    var anchors: [String: Anchored] = [:]
    var tagHandles: [String: String] = [:]
    var nodeCount = 0
    var aliasNodeCount = 0

    init(_ text: String, limits: YAMLReader.Limits) {
        scanner = Scanner(text)
        self.limits = limits
    }

    // MARK: Documents

    mutating func parseStream() throws(YAMLError) -> [YAMLReader.Document] {
        _ = try scanner.next()
        var documents: [YAMLReader.Document] = []
        var previousEnded = true
        while true {
            while case .documentEnd = try scanner.peekToken().kind {
                _ = try scanner.next()
                previousEnded = true
            }
            var token = try scanner.peekToken()
            if case .streamEnd = token.kind { break }
            tagHandles = [:]
            var sawDirective = false
            var sawVersion = false
            while true {
                token = try scanner.peekToken()
                if case .versionDirective = token.kind {
                    if sawVersion { throw token.start.error("a second %YAML directive for one document") }
                    sawVersion = true
                } else if case .tagDirective(let handle, let prefix) = token.kind {
                    if tagHandles[handle] != nil { throw token.start.error("a second %TAG directive for \(handle)") }
                    tagHandles[handle] = prefix
                } else {
                    break
                }
                if !previousEnded { throw token.start.error("a directive after a document needs '...' before it") }
                sawDirective = true
                _ = try scanner.next()
            }
            if case .documentStart = token.kind {
                _ = try scanner.next()
            } else if sawDirective {
                throw token.start.error("expected '---' after the directives")
            }
            anchors = [:]
            let next = try scanner.peekToken()
            let node: YAMLNode
            switch next.kind {
            case .documentStart, .documentEnd, .streamEnd, .versionDirective, .tagDirective:
                node = try emptyNode(at: token.start, tag: nil)
            default:
                node = try parseRootNode()
            }
            documents.append(YAMLReader.Document(root: node, line: token.start.line, column: token.start.column))
            let end = try scanner.peekToken()
            switch end.kind {
            case .documentEnd: previousEnded = true
            case .documentStart: previousEnded = false
            case .streamEnd: break
            default: throw end.start.error("expected the end of the document here (\(describe(end)))")
            }
        }
        return documents
    }

    // MARK: Nodes

    /// A node's anchor and tag, and where the first of them stands.
    struct Properties {
        var anchor: String?
        var tag: String?
        var start: Mark
    }

    /// The anchored node, when the next token is an alias.
    mutating func expandAlias() throws(YAMLError) -> YAMLNode? {
        guard try scanner.peekTag() == .alias else { return nil }
        let token = try scanner.next()
        guard case .alias(let name) = token.kind else { return nil }
        guard let anchored = anchors[name] else {
            throw token.start.error("an alias to an unknown anchor '\(name)'")
        }
        aliasNodeCount += anchored.size
        nodeCount += anchored.size
        if aliasNodeCount > limits.maximumAliasNodes {
            throw token.start.error(
                "aliases expand to more than \(limits.maximumAliasNodes) nodes", kind: .limitExceeded)
        }
        return anchored.node
    }

    mutating func parseProperties() throws(YAMLError) -> Properties {
        var properties = Properties(start: try scanner.peekStart())
        while true {
            let tag = try scanner.peekTag()
            guard tag == .anchor || tag == .tag else { return properties }
            let token = try scanner.next()
            if case .anchor(let name) = token.kind {
                if properties.anchor != nil { throw token.start.error("a node with two anchors") }
                properties.anchor = name
            } else if case .tag(let handle, let suffix) = token.kind {
                if properties.tag != nil { throw token.start.error("a node with two tags") }
                properties.tag = try resolveTag(handle: handle, suffix: suffix, at: token.start)
            }
        }
    }

    /// A scalar, or the empty node that properties alone stand for.
    mutating func parseScalarOrEmpty(_ properties: Properties) throws(YAMLError) -> YAMLNode {
        let token = try scanner.peekToken()
        guard case .scalar(let text, let style) = token.kind else {
            guard properties.anchor != nil || properties.tag != nil else {
                throw token.start.error("expected a node here (\(describe(token)))")
            }
            return try emptyNode(at: properties.start, tag: properties.tag)
        }
        _ = try scanner.next()
        let value = try resolveScalar(text, style: style, tag: properties.tag, at: token.start)
        let scalar = YAMLScalar(text: text, value: value)
        return YAMLNode(.scalar(scalar), line: token.start.line, column: token.start.column)
    }

    mutating func finish(_ node: YAMLNode, properties: Properties, countBefore: Int) throws(YAMLError) -> YAMLNode {
        if let tag = properties.tag {
            try checkCollectionTag(tag, of: node, at: Mark(index: 0, line: node.line, column: node.column))
        }
        nodeCount += 1
        if let anchor = properties.anchor { anchors[anchor] = Anchored(node: node, size: nodeCount - countBefore) }
        return node
    }

    /// A node left out (`key:` with nothing after it): null, or "" when tagged `!!str`.
    mutating func emptyNode(at mark: Mark, tag: String?) throws(YAMLError) -> YAMLNode {
        let value = try resolveScalar("", style: .plain, tag: tag, at: mark)
        return YAMLNode(.scalar(YAMLScalar(text: "", value: value)), line: mark.line, column: mark.column)
    }

    mutating func emptyEntry(at mark: Mark) throws(YAMLError) -> YAMLNode {
        nodeCount += 1
        return try emptyNode(at: mark, tag: nil)
    }

    mutating func entryIsEmpty(indentlessSequence: Bool) throws(YAMLError) -> Bool {
        switch try scanner.peekTag() {
        case .key, .value, .blockEnd, .flowEntry, .flowSequenceEnd, .flowMappingEnd, .documentStart, .documentEnd,
             .streamEnd:
            return true
        case .blockEntry: return !indentlessSequence
        default: return false
        }
    }

    func describe(_ token: Token) -> String {
        switch token.kind {
        case .streamEnd: return "the end of the input"
        case .scalar: return "a scalar"
        case .key: return "a mapping key"
        case .value: return "':'"
        case .blockEntry: return "'- '"
        case .flowEntry: return "','"
        case .blockEnd: return "a less indented line"
        case .blockMappingStart: return "a block mapping"
        case .blockSequenceStart: return "a block sequence"
        case .flowSequenceStart: return "'['"
        case .flowSequenceEnd: return "']'"
        case .flowMappingStart: return "'{'"
        case .flowMappingEnd: return "'}'"
        case .documentStart: return "'---'"
        case .documentEnd: return "'...'"
        case .alias: return "an alias"
        case .anchor: return "an anchor"
        case .tag: return "a tag"
        case .versionDirective, .tagDirective: return "a directive"
        case .streamStart: return "the start of the input"
        }
    }
}
