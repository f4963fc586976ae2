/// A named type of the spec, resolved.
package struct ResolvedType: Sendable {
    package enum Kind: Sendable {
        case object(ResolvedObject)
        case enumeration(ResolvedEnum)
        case taggedUnion(ResolvedTaggedUnion)
        case untaggedUnion(ResolvedUntaggedUnion)
    }

    /// The type's name in the spec.
    package let specName: String
    package let name: String
    package var kind: Kind
    package let usesFoundation: Bool
    /// The stem of the file the type is printed in, `Models/<fileStem>.swift`: its own name, or the name of the type
    /// (or in-place body) whose name it extends.
    package let fileStem: String

    package init(specName: String, name: String, kind: Kind, usesFoundation: Bool, fileStem: String) {
        self.specName = specName
        self.name = name
        self.kind = kind
        self.usesFoundation = usesFoundation
        self.fileStem = fileStem
    }
}

package struct ResolvedObject: Sendable {
    package let name: String
    package let description: String
    package let properties: [ResolvedProperty]
    package let rules: [ResolvedRule]
    /// Whether `validate(into:)` has anything to check.
    package let validates: Bool

    package init(name: String, description: String, properties: [ResolvedProperty], rules: [ResolvedRule], validates: Bool) {
        self.name = name
        self.description = description
        self.properties = properties
        self.rules = rules
        self.validates = validates
    }

    /// Whether the type redacts fields marked secret when printed.
    package var hasSecrets: Bool { properties.contains { $0.isSecret } }
}

package struct ResolvedProperty: Sendable {
    package let name: SwiftName
    /// The name on the wire, exactly as the server spells it.
    package let wireKey: String
    package let type: SwiftType
    package let description: String
    /// May be left out: optional in the spec, or defaulted by the server.
    /// (Whether the Swift type is optional is `holding`'s to say.)
    package let isOptional: Bool
    /// Never shown in errors, logs or when printed.
    package let isSecret: Bool
    package let facts: ValueFacts
    /// A default the client fills in and sends (`clientDefault`).
    package let defaultValue: ResolvedDefault?
    /// A default the server applies when the value is left out: documented, never sent.
    package let serverDefault: ResolvedDefault?
    /// Checked against these limits, listed in a static constant of this name.
    package let limits: [Limit]
    package let limitsName: String?
    /// Holds values that validate themselves (objects, unions, lists of them).
    package let validatesNested: Bool
    /// The tagged union whose keys this property writes into its own object.
    package let inlineUnion: ResolvedTaggedUnion?
    /// Kept in a box (`@Indirect`): its type holds the property's own type again, in place.
    package let isIndirect: Bool

    package init(name: SwiftName, wireKey: String, type: SwiftType, description: String, isOptional: Bool, isSecret: Bool,
                 facts: ValueFacts, defaultValue: ResolvedDefault?, serverDefault: ResolvedDefault?, limits: [Limit],
                 limitsName: String?, validatesNested: Bool, inlineUnion: ResolvedTaggedUnion?, isIndirect: Bool = false) {
        self.name = name
        self.wireKey = wireKey
        self.type = type
        self.description = description
        self.isOptional = isOptional
        self.isSecret = isSecret
        self.facts = facts
        self.defaultValue = defaultValue
        self.serverDefault = serverDefault
        self.limits = limits
        self.limitsName = limitsName
        self.validatesNested = validatesNested
        self.inlineUnion = inlineUnion
        self.isIndirect = isIndirect
    }

    /// How the Swift property holds a value that may be left out or `null`.
    package enum Holding: Sendable {
        /// `T`: always there, never null.
        case value
        /// `T?`: nil leaves the key out.
        case optional
        /// `T?`: the key is always there; nil is `null`.
        case orNull
        /// `APIRuntime.Nullable<T>`: `.absent` leaves the key out, `.null` is `null`.
        case nullable
    }

    package var holding: Holding {
        switch (type, isOptional) {
        case (.nullable, true): return .nullable
        case (.nullable, false): return .orNull
        case (_, true): return .optional
        case (_, false): return .value
        }
    }

    /// How code reads the value: nil where it may be left out or null.
    package var read: PropertyRead {
        PropertyRead(name: name, isOptional: holding != .value, readsValue: holding == .nullable)
    }

    /// The value's own type: a nullable's wrapped type.
    package var valueType: SwiftType {
        if case .nullable(let wrapped) = type { return wrapped }
        return type
    }
}

/// How generated code reads a property of a value it holds (a page of
/// answers, a token operation's answer): `name`, or `name.value` through a
/// `Nullable`; `isOptional` when the read may give nil.
package struct PropertyRead: Sendable {
    package let name: SwiftName
    package let isOptional: Bool
    /// A `Nullable`, read through its `value` (nil when absent or null).
    package let readsValue: Bool

    package init(name: SwiftName, isOptional: Bool, readsValue: Bool = false) {
        self.name = name
        self.isOptional = isOptional
        self.readsValue = readsValue
    }

    /// `name` or `name.value`, to follow `.` or `?.`.
    package var member: String { name.spelled + (readsValue ? ".value" : "") }
}

