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

    /// Appends `JSONNode.quoted(text)`.
    mutating func appendQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        if JSONNode.needsNoEscaping(text) {
            bytes.append(contentsOf: text.utf8)
        } else {
            // Byte by byte: every byte of a multi-byte scalar is 0x80 or more, so none is escaped.
            for byte in text.utf8 { appendEscaped(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): self += "\\\""
        case UInt8(ascii: "\\"): self += "\\\\"
        case UInt8(ascii: "\n"): self += "\\n"
        case UInt8(ascii: "\r"): self += "\\r"
        case UInt8(ascii: "\t"): self += "\\t"
        case ..<0x20:
            let hex = String(byte, radix: 16)
            self += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: bytes.append(byte)
        }
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}
