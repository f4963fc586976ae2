/// A coding path as messages show it: `groups[2].members["+911111111111"]`.
/// Array positions are in brackets; names are keys, also a map's keys that
/// read as numbers (Swift gives those an `intValue` too, so the key's kind,
/// not its `intValue`, decides).
enum CodingPathText {
    static func render(_ path: some Sequence<any CodingKey>) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue, key.stringValue == "Index \(index)" {
                // A position, as both this runtime's decoder and Foundation's name it.
                text += "[\(index)]"
            } else if isPlainName(key.stringValue) {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            } else {
                text += "[" + quoted(key.stringValue) + "]"
            }
        }
        return text
    }

    /// Letters, digits and `_`, not starting with a digit: shown bare.
    private static func isPlainName(_ name: String) -> Bool {
        guard let first = name.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return name.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
                return true
            default:
                return false
            }
        }
    }

    private static func quoted(_ name: String) -> String {
        var bytes = JSONBytes(capacity: name.utf8.count + 2)
        bytes.appendString(name)
        return String(decoding: bytes.bytes, as: UTF8.self)
    }
}
