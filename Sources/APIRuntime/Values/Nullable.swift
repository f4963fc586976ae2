/// A field that may be left out and may be JSON `null`: three states of
/// one value. `.absent` leaves the key out (the server keeps what it has, or
/// applies its default), `.null` sends `null` (to clear a value, in a PATCH),
/// `.value(x)` sends x. Generated types declare such a field as
/// `Nullable<T>` with `.absent` as its default; a field that may be null but
/// is never left out is a plain `T?`, nil being `null`.
///
/// There is no `nil` literal on purpose: to a Swift reader `nil` means
/// "not set", to a JSON reader `null`, and mixing them up clears data on the
/// server. Values are written as literals where `T` has them
/// (`note: "hi"`, `count: 3`), or as `.value(x)`.
public enum Nullable<Wrapped> {
    case absent
    case null
    case value(Wrapped)

    /// The value; nil when absent or null.
    public var value: Wrapped? {
        if case .value(let wrapped) = self { return wrapped }
        return nil
    }

    public var isAbsent: Bool {
        if case .absent = self { return true }
        return false
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// `.value(x)`, or `.null` for nil: for an optional that means "clear it".
    public init(nilMeansNull value: Wrapped?) {
        self = value.map(Nullable.value) ?? .null
    }

    /// `.value(x)`, or `.absent` for nil: for an optional that means "leave it as it is".
    public init(nilMeansAbsent value: Wrapped?) {
        self = value.map(Nullable.value) ?? .absent
    }

    /// The value transformed, absent and null kept as they are.
    public func map<Other>(_ transform: (Wrapped) throws -> Other) rethrows -> Nullable<Other> {
        switch self {
        case .absent: return .absent
        case .null: return .null
        case .value(let wrapped): return .value(try transform(wrapped))
        }
    }
}

extension Nullable: Equatable where Wrapped: Equatable {}
extension Nullable: Hashable where Wrapped: Hashable {}
extension Nullable: Sendable where Wrapped: Sendable {}

/// `absent`, `null`, or the value as it prints by itself: a request reads
/// `UpdateRequest(note: null, manager: absent)`, not `Optional(Nullable<…>.value(…))`.
extension Nullable: CustomStringConvertible, CustomDebugStringConvertible {
    public var description: String {
        switch self {
        case .absent: return "absent"
        case .null: return "null"
        case .value(let wrapped): return String(describing: wrapped)
        }
    }

    /// As `description`, with the value as it debug-prints (a string in
    /// quotes, so the text "null" is not the null).
    public var debugDescription: String {
        switch self {
        case .absent: return "absent"
        case .null: return "null"
        case .value(let wrapped): return String(reflecting: wrapped)
        }
    }
}

/// Limits apply to a value, not to `null` or to a value left out.
extension Nullable: ConstrainedValue where Wrapped: ConstrainedValue {
    public func check(_ constraint: Constraint, at path: String, secret: Bool, into validator: inout Validator) {
        value?.check(constraint, at: path, secret: secret, into: &validator)
    }
}

extension Nullable: Validatable where Wrapped: Validatable {
    public func validate(into validator: inout Validator) {
        value?.validate(into: &validator)
    }
}
