/// A JSON document read once into a flat list of tokens: every value is a
/// token, a container's members follow it, and each token knows where its
/// subtree ends, so a decoder can skip any value without reading it again.
/// Strings and numbers stay as byte ranges until a decoder asks for them.
///
/// Accepts what Foundation's `JSONDecoder` accepts (a byte order mark, a
/// trailing comma in a container) and nothing it refuses.
struct JSONTape {
    enum Kind: UInt8 {
        case null, `true`, `false`, number, string, array, object
    }

    struct Token {
        var kind: Kind
        /// Strings: whether the bytes hold escapes to undo.
        var escaped = false
        /// Strings: whether every byte is ASCII (so bytes equal means text equal).
        var ascii = true
        /// Objects: whether a key may be sent twice (exactly so for keys of
        /// plain ASCII; any escaped or non-ASCII key counts, as Swift's text
        /// equality may see two spellings as one). Such an object's keys are
        /// looked up by text, the first of a repeated key winning, as
        /// Foundation's decoder reads them.
        var repeatedKeys = false
        /// Strings (inside the quotes) and numbers: their bytes. Containers:
        /// `start` is the opening bracket's offset, for messages.
        var start: Int
        var length = 0
        /// Containers: number of elements, or of members (a key token and a value's tokens each).
        var count = 0
        /// Index of the token after this value's subtree.
        var next = 0
    }

    struct SyntaxError: Error, CustomStringConvertible {
        var offset: Int
        var reason: String
        var description: String { "\(reason) at byte \(offset)" }
    }

    let bytes: [UInt8]
    private(set) var tokens: [Token] = []

    /// Deeper documents are refused: decoding a value of that depth must
    /// fit a 512 KiB thread stack (a secondary thread's on Apple platforms)
    /// in a debug build, where `JSONValue` takes about 5 KiB per level.
    static let maximumDepth = 64

    /// Reads a document in UTF-8, or in UTF-16 or UTF-32 where Foundation
    /// would detect one of those (see `JSONTextEncoding`).
    init(_ bytes: [UInt8]) throws(SyntaxError) {
        let (bytes, start) = try JSONTextEncoding.utf8(bytes)
        self.bytes = bytes
        tokens.reserveCapacity(bytes.count / 6 + 4)
        var reader = Reader(bytes: bytes)
        reader.position = start
        try reader.value(into: &tokens, depth: 0)
        reader.skipWhitespace()
        guard reader.position == bytes.count else { throw reader.error("unexpected text after the JSON value") }
    }

    /// The text of a string token, escapes undone.
    func string(at index: Int) -> String {
        let token = tokens[index]
        let range = token.start..<(token.start + token.length)
        guard token.escaped else { return String(decoding: bytes[range], as: UTF8.self) }
        return JSONEscapes.unescape(bytes[range])
    }

    /// Whether the string token at `index` spells `text` (a key lookup without making a String).
    func string(at index: Int, equals text: String) -> Bool {
        let token = tokens[index]
        if token.escaped { return string(at: index) == text }
        var text = text
        return text.withUTF8 { utf8 in
            utf8.count == token.length && bytes.withUnsafeBufferPointer { all in
                utf8.elementsEqual(UnsafeBufferPointer(rebasing: all[token.start..<(token.start + token.length)]))
            }
        }
    }

    func numberText(at index: Int) -> Substring {
        let token = tokens[index]
        return Substring(decoding: bytes[token.start..<(token.start + token.length)], as: UTF8.self)
    }
}

