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
///   or, where the API reads lists so (Twilio, and OpenAPI's form default),
///   `Lists.repeated` repeats the name, `list=a&list=b`, items in order;
/// - null is an empty value, `name=`, which is how Stripe unsets a field;
///   an empty list or object sends nothing;
/// - names and values are percent-encoded as the URL standard's
///   form serializer does: every byte but letters, digits and `*-._`,
///   spaces as `+`.
public enum FormBody {
    public static let contentType = "application/x-www-form-urlencoded"

    /// How a list is written.
    public enum Lists: Sendable {
        /// `list[0]=a&list[1]=b`: any items, objects too.
        case indexed
        /// `list=a&list=b`: plain values only, since nothing would keep one
        /// object item's members together (the spec's lint refuses others).
        case repeated
    }

    /// The form of `value`, which must encode as an object (its members
    /// are the pairs); the spec's lint refuses form bodies of other types.
    public static func encode<Value: Encodable>(_ value: Value, lists: Lists = .indexed) throws -> Data {
        let root = FormNode()
        try FormEncoder.encode(value, into: root, at: [])
        guard root.kind == .members || root.kind == .unset else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: [], debugDescription: "a form body is the members of an object, not a \(Value.self)"))
        }
        var pairs: [(name: String, value: String)] = []
        for member in root.members {
            try collect(member.value, named: member.key, lists: lists, into: &pairs, at: [member.key])
        }
        var output: [UInt8] = []
        for (name, text) in pairs {
            if !output.isEmpty { output.append(UInt8(ascii: "&")) }
            output += escaped(name)
            output.append(UInt8(ascii: "="))
            output += escaped(text)
        }
        return Data(output)
    }

    /// The pairs of `value` under `name`, unescaped (a URL's query escapes them): `name[member]`, `name[0]`, or `name`
    /// itself for a value that is not an object or a list (OpenAPI's `deepObject` in the query).
    static func pairs<Value: Encodable>(of value: Value, named name: String) throws -> [(name: String, value: String)] {
        let root = FormNode()
        try FormEncoder.encode(value, into: root, at: [])
        var pairs: [(name: String, value: String)] = []
        try collect(root, named: name, lists: .indexed, into: &pairs, at: [name])
        return pairs
    }

    /// The pairs a node gives under `name`, in order; null is an empty value. `path` is the name's parts, for errors.
    private static func collect(_ node: FormNode, named name: String, lists: Lists,
                                into pairs: inout [(name: String, value: String)], at path: [String]) throws {
        switch node.kind {
        case .unset:
            return
        case .null:
            pairs.append((name, ""))
        case .text:
            pairs.append((name, node.text))
        case .members:
            for member in node.members {
                let nested = name + "[" + member.key + "]"
                try collect(member.value, named: nested, lists: lists, into: &pairs, at: path + [member.key])
            }
        case .items where lists == .repeated:
            for item in node.items {
                guard item.kind == .text || item.kind == .null else {
                    let place = path.joined(separator: ".")
                    throw EncodingError.invalidValue(place, EncodingError.Context(
                        codingPath: [], debugDescription: "the list at \(place) holds a list or object, "
                            + "which a form cannot repeat by name; send its lists indexed"))
                }
                try collect(item, named: name, lists: lists, into: &pairs, at: path)
            }
        case .items:
            for (index, item) in node.items.enumerated() {
                try collect(item, named: name + "[\(index)]", lists: lists, into: &pairs, at: path + [String(index)])
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
