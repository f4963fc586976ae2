import Foundation

/// An `Encoder` that writes JSON bytes as values arrive, with each object's
/// members sorted by key when it closes: the bytes `JSONCoding.encoder`
/// (Foundation's `JSONEncoder`, `.sortedKeys`) writes, without its tree of
/// boxed values, its per-value encoders or its second pass.
///
/// Containers are written in the order synthesized and generated code uses
/// them: a container's frame is closed when its parent is written to again,
/// or when the value that opened it is done.
final class StreamingJSONEncoder: Encoder {
    /// An object or array being written.
    struct Frame {
        var isObject: Bool
        /// Offset of its `{` or `[`.
        var start: Int
        var count = 0
        /// Index of its first entry in `members` (objects).
        var firstMember: Int
        /// Values of `superEncoder()`, spliced in at close.
        var deferred: [(offset: Int, encoder: StreamingJSONEncoder)] = []
    }

    var output = JSONBytes()
    var frames: [Frame] = []
    /// Keys and start offsets of the members of every open object, innermost last.
    var members: [(key: String, start: Int)] = []
    /// Frames below this index belong to values that enclose the one being encoded.
    var valueBase = 0
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init() {
        // Room for a typical body's nesting up front: no regrowth per call.
        frames.reserveCapacity(8)
        members.reserveCapacity(32)
        codingPath.reserveCapacity(8)
    }

    static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = StreamingJSONEncoder()
        guard try encoder.encodeValue(value) else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: [], debugDescription: "Top-level \(Value.self) did not encode any values."))
        }
        return Data(encoder.output.bytes)
    }

    // MARK: Values

    /// Writes one value where the output stands (after a key, a comma or
    /// nothing); a value that writes nothing becomes `{}`, as Foundation
    /// writes it. Returns whether the value wrote anything itself.
    @discardableResult
    func encodeValue<Value: Encodable>(_ value: Value) throws -> Bool {
        // Plain values reach here from arrays and generic code: written
        // directly. Comparing metatypes is cheaper than trying casts.
        if Value.self == String.self { output.appendString(value as! String); return true }
        if Value.self == Int.self { output.appendInteger(value as! Int); return true }
        if Value.self == Bool.self { output.appendBool(value as! Bool); return true }
        if Value.self == Int64.self { output.appendInteger(value as! Int64); return true }
        if Value.self == Int32.self { output.appendInteger(value as! Int32); return true }
        if Value.self == Double.self { try output.appendFloatingPoint(value as! Double, codingPath: codingPath); return true }
        // Foundation's special cases, spelled as `JSONCoding.encoder` spells them.
        if Value.self == Date.self { output.appendString(JSONCoding.formatDate(value as! Date)); return true }
        if Value.self == URL.self { output.appendString((value as! URL).absoluteString); return true }
        if Value.self == Data.self { output.appendString((value as! Data).base64EncodedString()); return true }
        if Value.self == Decimal.self { output.appendRaw((value as! Decimal).description); return true }
        let enclosing = valueBase
        valueBase = frames.count
        defer { valueBase = enclosing }
        let mark = output.bytes.count
        try value.encode(to: self)
        closeFrames(above: valueBase - 1)
        guard output.bytes.count > mark else {
            output.append(ascii: "{}")
            return false
        }
        return true
    }

    // MARK: Frames

    func openFrame(object: Bool) -> Int {
        frames.append(Frame(isObject: object, start: output.bytes.count, firstMember: members.count))
        output.append(object ? UInt8(ascii: "{") : UInt8(ascii: "["))
        return frames.count - 1
    }

    /// Closes every frame above `index` (a frame of the value's parent stays open).
    func closeFrames(above index: Int) {
        while frames.count > index + 1 { closeTop() }
    }

    /// Readies frame `index` for its next entry: deeper frames closed, a comma if needed.
    func beginEntry(in index: Int) {
        closeFrames(above: index)
        if frames[index].count > 0 { output.append(UInt8(ascii: ",")) }
        frames[index].count += 1
    }

    func beginMember(_ key: String, in index: Int) {
        beginEntry(in: index)
        members.append((key, output.bytes.count))
        output.appendString(key)
        output.append(UInt8(ascii: ":"))
    }

    /// A placeholder for a value written later through its own encoder.
    func deferredEncoder(in index: Int) -> StreamingJSONEncoder {
        let child = StreamingJSONEncoder()
        child.codingPath = codingPath
        frames[index].deferred.append((output.bytes.count, child))
        return child
    }

    private func closeTop() {
        let frame = frames.removeLast()
        spliceDeferred(frame)
        if frame.isObject {
            sortMembers(from: frame.firstMember, openedAt: frame.start)
            members.removeSubrange(frame.firstMember...)
            output.append(UInt8(ascii: "}"))
        } else {
            output.append(UInt8(ascii: "]"))
        }
    }

    private func spliceDeferred(_ frame: Frame) {
        for (offset, child) in frame.deferred.reversed() {
            let text = child.output.bytes.isEmpty ? Array("{}".utf8) : child.output.bytes
            output.bytes.insert(contentsOf: text, at: offset)
            for index in members.indices.dropFirst(frame.firstMember) where members[index].start > offset {
                members[index].start += text.count
            }
        }
    }

    /// Orders the members of the object opened at `start` by the UTF-8
    /// bytes of their keys; of a key written twice the last value stays.
    private func sortMembers(from first: Int, openedAt start: Int) {
        let entries = members[first...]
        guard entries.count > 1 else { return }
        var ordered = true
        var previous = entries[first].key
        for entry in entries.dropFirst() {
            guard previous.utf8.lexicographicallyPrecedes(entry.key.utf8) else { ordered = false; break }
            previous = entry.key
        }
        if ordered { return }
        let end = output.bytes.count
        var spans: [(key: String, range: Range<Int>)] = []
        for (offset, entry) in entries.enumerated() {
            let next = first + offset + 1
            // Members are separated by one comma.
            let stop = next < members.count ? members[next].start - 1 : end
            spans.append((entry.key, entry.start..<stop))
        }
        var latest: [String: Int] = [:]
        for (index, span) in spans.enumerated() { latest[span.key] = index }
        let kept = spans.indices.filter { latest[spans[$0].key] == $0 }
            .sorted { spans[$0].key.utf8.lexicographicallyPrecedes(spans[$1].key.utf8) }
        var body: [UInt8] = []
        body.reserveCapacity(end - start)
        for (position, index) in kept.enumerated() {
            if position > 0 { body.append(UInt8(ascii: ",")) }
            body.append(contentsOf: output.bytes[spans[index].range])
        }
        output.bytes.replaceSubrange((start + 1)..<end, with: body)
    }

    // MARK: Encoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        // A second call for the same value (a flattened union writing beside
        // its parent's fields) writes into the same object.
        let frame = frames.count > valueBase && frames[valueBase].isObject ? valueBase : openFrame(object: true)
        return KeyedEncodingContainer(JSONObjectWriter(encoder: self, frame: frame, path: .depth(codingPath.count)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONArrayWriter(encoder: self, frame: openFrame(object: false), path: .depth(codingPath.count))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONValueWriter(encoder: self, pathDepth: codingPath.count)
    }
}
