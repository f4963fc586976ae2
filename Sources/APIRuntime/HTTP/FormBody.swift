import Foundation

/// A request body in `application/x-www-form-urlencoded`, nested as
/// Stripe reads it (and Rack, PHP and most form APIs with it):
///
/// - an object's members are pairs in the order the type encodes them
///   (the spec's), a nested member named `parent[member]`;
/// - a list's items are numbered, `list[0]`, `list[1]`: numbers keep the
///   members of one object item together (`items[0][price]` and
///   `items[0][quantity]`), which `items[][price]` cannot say, and Stripe
///   reads numbered lists of plain values (`expand[0]`) as well;
/// - null is an empty value, `name=`, which is how Stripe unsets a field;
///   an empty list or object sends nothing;
/// - names and values are percent-encoded as the URL standard's
///   form serializer does: every byte but letters, digits and `*-._`,
///   spaces as `+`.
public enum FormBody {
    public static let contentType = "application/x-www-form-urlencoded"

    /// The form of `value`, which must encode as an object (its members
    /// are the pairs); the spec's lint refuses form bodies of other types.
    public static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        let root = FormNode()
        try FormEncoder.encode(value, into: root, at: [])
        guard root.kind == .members || root.kind == .unset else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: [], debugDescription: "a form body is the members of an object, not a \(Value.self)"))
        }
        var output: [UInt8] = []
        for member in root.members { append(member.value, named: escaped(member.key), to: &output) }
        return Data(output)
    }

    private static let open = Array("%5B".utf8)
    private static let close = Array("%5D".utf8)

    private static func append(_ node: FormNode, named name: [UInt8], to output: inout [UInt8]) {
        switch node.kind {
        case .unset:
            return
        case .null, .text:
            if !output.isEmpty { output.append(UInt8(ascii: "&")) }
            output += name
            output.append(UInt8(ascii: "="))
            if node.kind == .text { output += escaped(node.text) }
        case .members:
            for member in node.members {
                append(member.value, named: name + open + escaped(member.key) + close, to: &output)
            }
        case .items:
            for (index, item) in node.items.enumerated() {
                append(item, named: name + open + Array(String(index).utf8) + close, to: &output)
            }
        }
    }

    private static let hex = Array("0123456789ABCDEF".utf8)

    /// The URL standard's `application/x-www-form-urlencoded` byte serializer.
    static func escaped(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"):
                bytes.append(byte)
            case UInt8(ascii: " "):
                bytes.append(UInt8(ascii: "+"))
            default:
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return bytes
    }

    /// Form text (perhaps cut short) with the value of every secret pair
    /// replaced by `<redacted>`. A pair is secret when a part of its name
    /// (`card` or `cvc` in `card[cvc]`) is one of `keys` or looks like a
    /// credential, as a secret JSON member hides all it holds.
    static func maskSecrets(in text: String, keys: Set<String>) -> String {
        guard text.contains("=") else { return text }
        let pairs = text.split(separator: "&", omittingEmptySubsequences: false).map { pair -> Substring in
            guard let equals = pair.firstIndex(of: "="), pair[pair.index(after: equals)...].isEmpty == false,
                  isSecret(name: pair[..<equals], keys: keys) else { return pair }
            return pair[...equals] + "<redacted>"
        }
        return pairs.joined(separator: "&")
    }

    private static func isSecret(name: Substring, keys: Set<String>) -> Bool {
        let spaced = name.replacingOccurrences(of: "+", with: " ")
        let decoded = spaced.removingPercentEncoding ?? spaced
        let parts = decoded.split(whereSeparator: { $0 == "[" || $0 == "]" })
        return parts.contains { part in
            !part.allSatisfy(\.isNumber) && (keys.contains(String(part)) || Redaction.isSecret(String(part)))
        }
    }
}
