import APILimits

/// The Swift type of a value, as data: lowering spells it.
package indirect enum SwiftType: Hashable, Sendable {
    case string, int32, int64, double, bool, date, calendarDate, epochSeconds, epochMillis, json, file
    /// An answer that is a file: its bytes and what its headers say of them.
    case downloadedFile
    /// A generated type; `isEnum` for open enums, which are checked by raw value.
    case named(String, isEnum: Bool)
    /// A value that may be JSON `null`: a property holds it as
    /// `APIRuntime.Nullable<T>` where it may also be left out, as `T?`
    /// where it is always there (`ResolvedProperty.holding`).
    case nullable(SwiftType)
    /// A list's element or a map's value that may be `null`: `T?`.
    case optional(SwiftType)
    case array(SwiftType)
    case map(SwiftType)

    package var usesFoundation: Bool {
        switch self {
        case .date: return true
        case .array(let inner), .map(let inner), .nullable(let inner), .optional(let inner): return inner.usesFoundation
        default: return false
        }
    }
}

/// A limit a generated validator checks, with those the type implies
/// (phone numbers, absolute URLs): the runtime's own value, so lowering
/// spells exactly what lint checked (`ClientLimits`).
package typealias Limit = APILimits.Constraint

/// A literal default, ready to print.
package enum ResolvedDefault: Hashable, Sendable {
    case bool(Bool)
    case integer(String)
    case double(String)
    case string(String)
    /// A documented value of an open enum: its static member.
    case enumCase(String)
    /// A list's default, its items each one of the above.
    case list([ResolvedDefault])
}

/// A generated name: as declared (`default`) and as written in code
/// (`` `default` ``), both decided by the resolver.
package struct SwiftName: Hashable, Sendable {
    package let name: String
    package let spelled: String

    package init(name: String, spelled: String) {
        self.name = name
        self.spelled = spelled
    }

    /// As an argument label at a call site, where only `inout` needs backticks.
    package var label: String { name == "inout" ? "`inout`" : name }
}

/// What the documentation of a value states beside its limits.
package struct ValueFacts: Hashable, Sendable {
    /// The file types a `file` value may have (checked by its multipart part).
    package let fileTypes: [String]?
    package let isNullable: Bool
    package let isOneOrMany: Bool

    package init(fileTypes: [String]?, isNullable: Bool, isOneOrMany: Bool) {
        self.fileTypes = fileTypes
        self.isNullable = isNullable
        self.isOneOrMany = isOneOrMany
    }
}
