import APISpec

/// A JSON value whose object members keep the order they were added in, so
/// that an export is the same bytes every time; printed with two-space
/// indentation.
public indirect enum OpenAPIValue: Sendable, Hashable {
    case string(String)
    /// Source text of a number, written as is.
    case number(String)
    case bool(Bool)
    case null
    case array([OpenAPIValue])
    case object([Member])

    public struct Member: Sendable, Hashable {
        public var key: String
        public var value: OpenAPIValue
    }

    /// An object from key-value pairs, leaving out nil values.
    static func object(_ pairs: [(String, OpenAPIValue?)]) -> OpenAPIValue {
        .object(pairs.compactMap { key, value in value.map { Member(key: key, value: $0) } })
    }

    static func integer(_ value: Int) -> OpenAPIValue { .number(String(value)) }

    static func double(_ value: Double) -> OpenAPIValue {
        .number(value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value))
    }

    /// A parsed spec value (a sample), as it was written.
    init(_ node: JSONNode) {
        switch node.value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let text): self = .number(text)
        case .string(let text): self = .string(text)
        case .array(let elements): self = .array(elements.map(OpenAPIValue.init))
        case .object(let members): self = .object(members.map { Member(key: $0.key, value: OpenAPIValue($0.value)) })
        }
    }

    /// This object with one more member.
    func adding(_ key: String, _ value: OpenAPIValue?) -> OpenAPIValue {
        guard case .object(let members) = self, let value else { return self }
        return .object(members + [Member(key: key, value: value)])
    }

    public var text: String {
        var out = ""
        write(into: &out, indent: 0)
        return out + "\n"
    }

    private func write(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent + 1), closing = String(repeating: "  ", count: indent)
        switch self {
        case .string(let text): out += JSONNode.quoted(text)
        case .number(let text): out += text
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let elements):
            guard !elements.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, element) in elements.enumerated() {
                out += pad
                element.write(into: &out, indent: indent + 1)
                out += index < elements.count - 1 ? ",\n" : "\n"
            }
            out += closing + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, member) in members.enumerated() {
                out += pad + JSONNode.quoted(member.key) + ": "
                member.value.write(into: &out, indent: indent + 1)
                out += index < members.count - 1 ? ",\n" : "\n"
            }
            out += closing + "}"
        }
    }
}
