import APILimits
import APISpec

/// A spec with every Swift decision made: names in their scopes, the Swift
/// type of every value, the limits each value is checked against, what
/// each file imports. Lowering only formats this.
public struct ResolvedSpec: Sendable {
    public let spec: APISpecification
    let clientName: String
    /// Nil unless the spec's auth lets the client issue tokens itself.
    let credentials: ResolvedCredentials?
    let webhooksName: String?
    let webhookPayload: SwiftType?
    let types: [ResolvedType]
    let groups: [ResolvedGroup]
}

/// The Swift type of a value, as data: lowering spells it.
indirect enum SwiftType: Hashable, Sendable {
    case string, int32, int64, double, bool, date, calendarDate, epochSeconds, epochMillis, json, file
    /// A generated type; `isEnum` for open enums, which are checked by raw value.
    case named(String, isEnum: Bool)
    /// A value that may be JSON `null`.
    case nullable(SwiftType)
    case array(SwiftType)
    case map(SwiftType)

    var usesFoundation: Bool {
        switch self {
        case .date: return true
        case .array(let inner), .map(let inner), .nullable(let inner): return inner.usesFoundation
        default: return false
        }
    }
}

/// A limit a generated validator checks, with those the type implies
/// (phone numbers, absolute URLs): the runtime's own value, so lowering
/// spells exactly what lint checked (`ClientLimits`).
typealias Limit = APILimits.Constraint

/// A literal default, ready to print.
enum ResolvedDefault: Hashable, Sendable {
    case bool(Bool)
    case integer(String)
    case double(String)
    case string(String)
    /// A documented value of an open enum: its static member.
    case enumCase(String)
}

/// A generated name: as declared (`default`) and as written in code (`` `default` ``).
struct SwiftName: Hashable, Sendable {
    let name: String
    var spelled: String { SwiftNamer.spelled(name) }
    /// As an argument label at a call site, where only `inout` needs backticks.
    var label: String { name == "inout" ? "`inout`" : name }
}

struct ResolvedType: Sendable {
    enum Kind: Sendable {
        case object(ResolvedObject)
        case enumeration(ResolvedEnum)
        case taggedUnion(ResolvedTaggedUnion)
        case untaggedUnion(ResolvedUntaggedUnion)
    }

    let source: NamedType
    let name: String
    let kind: Kind
    let usesFoundation: Bool
}

struct ResolvedObject: Sendable {
    let name: String
    let description: String
    let properties: [ResolvedProperty]
    let rules: [ResolvedRule]
    /// Whether `validate(into:)` has anything to check.
    let validates: Bool

    /// Whether the type redacts fields marked secret when printed.
    var hasSecrets: Bool { properties.contains { $0.field.isSecret } }
}

struct ResolvedProperty: Sendable {
    let field: Field
    let name: SwiftName
    let type: SwiftType
    /// Optional in Swift: optional in the spec, or defaulted by the server.
    var isOptional: Bool { field.isOptional || serverDefault != nil }
    /// A default the client fills in and sends (`clientDefault`).
    let defaultValue: ResolvedDefault?
    /// A default the server applies when the value is left out: documented, never sent.
    let serverDefault: ResolvedDefault?
    /// Checked against these limits, listed in a static constant of this name.
    let limits: [Limit]
    let limitsName: String?
    /// Holds values that validate themselves (objects, unions, lists of them).
    let validatesNested: Bool
    /// The tagged union whose keys this property writes into its own object.
    let inlineUnion: ResolvedTaggedUnion?
    var wireKey: String { field.name }
}

/// A cross-field rule with each field's presence decided.
enum ResolvedRule: Sendable {
    /// How to tell whether a field is present.
    enum Presence: Hashable, Sendable {
        case always
        /// `self.name != nil`.
        case optional(SwiftName)
        /// Present only in one case of an inline union (a keyed variant's key).
        case unionCase(property: SwiftName, caseName: SwiftName)
    }

