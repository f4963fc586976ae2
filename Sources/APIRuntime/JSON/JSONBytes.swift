import Foundation

/// JSON text written straight into bytes, spelled exactly as Foundation's
/// `JSONEncoder` spells it (with `.withoutEscapingSlashes`), so that
/// switching encoders changes no request body.
struct JSONBytes {
    var bytes: [UInt8] = []

    init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(ascii text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func appendString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Most text needs no escaping: copy it whole.
            guard utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                bytes.append(contentsOf: utf8)
                return
            }
            for byte in utf8 { appendEscaped(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): append(ascii: "\\\"")
        case UInt8(ascii: "\\"): append(ascii: "\\\\")
        case 0x08: append(ascii: "\\b")
        case 0x0C: append(ascii: "\\f")
        case UInt8(ascii: "\n"): append(ascii: "\\n")
        case UInt8(ascii: "\r"): append(ascii: "\\r")
        case UInt8(ascii: "\t"): append(ascii: "\\t")
        case ..<0x20:
            let digits: StaticString = "0123456789abcdef"
            append(ascii: "\\u00")
            digits.withUTF8Buffer { hex in
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            }
        default: bytes.append(byte)
        }
    }

    mutating func appendBool(_ flag: Bool) {
        flag ? append(ascii: "true") : append(ascii: "false")
    }

    mutating func appendInteger<Value: BinaryInteger>(_ value: Value) {
        if value == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        // Digits of the magnitude, last first; UInt64 holds any supported width.
        var magnitude = UInt64(value.magnitude)
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let start = bytes.count
        while magnitude > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        }
        bytes[start...].reverse()
    }

    /// Throws for NaN and infinities, which JSON cannot spell.
    mutating func appendFloatingPoint<Value: BinaryFloatingPoint & LosslessStringConvertible>(_ value: Value, codingPath: [any CodingKey]) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: codingPath, debugDescription: "Unable to encode \(value) directly in JSON."))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    mutating func appendRaw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }
}
