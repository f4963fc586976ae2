/// Text built as UTF-8 bytes, made a `String` once at the end. Appending a
/// short piece to a `String` costs some hundreds of instructions (its form is
/// checked on every append); to a byte array it is a copy. Writing a large
/// spec appends millions of pieces, so the writers build their text here.
struct UTF8Buffer {
    private var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    static func += (buffer: inout UTF8Buffer, piece: String) {
        buffer.bytes.append(contentsOf: piece.utf8)
    }

    /// `JSONNode.quoted(text)`, without making the quoted text when nothing needs escaping.
    mutating func appendQuoted(_ text: String) {
        guard JSONNode.needsNoEscaping(text) else { return self += JSONNode.quoted(text) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: text.utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}
