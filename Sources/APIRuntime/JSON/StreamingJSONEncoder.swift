import Foundation

/// An `Encoder` that writes JSON bytes as values arrive, with each object's
/// members sorted by key when it closes: the bytes `JSONCoding.encoder`
/// (Foundation's `JSONEncoder`, `.sortedKeys`) writes, without its tree of
/// boxed values, its per-value encoders or its second pass.
///
/// Containers are written in the order synthesized and generated code uses
/// them: a container's frame is closed when its parent is written to again,
/// or when the value that opened it is done. Hand-written code may write to
/// a container after that (two nested containers filled in turn, a nested
/// one after its parent wrote another member): such a value is encoded
/// again by Foundation's encoder, whose tree of values allows any order.
final class StreamingJSONEncoder: Encoder {
    /// A container's frame, as its writer knows it: the frame at `index`
    /// is the writer's only while it has the writer's `id`.
    struct FrameReference {
        var index: Int
        var id: Int
    }

    /// An object or array being written.
    struct Frame {
        var id: Int
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
    private var framesOpened = 0
    /// Set when a container was written out of order: the output is not the value's.
    private(set) var wroteOutOfOrder = false
    /// The encoder whose output this one's is spliced into (nil: the top one).
    private weak var parent: StreamingJSONEncoder?
    /// Set once this encoder's output has been spliced into its parent's.
    private var spliced = false

    init() {
        // Room for a typical body's nesting up front: no regrowth per call.
        frames.reserveCapacity(8)
        members.reserveCapacity(32)
        codingPath.reserveCapacity(8)
    }

    static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = StreamingJSONEncoder()
        let wroteSomething: Bool
        do {
            wroteSomething = try encoder.encodeValue(value)
        } catch where encoder.wroteOutOfOrder {
            return try JSONCoding.encoder.encode(value)
        }
        if encoder.wroteOutOfOrder { return try JSONCoding.encoder.encode(value) }
        guard wroteSomething else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: [], debugDescription: "Top-level \(Value.self) did not encode any values."))
        }
        return Data(encoder.output.bytes)
    }

    /// Notes a write this encoder cannot place: the top encoder's value is encoded again by Foundation's.
    func markOutOfOrder() {
        var encoder = self
        while let parent = encoder.parent { encoder = parent }
        encoder.wroteOutOfOrder = true
    }

    /// Whether the frame is still the writer's; marks the encoding out of order when not.
    func isOpen(_ frame: FrameReference) -> Bool {
        guard frame.index < frames.count, frames[frame.index].id == frame.id, !spliced else {
            markOutOfOrder()
            return false
        }
        return true
    }

    /// Marks the encoding out of order when this encoder's output was
    /// already spliced into its parent's: what it writes now would be lost.
    func checkWritable() {
        if spliced { markOutOfOrder() }
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

    func openFrame(object: Bool) -> FrameReference {
        framesOpened += 1
        frames.append(Frame(id: framesOpened, isObject: object, start: output.bytes.count, firstMember: members.count))
        output.append(object ? UInt8(ascii: "{") : UInt8(ascii: "["))
        return FrameReference(index: frames.count - 1, id: framesOpened)
    }

    /// Closes every frame above `index` (a frame of the value's parent stays open).
    func closeFrames(above index: Int) {
        while frames.count > index + 1 { closeTop() }
    }

    /// Readies `frame` for its next entry: deeper frames closed, a comma if
    /// needed. A frame no longer open takes nothing (see `markOutOfOrder`).
    @discardableResult
    func beginEntry(in frame: FrameReference) -> Bool {
        guard isOpen(frame) else { return false }
        closeFrames(above: frame.index)
        if frames[frame.index].count > 0 { output.append(UInt8(ascii: ",")) }
        frames[frame.index].count += 1
        return true
    }

    @discardableResult
    func beginMember(_ key: String, in frame: FrameReference) -> Bool {
        guard beginEntry(in: frame) else { return false }
        members.append((key, output.bytes.count))
        output.appendString(key)
        output.append(UInt8(ascii: ":"))
        return true
    }

    /// A placeholder for a value written later through its own encoder,
    /// after `beginEntry` or `beginMember` readied the frame for it.
    func deferredEncoder(in frame: FrameReference, began: Bool, path: [any CodingKey]) -> StreamingJSONEncoder {
        let child = StreamingJSONEncoder()
        child.codingPath = path
        child.parent = self
        if began { frames[frame.index].deferred.append((output.bytes.count, child)) }
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
            // Containers the value opened close with it, as they would at the end of `encodeValue`.
            child.closeFrames(above: -1)
            child.spliced = true
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
        checkWritable()
        // A second call for the same value (a flattened union writing beside
        // its parent's fields) writes into the same object.
        let frame = frames.count > valueBase && frames[valueBase].isObject
            ? FrameReference(index: valueBase, id: frames[valueBase].id) : openFrame(object: true)
        return KeyedEncodingContainer(JSONObjectWriter(encoder: self, frame: frame, path: .depth(codingPath.count)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        checkWritable()
        return JSONArrayWriter(encoder: self, frame: openFrame(object: false), path: .depth(codingPath.count))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        checkWritable()
        return JSONValueWriter(encoder: self, pathDepth: codingPath.count)
    }
}
