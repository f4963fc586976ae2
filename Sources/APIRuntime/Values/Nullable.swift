/// A value that may be JSON `null`, as opposed to left out. A property of
/// type `Nullable<T>?` tells the three apart: `nil` leaves the key out,
/// `.null` sends `null` (to clear a value, in a PATCH), `.value(x)` sends x.
public enum Nullable<Wrapped> {
    case null
    case value(Wrapped)

    /// The value, or nil for `null`.
    public var value: Wrapped? {
        if case .value(let wrapped) = self { return wrapped }
        return nil
    }

    /// `.value(x)` for a value, `.null` for nil.
    public init(_ value: Wrapped?) {
        self = value.map(Nullable.value) ?? .null
    }
}

extension Nullable: Equatable where Wrapped: Equatable {}
extension Nullable: Hashable where Wrapped: Hashable {}
extension Nullable: Sendable where Wrapped: Sendable {}

extension Nullable: Codable where Wrapped: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = container.decodeNil() ? .null : .value(try container.decode(Wrapped.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .value(let wrapped): try container.encode(wrapped)
        }
    }
}

/// Limits apply to a value, not to `null`.
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

extension KeyedDecodingContainer {
    /// Left out: nil; `null`: `.null`; else the value. (`decodeIfPresent`
    /// reads `null` as left out, which is what a nullable field must not do.)
    public func decodeNullableIfPresent<Wrapped: Decodable>(_ type: Wrapped.Type, forKey key: Key) throws -> Nullable<Wrapped>? {
        guard contains(key) else { return nil }
        return try decodeNil(forKey: key) ? .null : .value(decode(Wrapped.self, forKey: key))
    }

    /// The key must be there; its value may be `null`.
    public func decodeNullable<Wrapped: Decodable>(_ type: Wrapped.Type, forKey key: Key) throws -> Nullable<Wrapped> {
        try decodeNil(forKey: key) ? .null : .value(decode(Wrapped.self, forKey: key))
    }
}

extension KeyedEncodingContainer {
    /// nil leaves the key out; `.null` writes `null`.
    public mutating func encodeNullableIfPresent<Wrapped: Encodable>(_ value: Nullable<Wrapped>?, forKey key: Key) throws {
        guard let value else { return }
        try encodeNullable(value, forKey: key)
    }

    public mutating func encodeNullable<Wrapped: Encodable>(_ value: Nullable<Wrapped>, forKey key: Key) throws {
        switch value {
        case .null: try encodeNil(forKey: key)
        case .value(let wrapped): try encode(wrapped, forKey: key)
        }
    }
}
