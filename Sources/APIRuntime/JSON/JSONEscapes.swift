/// The inside of JSON strings: escapes and UTF-8, checked when a document
/// is read and undone when a decoder asks for the text.
enum JSONEscapes {
    /// Whether every escape in `bytes` (the inside of a string) is one JSON
    /// has, with `\u` surrogates in pairs, as Foundation requires.
    static func isValid(_ bytes: ArraySlice<UInt8>) -> Bool {
        var scalars: [Unicode.Scalar] = []
        return unescape(bytes, into: &scalars)
    }

    /// The text of a string whose escapes `isValid` accepted.
    static func unescape(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars: [Unicode.Scalar] = []
        _ = unescape(bytes, into: &scalars)
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    private static func unescape(_ bytes: ArraySlice<UInt8>, into scalars: inout [Unicode.Scalar]) -> Bool {
        var index = bytes.startIndex
        var plain = index
        func flushPlain(upTo end: Int) {
            scalars.append(contentsOf: String(decoding: bytes[plain..<end], as: UTF8.self).unicodeScalars)
        }
        while index < bytes.endIndex {
            guard bytes[index] == UInt8(ascii: "\\") else { index += 1; continue }
            flushPlain(upTo: index)
            guard index + 1 < bytes.endIndex else { return false }
            let letter = bytes[index + 1]
            index += 2
            switch letter {
            case UInt8(ascii: "\""): scalars.append("\"")
            case UInt8(ascii: "\\"): scalars.append("\\")
            case UInt8(ascii: "/"): scalars.append("/")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                guard let unit = hexUnit(bytes, at: index) else { return false }
                index += 4
                switch unit {
                case 0xD800..<0xDC00:
                    // A high surrogate must be followed by an escaped low one.
                    guard index + 1 < bytes.endIndex, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
                          let low = hexUnit(bytes, at: index + 2), (0xDC00..<0xE000).contains(low),
                          let scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) else { return false }
                    index += 6
                    scalars.append(scalar)
                case 0xDC00..<0xE000:
                    return false
                default:
                    guard let scalar = Unicode.Scalar(unit) else { return false }
                    scalars.append(scalar)
                }
            default:
                return false
            }
            plain = index
        }
        flushPlain(upTo: bytes.endIndex)
        return true
    }

    private static func hexUnit(_ bytes: ArraySlice<UInt8>, at index: Int) -> UInt32? {
        guard index + 4 <= bytes.endIndex else { return nil }
        var unit: UInt32 = 0
        for byte in bytes[index..<(index + 4)] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            unit = unit << 4 | UInt32(digit)
        }
        return unit
    }

    /// Whether `bytes` are well-formed UTF-8 (no overlong forms, surrogates
    /// or values past U+10FFFF).
    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var lowest: UInt8 = 0x80, highest: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowest = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; highest = 0x9F
            case 0xF0: length = 4; lowest = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; highest = 0x8F
            default: return false
            }
            guard index + length <= bytes.endIndex else { return false }
            let second = bytes[index + 1]
            guard second >= lowest, second <= highest else { return false }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }
}
