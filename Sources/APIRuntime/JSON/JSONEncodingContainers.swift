/// Where a container's coding path comes from: the encoder's own path up
/// to a depth while the container is in use (no copy per value), or a copy
/// for nested containers, which outlive the key they were opened for.
enum ContainerPath {
    case depth(Int)
    case fixed([any CodingKey])

    func resolve(in encoder: StreamingJSONEncoder) -> [any CodingKey] {
        switch self {
        case .depth(let depth): return Array(encoder.codingPath.prefix(depth))
        case .fixed(let path): return path
        }
    }
}

/// A position in an array, as a coding key. One word, so that the path's
/// existential holds it inline (a wider key was an allocation per element).
struct ArrayIndexKey: CodingKey {
    let index: Int
    var intValue: Int? { index }
    var stringValue: String { "Index \(index)" }
    init(_ index: Int) { self.index = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { index = intValue }
}

struct JSONObjectWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: StreamingJSONEncoder
    let frame: StreamingJSONEncoder.FrameReference
    let path: ContainerPath

    var codingPath: [any CodingKey] { path.resolve(in: encoder) }

    private func begin(_ key: Key) { encoder.beginMember(key.stringValue, in: frame) }

    mutating func encodeNil(forKey key: Key) throws { begin(key); encoder.output.append(ascii: "null") }
    mutating func encode(_ value: Bool, forKey key: Key) throws { begin(key); encoder.output.appendBool(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { begin(key); encoder.output.appendString(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { begin(key); try encoder.output.appendFloatingPoint(value, codingPath: codingPath + [key]) }
    mutating func encode(_ value: Float, forKey key: Key) throws { begin(key); try encoder.output.appendFloatingPoint(value, codingPath: codingPath + [key]) }
    mutating func encode(_ value: Int, forKey key: Key) throws { begin(key); encoder.output.appendInteger(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { begin(key); encoder.output.appendInteger(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { begin(key); encoder.output.appendInteger(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { begin(key); encoder.output.appendInteger(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { begin(key); encoder.output.appendInteger(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { begin(key); encoder.output.appendInteger(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { begin(key); encoder.output.appendInteger(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { begin(key); encoder.output.appendInteger(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { begin(key); encoder.output.appendInteger(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { begin(key); encoder.output.appendInteger(value) }

    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        begin(key)
        encoder.codingPath.append(key)
        defer { encoder.codingPath.removeLast() }
        try encoder.encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        begin(key)
        let nested = encoder.openFrame(object: true)
        return KeyedEncodingContainer(JSONObjectWriter<NestedKey>(encoder: encoder, frame: nested, path: .fixed(codingPath + [key])))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        begin(key)
        return JSONArrayWriter(encoder: encoder, frame: encoder.openFrame(object: false), path: .fixed(codingPath + [key]))
    }

    mutating func superEncoder() -> any Encoder {
        let began = encoder.beginMember("super", in: frame)
        return encoder.deferredEncoder(in: frame, began: began, path: codingPath + [JSONKey("super")])
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let began = encoder.beginMember(key.stringValue, in: frame)
        return encoder.deferredEncoder(in: frame, began: began, path: codingPath + [key])
    }
}

struct JSONArrayWriter: UnkeyedEncodingContainer {
    let encoder: StreamingJSONEncoder
    let frame: StreamingJSONEncoder.FrameReference
    let path: ContainerPath

    var codingPath: [any CodingKey] { path.resolve(in: encoder) }
    var count: Int {
        let frames = encoder.frames
        return frame.index < frames.count && frames[frame.index].id == frame.id ? frames[frame.index].count : 0
    }

    private func begin() { encoder.beginEntry(in: frame) }

    mutating func encodeNil() throws { begin(); encoder.output.append(ascii: "null") }
    mutating func encode(_ value: Bool) throws { begin(); encoder.output.appendBool(value) }
    mutating func encode(_ value: String) throws { begin(); encoder.output.appendString(value) }
    mutating func encode(_ value: Double) throws { begin(); try encoder.output.appendFloatingPoint(value, codingPath: codingPath) }
    mutating func encode(_ value: Float) throws { begin(); try encoder.output.appendFloatingPoint(value, codingPath: codingPath) }
    mutating func encode(_ value: Int) throws { begin(); encoder.output.appendInteger(value) }
    mutating func encode(_ value: Int8) throws { begin(); encoder.output.appendInteger(value) }
    mutating func encode(_ value: Int16) throws { begin(); encoder.output.appendInteger(value) }
    mutating func encode(_ value: Int32) throws { begin(); encoder.output.appendInteger(value) }
    mutating func encode(_ value: Int64) throws { begin(); encoder.output.appendInteger(value) }
    mutating func encode(_ value: UInt) throws { begin(); encoder.output.appendInteger(value) }
    mutating func encode(_ value: UInt8) throws { begin(); encoder.output.appendInteger(value) }
    mutating func encode(_ value: UInt16) throws { begin(); encoder.output.appendInteger(value) }
    mutating func encode(_ value: UInt32) throws { begin(); encoder.output.appendInteger(value) }
    mutating func encode(_ value: UInt64) throws { begin(); encoder.output.appendInteger(value) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        begin()
        encoder.codingPath.append(ArrayIndexKey(count - 1))
        defer { encoder.codingPath.removeLast() }
        try encoder.encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        begin()
        let path = ContainerPath.fixed(codingPath + [ArrayIndexKey(count - 1)])
        return KeyedEncodingContainer(JSONObjectWriter<NestedKey>(encoder: encoder, frame: encoder.openFrame(object: true), path: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        begin()
        let path = ContainerPath.fixed(codingPath + [ArrayIndexKey(count - 1)])
        return JSONArrayWriter(encoder: encoder, frame: encoder.openFrame(object: false), path: path)
    }

    mutating func superEncoder() -> any Encoder {
        let began = encoder.beginEntry(in: frame)
        return encoder.deferredEncoder(in: frame, began: began, path: codingPath + [ArrayIndexKey(count - 1)])
    }
}

struct JSONValueWriter: SingleValueEncodingContainer {
    let encoder: StreamingJSONEncoder
    let pathDepth: Int

    var codingPath: [any CodingKey] { Array(encoder.codingPath.prefix(pathDepth)) }

    mutating func encodeNil() throws { encoder.output.append(ascii: "null") }
    mutating func encode(_ value: Bool) throws { encoder.output.appendBool(value) }
    mutating func encode(_ value: String) throws { encoder.output.appendString(value) }
    mutating func encode(_ value: Double) throws { try encoder.output.appendFloatingPoint(value, codingPath: codingPath) }
    mutating func encode(_ value: Float) throws { try encoder.output.appendFloatingPoint(value, codingPath: codingPath) }
    mutating func encode(_ value: Int) throws { encoder.output.appendInteger(value) }
    mutating func encode(_ value: Int8) throws { encoder.output.appendInteger(value) }
    mutating func encode(_ value: Int16) throws { encoder.output.appendInteger(value) }
    mutating func encode(_ value: Int32) throws { encoder.output.appendInteger(value) }
    mutating func encode(_ value: Int64) throws { encoder.output.appendInteger(value) }
    mutating func encode(_ value: UInt) throws { encoder.output.appendInteger(value) }
    mutating func encode(_ value: UInt8) throws { encoder.output.appendInteger(value) }
    mutating func encode(_ value: UInt16) throws { encoder.output.appendInteger(value) }
    mutating func encode(_ value: UInt32) throws { encoder.output.appendInteger(value) }
    mutating func encode(_ value: UInt64) throws { encoder.output.appendInteger(value) }
    mutating func encode<Value: Encodable>(_ value: Value) throws { try encoder.encodeValue(value) }
}
