import APISpec

/// Edits to a JSON document made in its text, so that everything a person
/// laid out (line breaks, order, spacing) stays as written and a merge
/// shows as small hunks. Nodes come from `JSONParser`, whose locations are
/// line and byte column.
struct JSONTextEdits {
    private let bytes: [UInt8]
    private let lineStarts: [Int]
    private var edits: [(range: Range<Int>, text: String)] = []

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(index + 1) }
        lineStarts = starts
    }

    var isEmpty: Bool { edits.isEmpty }

    func offset(_ location: SourceLocation) -> Int {
        lineStarts[min(location.line - 1, lineStarts.count - 1)] + location.column - 1
    }

    /// Where the value starting at `start` ends (exclusive).
    func end(ofValueAt start: Int) -> Int {
        var index = start
        guard index < bytes.count else { return index }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            index += 1
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") { index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1 }
            return index + 1
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { index = end(ofValueAt: index); continue }
                if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { depth += 1 }
                if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 { return index + 1 }
                }
                index += 1
            }
            return index
        default:
            while index < bytes.count, !",}] \n\r\t".utf8.contains(bytes[index]) { index += 1 }
            return index
        }
    }

    func range(of node: JSONNode) -> Range<Int> {
        let start = offset(node.location)
        return start..<end(ofValueAt: start)
    }

    mutating func replace(_ node: JSONNode, with text: String) {
        edits.append((range(of: node), text))
    }

    /// Adds `"key": value` after the object's last member (or as its only one).
    mutating func insert(_ key: String, _ value: String, into object: JSONNode) {
        let whole = range(of: object)
        if let last = object.members?.last {
            let at = range(of: last.value).upperBound
            edits.append((at..<at, ", \(JSONNode.quoted(key)): \(value)"))
        } else {
            edits.append((whole.lowerBound + 1..<whole.lowerBound + 1, "\(JSONNode.quoted(key)): \(value)"))
        }
    }

    /// Removes a member with the comma that joins it to its neighbour.
    mutating func remove(_ key: String, from object: JSONNode) {
        guard let members = object.members, let index = members.firstIndex(where: { $0.key == key }) else { return }
        let member = members[index]
        if index > 0 {
            edits.append((range(of: members[index - 1].value).upperBound..<range(of: member.value).upperBound, ""))
        } else if members.count > 1 {
            edits.append((offset(member.keyLocation)..<offset(members[1].keyLocation), ""))
        } else {
            edits.append((offset(member.keyLocation)..<range(of: member.value).upperBound, ""))
        }
    }

    /// Appends an element, on its own line when the array's elements are on theirs.
    mutating func append(_ text: String, to array: JSONNode) {
        let whole = range(of: array)
        guard let last = array.elements?.last else {
            edits.append((whole.lowerBound + 1..<whole.lowerBound + 1, text))
            return
        }
        let start = offset(last.location)
        var lineStart = start
        while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        let indent = String(decoding: bytes[lineStart..<start].prefix { $0 == UInt8(ascii: " ") }, as: UTF8.self)
        let separator = array.elements!.count > 1 && array.elements![0].location.line != last.location.line ? ",\n" + indent : ", "
        let at = range(of: last).upperBound
        edits.append((at..<at, separator + text))
    }

    /// Removes an element with the comma that joins it to its neighbour.
    mutating func removeElement(at index: Int, from array: JSONNode) {
        guard let elements = array.elements, elements.indices.contains(index) else { return }
        if index > 0 {
            edits.append((range(of: elements[index - 1]).upperBound..<range(of: elements[index]).upperBound, ""))
        } else if elements.count > 1 {
            edits.append((offset(elements[0].location)..<offset(elements[1].location), ""))
        } else {
            edits.append((range(of: elements[0]), ""))
        }
    }

    /// The text with every edit made; edits must not overlap.
    func applied() -> String {
        var result = bytes
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            result.replaceSubrange(edit.range, with: Array(edit.text.utf8))
        }
        return String(decoding: result, as: UTF8.self)
    }
}
