/// What each kind of scope keeps for itself: keywords that cannot be
/// escaped there, and the members the generated code or the runtime declare.
enum ReservedNames {
    /// Keywords a backtick does not make usable as a member or argument.
    static let unescapable: Set<String> = ["self", "Self", "Type", "Protocol", "init", "_", "super"]

    /// Module-level type names: modules the generated code names, the
    /// coding keys every generated type nests, and `RawValue`, which inside
    /// an open enum (`RawRepresentable`) names its `String`, not a type.
    static let types: Set<String> = SwiftNamer.keywords.union([
        "Swift", "Foundation", "FoundationNetworking", "APIRuntime", "Dispatch", "Codable", "Sendable", "CodingKeys", "RawValue",
    ])

    /// Properties of generated structs (`Validatable`, `Codable`, `Hashable`,
    /// and the coding-key enum, whose cases are the property names).
    static let objectMembers: Set<String> = unescapable.union([
        "encode", "validate", "violations", "hashValue", "hash", "CodingKeys", "rawValue", "stringValue", "intValue",
    ])

    /// Static members of generated open enums (`OpenEnum` and what it refines).
    static let enumCases: Set<String> = unescapable.union([
        "rawValue", "knownValues", "isKnown", "description", "hashValue", "hash", "queryTexts", "wireText", "check", "encode",
        "allCases",
    ])

    /// Cases of generated unions.
    static let unionCases: Set<String> = unescapable.union([
        "unknown", "encode", "validate", "violations", "hashValue", "hash", "wireTag", "CodingKeys",
    ])

    /// Cases of a coding-key enum (`CodingKey` and `RawRepresentable`).

    /// Members a type declares when it redacts secrets in its descriptions.
    static let redactingMembers: Set<String> = ["description", "debugDescription", "customMirror"]

    /// Members of the generated client struct.
    static let clientMembers: Set<String> = unescapable.union(["client", "defaultServerURL", "withOptions", "samples"])

    /// Arguments of generated functions.
    static let arguments: Set<String> = unescapable
}