/// The recursive-descent reader behind `JSONTape`.
private struct Reader {
    let bytes: [UInt8]
    var position = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    func error(_ reason: String) -> JSONTape.SyntaxError {
        JSONTape.SyntaxError(offset: position, reason: reason)
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    mutating func value(into tokens: inout [JSONTape.Token], depth: Int) throws(JSONTape.SyntaxError) {
        skipWhitespace()
        guard position < bytes.count else { throw error("unexpected end of data") }
        let index = tokens.count
        switch bytes[position] {
        case UInt8(ascii: "{"):
            guard depth < JSONTape.maximumDepth else { throw error("too deeply nested") }
            tokens.append(JSONTape.Token(kind: .object, start: position))
            position += 1
            tokens[index].count = try members(into: &tokens, depth: depth + 1, closer: UInt8(ascii: "}"), object: index)
        case UInt8(ascii: "["):
            guard depth < JSONTape.maximumDepth else { throw error("too deeply nested") }
            tokens.append(JSONTape.Token(kind: .array, start: position))
            position += 1
            tokens[index].count = try members(into: &tokens, depth: depth + 1, closer: UInt8(ascii: "]"), object: nil)
        case UInt8(ascii: "\""):
            tokens.append(try string())
        case UInt8(ascii: "t"): tokens.append(try literal("true", .true))
        case UInt8(ascii: "f"): tokens.append(try literal("false", .false))
        case UInt8(ascii: "n"): tokens.append(try literal("null", .null))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            tokens.append(try number())
        default:
            throw error("unexpected character '\(Unicode.Scalar(bytes[position]))'")
        }
        tokens[index].next = tokens.count
    }

    /// Elements, or the members of the object at token `object`, up to `closer`; returns how many.
    private mutating func members(into tokens: inout [JSONTape.Token], depth: Int, closer: UInt8,
                                  object: Int?) throws(JSONTape.SyntaxError) -> Int {
        var count = 0
        // Objects: a bit for each key's fingerprint, and whether a key may repeat.
        var keyPrints: UInt64 = 0
        var mayRepeat = false
        while true {
            skipWhitespace()
            guard position < bytes.count else { throw error("unexpected end of data") }
            if bytes[position] == closer {
                position += 1
                if let object, mayRepeat, count > 1 { tokens[object].repeatedKeys = true }
                return count
            }
            if count > 0 {
                guard bytes[position] == UInt8(ascii: ",") else { throw error("expected ',' or '\(Unicode.Scalar(closer))'") }
                position += 1
                skipWhitespace()
                // One trailing comma is accepted, as Foundation accepts it.
                if position < bytes.count, bytes[position] == closer { continue }
            }
            if let object {
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw error("expected a key in quotes") }
                var key = try string()
                key.next = tokens.count + 1
                tokens.append(key)
                if !mayRepeat {
                    if key.escaped || !key.ascii {
                        // Swift's text equality may see two spellings as one: compared as text.
                        mayRepeat = true
                    } else {
                        let print = fingerprint(key)
                        mayRepeat = keyPrints & print != 0 && repeatsAKey(in: object, tokens)
                        keyPrints |= print
                    }
                }
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw error("expected ':' after a key") }
                position += 1
            }
            try value(into: &tokens, depth: depth)
            count += 1
        }
    }

    /// Whether the key just added to the object at `object` equals one
    /// before it, by bytes. Called only when its fingerprint (length, first
    /// and last byte) is one seen before, so most objects need no second look.
    private func repeatsAKey(in object: Int, _ tokens: [JSONTape.Token]) -> Bool {
        let keyIndex = tokens.count - 1
        let key = tokens[keyIndex]
        let text = bytes[key.start..<(key.start + key.length)]
        var member = object + 1
        while member < keyIndex {
            let start = tokens[member].start
            if tokens[member].length == key.length, bytes[start..<(start + key.length)].elementsEqual(text) {
                return true
            }
            member = tokens[member + 1].next
        }
        return false
    }

    /// One bit of 64 standing for a key's text.
    @inline(__always)
    private func fingerprint(_ key: JSONTape.Token) -> UInt64 {
        let first = key.length > 0 ? UInt64(bytes[key.start]) : 0
        let last = key.length > 0 ? UInt64(bytes[key.start + key.length - 1]) : 0
        let mixed = (UInt64(truncatingIfNeeded: key.length) << 16 | first << 8 | last) &* 0x9E37_79B9_7F4A_7C15
        return 1 << (mixed >> 58)
    }

    private mutating func literal(_ word: StaticString, _ kind: JSONTape.Kind) throws(JSONTape.SyntaxError) -> JSONTape.Token {
        let length = word.utf8CodeUnitCount
        let matches = word.withUTF8Buffer { expected in
            position + length <= bytes.count && bytes[position..<(position + length)].elementsEqual(expected)
        }
        guard matches else { throw error("unexpected character '\(Unicode.Scalar(bytes[position]))'") }
        defer { position += length }
        return JSONTape.Token(kind: kind, start: position)
    }

    private mutating func string() throws(JSONTape.SyntaxError) -> JSONTape.Token {
        position += 1
        let start = position
        var escaped = false
        var ascii = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let range = start..<position
                // Non-ASCII text must be valid UTF-8, as Foundation requires.
                if !ascii, !JSONEscapes.isValidUTF8(bytes[range]) {
                    throw JSONTape.SyntaxError(offset: start, reason: "a string that is not valid UTF-8")
                }
                if escaped, !JSONEscapes.isValid(bytes[range]) {
                    throw JSONTape.SyntaxError(offset: start, reason: "a string with an invalid escape")
                }
                position += 1
                return JSONTape.Token(kind: .string, escaped: escaped, ascii: ascii, start: start, length: range.count)
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                position += 2
                continue
            }
            if byte < 0x20 { throw error("a control character in a string") }
            if byte >= 0x80 { ascii = false }
            position += 1
        }
        throw JSONTape.SyntaxError(offset: start - 1, reason: "a string without its closing quote")
    }

    /// JSON's number grammar: `-? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?`.
    private mutating func number() throws(JSONTape.SyntaxError) -> JSONTape.Token {
        let start = position
        func digits() -> Int {
            let first = position
            while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") { position += 1 }
            return position - first
        }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        let integerStart = position
        let integerDigits = digits()
        guard integerDigits > 0 else { throw error("a number without digits") }
        guard integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else { throw JSONTape.SyntaxError(offset: start, reason: "a number with a leading zero") }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw error("a number without digits after its decimal point") }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { throw error("a number without digits in its exponent") }
        }
        return JSONTape.Token(kind: .number, start: start, length: position - start)
    }
}
