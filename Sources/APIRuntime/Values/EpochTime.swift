import Foundation

/// A point in time sent as whole milliseconds since 1970 (Kaizala's "long").
public struct EpochMilliseconds: RawRepresentable, Codable, Hashable, Sendable, Comparable, ExpressibleByIntegerLiteral {
    public var rawValue: Int64

    public init(rawValue: Int64) { self.rawValue = rawValue }
    public init(integerLiteral value: Int64) { self.rawValue = value }
    public init(_ date: Date) { self.rawValue = Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    public var date: Date { Date(timeIntervalSince1970: Double(rawValue) / 1000) }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A point in time sent as whole seconds since 1970.
public struct EpochSeconds: RawRepresentable, Codable, Hashable, Sendable, Comparable, ExpressibleByIntegerLiteral {
    public var rawValue: Int64

    public init(rawValue: Int64) { self.rawValue = rawValue }
    public init(integerLiteral value: Int64) { self.rawValue = value }
    public init(_ date: Date) { self.rawValue = Int64(date.timeIntervalSince1970.rounded()) }

    public var date: Date { Date(timeIntervalSince1970: Double(rawValue)) }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Limits on epoch times are limits on their raw numbers.
extension EpochMilliseconds: ConstrainedNumber { public var doubleValue: Double { Double(rawValue) } }
extension EpochSeconds: ConstrainedNumber { public var doubleValue: Double { Double(rawValue) } }
