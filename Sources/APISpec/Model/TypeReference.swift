/// The built-in value kinds a field can have, named as the spec writes them.
public enum ScalarType: String, Sendable, Hashable, CaseIterable {
    case string
    case int32
    case int64
    case double
    case bool
    /// ISO 8601 date-time text, e.g. `2017-12-20T08:33:51Z`.
    case dateTime
    /// A calendar date without a time, `2024-05-15`.
    case date
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
    /// An email address, `name@example.com`.
    case email
    /// Any JSON value.
    case json
    /// File contents in a multipart upload.
    case file

    /// The spec's own name for a word API docs use for a type
    /// (`integer` -> `'int32' or 'int64'`), for "did you mean" hints.
    public static func hint(for word: String) -> String? {
        switch word.lowercased() {
        case "integer", "int", "number": return word.lowercased() == "number" ? "'double', 'int32' or 'int64'" : "'int32' or 'int64'"
        case "long": return "'int64' or 'epochMillis'"
        case "float", "decimal": return "'double'"
        case "boolean": return "'bool'"
        case "datetime", "timestamp", "time": return "'dateTime', 'epochSeconds' or 'epochMillis'"
        case "mail", "emailaddress": return "'email'"
        case "day", "calendardate": return "'date'"
        case "uuid": return "'guid'"
        case "uri", "link": return "'url'"
        case "text", "str": return "'string'"
        case "binary", "blob", "upload": return "'file'"
        case "any", "object", "dictionary": return "'json', a named type, or {T} for a map"
        case "array", "list": return "[T] for an array of T"
        default: return nil
        }
    }

    /// By the spec's name, hashed once: every field's type is looked up, and
    /// `init(rawValue:)` compares the name with each case in turn (2.5% of loading).
    static let byName: [String: ScalarType] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

    public var isNumeric: Bool {
        switch self {
        case .int32, .int64, .double, .epochSeconds, .epochMillis: return true
        default: return false
        }
    }
}

/// A field's type as written in the spec: `string`, `Group`, `[phone]` (array)
/// or `{SubscriberResult}` (object with string keys); `[string?]` and
/// `{Group?}` for lists and maps that hold `null` among their values.
public indirect enum TypeReference: Sendable, Hashable, CustomStringConvertible {
    case scalar(ScalarType)
    case named(String)
    case array(TypeReference)
    case map(TypeReference)
    /// A list's element or a map's value that may be JSON `null`
    /// (`[T?]`). Only there: a field says it is nullable with
    /// `"nullable": true`, and the checker refuses `T?` anywhere else.
    case orNull(TypeReference)

    public var description: String {
        switch self {
        case .scalar(let scalar): return scalar.rawValue
        case .named(let name): return name
        case .array(let element): return "[\(element)]"
        case .map(let value): return "{\(value)}"
        case .orNull(let value): return "\(value)?"
        }
    }

    /// How deep `[...]` and `{...}` may nest: far beyond any API, well
    /// within what the generator and the Swift compiler handle quickly.
    public static let maximumNesting = 32

    /// Parses the spec's type syntax; nil when it is not well formed or
    /// nested deeper than `maximumNesting`. Linear in the text's length.
    public static func parse(_ text: String) -> TypeReference? {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return parseASCII(text) }
        var scalars = Substring(text).unicodeScalars[...]
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        var wrappers: [Wrapper] = []
        var orNull = false
        func takeQuestionMark() {
            orNull = scalars.last == "?"
            if orNull { scalars.removeLast() }
            while scalars.last == " " { scalars.removeLast() }
        }
        takeQuestionMark()
        while let first = scalars.first, let last = scalars.last, scalars.count >= 2,
              (first == "[" && last == "]") || (first == "{" && last == "}") {
            wrappers.append(Wrapper(isMap: first == "{", isOrNull: orNull))
            if wrappers.count > maximumNesting { return nil }
            scalars = scalars.dropFirst().dropLast()
            while scalars.first == " " { scalars.removeFirst() }
            takeQuestionMark()
        }
        guard let first = scalars.first, NameCharacters.isLetter(first),
              scalars.allSatisfy({ NameCharacters.isLetter($0) || ("0"..."9").contains($0) || $0 == "_" })
        else { return nil }
        let name = String(String.UnicodeScalarView(scalars))
        return wrapped(name, in: wrappers, orNull: orNull)
    }

    /// One `[...]` or `{...}` around a type, and whether the type itself
    /// was marked `?`.
    private struct Wrapper {
        let isMap: Bool
        let isOrNull: Bool
    }

    private static func wrapped(_ name: String, in wrappers: [Wrapper], orNull: Bool) -> TypeReference {
        var reference: TypeReference = ScalarType.byName[name].map(TypeReference.scalar) ?? .named(name)
        if orNull { reference = .orNull(reference) }
        for wrapper in wrappers.reversed() {
            reference = wrapper.isMap ? .map(reference) : .array(reference)
            if wrapper.isOrNull { reference = .orNull(reference) }
        }
        return reference
    }

    /// `parse` for ASCII text (nearly every spec), byte by byte: every
    /// field's type is parsed, and walking scalars was a tenth of loading.
    private static func parseASCII(_ text: String) -> TypeReference? {
        let bytes = Array(text.utf8)
        var start = 0, end = bytes.count
        func trim() {
            while start < end, bytes[start] == UInt8(ascii: " ") { start += 1 }
            while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        }
        var orNull = false
        func takeQuestionMark() {
            trim()
            orNull = end > start && bytes[end - 1] == UInt8(ascii: "?")
            if orNull { end -= 1 }
            trim()
        }
        takeQuestionMark()
        var wrappers: [Wrapper] = []
        while end - start >= 2, (bytes[start], bytes[end - 1]) == (UInt8(ascii: "["), UInt8(ascii: "]"))
                || (bytes[start], bytes[end - 1]) == (UInt8(ascii: "{"), UInt8(ascii: "}")) {
            wrappers.append(Wrapper(isMap: bytes[start] == UInt8(ascii: "{"), isOrNull: orNull))
            if wrappers.count > maximumNesting { return nil }
            start += 1
            end -= 1
            takeQuestionMark()
        }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        guard start < end, isLetter(bytes[start]),
              bytes[start..<end].allSatisfy({ isLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "_") })
        else { return nil }
        let name = String(decoding: bytes[start..<end], as: UTF8.self)
        return wrapped(name, in: wrappers, orNull: orNull)
    }

    public var isArrayType: Bool {
        if case .array = self { return true }
        return false
    }

    /// The innermost type, under any arrays, maps and `?`.
    public var leaf: TypeReference {
        switch self {
        case .array(let inner), .map(let inner), .orNull(let inner): return inner.leaf
        default: return self
        }
    }

    /// The type without a `?` of its own.
    public var withoutNull: TypeReference {
        if case .orNull(let inner) = self { return inner }
        return self
    }

    /// Whether a `?` stands anywhere but directly inside `[...]` or
    /// `{...}` (`string?`, `[string]?`, `{[url]?}?`): the one place it means something.
    public var hasMisplacedNull: Bool {
        func misplaced(_ type: TypeReference, asElement: Bool) -> Bool {
            switch type {
            case .scalar, .named: return false
            case .array(let inner), .map(let inner): return misplaced(inner, asElement: true)
            case .orNull(let inner): return !asElement || misplaced(inner, asElement: false)
            }
        }
        return misplaced(self, asElement: false)
    }
}
