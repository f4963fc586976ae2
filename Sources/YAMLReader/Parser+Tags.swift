/// Tags and the YAML 1.2 core schema: what a scalar's text means.
extension Parser {
    static let corePrefix = "tag:yaml.org,2002:"

    func resolveTag(handle: String?, suffix: String, at mark: Mark) throws(YAMLError) -> String {
        guard let handle else { return suffix }
        if let prefix = tagHandles[handle] { return prefix + suffix }
        switch handle {
        case "!": return "!" + suffix
        case "!!": return Self.corePrefix + suffix
        default: throw mark.error("the tag handle \(handle) has no %TAG directive")
        }
    }

    func checkCollectionTag(_ tag: String, of node: YAMLNode, at mark: Mark) throws(YAMLError) {
        guard tag.hasPrefix(Self.corePrefix) else { return }
        let name = tag.dropFirst(Self.corePrefix.count)
        let fits: Bool
        switch node.content {
        case .mapping: fits = !["str", "int", "float", "bool", "null", "seq"].contains(name)
        case .sequence: fits = !["str", "int", "float", "bool", "null", "map"].contains(name)
        case .scalar: fits = true
        }
        if !fits { throw mark.error("the tag !!\(name) does not fit this collection") }
    }

    /// Quoted and block scalars are strings; plain ones resolve by the core
    /// schema; a core tag asks for one type; other tags leave the text a string.
    func resolveScalar(
        _ text: String, style: ScalarStyle, tag: String?, at mark: Mark
    ) throws(YAMLError) -> YAMLScalar.Value {
        guard let tag else {
            return style == .plain ? CoreSchema.resolve(text) : .string(text)
        }
        guard tag.hasPrefix(Self.corePrefix) else { return .string(text) }
        let resolved = CoreSchema.resolve(text)
        switch tag.dropFirst(Self.corePrefix.count) {
        case "str": return .string(text)
        case "null":
            if case .null = resolved { return resolved }
        case "bool":
            if case .bool = resolved { return resolved }
        case "int":
            if case .int = resolved { return resolved }
            if case .float = resolved, CoreSchema.isInteger(text) { return resolved }
        case "float":
            if case .float = resolved { return resolved }
            if case .int(let value) = resolved { return .float(Double(value)) }
        case "map", "seq":
            throw mark.error("the tag \(tag) does not fit a scalar")
        default:
            return .string(text)
        }
        throw mark.error("'\(text)' is not a valid value for the tag \(tag)")
    }
}

/// The YAML 1.2 core schema's resolution of plain scalars.
enum CoreSchema {
    static func resolve(_ text: String) -> YAMLScalar.Value {
        var bytes = text
        return bytes.withUTF8 { resolve(bytes: $0, text: text) }
    }

    private static func resolve(bytes: UnsafeBufferPointer<UInt8>, text: String) -> YAMLScalar.Value {
        guard let first = bytes.first else { return .null }
        // Most strings start with a letter that no other type can start with.
        switch first {
        case .plus, .minus, .dot, 0x30...0x39, 0x7E, 0x6E, 0x4E, 0x74, 0x54, 0x66, 0x46: break
        default: return .string(text)
        }
        switch text {
        case "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: break
        }
        if bytes.count > 2, first == .zero, bytes[1] == 0x6F || bytes[1] == 0x78 {
            let radix = bytes[1] == 0x6F ? 8 : 16
            let digits = bytes[2...]
            let valid = digits.allSatisfy { radix == 8 ? ($0 >= .zero && $0 <= 0x37) : $0.hexValue != nil }
            guard valid else { return .string(text) }
            if let value = Int(text.dropFirst(2), radix: radix) { return .int(value) }
            return .float(digits.reduce(0.0) { $0 * Double(radix) + Double($1.hexValue!) })
        }
        if isInteger(bytes) {
            if let value = Int(text) { return .int(value) }
            return Double(text).map { .float($0) } ?? .string(text)
        }
        if isFloat(bytes), let value = Double(text) { return .float(value) }
        return .string(text)
    }

    static func isInteger(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isInteger($0) }
    }

    /// `[-+]?[0-9]+`
    private static func isInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var rest = bytes[...]
        if let sign = rest.first, sign == .plus || sign == .minus { rest = rest.dropFirst() }
        return !rest.isEmpty && rest.allSatisfy(\.isDigit)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    private static func isFloat(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = 0
        func digits() -> Int {
            let start = position
            while position < bytes.count, bytes[position].isDigit { position += 1 }
            return position - start
        }
        if position < bytes.count, bytes[position] == .plus || bytes[position] == .minus { position += 1 }
        let whole = digits()
        var fraction = 0
        if position < bytes.count, bytes[position] == .dot {
            position += 1
            fraction = digits()
            if whole == 0, fraction == 0 { return false }
        } else if whole == 0 {
            return false
        }
        if position < bytes.count, bytes[position] == 0x65 || bytes[position] == 0x45 {
            position += 1
            if position < bytes.count, bytes[position] == .plus || bytes[position] == .minus { position += 1 }
            if digits() == 0 { return false }
        }
        return position == bytes.count
    }
}
