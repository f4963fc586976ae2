/// Builds nodes from the scanner's tokens by recursive descent, one function
/// per kind of collection; anchors are kept per document and aliases expanded.
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
    var depth = 0
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
            var explicit = false
            if case .documentStart = token.kind {
                explicit = true
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
                node = try parseNode(block: true, indentlessSequence: false)
            }
            documents.append(YAMLReader.Document(root: node, line: token.start.line, column: token.start.column))
            let end = try scanner.peekToken()
            switch end.kind {
            case .documentEnd: previousEnded = true
            case .documentStart: previousEnded = false
            case .streamEnd: break
            default: throw end.start.error("expected the end of the document here (\(describe(end)))")
            }
            _ = explicit
        }
        return documents
    }

    // MARK: Nodes

    mutating func parseNode(block: Bool, indentlessSequence: Bool) throws(YAMLError) -> YAMLNode {
        var token = try scanner.peekToken()
        if case .alias(let name) = token.kind {
            _ = try scanner.next()
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
        var anchor: String?
        var tag: String?
        let propertiesStart = token.start
        while true {
            if case .anchor(let name) = token.kind {
                if anchor != nil { throw token.start.error("a node with two anchors") }
                anchor = name
            } else if case .tag(let handle, let suffix) = token.kind {
                if tag != nil { throw token.start.error("a node with two tags") }
                tag = try resolveTag(handle: handle, suffix: suffix, at: token.start)
            } else {
                break
            }
            _ = try scanner.next()
            token = try scanner.peekToken()
        }
        depth += 1
        defer { depth -= 1 }
        if depth > limits.maximumDepth {
            throw token.start.error("nesting deeper than \(limits.maximumDepth) levels", kind: .limitExceeded)
        }
        let countBefore = nodeCount
        var node: YAMLNode
        switch token.kind {
        case .scalar(let text, let style):
            _ = try scanner.next()
            let value = try resolveScalar(text, style: style, tag: tag, at: token.start)
            let scalar = YAMLScalar(text: text, value: value)
            node = YAMLNode(.scalar(scalar), line: token.start.line, column: token.start.column)
        case .flowSequenceStart: node = try parseFlowSequence()
        case .flowMappingStart: node = try parseFlowMapping()
        case .blockSequenceStart where block: node = try parseBlockSequence()
        case .blockMappingStart where block: node = try parseBlockMapping()
        case .blockEntry where indentlessSequence: node = try parseIndentlessSequence()
        default:
            guard anchor != nil || tag != nil else {
                throw token.start.error("expected a node here (\(describe(token)))")
            }
            return try finish(emptyNode(at: propertiesStart, tag: tag), anchor: anchor, countBefore: countBefore)
        }
        if let tag { try checkCollectionTag(tag, of: node, at: token.start) }
        return finish(node, anchor: anchor, countBefore: countBefore)
    }

    private mutating func finish(_ node: YAMLNode, anchor: String?, countBefore: Int) -> YAMLNode {
        nodeCount += 1
        if let anchor { anchors[anchor] = Anchored(node: node, size: nodeCount - countBefore) }
        return node
    }

    /// A node left out (`key:` with nothing after it): null, or "" when tagged `!!str`.
    mutating func emptyNode(at mark: Mark, tag: String?) throws(YAMLError) -> YAMLNode {
        let value = try resolveScalar("", style: .plain, tag: tag, at: mark)
        return YAMLNode(.scalar(YAMLScalar(text: "", value: value)), line: mark.line, column: mark.column)
    }

    /// The node after an indicator, or an empty one when the next token ends the entry.
    mutating func nodeOrEmpty(
        after indicator: Token, block: Bool, indentlessSequence: Bool
    ) throws(YAMLError) -> YAMLNode {
        let next = try scanner.peekToken()
        switch next.kind {
        case .key, .value, .blockEnd, .flowEntry, .flowSequenceEnd, .flowMappingEnd, .documentStart, .documentEnd,
             .streamEnd:
            nodeCount += 1
            return try emptyNode(at: indicator.start, tag: nil)
        case .blockEntry where !indentlessSequence:
            nodeCount += 1
            return try emptyNode(at: indicator.start, tag: nil)
        default:
            return try parseNode(block: block, indentlessSequence: indentlessSequence)
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
