/// Reads the members of one JSON object of the spec, reporting wrong kinds,
/// missing keys, duplicate keys and unknown keys as it goes.
struct ObjectReader {
    let node: JSONNode
    let path: JSONPath
    /// Spec objects have a handful of keys: a list searched in order costs
    /// less than hashing every key into a dictionary.
    private let members: [JSONNode.Member]

    /// Nil (after a diagnostic) when `node` is not an object.
    init?(_ node: JSONNode, _ path: JSONPath, what: String, allowedKeys: [String], sink: inout DiagnosticSink) {
        guard let list = node.members else {
            sink.error(.wrongValueKind, "expected \(what) to be an object, found \(node.kindName)", at: node.location, path)
            return nil
        }
        self.node = node
        self.path = path
        var unique: [JSONNode.Member] = []
        unique.reserveCapacity(list.count)
        // A hash set only for objects too large for a linear search to be cheap.
        var seen: Set<String>? = list.count > 16 ? [] : nil
        for member in list {
            let isDuplicate = seen.map { $0.contains(member.key) } ?? unique.contains(where: { $0.key == member.key })
            seen?.insert(member.key)
            if isDuplicate {
                sink.error(.duplicateKey, "duplicate key '\(member.key)' in \(what)",
                           at: member.keyLocation, path.key(member.key))
                continue
            }
            unique.append(member)
            if !allowedKeys.contains(member.key) {
                var message = "unknown key '\(member.key)' in \(what)"
                if let suggestion = Suggestion.closest(to: member.key, among: allowedKeys) {
                    message += "; did you mean '\(suggestion)'?"
                }
                sink.error(.unknownKey, message, at: member.keyLocation, path.key(member.key))
            }
        }
        self.members = unique
    }

    private func member(_ key: String) -> JSONNode.Member? {
        // Indices, not `first(where:)`: no copy of each member compared (a
        // fifth of loading went to retaining and releasing them).
        for index in members.indices where members[index].key == key { return members[index] }
        return nil
    }

    func has(_ key: String) -> Bool { member(key) != nil }

    /// The keys the object holds, each once, in order (read in place: every field's limits are looked for here).
    var keys: LazyMapSequence<[JSONNode.Member], String> { members.lazy.map(\.key) }

    func node(_ key: String) -> JSONNode? { member(key)?.value }

    func keyLocation(_ key: String) -> SourceLocation { member(key)?.keyLocation ?? node.location }

    func string(_ key: String, required: Bool = false, sink: inout DiagnosticSink) -> String? {
        guard let value = value(key, required: required, expected: "a string", sink: &sink) else { return nil }
        guard let text = value.stringValue else {
            sink.error(.wrongValueKind, "expected '\(key)' to be a string, found \(value.kindName)",
                       at: value.location, path.key(key))
            return nil
        }
        return text
    }

    func bool(_ key: String, sink: inout DiagnosticSink) -> Bool? {
        guard let value = value(key, required: false, expected: "a boolean", sink: &sink) else { return nil }
        guard case .bool(let flag) = value.value else {
            sink.error(.wrongValueKind, "expected '\(key)' to be true or false, found \(value.kindName)",
                       at: value.location, path.key(key))
            return nil
        }
        return flag
    }

    func integer(_ key: String, required: Bool = false, sink: inout DiagnosticSink) -> Int? {
        guard let value = value(key, required: required, expected: "an integer", sink: &sink) else { return nil }
        guard case .number(let text) = value.value, let number = Int(text) else {
            sink.error(.wrongValueKind, "expected '\(key)' to be an integer, found \(value.kindName == "a number" ? "a decimal" : value.kindName)",
                       at: value.location, path.key(key))
            return nil
        }
        return number
    }

    func double(_ key: String, sink: inout DiagnosticSink) -> Double? {
        guard let value = value(key, required: false, expected: "a number", sink: &sink) else { return nil }
        guard case .number(let text) = value.value, let number = Double(text) else {
            sink.error(.wrongValueKind, "expected '\(key)' to be a number, found \(value.kindName)",
                       at: value.location, path.key(key))
            return nil
        }
        return number
    }

    /// The elements of an array member; empty (after a diagnostic) when it is not an array.
    func array(_ key: String, required: Bool = false, sink: inout DiagnosticSink) -> [(JSONNode, JSONPath)] {
        guard let value = value(key, required: required, expected: "an array", sink: &sink) else { return [] }
        guard let elements = value.elements else {
            sink.error(.wrongValueKind, "expected '\(key)' to be an array, found \(value.kindName)",
                       at: value.location, path.key(key))
            return []
        }
        return elements.enumerated().map { ($0.element, path.key(key).index($0.offset)) }
    }

    func strings(_ key: String, required: Bool = false, sink: inout DiagnosticSink) -> [String]? {
        guard has(key) || required else { return nil }
        var result: [String] = []
        for (element, elementPath) in array(key, required: required, sink: &sink) {
            guard let text = element.stringValue else {
                sink.error(.wrongValueKind, "expected a string in '\(key)', found \(element.kindName)",
                           at: element.location, elementPath)
                continue
            }
            result.append(text)
        }
        return result
    }

    private func value(_ key: String, required: Bool, expected: String, sink: inout DiagnosticSink) -> JSONNode? {
        guard let member = member(key) else {
            if required { sink.error(.missingKey, "missing required key '\(key)' (\(expected))", at: node.location, path) }
            return nil
        }
        return member.value
    }
}

/// "Did you mean" for misspelt keys and type names (and, in `apigen diff`'s
/// rules files, rule ids).
public enum Suggestion {
    public static func closest(to word: String, among candidates: [String]) -> String? {
        // Names longer than any sensible one get no suggestion: the distance
        // is quadratic in their length.
        guard word.unicodeScalars.count <= 64 else { return nil }
        let limit = max(1, word.count / 3)
        var best: (String, Int)?
        for candidate in candidates where abs(candidate.count - word.count) <= limit {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.unicodeScalars), b = Array(rhs.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
