/// JSON text of a node, for comparisons with JSON documents and other readers:
/// mapping keys are their scalar's text; infinite and NaN floats, which JSON
/// cannot write, become the strings ".inf", "-.inf" and ".nan".
extension YAMLNode {
    public func jsonText() -> String {
        var out: [UInt8] = []
        appendJSON(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func appendJSON(to out: inout [UInt8]) {
        switch content {
        case .mapping(let pairs):
            out.append(.openBrace)
            for (position, pair) in pairs.enumerated() {
                if position > 0 { out.append(.comma) }
                Self.appendJSONString(pair.key.scalarText ?? "", to: &out)
                out.append(.colon)
                pair.value.appendJSON(to: &out)
            }
            out.append(.closeBrace)
        case .sequence(let items):
            out.append(.openBracket)
            for (position, item) in items.enumerated() {
                if position > 0 { out.append(.comma) }
                item.appendJSON(to: &out)
            }
            out.append(.closeBracket)
        case .scalar(let scalar):
            switch scalar.value {
            case .null: out.append(contentsOf: "null".utf8)
            case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
            case .int(let value): out.append(contentsOf: String(value).utf8)
            case .float(let value):
                if value.isNaN { Self.appendJSONString(".nan", to: &out) }
                else if value.isInfinite { Self.appendJSONString(value > 0 ? ".inf" : "-.inf", to: &out) }
                else { out.append(contentsOf: String(value).utf8) }
            case .string(let value): Self.appendJSONString(value, to: &out)
            }
        }
    }

    private static func appendJSONString(_ string: String, to out: inout [UInt8]) {
        out.append(.doubleQuote)
        for byte in string.utf8 {
            switch byte {
            case .doubleQuote: out.append(contentsOf: [.backslash, .doubleQuote])
            case .backslash: out.append(contentsOf: [.backslash, .backslash])
            case .lf: out.append(contentsOf: [.backslash, 0x6E])
            case .cr: out.append(contentsOf: [.backslash, 0x72])
            case .tab: out.append(contentsOf: [.backslash, 0x74])
            case 0..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [.backslash, 0x75, .zero, .zero, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: out.append(byte)
            }
        }
        out.append(.doubleQuote)
    }
}
