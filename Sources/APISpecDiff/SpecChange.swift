/// One difference between two versions of a spec, judged from the side of
/// code that already calls the generated client.
public struct SpecChange: Sendable, Hashable, Codable {
    public enum Impact: String, Sendable, Hashable, Codable {
        /// Calling code stops compiling, or compiles and behaves differently.
        case breaking
        case nonBreaking = "non-breaking"
    }

    public var impact: Impact
    /// What the change belongs to, for grouping: `operation sendMessage`,
    /// `type BotStatus`, `API`, `auth`, `webhooks`.
    public var scope: String
    /// A stable identifier of the kind of change, for tools: `field.removed`,
    /// `constraint.tightened`, `enum.value.added`, `operation.renamed`…
    public var kind: String
    /// Where in the scope, e.g. `request body.channel_uuid`; empty for the scope itself.
    public var path: String
    /// What changed, in a few words.
    public var summary: String
    /// Why that does or does not break callers.
    public var reason: String

    public init(_ impact: Impact, scope: String, kind: String, path: String = "", summary: String, reason: String) {
        self.impact = impact
        self.scope = scope
        self.kind = kind
        self.path = path
        self.summary = summary
        self.reason = reason
    }

    public var isBreaking: Bool { impact == .breaking }
}

/// Which way values of a type travel: a limit tightened on something the
/// caller sends breaks them; the same on something they receive does not.
enum Direction: Sendable, Hashable {
    case request, response, both

    func merged(with other: Direction?) -> Direction {
        guard let other, other != self else { return self }
        return .both
    }

    var sends: Bool { self != .response }
    var receives: Bool { self != .request }
}
