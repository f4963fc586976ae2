/// Anchors, aliases, tags and directives.
extension Scanner {
    /// The name after `&` or `*`: up to white space or a flow indicator.
    mutating func scanAnchorName() throws(YAMLError) -> String {
        forward()
        let start = index
        while !peek().isBlankOrBreakOrEnd, !peek().isFlowIndicator { forward() }
        if index == start { throw error("an anchor or alias needs a name") }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// `!<verbatim>`, `!` (non-specific), `!suffix`, `!!suffix` or `!handle!suffix`.
    mutating func scanTag() throws(YAMLError) -> Token.Kind {
        let start = mark
        forward()
        if peek() == .less {
            forward()
            let uriStart = index
            while !peek().isBlankOrBreakOrEnd, peek() != .greater { forward() }
            guard peek() == .greater, index > uriStart else {
                throw start.error("a verbatim tag needs '>' after its URI")
            }
            let uri = try decodeURI(bytes[uriStart..<index], at: start)
            forward()
            try expectSeparationAfterTag(start)
            return .tag(handle: nil, suffix: uri)
        }
        let wordStart = index
        var secondBang: Int?
        while !peek().isBlankOrBreakOrEnd, !peek().isFlowIndicator {
            if peek() == .exclamation {
                if secondBang != nil { throw error("a tag may hold at most two '!' after its first") }
                secondBang = index
            }
            forward()
        }
        try expectSeparationAfterTag(start)
        if let secondBang {
            let handle = String(decoding: bytes[(wordStart - 1)...secondBang], as: UTF8.self)
            let name = bytes[wordStart..<secondBang]
            guard name.allSatisfy({ $0.isWordCharacter }) else {
                throw start.error("a tag handle may hold only letters, digits and '-'")
            }
            let suffix = try decodeURI(bytes[(secondBang + 1)..<index], at: start)
            if suffix.isEmpty { throw start.error("a tag needs a suffix after its handle") }
            return .tag(handle: handle, suffix: suffix)
        }
        return .tag(handle: "!", suffix: try decodeURI(bytes[wordStart..<index], at: start))
    }

    private func expectSeparationAfterTag(_ start: Mark) throws(YAMLError) {
        if !isBlankOrEnd(), !(flowLevel > 0 && peek().isFlowIndicator) {
            throw start.error("a tag must be followed by white space")
        }
    }

    /// Undoes `%XX` escapes in a tag.
    private func decodeURI(_ raw: ArraySlice<UInt8>, at start: Mark) throws(YAMLError) -> String {
        guard raw.contains(.percent) else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        var position = raw.startIndex
        while position < raw.endIndex {
            if raw[position] == .percent {
                guard position + 2 < raw.endIndex, let high = raw[position + 1].hexValue,
                      let low = raw[position + 2].hexValue
                else {
                    throw start.error("a '%' escape in a tag needs two hex digits")
                }
                out.append(UInt8(high << 4 | low))
                position += 3
            } else {
                out.append(raw[position])
                position += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    mutating func fetchDirective() throws(YAMLError) {
        unwindIndent(to: -1)
        try removeSimpleKey()
        allowSimpleKey = false
        let start = mark
        forward()
        let name = scanWord()
        switch name {
        case "YAML":
            skipSpaces()
            let version = scanWord()
            let parts = version.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else {
                throw start.error("a %YAML directive needs a version such as 1.2")
            }
            if parts[0] != "1" { throw start.error("YAML version \(version) is not supported (only 1.x)") }
            tokens.append(Token(kind: .versionDirective, start: start))
        case "TAG":
            skipSpaces()
            let handle = scanWord()
            guard handle.hasPrefix("!"), handle.hasSuffix("!") else {
                throw start.error("a %TAG handle must start and end with '!'")
            }
            skipSpaces()
            let prefix = scanWord()
            if prefix.isEmpty { throw start.error("a %TAG directive needs a prefix") }
            tokens.append(Token(kind: .tagDirective(handle: handle, prefix: prefix), start: start))
        default:
            // Reserved directives are ignored, as the specification asks.
            while !peek().isBreakOrEnd { forward() }
        }
        try skipTrailingComment(after: "a directive", consumingBreak: false)
    }

    private mutating func scanWord() -> String {
        let start = index
        while !peek().isBlankOrBreakOrEnd { forward() }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func skipSpaces() {
        while peek() == .space || peek() == .tab { forward() }
    }
}

extension UInt8 {
    var isWordCharacter: Bool {
        isDigit || (self >= 0x41 && self <= 0x5A) || (self >= 0x61 && self <= 0x7A) || self == .minus
    }
}
