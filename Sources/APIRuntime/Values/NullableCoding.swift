/// How `Nullable` and never-left-out nullable values (`T?`) travel: the key
/// is written or left out by the container, so `.absent` is the keyed
/// container's to handle, never a value's.
extension Nullable: Decodable where Wrapped: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = container.decodeNil() ? .null : .value(try container.decode(Wrapped.self))
    }
}

extension Nullable: Encodable where Wrapped: Encodable {
    /// `.absent` cannot be written as a value (in a list, say): it throws
    /// rather than send `null`, which would clear what the server holds.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .absent:
            throw EncodingError.invalidValue(self, EncodingError.Context(
                codingPath: encoder.codingPath, debugDescription: "an absent value has no JSON; leave its key out"))
        case .null: try container.encodeNil()
        case .value(let wrapped): try container.encode(wrapped)
        }
    }
}

extension KeyedDecodingContainer {
    /// Left out: `.absent`; `null`: `.null`; else the value. (`decodeIfPresent`
    /// reads `null` as left out, which is what a nullable field must not do.)
    public func decodeNullableIfPresent<Wrapped: Decodable>(_ type: Wrapped.Type,
                                                            forKey key: Key) throws -> Nullable<Wrapped> {
        guard contains(key) else { return .absent }
        return try decodeNil(forKey: key) ? .null : .value(decode(Wrapped.self, forKey: key))
    }

    /// The key must be there; its value may be `null`, read as nil.
    public func decodeNullable<Wrapped: Decodable>(_ type: Wrapped.Type, forKey key: Key) throws -> Wrapped? {
        guard contains(key) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(
                codingPath: codingPath, debugDescription: "the key must be there, its value may be null"))
        }
        return try decodeNil(forKey: key) ? nil : decode(Wrapped.self, forKey: key)
    }

    /// What a synthesized `init(from:)` calls for a `Nullable` property:
    /// a missing key is `.absent`, not an error.
    public func decode<Wrapped: Decodable>(_ type: Nullable<Wrapped>.Type, forKey key: Key) throws -> Nullable<Wrapped> {
        try decodeNullableIfPresent(Wrapped.self, forKey: key)
    }
}

extension KeyedEncodingContainer {
    /// `.absent` leaves the key out; `.null` writes `null`.
    public mutating func encodeNullableIfPresent<Wrapped: Encodable>(_ value: Nullable<Wrapped>,
                                                                     forKey key: Key) throws {
        switch value {
        case .absent: return
        case .null: try encodeNil(forKey: key)
        case .value(let wrapped): try encode(wrapped, forKey: key)
        }
    }

    /// Always writes the key: nil as `null`.
    public mutating func encodeNullable<Wrapped: Encodable>(_ value: Wrapped?, forKey key: Key) throws {
        guard let value else { return try encodeNil(forKey: key) }
        try encode(value, forKey: key)
    }

    /// What a synthesized `encode(to:)` calls for a `Nullable` property:
    /// `.absent` leaves the key out.
    public mutating func encode<Wrapped: Encodable>(_ value: Nullable<Wrapped>, forKey key: Key) throws {
        try encodeNullableIfPresent(value, forKey: key)
    }
}
