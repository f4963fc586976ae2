import APISpec

/// One difference between two versions of a spec, judged from the side of
/// code that already calls the generated client.
public struct SpecChange: Sendable, Hashable, Codable {
    public enum Impact: String, Sendable, Hashable, Codable, CaseIterable {
        /// Calling code stops compiling, or compiles and behaves differently.
        case breaking
        /// May break callers; apigen cannot decide (two patterns it cannot compare).
        case possiblyBreaking = "possibly-breaking"
        case nonBreaking = "non-breaking"

        /// Higher is worse.
        var rank: Int {
            switch self {
            case .breaking: return 2
            case .possiblyBreaking: return 1
            case .nonBreaking: return 0
            }
        }
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
    /// The wire name of the field, parameter, value or variant changed, if any.
    public var member: String?
    /// For a rename (`field.renamed`): the wire name `member` had before.
    public var renamedFrom: String?
    /// What callers touch in Swift: `SendMessageRequest.channelUUID`,
    /// `sendMessage(groupID:body:)`.
    public var swiftSymbol: String?
    /// For a change to a named type: the operations that send or receive it.
    public var operations: [String]?
    /// The line of the new spec where the change is (or its scope, for
    /// something removed).
    public var line: Int?
    /// The column of `line` where the changed key's object starts.
    public var column: Int?

    public init(_ impact: Impact, scope: String, kind: String, path: String = "", summary: String, reason: String,
                member: String? = nil, renamedFrom: String? = nil) {
        self.impact = impact
        self.scope = scope
        self.kind = kind
        self.path = path
        self.summary = summary
        self.reason = reason
        self.member = member
        self.renamedFrom = renamedFrom
    }

    public var isBreaking: Bool { impact == .breaking }
}

/// `text` as a markdown code span, with a fence longer than any run of
/// backticks inside, so that names, patterns and values never render as markup.
func code(_ text: String) -> String {
    var longest = 0, run = 0
    for character in text {
        run = character == "`" ? run + 1 : 0
        longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: longest + 1)
    let padding = text.hasPrefix("`") || text.hasSuffix("`") || longest > 0 ? " " : ""
    return fence + padding + text + padding + fence
}

/// Which way values of a type travel (`TypeUsage`, shared with the import).
typealias Direction = TypeUsage.Direction
