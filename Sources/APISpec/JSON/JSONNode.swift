/// A position in a source file, 1-based, counted in UTF-8 bytes for columns
/// (what editors and compilers print for ASCII specs).
///
/// Kept in 32 bits each: every value of a spec carries one, and halving
/// them is megabytes on a large spec; a line or column past 4 billion is
/// clamped.
public struct SourceLocation: Sendable, Hashable, Comparable {
    private var storedLine: UInt32
    private var storedColumn: UInt32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Self.clamped(newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Self.clamped(newValue) }
    }

    public init(line: Int, column: Int) {
        storedLine = Self.clamped(line)
        storedColumn = Self.clamped(column)
    }

    private static func clamped(_ value: Int) -> UInt32 {
        UInt32(clamping: value)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
    }
}

/// A JSON value that remembers where it was written. Foundation's decoder
/// drops positions, and a spec error without a line number is half an error.
public struct JSONNode: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case null
        case bool(Bool)
        /// Numbers keep their source text so that integers of any size and
        /// decimals survive unchanged.
        case number(String)
        case string(String)
        case array([JSONNode])
        /// Members in source order; duplicates are kept for the checker to report.
        case object([Member])
    }

    public struct Member: Sendable, Hashable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: JSONNode

        public init(key: String, keyLocation: SourceLocation, value: JSONNode) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// A short name of the value's JSON kind, for messages.
    public var kindName: String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    public var stringValue: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    public var members: [Member]? {
        if case .object(let members) = value { return members }
        return nil
    }

    public var elements: [JSONNode]? {
        if case .array(let elements) = value { return elements }
        return nil
    }

    /// The value as compact JSON with keys in source order: used to carry
    /// samples and defaults through the pipeline verbatim.
    public var compactText: String {
        var out = UTF8Buffer()
        JSONNode.write(self, into: &out)
        return out.text
    }

    /// Compact JSON with the members of every object sorted by key: the
    /// same text however the spec orders them (for generated code).
    public var canonicalText: String {
        var out = UTF8Buffer()
        JSONNode.write(self, into: &out, sorted: true)
        return out.text
    }

    private static func write(_ node: JSONNode, into out: inout UTF8Buffer, sorted: Bool = false) {
        switch node.value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let text): out += text
        case .string(let text): out.appendQuoted(text)
        case .array(let elements):
            out += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { out += "," }
                write(element, into: &out, sorted: sorted)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, member) in (sorted ? members.sorted { $0.key < $1.key } : members).enumerated() {
                if index > 0 { out += "," }
                out.appendQuoted(member.key)
                out += ":"
                write(member.value, into: &out, sorted: sorted)
            }
            out += "}"
        }
    }

    /// `quoted(text).count`, counted without making the quoted text when it is plain ASCII.
    static func quotedCount(_ text: String) -> Int {
        // Plain ASCII with no control character: one character per byte, and no quote can join the text's first.
        let plain = allBytes(of: text) { byte in
            byte >= 0x20 && byte < 0x80 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
        }
        if plain { return text.utf8.count + 2 }
        return quoted(text).count
    }

    static func needsNoEscaping(_ text: String) -> Bool {
        allBytes(of: text) { $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
    }

    /// Scans the text's contiguous bytes where it has them (a string read or
    /// built in memory does): the writers ask this of every key and value.
    private static func allBytes(of text: String, satisfy test: (UInt8) -> Bool) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy(test) }) { return answer }
        return text.utf8.allSatisfy(test)
    }

    /// JSON string escaping (also valid as a Swift string literal body).
    public static func quoted(_ text: String) -> String {
        // Most text needs no escaping: skip the byte-by-byte copy.
        if needsNoEscaping(text) { return "\"" + text + "\"" }
        var out = UTF8Buffer()
        out.appendQuoted(text)
        return out.text
    }
}
