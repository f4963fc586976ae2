import YAMLReader

/// A JSON value as the test suite's `in.json` files hold them, for comparing
/// readings: numbers compare as doubles, objects without regard to order.
enum JSONValue: Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(_ node: YAMLNode) {
        switch node.content {
        case .mapping(let pairs):
            var object: [String: JSONValue] = [:]
            for pair in pairs { object[pair.key.scalarText ?? ""] = JSONValue(pair.value) }
            self = .object(object)
        case .sequence(let items):
            self = .array(items.map(JSONValue.init))
        case .scalar(let scalar):
            switch scalar.value {
            case .null: self = .null
            case .bool(let value): self = .bool(value)
            case .int(let value): self = .number(Double(value))
            case .float(let value) where value.isNaN: self = .string(".nan")
            case .float(let value) where value.isInfinite: self = .string(value > 0 ? ".inf" : "-.inf")
            case .float(let value): self = .number(value)
            case .string(let value): self = .string(value)
            }
        }
    }

    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return "\(value)"
        case .number(let value): return "\(value)"
        case .string(let value): return "\"\(value)\""
        case .array(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .object(let object):
            return "{" + object.keys.sorted().map { "\"\($0)\": \(object[$0]!)" }.joined(separator: ", ") + "}"
        }
    }

    /// Every value of a text of JSON values one after another (a multi-document case's `in.json`).
    static func parseAll(_ text: String) throws -> [JSONValue] {
        var reader = Reader(bytes: Array(text.utf8))
        var values: [JSONValue] = []
        while true {
            reader.skipWhitespace()
            if reader.position == reader.bytes.count { return values }
            values.append(try reader.value())
        }
    }

    struct Malformed: Error { var position: Int }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        mutating func skipWhitespace() {
            while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
        }

        mutating func value() throws -> JSONValue {
            skipWhitespace()
            guard position < bytes.count else { throw Malformed(position: position) }
            switch bytes[position] {
            case UInt8(ascii: "{"):
                position += 1
                var object: [String: JSONValue] = [:]
                skipWhitespace()
                if bytes[position] == UInt8(ascii: "}") { position += 1; return .object(object) }
                while true {
                    skipWhitespace()
                    guard case .string(let key) = try value() else { throw Malformed(position: position) }
                    skipWhitespace()
                    try expect(":")
                    object[key] = try value()
                    skipWhitespace()
                    if bytes[position] == UInt8(ascii: "}") { position += 1; return .object(object) }
                    try expect(",")
                }
            case UInt8(ascii: "["):
                position += 1
                var items: [JSONValue] = []
                skipWhitespace()
                if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
                while true {
                    items.append(try value())
                    skipWhitespace()
                    if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
                    try expect(",")
                }
            case UInt8(ascii: "\""): return .string(try string())
            default: return try literal()
            }
        }

        private mutating func expect(_ character: Unicode.Scalar) throws {
            guard position < bytes.count, bytes[position] == UInt8(ascii: character) else {
                throw Malformed(position: position)
            }
            position += 1
        }

        private mutating func string() throws -> String {
            position += 1
            var scalars = String.UnicodeScalarView()
            var run: [UInt8] = []
            func flush() {
                scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
                run.removeAll()
            }
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                if byte == UInt8(ascii: "\"") { flush(); return String(scalars) }
                guard byte == UInt8(ascii: "\\") else { run.append(byte); continue }
                flush()
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "b"): scalars.append("\u{8}")
                case UInt8(ascii: "f"): scalars.append("\u{C}")
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code), bytes[position] == UInt8(ascii: "\\") {
                        position += 2
                        code = 0x10000 + ((code - 0xD800) << 10) + (try hex4() - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw Malformed(position: position) }
                    scalars.append(scalar)
                default: scalars.append(Unicode.Scalar(escape))
                }
            }
            throw Malformed(position: position)
        }

        private mutating func hex4() throws -> UInt32 {
            guard position + 4 <= bytes.count,
                  let code = UInt32(String(decoding: bytes[position..<(position + 4)], as: UTF8.self), radix: 16)
            else { throw Malformed(position: position) }
            position += 4
            return code
        }

        private mutating func literal() throws -> JSONValue {
            let start = position
            while position < bytes.count, !" \t\r\n,]}".utf8.contains(bytes[position]) { position += 1 }
            let word = String(decoding: bytes[start..<position], as: UTF8.self)
            switch word {
            case "null": return .null
            case "true": return .bool(true)
            case "false": return .bool(false)
            default:
                guard let number = Double(word) else { throw Malformed(position: start) }
                return .number(number)
            }
        }
    }
}