    /// How to read the value a `requiredWhen` rule compares.
    enum Comparand: Hashable, Sendable {
        case property(SwiftName, isOptional: Bool)
        /// The tag of an inline union.
        case unionTag(SwiftName)
    }

    case anyOf([(wire: String, presence: Presence)])
    case requires(field: String, presence: Presence, required: [(wire: String, presence: Presence)])
    case requiredWhen(field: String, presence: Presence, when: String, comparand: Comparand, values: [String])
}

struct ResolvedEnum: Sendable {
    struct Case: Sendable {
        let name: SwiftName
        let value: EnumType.Value
    }

    let name: String
    let description: String
    let cases: [Case]
}

struct ResolvedTaggedUnion: Sendable {
    struct Variant: Sendable {
        let source: TaggedUnion.Variant
        let caseName: SwiftName
        let type: SwiftType
        /// For a keyed variant: the label of the key's value.
        let keyLabel: SwiftName?
        let validatesNested: Bool
    }

    let name: String
    let description: String
    let tagKey: String
    let contentKey: String
    let variants: [Variant]
    /// Whether the union declares `wireTag`, for a rule that compares its tag.
    let exposesTag: Bool
    var validates: Bool { variants.contains(where: \.validatesNested) }
}

struct ResolvedUntaggedUnion: Sendable {
    struct Variant: Sendable {
        let source: UntaggedUnion.Variant
        let caseName: SwiftName
        let type: SwiftType
        let validatesNested: Bool
    }

    let name: String
    let description: String
    let variants: [Variant]
    var validates: Bool { variants.contains(where: \.validatesNested) }
}

struct ResolvedGroup: Sendable {
    let name: String
    /// The Swift spelling in the file name: `Operations/<Client>+<fileName>.swift`.
    let fileName: String
    let operations: [ResolvedOperation]
    let usesFoundation: Bool
}

struct ResolvedOperation: Sendable {
    enum RequestBody: Sendable {
        case none
        /// A JSON body of this type, passed as the argument `body` names.
        case json(SwiftType, argument: SwiftName)
        /// The multipart fields, in order, each an argument.
        case multipart([ResolvedArgument])
    }

    let operation: Operation
    let functionName: SwiftName
    /// In signature order.
    let arguments: [ResolvedArgument]
    /// The local variable that holds the request being built.
    let requestVariable: String
    let requestBody: RequestBody
    let inlineRequest: ResolvedObject?
    let inlineResponse: ResolvedObject?
    /// Nil when the call returns nothing.
    let response: SwiftType?
    /// Wire names of body members marked secret, in the request or the
    /// answer (nested types included): masked in logs and errors.
    let secretKeys: [String]
    /// The walk through every page, for a paged operation.
    var pagination: ResolvedPagination?
}

struct ResolvedArgument: Sendable {
    enum Role: Sendable {
        case path, query, header, multipartField, body
    }

    let role: Role
    /// The parameter or multipart field; nil for a JSON body.
    let field: Field?
    let name: SwiftName
    let type: SwiftType
    let isOptional: Bool
    /// A default the client fills in and sends (`clientDefault`).
    let defaultValue: ResolvedDefault?
    /// A default the server applies when the argument is left out.
    var serverDefault: ResolvedDefault?
    let limits: [Limit]
    let description: String
    /// How a list in the query is sent, where the spec says.
    var queryStyle: Parameter.Style?
}

struct ResolvedCredentials: Sendable {
    let name: String
    let tokenOperation: ResolvedOperation
    /// The credentials' properties, one per argument of the token operation.
    let properties: [SwiftName]
    /// Swift names in the token operation's answer, and whether each is optional.
    let tokenAccess: (SwiftName, isOptional: Bool)
    let expiryAccess: (SwiftName, isOptional: Bool, isEpoch: Bool)?
    let endpointAccess: (SwiftName, isOptional: Bool)?
    let refreshAccess: (SwiftName, isOptional: Bool)?
    /// The argument of the token operation that takes the refresh token.
    let refreshArgument: SwiftName?
}
