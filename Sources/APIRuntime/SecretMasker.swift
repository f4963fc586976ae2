/// Replaces the values of secret members in JSON text with `"<redacted>"`,
/// reading strings as JSON does (escapes included), so that no byte of a
/// secret value is left, whatever it holds. The text may be the start of a
/// body cut anywhere, or no JSON at all: a secret value cut short is
/// replaced whole, and text outside secret values is copied once, unchanged.
///
/// A member is secret when its name (escapes undone) is in `keys` or looks
/// like a credential (`Redaction.isSecret`). Its string, object or array
/// value is replaced; a number or boolean only for the names in `keys`
/// (a PIN may be a number); `null` is kept.
struct SecretMasker {
    let keys: Set<String>

    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")
    private static let replacement = Array(#": "<redacted>""#.utf8)

    func mask(_ text: String) -> String {
        let bytes = Array(text.utf8)
        // Nothing to look at without a quote: the usual log line or URL.
        guard bytes.contains(Self.quote) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var position = 0
        while position < bytes.count {
            guard bytes[position] == Self.quote else {
                output.append(bytes[position])
                position += 1
                continue
            }
            let (end, closed) = stringEnd(bytes, from: position)
            output.append(contentsOf: bytes[position..<end])
            let name = bytes[(position + 1)..<(closed ? end - 1 : end)]
            position = end
            guard closed else { continue }
            let colon = skipWhitespace(bytes, from: end)
            guard colon < bytes.count, bytes[colon] == UInt8(ascii: ":") else { continue }
            let valueStart = skipWhitespace(bytes, from: colon + 1)
            guard valueStart < bytes.count, let valueEnd = secretValueEnd(bytes, at: valueStart, named: name) else { continue }
            output.append(contentsOf: Self.replacement)
            position = valueEnd
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The end of the value at `start` when the member named by the bytes
    /// `name` is secret and its value is one to hide; nil otherwise.
    private func secretValueEnd(_ bytes: [UInt8], at start: Int, named name: ArraySlice<UInt8>) -> Int? {
        let raw = String(decoding: name, as: UTF8.self)
        let unescaped = name.contains(Self.backslash) ? JSONEscapes.unescape(name) : raw
        let marked = keys.contains(unescaped) || keys.contains(raw)
        guard marked || Redaction.isSecret(unescaped) || Redaction.isSecret(raw) else { return nil }
        switch bytes[start] {
        case Self.quote:
            return stringEnd(bytes, from: start).end
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            return containerEnd(bytes, from: start)
        default:
            var end = start
            while end < bytes.count, !Self.endsBareValue(bytes[end]) { end += 1 }
            // `null` (or the start of it, where the text is cut) hides nothing.
            guard marked, end > start, bytes[start] != UInt8(ascii: "n") else { return nil }
            return end
        }
    }

    private static func endsBareValue(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: " "), UInt8(ascii: "\n"),
             UInt8(ascii: "\r"), UInt8(ascii: "\t"), quote:
            return true
        default:
            return false
        }
    }

    /// Just past the string opening at `start`, and whether it closed; an
    /// escape's next byte is never its end.
    private func stringEnd(_ bytes: [UInt8], from start: Int) -> (end: Int, closed: Bool) {
        var position = start + 1
        while position < bytes.count {
            switch bytes[position] {
            case Self.quote: return (position + 1, true)
            case Self.backslash: position += 2
            default: position += 1
            }
        }
        return (bytes.count, false)
    }

    /// Just past the object or array opening at `start`, strings inside read as strings.
    private func containerEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var depth = 0
        var position = start
        while position < bytes.count {
            switch bytes[position] {
            case Self.quote:
                position = stringEnd(bytes, from: position).end
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return position + 1 }
            default:
                break
            }
            position += 1
        }
        return bytes.count
    }

    private func skipWhitespace(_ bytes: [UInt8], from start: Int) -> Int {
        var position = start
        while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
        return position
    }
}
