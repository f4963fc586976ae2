/// Where an object's next lookup starts: just past the member found last.
/// For an object that may send a key twice, its keys by text instead.
final class MemberCursor {
    var member: Int
    /// Each key's first value, made on the first lookup in such an object.
    var firstValues: [String: Int]?
    init(_ member: Int) { self.member = member }
}

struct JSONObjectReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: JSONTapeDecoder
    let object: Int
    let depth: Int
    private let cursor: MemberCursor

    init(decoder: JSONTapeDecoder, object: Int, depth: Int) {
        self.decoder = decoder
        self.object = object
        self.depth = depth
        self.cursor = MemberCursor(object + 1)
    }

    var codingPath: [any CodingKey] { Array(decoder.codingPath.prefix(depth)) }

    var allKeys: [Key] {
        var keys: [Key] = []
        var member = object + 1
        let tokens = decoder.tape.tokens
        let repeated = tokens[object].repeatedKeys
        while member < tokens[object].next {
            // A key sent twice is one key, as it is to Foundation.
            if let key = Key(stringValue: decoder.tape.string(at: member)), !repeated || find(key.stringValue) == member + 1 {
                keys.append(key)
            }
            member = tokens[member + 1].next
        }
        return keys
    }

    /// The token of the value of the member named `name`.
    private func find(_ name: String) -> Int? {
        let tokens = decoder.tape.tokens
        if tokens[object].repeatedKeys { return firstValues()[name] }
        let first = object + 1, end = tokens[object].next
        var member = cursor.member < end ? cursor.member : first
        var anyNonASCII = false
        // Searched from the cursor round to it: each key is there once.
        for _ in 0..<tokens[object].count {
            let next = tokens[member + 1].next
            if decoder.tape.string(at: member, equals: name) {
                cursor.member = next
                return member + 1
            }
            anyNonASCII = anyNonASCII || !tokens[member].ascii
            member = next < end ? next : first
        }
        // Swift compares text by canonical equivalence ("é" written as one
        // scalar or two), as Foundation's dictionary of keys does; bytes
        // decide alone only when both sides are ASCII.
        guard anyNonASCII || name.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        member = first
        while member < end {
            if decoder.tape.string(at: member) == name { return member + 1 }
            member = tokens[member + 1].next
        }
        return nil
    }

    /// Each key's first value, for an object whose keys may repeat: made once per container.
    private func firstValues() -> [String: Int] {
        if let made = cursor.firstValues { return made }
        let tokens = decoder.tape.tokens
        var values: [String: Int] = [:]
        values.reserveCapacity(tokens[object].count)
        var member = object + 1
        while member < tokens[object].next {
            let key = decoder.tape.string(at: member)
            if values[key] == nil { values[key] = member + 1 }
            member = tokens[member + 1].next
        }
        cursor.firstValues = values
        return values
    }

    private func find(_ key: Key) -> Int? { find(key.stringValue) }

    private func required(_ key: Key) throws -> Int {
        guard let value = find(key) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath, debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return value
    }

    /// The value of `key` unless it is missing or null.
    private func present(_ key: Key) -> Int? {
        guard let value = find(key), decoder.kind(at: value) != .null else { return nil }
        return value
    }

    func contains(_ key: Key) -> Bool { find(key) != nil }
    func decodeNil(forKey key: Key) throws -> Bool { decoder.kind(at: try required(key)) == .null }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder.readBool(at: try required(key), key: key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder.readString(at: try required(key), key: key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder.readFloatingPoint(type, at: try required(key), key: key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decoder.readFloatingPoint(type, at: try required(key), key: key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder.readInteger(type, at: try required(key), key: key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decoder.readInteger(type, at: try required(key), key: key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decoder.readInteger(type, at: try required(key), key: key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decoder.readInteger(type, at: try required(key), key: key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decoder.readInteger(type, at: try required(key), key: key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decoder.readInteger(type, at: try required(key), key: key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decoder.readInteger(type, at: try required(key), key: key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decoder.readInteger(type, at: try required(key), key: key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decoder.readInteger(type, at: try required(key), key: key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decoder.readInteger(type, at: try required(key), key: key) }
    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
        try decoder.decodeNested(type, at: try required(key), key: key)
    }

    // One lookup per optional member (the protocol's defaults make three),
    // for the types generated code reads; rarer ones use the defaults.
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present(key).map { try decoder.readBool(at: $0, key: key) } }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present(key).map { try decoder.readString(at: $0, key: key) } }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try present(key).map { try decoder.readFloatingPoint(type, at: $0, key: key) } }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present(key).map { try decoder.readInteger(type, at: $0, key: key) } }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try present(key).map { try decoder.readInteger(type, at: $0, key: key) } }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try present(key).map { try decoder.readInteger(type, at: $0, key: key) } }
    func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
        try present(key).map { try decoder.decodeNested(type, at: $0, key: key) }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try superDecoder(forKey: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try superDecoder(forKey: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        // A super decoder reads the member named "super", as Foundation's
        // does, whether or not `Key` has a case of that name.
        try decoder(for: find("super") ?? -1, key: JSONKey("super"))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try decoder(for: find(key) ?? -1, key: key)
    }

    /// A decoder of its own, for containers that outlive this call.
    private func decoder(for index: Int, key: any CodingKey) throws -> JSONTapeDecoder {
        JSONTapeDecoder(tape: decoder.tape, current: index, codingPath: codingPath + [key])
    }
}

struct JSONArrayReader: UnkeyedDecodingContainer {
    let decoder: JSONTapeDecoder
    let array: Int
    let depth: Int
    /// The token of the next element.
    private var position: Int
    private(set) var currentIndex = 0

    init(decoder: JSONTapeDecoder, array: Int, depth: Int) {
        self.decoder = decoder
        self.array = array
        self.depth = depth
        self.position = array + 1
    }

    var codingPath: [any CodingKey] { Array(decoder.codingPath.prefix(depth)) }
    var count: Int? { decoder.tape.tokens[array].count }
    var isAtEnd: Bool { currentIndex >= decoder.tape.tokens[array].count }

    /// The next element's token; advances past it only if `read` succeeds.
    private mutating func next<Value>(_ type: Value.Type, _ read: (Int, any CodingKey) throws -> Value) throws -> Value {
        let key = ArrayIndexKey(currentIndex)
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, DecodingError.Context(codingPath: codingPath + [key], debugDescription: "Unkeyed container is at end."))
        }
        let value = try read(position, key)
        position = decoder.tape.tokens[position].next
        currentIndex += 1
        return value
    }

    /// Advances past a null only (the element is read as a value otherwise).
    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any?.self, DecodingError.Context(codingPath: codingPath + [ArrayIndexKey(currentIndex)], debugDescription: "Unkeyed container is at end."))
        }
        guard decoder.kind(at: position) == .null else { return false }
        position = decoder.tape.tokens[position].next
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next(type) { [decoder] in try decoder.readBool(at: $0, key: $1) } }
    mutating func decode(_ type: String.Type) throws -> String { try next(type) { [decoder] in try decoder.readString(at: $0, key: $1) } }
    mutating func decode(_ type: Double.Type) throws -> Double { try next(type) { [decoder] in try decoder.readFloatingPoint(type, at: $0, key: $1) } }
    mutating func decode(_ type: Float.Type) throws -> Float { try next(type) { [decoder] in try decoder.readFloatingPoint(type, at: $0, key: $1) } }
    mutating func decode(_ type: Int.Type) throws -> Int { try next(type) { [decoder] in try decoder.readInteger(type, at: $0, key: $1) } }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next(type) { [decoder] in try decoder.readInteger(type, at: $0, key: $1) } }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next(type) { [decoder] in try decoder.readInteger(type, at: $0, key: $1) } }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next(type) { [decoder] in try decoder.readInteger(type, at: $0, key: $1) } }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next(type) { [decoder] in try decoder.readInteger(type, at: $0, key: $1) } }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next(type) { [decoder] in try decoder.readInteger(type, at: $0, key: $1) } }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next(type) { [decoder] in try decoder.readInteger(type, at: $0, key: $1) } }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next(type) { [decoder] in try decoder.readInteger(type, at: $0, key: $1) } }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next(type) { [decoder] in try decoder.readInteger(type, at: $0, key: $1) } }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next(type) { [decoder] in try decoder.readInteger(type, at: $0, key: $1) } }
    mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try next(type) { [decoder] in try decoder.decodeNested(type, at: $0, key: $1) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let nested = nestedDecoder
        return try next(KeyedDecodingContainer<NestedKey>.self) { try nested($0, $1).container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let nested = nestedDecoder
        return try next((any UnkeyedDecodingContainer).self) { try nested($0, $1).unkeyedContainer() }
    }

    mutating func superDecoder() throws -> any Decoder {
        let nested = nestedDecoder
        return try next((any Decoder).self) { nested($0, $1) }
    }

    /// Makes decoders of their own, for containers that outlive this call.
    private var nestedDecoder: (Int, any CodingKey) -> JSONTapeDecoder {
        let (tape, path) = (decoder.tape, codingPath)
        return { index, key in JSONTapeDecoder(tape: tape, current: index, codingPath: path + [key]) }
    }
}