/// A cross-field rule with each field's presence decided.
package enum ResolvedRule: Sendable {
    /// How to tell whether a field is present.
    package enum Presence: Hashable, Sendable {
        case always
        /// `self.name != nil`: a value left out, or `null`, is not there.
        case optional(SwiftName)
        /// `self.name.value != nil`: neither `.absent` nor `.null` (as lint reads a sample's `null`).
        case nullable(SwiftName)
        /// Present only in one case of an inline union (a keyed variant's key).
        case unionCase(property: SwiftName, caseName: SwiftName)
    }

    /// How to read the value a `requiredWhen` rule compares.
    package enum Comparand: Hashable, Sendable {
        case property(SwiftName, isOptional: Bool)
        /// The tag of an inline union.
        case unionTag(SwiftName)
    }

    case anyOf([(wire: String, presence: Presence)])
    case requires(field: String, presence: Presence, required: [(wire: String, presence: Presence)])
    case requiredWhen(field: String, presence: Presence, when: String, comparand: Comparand, values: [String])
}

package struct ResolvedEnum: Sendable {
    package struct Case: Sendable {
        package let name: SwiftName
        package let rawValue: String
        package let description: String

        package init(name: SwiftName, rawValue: String, description: String) {
            self.name = name
            self.rawValue = rawValue
            self.description = description
        }
    }

    package let name: String
    package let description: String
    package let cases: [Case]
    /// Whole numbers on the wire (`Swift.Int64` raw values); strings otherwise.
    package let isInteger: Bool

    package init(name: String, description: String, cases: [Case], isInteger: Bool = false) {
        self.name = name
        self.description = description
        self.cases = cases
        self.isInteger = isInteger
    }
}

package struct ResolvedTaggedUnion: Sendable {
    package struct Variant: Sendable {
        /// The tag's value that selects this variant; nil for a keyed variant.
        package let tag: String?
        /// The key whose presence selects this variant, for a keyed variant.
        package let key: String?
        package let description: String
        package let caseName: SwiftName
        package let type: SwiftType
        /// For a keyed variant: the label of the key's value.
        package let keyLabel: SwiftName?
        package let validatesNested: Bool
        /// For a union without a content key: the variant object's property that holds the tag, which
        /// validation compares with the case's tag. Set once the objects are resolved.
        package var tagProperty: SwiftName?

        package init(tag: String?, key: String?, description: String, caseName: SwiftName, type: SwiftType, keyLabel: SwiftName?,
                     validatesNested: Bool) {
            self.tag = tag
            self.key = key
            self.description = description
            self.caseName = caseName
            self.type = type
            self.keyLabel = keyLabel
            self.validatesNested = validatesNested
        }
    }

    package let name: String
    package let description: String
    package let tagKey: String
    /// Nil when each variant is an object that carries the tag among its own fields.
    package let contentKey: String?
    package var variants: [Variant]
    /// Whether the union declares `wireTag`, for a rule that compares its tag.
    package let exposesTag: Bool
    /// Whether the enum is `indirect`: its cases hold a reference to their value, not the value. A variant that is
    /// an object (or a union) would otherwise be laid out in the enum and in every type that holds it, and copying
    /// such a value is code the compiler writes out field by field, in every file that copies one (Stripe's
    /// expandable fields, `string` or a whole `Charge`, gave objects of 8 to 24 MB for files of 100 to 800 lines).
    package let isIndirect: Bool

    package init(name: String, description: String, tagKey: String, contentKey: String?, variants: [Variant], exposesTag: Bool,
                 isIndirect: Bool = false) {
        self.isIndirect = isIndirect
        self.name = name
        self.description = description
        self.tagKey = tagKey
        self.contentKey = contentKey
        self.variants = variants
        self.exposesTag = exposesTag
    }

    package var validates: Bool { variants.contains(where: \.validatesNested) }
}

package struct ResolvedUntaggedUnion: Sendable {
    package struct Variant: Sendable {
        /// The variant's name in the spec.
        package let specName: String
        /// The variant's type as the spec writes it, for "no variant matched" errors.
        package let shape: String
        package let description: String
        package let caseName: SwiftName
        package let type: SwiftType
        package let validatesNested: Bool

        package init(specName: String, shape: String, description: String, caseName: SwiftName, type: SwiftType,
                     validatesNested: Bool) {
            self.specName = specName
            self.shape = shape
            self.description = description
            self.caseName = caseName
            self.type = type
            self.validatesNested = validatesNested
        }
    }

    package let name: String
    package let description: String
    package let variants: [Variant]
    /// Whether the enum is `indirect` (see `ResolvedTaggedUnion.isIndirect`).
    package let isIndirect: Bool

    package init(name: String, description: String, variants: [Variant], isIndirect: Bool = false) {
        self.isIndirect = isIndirect
        self.name = name
        self.description = description
        self.variants = variants
    }

    package var validates: Bool { variants.contains(where: \.validatesNested) }
}
