/// An ordered JSON value, printed in the spec format's layout: a value that
/// fits on a line stays on it, longer objects and arrays put each member on
/// its own line (so a one-fact change is a one-line diff). The spec writer
/// and the importer print with it.
public indirect enum OrderedJSON: Sendable, Hashable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array([OrderedJSON])
    case object([(key: String, value: OrderedJSON)])

    public static func object(_ pairs: [(String, OrderedJSON?)]) -> OrderedJSON {
        .object(pairs.compactMap { key, value in value.map { (key: key, value: $0) } })
    }

    /// A parsed docs sample, members in the order written.
    public init(_ node: JSONNode) {
        switch node.value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let text): self = .number(text)
        case .string(let text): self = .string(text)
        case .array(let elements): self = .array(elements.map(OrderedJSON.init))
        case .object(let members): self = .object(members.map { (key: $0.key, value: OrderedJSON($0.value)) })
        }
    }

    public static func == (lhs: OrderedJSON, rhs: OrderedJSON) -> Bool { lhs.compact == rhs.compact }
    public func hash(into hasher: inout Hasher) { hasher.combine(compact) }

    public static let lineWidth = 140

    /// On one line, members separated by a comma and a space.
    public var compact: String {
        var out = UTF8Buffer()
        appendCompact(to: &out)
        return out.text
    }

    /// `width` bounds every line that can break; `keepsRows` keeps a row
    /// (see `isRow`) on one line whatever its width, as the spec layout does.
    /// `lead` counts what stands before the value on its first line (its key).
    public func printed(indent: String = "", width: Int = lineWidth, keepsRows: Bool = true, lead: Int = 0) -> String {
        var out = UTF8Buffer()
        appendPrinted(to: &out, indent: indent, width: width, keepsRows: keepsRows, lead: lead)
        return out.text
    }

    /// Laid out as `printed(width:keepsRows: false)` does, except that the
    /// scalar members of an object (and the scalar elements of an array) that
    /// does not fit on one line share lines up to `width`, as a paragraph
    /// fills. A changed scalar still changes one line, or the few after it
    /// that it pushes along: one hunk. Generated samples use it, where
    /// one member per line made large answers thousands of lines long.
    public func filled(width: Int) -> String {
        var out = UTF8Buffer()
        appendFilled(to: &out, indent: "", width: width, lead: 0)
        return out.text
    }

    // Both append to one buffer: building each level's text and copying it
    // into its parent's made writing a large spec quadratic in its depth.
    func appendCompact(to out: inout UTF8Buffer) {
        switch self {
        case .string(let text): out.appendQuoted(text)
        case .number(let text): out += text
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let elements):
            out += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { out += ", " }
                element.appendCompact(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { out += ", " }
                out.appendQuoted(member.key)
                out += ": "
                member.value.appendCompact(to: &out)
            }
            out += "}"
        }
    }

    /// Appends what `printed` returns.
    func appendPrinted(to out: inout UTF8Buffer, indent: String, width: Int = lineWidth, keepsRows: Bool = true,
                       lead: Int = 0) {
        // Measured with an early stop, so a large value is not flattened again at every level.
        if keepsRows && isRow { return appendCompact(to: &out) }
        let room = width - indent.count - lead
        if let measured = compactWidth(upTo: room), measured <= room { return appendCompact(to: &out) }
        let inner = indent + "  "
        switch self {
        case .array(let elements) where !elements.isEmpty:
            out += "[\n"
            for (index, element) in elements.enumerated() {
                if index > 0 { out += ",\n" }
                out += inner
                element.appendPrinted(to: &out, indent: inner, width: width, keepsRows: keepsRows)
            }
            out += "\n"
            out += indent
            out += "]"
        case .object(let members) where !members.isEmpty:
            out += "{\n"
            for (index, member) in members.enumerated() {
                if index > 0 { out += ",\n" }
                out += inner
                out.appendQuoted(member.key)
                out += ": "
                member.value.appendPrinted(to: &out, indent: inner, width: width, keepsRows: keepsRows,
                                           lead: JSONNode.quotedCount(member.key) + 2)
            }
            out += "\n"
            out += indent
            out += "}"
        default:
            appendCompact(to: &out)
        }
    }

    func appendFilled(to out: inout UTF8Buffer, indent: String, width: Int, lead: Int) {
        let room = width - indent.count - lead
        if let measured = compactWidth(upTo: room), measured <= room { return appendCompact(to: &out) }
        let inner = indent + "  "
        let innerRoom = width - inner.count - 1  // Each line but the last ends in a comma.
        // What is on the current line after the indentation; nil before the first item.
        var used: Int?
        func startItem(width itemWidth: Int?) {
            if let lineUsed = used, let itemWidth, lineUsed + 2 + itemWidth <= innerRoom {
                out += ", "
                used = lineUsed + 2 + itemWidth
                return
            }
            if used != nil { out += ",\n" }
            out += inner
            used = itemWidth
        }
        switch self {
        case .array(let elements) where !elements.isEmpty:
            out += "[\n"
            for element in elements {
                let itemWidth = element.compactWidth(upTo: innerRoom)
                startItem(width: itemWidth)
                if itemWidth != nil {
                    element.appendCompact(to: &out)
                } else {
                    element.appendFilled(to: &out, indent: inner, width: width, lead: 0)
                    used = innerRoom  // Whatever follows a nested value starts a line of its own.
                }
            }
        case .object(let members) where !members.isEmpty:
            out += "{\n"
            for member in members {
                let keyWidth = JSONNode.quotedCount(member.key) + 2
                let valueWidth = member.value.compactWidth(upTo: innerRoom - keyWidth)
                startItem(width: valueWidth.map { keyWidth + $0 })
                out.appendQuoted(member.key)
                out += ": "
                if valueWidth != nil {
                    member.value.appendCompact(to: &out)
                } else {
                    member.value.appendFilled(to: &out, indent: inner, width: width, lead: keyWidth)
                    used = innerRoom
                }
            }
        default:
            return appendCompact(to: &out)
        }
        out += "\n"
        out += indent
        out += isArray ? "]" : "}"
    }

    private var isArray: Bool {
        if case .array = self { return true }
        return false
    }

    /// An object of scalars (and lists or objects of scalars): one row of a
    /// docs table (a field, an enum value, a rule), kept on one line however
    /// long, so that the spec reads row by row beside the docs.
    var isRow: Bool {
        guard case .object(let members) = self else { return false }
        return members.allSatisfy { $0.value.isScalar || $0.value.holdsOnlyScalars }
    }

    private var isScalar: Bool {
        switch self {
        case .string, .number, .bool, .null: return true
        case .array, .object: return false
        }
    }

    private var holdsOnlyScalars: Bool {
        switch self {
        case .array(let elements): return elements.allSatisfy(\.isScalar)
        case .object(let members): return members.allSatisfy { $0.value.isScalar }
        case .string, .number, .bool, .null: return true
        }
    }

    /// The length of `compact`, or nil once it passes `limit`.
    func compactWidth(upTo limit: Int) -> Int? {
        switch self {
        case .string(let text):
            let fits = text.utf8.count + 2 <= limit || Self.characterCount(of: text, isAtMost: limit - 2)
            guard fits else { return nil }
            return JSONNode.quotedCount(text)
        case .number(let text): return text.count <= limit ? text.count : nil
        case .bool(let flag): return flag ? 4 : 5
        case .null: return 4
        case .array(let elements):
            var width = 2
            for (index, element) in elements.enumerated() {
                guard let inner = element.compactWidth(upTo: limit - width) else { return nil }
                width += inner + (index > 0 ? 2 : 0)
                if width > limit { return nil }
            }
            return width
        case .object(let members):
            var width = 2
            for (index, member) in members.enumerated() {
                guard let inner = member.value.compactWidth(upTo: limit - width) else { return nil }
                width += JSONNode.quotedCount(member.key) + 2 + inner + (index > 0 ? 2 : 0)
                if width > limit { return nil }
            }
            return width
        }
    }

    /// Whether `text.count <= bound`, counting no further than `bound`: a long text is not counted to its end.
    private static func characterCount(of text: String, isAtMost bound: Int) -> Bool {
        guard bound >= 0 else { return false }
        var count = 0
        for _ in text {
            count += 1
            if count > bound { return false }
        }
        return true
    }
}
