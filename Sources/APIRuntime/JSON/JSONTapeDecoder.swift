import Foundation

/// A `Decoder` over a `JSONTape`: one pass to read the document, then each
/// member found by comparing bytes, nearest the last one found first (types
/// read their fields in about the order servers send them). Foundation's
/// `JSONDecoder` hashes every object's keys into a dictionary and makes a
/// decoder per value; this one is reused for every value of the document.
///
/// It decodes what `JSONCoding.decoder` accepts to the same values; where
/// that refuses, its errors are of the same kind at the same coding path,
/// with a message that says more (a number too large for its type is named
/// with its path, not as "not valid JSON"). Two differences: a document is
/// checked whole before any value is read (Foundation checks a number only
/// when a type asks for it, so `JSONValue` sees `05` as no JSON at all
/// here), and of a key sent twice (RFC 8259 leaves the meaning open)
/// Foundation reads the first, this decoder the one after the member read
/// last.
final class JSONTapeDecoder: Decoder {
    let tape: JSONTape
    /// The token of the value being decoded; -1 stands for a missing value read as null.
    var current: Int
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(tape: JSONTape, current: Int, codingPath: [any CodingKey] = []) {
        self.tape = tape
        self.current = current
        self.codingPath = codingPath
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        let tape: JSONTape
        do {
            tape = try JSONTape([UInt8](data))
        } catch {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "The given data was not valid JSON: \(error).", underlyingError: error))
        }
        return try JSONTapeDecoder(tape: tape, current: 0).decodeValue(Value.self, at: 0)
    }

    // MARK: Values

    func kind(at index: Int) -> JSONTape.Kind {
        index < 0 ? .null : tape.tokens[index].kind
    }

    /// Decodes the value at token `index` with the decoder's current path.
    func decodeValue<Value: Decodable>(_ type: Value.Type, at index: Int) throws -> Value {
        // Plain values come here from arrays and generic code: read directly.
        if Value.self == String.self { return try readString(at: index, key: nil) as! Value }
        if Value.self == Int.self { return try readInteger(Int.self, at: index, key: nil) as! Value }
        if Value.self == Bool.self { return try readBool(at: index, key: nil) as! Value }
        if Value.self == Double.self { return try readFloatingPoint(Double.self, at: index, key: nil) as! Value }
        if Value.self == Int64.self { return try readInteger(Int64.self, at: index, key: nil) as! Value }
        if Value.self == Int32.self { return try readInteger(Int32.self, at: index, key: nil) as! Value }
        if Value.self == Date.self || Value.self == URL.self || Value.self == Data.self || Value.self == Decimal.self {
            return try readFoundationValue(Value.self, at: index)
        }
        let enclosing = current
        current = index
        defer { current = enclosing }
        return try Value(from: self)
    }

    /// Decodes the value at `index`, one `key` deeper.
    func decodeNested<Value: Decodable>(_ type: Value.Type, at index: Int, key: any CodingKey) throws -> Value {
        codingPath.append(key)
        defer { codingPath.removeLast() }
        return try decodeValue(Value.self, at: index)
    }

    // MARK: Encoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard kind(at: current) == .object else { throw containerMismatch([String: Any].self, "keyed decoding container") }
        return KeyedDecodingContainer(JSONObjectReader<Key>(decoder: self, object: current, depth: codingPath.count))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard kind(at: current) == .array else { throw containerMismatch([Any].self, "unkeyed decoding container") }
        return JSONArrayReader(decoder: self, array: current, depth: codingPath.count)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        JSONValueReader(decoder: self, index: current, depth: codingPath.count)
    }

    private func containerMismatch(_ type: Any.Type, _ what: String) -> DecodingError {
        if kind(at: current) == .null {
            return .valueNotFound(type, DecodingError.Context(codingPath: codingPath, debugDescription: "Cannot get \(what) -- found null value instead"))
        }
        return mismatch(type, at: current, key: nil)
    }
}
