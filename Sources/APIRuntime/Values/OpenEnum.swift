/// A string enum that stays open: a value the server adds later decodes
/// and re-encodes unchanged instead of failing the whole response.
/// Generated enums are structs with a static member per documented value.
public protocol OpenEnum: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible, QueryValue, ConstrainedValue
    where RawValue == String {
    /// The values the spec documents, in spec order.
    static var knownValues: [Self] { get }
}

extension OpenEnum {
    /// False for a value the spec did not document.
    public var isKnown: Bool { Self.knownValues.contains(self) }

    public var description: String { rawValue }

    /// Text limits apply to the raw value.
    public func check(_ constraint: Constraint, at path: String, secret: Bool, into validator: inout Validator) {
        rawValue.check(constraint, at: path, secret: secret, into: &validator)
    }
}

/// An enum of whole numbers that stays open (`"size": 3`, where the docs list
/// 1, 2 and 3): a number the server adds later decodes and re-encodes
/// unchanged. Generated enums are structs with a static member per value.
public protocol OpenIntegerEnum: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible, QueryValue
    where RawValue == Int64 {
    /// The values the spec documents, in spec order.
    static var knownValues: [Self] { get }
}

extension OpenIntegerEnum {
    /// False for a value the spec did not document.
    public var isKnown: Bool { Self.knownValues.contains(self) }

    public var description: String { String(rawValue) }

    public var queryTexts: [String] { [String(rawValue)] }
}
