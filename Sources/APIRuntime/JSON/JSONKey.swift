/// A JSON member name as a coding key, written as a string literal:
/// `container.decode(Swift.String.self, forKey: "groupId")`.
///
/// Generated types code their members through this one type instead of a
/// `CodingKeys` enum each: the compiler made about thirty functions for
/// every such enum (a quarter of a generated client's machine code), and
/// the wire name now stands beside the property it fills.
public struct JSONKey: CodingKey, ExpressibleByStringLiteral, Hashable, Sendable {
    public let stringValue: String

    public init(_ name: String) { stringValue = name }
    public init(stringLiteral name: String) { stringValue = name }
    public init(stringValue: String) { self.stringValue = stringValue }

    /// JSON members are named, never numbered.
    public var intValue: Int? { nil }
    public init?(intValue: Int) { nil }
}
