/// The built-in value kinds a field can have, named as the spec writes them.
public enum ScalarType: String, Sendable, Hashable, CaseIterable {
    case string
    case int32
    case int64
    case double
    case bool
    /// ISO 8601 date-time text, e.g. `2017-12-20T08:33:51Z`.
    case dateTime
    /// Seconds since 1970 as a JSON number.
    case epochSeconds
    /// Milliseconds since 1970 as a JSON number (Kaizala's "long").
    case epochMillis
    case url
    /// An identifier the docs call a GUID; kept as text because the docs' own
    /// samples are not valid UUIDs.
    case guid
    /// A phone number with country code, `+911999999999`.
    case phone
    /// Any JSON value.
    case json
    /// File contents in a multipart upload.
    case file

    public var isText: Bool {
        switch self {
        case .string, .dateTime, .url, .guid, .phone: return true
        default: return false
        }
    }

    public var isNumeric: Bool {
        switch self {
        case .int32, .int64, .double, .epochSeconds, .epochMillis: return true
        default: return false
        }
    }
}

/// A field's type as written in the spec: `string`, `Group`, `[phone]` (array)
/// or `{SubscriberResult}` (object with string keys).
public indirect enum TypeReference: Sendable, Hashable, CustomStringConvertible {
    case scalar(ScalarType)
    case named(String)
    case array(TypeReference)
    case map(TypeReference)

    public var description: String {
        switch self {
        case .scalar(let scalar): return scalar.rawValue
        case .named(let name): return name
        case .array(let element): return "[\(element)]"
        case .map(let value): return "{\(value)}"
        }
    }

    /// Parses the spec's type syntax; nil when it is not well formed.
    public static func parse(_ text: String) -> TypeReference? {
        let trimmed = text.trimmingSpaces
        if trimmed.hasPrefix("[") && trimmed.hasSuffix("]") && trimmed.count >= 2 {
            return parse(String(trimmed.dropFirst().dropLast())).map(TypeReference.array)
        }
        if trimmed.hasPrefix("{") && trimmed.hasSuffix("}") && trimmed.count >= 2 {
            return parse(String(trimmed.dropFirst().dropLast())).map(TypeReference.map)
        }
        guard let first = trimmed.unicodeScalars.first, NameCharacters.isLetter(first),
              trimmed.unicodeScalars.allSatisfy({ NameCharacters.isLetter($0) || ("0"..."9").contains($0) || $0 == "_" })
        else { return nil }
        if let scalar = ScalarType(rawValue: trimmed) { return .scalar(scalar) }
        return .named(trimmed)
    }

    /// The innermost type, under any arrays and maps.
    public var leaf: TypeReference {
        switch self {
        case .array(let inner), .map(let inner): return inner.leaf
        default: return self
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
