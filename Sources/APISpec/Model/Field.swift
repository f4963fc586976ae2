/// One row of a docs table: a body field, a parameter, or an object property.
public struct Field: Sendable, Hashable {
    /// The name on the wire, exactly as the server spells it.
    public var name: String
    /// An explicit Swift name, for wire names the namer cannot make readable.
    public var swiftName: String?
    public var type: TypeReference
    public var isOptional: Bool
    /// The documented default: the server's, unless `isClientDefault`.
    public var defaultValue: DefaultValue?
    /// The client fills in the default and sends it.
    public var isClientDefault: Bool
    public var description: String
    public var constraints: Constraints
    /// A union whose tag and content keys sit in this object itself
    /// (Kaizala's `actionType` beside `actionBody`).
    public var isInline: Bool
    /// Never shown in errors or logs (tokens, secrets).
    public var isSecret: Bool
    /// A list the server may also send as a single element.
    public var isOneOrMany: Bool
    /// The value may be JSON `null` (as opposed to left out, `isOptional`).
    public var isNullable: Bool
    public var note: String?
    public var location: SourceLocation

    public init(
        name: String, swiftName: String? = nil, type: TypeReference, isOptional: Bool = false,
        defaultValue: DefaultValue? = nil, isClientDefault: Bool = false, description: String = "", constraints: Constraints = Constraints(),
        isInline: Bool = false, isSecret: Bool = false, isOneOrMany: Bool = false, isNullable: Bool = false, note: String? = nil,
        location: SourceLocation = SourceLocation(line: 0, column: 0)
    ) {
        self.name = name
        self.swiftName = swiftName
        self.type = type
        self.isOptional = isOptional
        self.defaultValue = defaultValue
        self.isClientDefault = isClientDefault
        self.description = description
        self.constraints = constraints
        self.isInline = isInline
        self.isSecret = isSecret
        self.isOneOrMany = isOneOrMany
        self.isNullable = isNullable
        self.note = note
        self.location = location
    }
}

/// A literal default from the docs.
public enum DefaultValue: Sendable, Hashable, CustomStringConvertible {
    case bool(Bool)
    /// Source text of the number, e.g. `50` or `0.5`.
    case number(String)
    case string(String)
    /// A list's default, of scalars (GitHub's webhook `events`, `["push"]`): never lists or objects in it.
    case list([DefaultValue])

    public var description: String {
        switch self {
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let text): return text
        case .string(let text): return JSONNode.quoted(text)
        case .list(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        }
    }

    public var numberValue: Double? {
        if case .number(let text) = self { return Double(text) }
        return nil
    }
}

/// The limits a docs table states for a value.
///
/// Most values have none, so the limits live in one shared box that is
/// absent when empty: a field is 8 bytes of limits instead of 136 (the
/// model of a 30,000-operation spec was half limits nobody stated).
public struct Constraints: Sendable, Hashable {
    private struct Values: Sendable, Hashable {
        var minLength: Int?
        var maxLength: Int?
        var pattern: String?
        var minimum: Double?
        var maximum: Double?
        var exclusiveMinimum: Double?
        var exclusiveMaximum: Double?
        var multipleOf: Double?
        var minItems: Int?
        var maxItems: Int?
        /// True or nil: `false` states no limit.
        var uniqueItems: Bool?
        var fileExtensions: [String]?
        var items: Box<Constraints>?
        var keys: Box<Constraints>?
    }

    /// Nil exactly when every limit is nil, so equal limits compare equal.
    private var storage: Box<Values>?

    public init() {}

    private var values: Values { storage?.value ?? Values() }

    private mutating func update(_ change: (inout Values) -> Void) {
        var values = self.values
        change(&values)
        storage = values == Values() ? nil : Box(values)
    }

    public var minLength: Int? { get { values.minLength } set { update { $0.minLength = newValue } } }
    public var maxLength: Int? { get { values.maxLength } set { update { $0.maxLength = newValue } } }
    public var pattern: String? { get { values.pattern } set { update { $0.pattern = newValue } } }
    public var minimum: Double? { get { values.minimum } set { update { $0.minimum = newValue } } }
    public var maximum: Double? { get { values.maximum } set { update { $0.maximum = newValue } } }
    public var exclusiveMinimum: Double? {
        get { values.exclusiveMinimum } set { update { $0.exclusiveMinimum = newValue } }
    }
    public var exclusiveMaximum: Double? {
        get { values.exclusiveMaximum } set { update { $0.exclusiveMaximum = newValue } }
    }
    public var multipleOf: Double? { get { values.multipleOf } set { update { $0.multipleOf = newValue } } }
    public var minItems: Int? { get { values.minItems } set { update { $0.minItems = newValue } } }
    public var maxItems: Int? { get { values.maxItems } set { update { $0.maxItems = newValue } } }
    public var uniqueItems: Bool? { get { values.uniqueItems } set { update { $0.uniqueItems = newValue } } }
    public var fileExtensions: [String]? { get { values.fileExtensions } set { update { $0.fileExtensions = newValue } } }
    public var items: Box<Constraints>? { get { values.items } set { update { $0.items = newValue } } }
    public var keys: Box<Constraints>? { get { values.keys } set { update { $0.keys = newValue } } }

    public var isEmpty: Bool { storage == nil }
}

public final class Box<Wrapped: Sendable & Hashable>: Sendable, Hashable {
    public let value: Wrapped

    public init(_ value: Wrapped) {
        self.value = value
    }

    public static func == (lhs: Box, rhs: Box) -> Bool { lhs.value == rhs.value }
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

/// A rule that ties fields of one object together.
public struct Rule: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// At least one of the fields must be present.
        case anyOf([String])
        /// When `field` is present, each of `required` must be present too.
        case requires(field: String, required: [String])
        /// `field` must be present when `when` has one of `values`.
        case requiredWhen(field: String, when: String, values: [String])
    }

    public var kind: Kind
    public var description: String?
    public var location: SourceLocation

    public init(_ kind: Kind, description: String? = nil, location: SourceLocation = SourceLocation(line: 0, column: 0)) {
        self.kind = kind
        self.description = description
        self.location = location
    }

    /// Every field name the rule mentions, in order.
    public var fieldNames: [String] {
        switch kind {
        case .anyOf(let fields): return fields
        case .requires(let field, let required): return [field] + required
        case .requiredWhen(let field, let when, _): return [field, when]
        }
    }
}
