/// The fetchers: one token each (and the KEY / BLOCK-*-START tokens it implies),
/// keeping the scanner's indentation, flow level and simple-key state.
extension Scanner {
    mutating func fetchStreamEnd() {
        unwindIndent(to: -1)
        simpleKeys = Array(repeating: nil, count: simpleKeys.count)
        allowSimpleKey = false
        add(.streamEnd, at: mark)
        done = true
    }

    mutating func fetchDocumentIndicator(_ kind: Token.Kind) throws(YAMLError) {
        if flowLevel > 0 { throw error("a document marker inside a flow collection") }
        unwindIndent(to: -1)
        try removeSimpleKey()
        allowSimpleKey = false
        let start = mark
        forward(3)
        add(kind, at: start)
        if case .documentEnd = kind { try skipTrailingComment(after: "'...'", consumingBreak: false) }
    }

    mutating func fetchFlowCollectionStart(_ kind: Token.Kind) throws(YAMLError) {
        try saveSimpleKey()
        flowLevel += 1
        if simpleKeys.count <= flowLevel { simpleKeys.append(nil) }
        allowSimpleKey = true
        let start = mark
        forward()
        add(kind, at: start)
    }

    mutating func fetchFlowCollectionEnd(_ kind: Token.Kind) throws(YAMLError) {
        if flowLevel == 0 { throw error("a closing bracket without an opening one") }
        try removeSimpleKey()
        flowLevel -= 1
        allowSimpleKey = false
        let start = mark
        forward()
        add(kind, at: start)
    }

    mutating func fetchFlowEntry() throws(YAMLError) {
        if flowLevel == 0 { throw error("',' outside a flow collection") }
        allowSimpleKey = true
        try removeSimpleKey()
        let start = mark
        forward()
        add(.flowEntry, at: start)
    }

    mutating func fetchBlockEntry() throws(YAMLError) {
        if flowLevel > 0 { throw error("a block sequence entry '- ' inside a flow collection") }
        if !allowSimpleKey { throw error("a sequence entry is not allowed here") }
        if addIndent(column) {
            if !mayStartCollection { throw error("a block sequence cannot start on the line of a key") }
            if tabSeparated { throw error("a block sequence cannot start after a tab") }
            add(.blockSequenceStart, at: mark)
        }
        allowSimpleKey = true
        try removeSimpleKey()
        let start = mark
        forward()
        add(.blockEntry, at: start)
        mayStartCollection = true
    }

    mutating func fetchExplicitKey() throws(YAMLError) {
        if flowLevel == 0 {
            if !allowSimpleKey { throw error("a mapping key is not allowed here") }
            if addIndent(column) {
                if !mayStartCollection { throw error("a block mapping cannot start here") }
                if tabSeparated { throw error("a block mapping cannot start after a tab") }
                add(.blockMappingStart, at: mark)
            }
        }
        allowSimpleKey = flowLevel == 0
        try removeSimpleKey()
        let start = mark
        forward()
        add(.key, at: start)
        mayStartCollection = true
    }

    mutating func fetchValue() throws(YAMLError) {
        let start = mark
        if let key = simpleKeys[flowLevel] {
            simpleKeys[flowLevel] = nil
            let position = key.tokenNumber - tokensTaken
            tokens.insert(Token(kind: .key, start: key.mark), at: position)
            if flowLevel == 0, addIndent(key.mark.column - 1) {
                if !key.mayStartCollection {
                    throw start.error("a mapping value is not allowed here (a block mapping cannot start on this line)")
                }
                if key.tabSeparated { throw key.mark.error("a block mapping cannot start after a tab") }
                tokens.insert(Token(kind: .blockMappingStart, start: key.mark), at: position)
            }
            allowSimpleKey = false
            forward()
            add(.value, at: start)
            return
        }
        if flowLevel == 0 {
            if !allowSimpleKey { throw error("a mapping value is not allowed here") }
            if addIndent(column) {
                if !mayStartCollection { throw error("a block mapping cannot start here") }
                add(.blockMappingStart, at: mark)
            }
        }
        allowSimpleKey = flowLevel == 0
        try removeSimpleKey()
        forward()
        add(.value, at: start)
        mayStartCollection = true
    }

    // MARK: Node properties and scalars

    mutating func fetchAlias() throws(YAMLError) {
        try saveSimpleKey()
        allowSimpleKey = false
        let start = mark
        let name = try scanAnchorName()
        add(.alias(name), at: start)
    }

    mutating func fetchAnchor() throws(YAMLError) {
        try saveSimpleKey()
        allowSimpleKey = false
        let start = mark
        let name = try scanAnchorName()
        add(.anchor(name), at: start)
    }

    mutating func fetchTag() throws(YAMLError) {
        try saveSimpleKey()
        allowSimpleKey = false
        let start = mark
        let tag = try scanTag()
        add(tag, at: start)
    }

    mutating func fetchBlockScalar(folded: Bool) throws(YAMLError) {
        allowSimpleKey = true
        try removeSimpleKey()
        let start = mark
        let text = try scanBlockScalar(folded: folded)
        add(.scalar(text, style: folded ? .folded : .literal), at: start)
    }

    mutating func fetchQuotedScalar(double: Bool) throws(YAMLError) {
        try saveSimpleKey()
        allowSimpleKey = false
        let start = mark
        let text = try scanQuotedScalar(double: double)
        add(.scalar(text, style: double ? .doubleQuoted : .singleQuoted), at: start)
    }

    mutating func fetchPlainScalar() throws(YAMLError) {
        try saveSimpleKey()
        allowSimpleKey = false
        let start = mark
        let text = try scanPlainScalar()
        add(.scalar(text, style: .plain), at: start)
    }
}
