import APISpec

/// The facts of a field the importer can know from docs, with the type's
/// names said in the kept spec's names, so that fields of specs whose type
/// names differ compare.
struct FieldFacts: Equatable {
    var type: TypeReference
    /// Names of the type no type of the kept spec pairs with (as the draft calls them).
    var unpairedNames: [String]
    var optional: Bool
    /// Limit keyword → its value as text.
    var limits: [String: String]
    var defaultValue: DefaultValue?

    init(_ field: Field, typeName: (String) -> String?) {
        var unpaired: [String] = []
        type = Self.translated(field.type) { name in
            if let paired = typeName(name) { return paired }
            unpaired.append(name)
            return name
        }
        unpairedNames = unpaired
        optional = field.isOptional
        var limits: [String: String] = [:]
        for limit in FieldLimit.all { if let value = limit.text(field.constraints) { limits[limit.name] = value } }
        self.limits = limits
        defaultValue = field.defaultValue
    }

    /// `[GetGroupGroup]` → `[GroupDetails]`.
    static func translated(_ type: TypeReference, _ name: (String) -> String) -> TypeReference {
        switch type {
        case .scalar: type
        case .named(let named): .named(name(named))
        case .array(let element): .array(translated(element, name))
        case .map(let value): .map(translated(value, name))
        case .orNull(let value): .orNull(translated(value, name))
        }
    }
}

/// One kind of limit of a field: its keyword, how it reads as text, and how it is copied from one field's limits to another's.
struct FieldLimit: Sendable {
    var name: String
    var text: @Sendable (Constraints) -> String?
    var copy: @Sendable (inout Constraints, Constraints) -> Void

    static let all: [FieldLimit] = [
        FieldLimit(name: "minLength", text: { $0.minLength.map(String.init) }, copy: { $0.minLength = $1.minLength }),
        FieldLimit(name: "maxLength", text: { $0.maxLength.map(String.init) }, copy: { $0.maxLength = $1.maxLength }),
        FieldLimit(name: "pattern", text: { $0.pattern.map(JSONNode.quoted) }, copy: { $0.pattern = $1.pattern }),
        FieldLimit(name: "minimum", text: { $0.minimum.map(number) }, copy: { $0.minimum = $1.minimum }),
        FieldLimit(name: "maximum", text: { $0.maximum.map(number) }, copy: { $0.maximum = $1.maximum }),
        FieldLimit(name: "exclusiveMinimum", text: { $0.exclusiveMinimum.map(number) },
                   copy: { $0.exclusiveMinimum = $1.exclusiveMinimum }),
        FieldLimit(name: "exclusiveMaximum", text: { $0.exclusiveMaximum.map(number) },
                   copy: { $0.exclusiveMaximum = $1.exclusiveMaximum }),
        FieldLimit(name: "multipleOf", text: { $0.multipleOf.map(number) }, copy: { $0.multipleOf = $1.multipleOf }),
        FieldLimit(name: "minItems", text: { $0.minItems.map(String.init) }, copy: { $0.minItems = $1.minItems }),
        FieldLimit(name: "maxItems", text: { $0.maxItems.map(String.init) }, copy: { $0.maxItems = $1.maxItems }),
        FieldLimit(name: "uniqueItems", text: { $0.uniqueItems.map(String.init) }, copy: { $0.uniqueItems = $1.uniqueItems }),
        FieldLimit(name: "fileExtensions", text: { $0.fileExtensions.map { "[" + $0.map(JSONNode.quoted).joined(separator: ", ") + "]" } },
                   copy: { $0.fileExtensions = $1.fileExtensions }),
        FieldLimit(name: "items", text: { $0.items.map { nested($0.value) } }, copy: { $0.items = $1.items }),
        FieldLimit(name: "keys", text: { $0.keys.map { nested($0.value) } }, copy: { $0.keys = $1.keys }),
    ]

    /// `50`, not `50.0`, as the docs and the spec writer write it.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }

    /// The limits of a list's items or a map's values: `{maxLength: 5}`.
    static func nested(_ constraints: Constraints) -> String {
        "{" + all.compactMap { limit in limit.text(constraints).map { "\(limit.name): \($0)" } }.joined(separator: ", ") + "}"
    }
}