struct JSONValueReader: SingleValueDecodingContainer {
    let decoder: JSONTapeDecoder
    let index: Int
    let depth: Int

    var codingPath: [any CodingKey] { Array(decoder.codingPath.prefix(depth)) }

    func decodeNil() -> Bool { decoder.kind(at: index) == .null }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.readBool(at: index, key: nil) }
    func decode(_ type: String.Type) throws -> String { try decoder.readString(at: index, key: nil) }
    func decode(_ type: Double.Type) throws -> Double { try decoder.readFloatingPoint(type, at: index, key: nil) }
    func decode(_ type: Float.Type) throws -> Float { try decoder.readFloatingPoint(type, at: index, key: nil) }
    func decode(_ type: Int.Type) throws -> Int { try decoder.readInteger(type, at: index, key: nil) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decoder.readInteger(type, at: index, key: nil) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decoder.readInteger(type, at: index, key: nil) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decoder.readInteger(type, at: index, key: nil) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decoder.readInteger(type, at: index, key: nil) }
    func decode(_ type: UInt.Type) throws -> UInt { try decoder.readInteger(type, at: index, key: nil) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.readInteger(type, at: index, key: nil) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.readInteger(type, at: index, key: nil) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.readInteger(type, at: index, key: nil) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.readInteger(type, at: index, key: nil) }
    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value { try decoder.decodeValue(type, at: index) }
}
