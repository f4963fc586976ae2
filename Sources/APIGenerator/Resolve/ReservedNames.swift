import ResolvedAPI
/// What each kind of scope keeps for itself: keywords that cannot be
/// escaped there, and the members the generated code or the runtime declare.
enum ReservedNames {
    /// Keywords a backtick does not make usable as a member or argument.
    static let unescapable: Set<String> = ["self", "Self", "Type", "Protocol", "init", "_", "super"]

    /// Module-level type names: modules the generated code names, and
    /// `RawValue`, which inside an open enum (`RawRepresentable`) names its
    /// `String`, not a type. (No `CodingKeys`: generated types code through
    /// `APIRuntime.JSONKey` and nest no coding-key enum a type could shadow.)
    static let types: Set<String> = SwiftNamer.keywords.union([
        "Swift", "Foundation", "FoundationNetworking", "APIRuntime", "Dispatch", "Codable", "Sendable", "RawValue",
    ])

    /// Properties of generated structs (`Validatable`, `Codable`, `Hashable`).
    /// A struct codes its members by wire name through `APIRuntime.JSONKey`,
    /// so the members of a coding-key enum (`CodingKeys`, `rawValue`,
    /// `stringValue`, `intValue`) are free for fields.
    static let objectMembers: Set<String> = unescapable.union([
        "encode", "validate", "violations", "hashValue", "hash",
    ])

    /// Static members of generated open enums (`OpenEnum` and what it refines).
    static let enumCases: Set<String> = unescapable.union([
        "rawValue", "knownValues", "isKnown", "description", "hashValue", "hash", "queryTexts", "wireText", "check", "encode",
        "allCases",
    ])

    /// Cases of generated unions.
    static let unionCases: Set<String> = unescapable.union([
        "unknown", "encode", "validate", "violations", "hashValue", "hash", "wireTag",
    ])

    /// Members a type declares when it redacts secrets in its descriptions.
    static let redactingMembers: Set<String> = ["description", "debugDescription", "customMirror"]

    /// Members of the generated client struct.
    static let clientMembers: Set<String> = unescapable.union(["client", "defaultServerURL", "withOptions", "samples"])

    /// Arguments of generated functions.
    static let arguments: Set<String> = unescapable
}
