import Foundation

/// One value of a form body as an `Encoder` leaves it: text, null, an
/// object's members in the order they were encoded, or a list's items. A
/// class, so that a container can fill a member after handing it out.
final class FormNode {
    enum Kind {
        case unset, null, text, members, items
    }

    var kind = Kind.unset
    var text = ""
    var members: [(key: String, value: FormNode)] = []
    var items: [FormNode] = []

    func set(_ text: String) {
        kind = .text
        self.text = text
    }

    func member(_ key: String) -> FormNode {
        kind = .members
        let node = FormNode()
        members.append((key, node))
        return node
    }

    func item() -> FormNode {
        kind = .items
        let node = FormNode()
        items.append(node)
        return node
    }
}

/// A map's keys have no order of their own: sorted, so that a body is the
/// same bytes on every run (JSON bodies sort them too).
private protocol UnorderedMembers {}
extension Dictionary: UnorderedMembers where Key == String {}

/// Encodes a value into a `FormNode` tree, members in the order the value's
/// `encode(to:)` writes them: the spec's order for generated types. Dates,
/// URLs and numbers are spelled as `JSONCoding` spells them in JSON.
struct FormEncoder: Encoder {
    let node: FormNode
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func encode(_ value: some Encodable, into node: FormNode, at codingPath: [any CodingKey]) throws {
        switch value {
        case let text as String: node.set(text)
        case let flag as Bool: node.set(flag ? "true" : "false")
        case let number as Double: node.set(try spelled(number, codingPath))
        case let number as Float: node.set(try spelled(Double(number), codingPath))
        case let date as Date: node.set(JSONCoding.formatDate(date))
        case let url as URL: node.set(url.absoluteString)
        case let decimal as Decimal: node.set(decimal.description)
        case let integer as any BinaryInteger: node.set(String(describing: integer))
        default:
            try value.encode(to: FormEncoder(node: node, codingPath: codingPath))
            if value is UnorderedMembers { node.members.sort { $0.key < $1.key } }
        }
    }

    /// As JSON writes a number: no `.0` on whole values; NaN and infinities refused.
    static func spelled(_ number: Double, _ codingPath: [any CodingKey]) throws -> String {
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, EncodingError.Context(codingPath: codingPath,
                                                                          debugDescription: "\(number) cannot be sent in a form"))
        }
        let text = number.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.kind = .members
        return KeyedEncodingContainer(Keyed(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.kind = .items
        return Unkeyed(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        Single(node: node, codingPath: codingPath)
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: FormNode
        var codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws { node.member(key.stringValue).kind = .null }

        mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
            try FormEncoder.encode(value, into: node.member(key.stringValue), at: codingPath + [key])
        }

        mutating func nestedContainer<Nested: CodingKey>(keyedBy type: Nested.Type, forKey key: Key) -> KeyedEncodingContainer<Nested> {
            FormEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            FormEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            FormEncoder(node: node.member("super"), codingPath: codingPath)
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            FormEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key])
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let node: FormNode
        var codingPath: [any CodingKey]
        var count: Int { node.items.count }

        private var nextKey: IndexKey { IndexKey(intValue: count) }

        mutating func encodeNil() throws { node.item().kind = .null }

        mutating func encode<Value: Encodable>(_ value: Value) throws {
            let key = nextKey
            try FormEncoder.encode(value, into: node.item(), at: codingPath + [key])
        }

        mutating func nestedContainer<Nested: CodingKey>(keyedBy type: Nested.Type) -> KeyedEncodingContainer<Nested> {
            let key = nextKey
            return FormEncoder(node: node.item(), codingPath: codingPath + [key]).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let key = nextKey
            return FormEncoder(node: node.item(), codingPath: codingPath + [key]).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            let key = nextKey
            return FormEncoder(node: node.item(), codingPath: codingPath + [key])
        }
    }

    /// A list item's place in a coding path, for errors.
    struct IndexKey: CodingKey {
        let intValue: Int?
        var stringValue: String { intValue.map(String.init) ?? "" }

        init(intValue: Int) { self.intValue = intValue }
        init?(stringValue: String) { nil }
    }

    struct Single: SingleValueEncodingContainer {
        let node: FormNode
        var codingPath: [any CodingKey]

        mutating func encodeNil() throws { node.kind = .null }

        mutating func encode<Value: Encodable>(_ value: Value) throws {
            try FormEncoder.encode(value, into: node, at: codingPath)
        }
    }
}
