import APIExport
import APISpec

/// The facts around a value's type: prose, default, limits, and what
/// OpenAPI marks (`readOnly`, `deprecated`) or apigen's export wrote.
extension OpenAPIMapper {
    func facts(of schema: JSONNode, at place: DocumentPlace, into mapped: inout MappedValue) {
        guard schema.members != nil else { return }
        if let description = schema.string("description") ?? schema.string("title") {
            mapped.description = description
        }
        // The description the export gives an epoch or phone value's type is the type's, not the field's.
        if case .scalar(let scalar) = mapped.type, OpenAPIExporter.typeDescription(of: scalar) == mapped.description {
            mapped.description = ""
        }
        if schema.bool("readOnly") == true { mapped.isReadOnly = true }
        if schema.bool("writeOnly") == true { mapped.isWriteOnly = true }
        if schema.bool("deprecated") == true { mapped.isDeprecated = true }
        if schema.bool("x-apigen-secret") == true { mapped.isSecret = true }
        if schema.bool("x-apigen-clientDefault") == true { mapped.isClientDefault = true }
        if let swiftName = schema.string("x-apigen-swiftName") { mapped.swiftName = swiftName }
        if let note = schema.string("x-apigen-note") { mapped.notes.append(note) }
        if schema.bool("x-apigen-oneOrMany") == true, case .array = mapped.type { mapped.isOneOrMany = true }
        if let node = schema.member("default") {
            switch node.value {
            case .bool(let flag): mapped.defaultValue = .bool(flag)
            case .number(let text): mapped.defaultValue = .number(text)
            case .string(let text): mapped.defaultValue = .string(text)
            case .null: break
            case .array(let elements):
                // A list of scalars (GitHub's webhook `events`, `["push"]`); lists of lists or objects are not.
                let items = elements.compactMap { element -> DefaultValue? in
                    switch element.value {
                    case .bool(let flag): .bool(flag)
                    case .number(let text): .number(text)
                    case .string(let text): .string(text)
                    default: nil
                    }
                }
                if items.count == elements.count {
                    mapped.defaultValue = .list(items)
                } else {
                    warn(.defaultNotLiteral, "a default that is a list of lists, objects or nulls is not a default "
                         + "the spec format has; left out", at: place.appending("default", node))
                }
            case .object:
                warn(.defaultNotLiteral, "a default that is an object is not a default the spec format has; left out",
                     at: place.appending("default", node))
            }
        }
        limits(of: schema, at: place, into: &mapped)
    }

    /// Every limit keyword apigen has, where it applies; the others are warnings.
    private func limits(of schema: JSONNode, at place: DocumentPlace, into mapped: inout MappedValue) {
        var limits = mapped.constraints
        if let value = schema.integer("minLength") { limits.minLength = value }
        if let value = schema.integer("maxLength") { limits.maxLength = value }
        if let value = schema.string("pattern") { limits.pattern = value }
        let isInteger: Bool
        switch mapped.type {
        case .scalar(.int32), .scalar(.int64), .scalar(.epochSeconds), .scalar(.epochMillis): isInteger = true
        default: isInteger = false
        }
        limits.minimum = schema.number("minimum") ?? limits.minimum
        limits.maximum = schema.number("maximum") ?? limits.maximum
        // 3.0's exclusive flags, and 3.1's exclusive bounds: for integers one step in (the same values), else exclusive.
        for (keyword, isLower) in [("exclusiveMinimum", true), ("exclusiveMaximum", false)] {
            guard let node = schema.member(keyword) else { continue }
            let bound: Double?
            switch node.value {
            case .bool(true): bound = isLower ? limits.minimum : limits.maximum
            case .number(let text): bound = Double(text)
            default: bound = nil
            }
            guard let bound else { continue }
            if isInteger, bound == bound.rounded() {
                if isLower { limits.minimum = bound + 1 } else { limits.maximum = bound - 1 }
            } else {
                // 3.0's flag turns its inclusive bound into this one.
                if node.value == .bool(true) {
                    if isLower { limits.minimum = nil } else { limits.maximum = nil }
                }
                if isLower { limits.exclusiveMinimum = bound } else { limits.exclusiveMaximum = bound }
            }
        }
        switch mapped.type {
        case .map:
            if let value = schema.integer("minProperties") { limits.minItems = value }
            if let value = schema.integer("maxProperties") { limits.maxItems = value }
            if let names = schema.member("propertyNames") {
                var keys = Constraints()
                keys.minLength = names.integer("minLength")
                keys.maxLength = names.integer("maxLength")
                keys.pattern = names.string("pattern")
                if !keys.isEmpty { limits.keys = Box(keys) }
            }
        default:
            if let value = schema.integer("minItems") { limits.minItems = value }
            if let value = schema.integer("maxItems") { limits.maxItems = value }
        }
        if let extensions = schema.member("x-apigen-fileExtensions")?.elements { limits.fileExtensions = extensions.compactMap(\.stringValue) }
        if let node = schema.member("uniqueItems"), node.value == .bool(true) {
            if case .array(let element) = mapped.type, Self.mayHoldDistinctElements(element) {
                limits.uniqueItems = true
            } else {
                warn(.limitNotExpressible, "'uniqueItems' applies to lists of strings, enums, whole numbers and "
                     + "objects in the spec format; not checked by the client",
                     at: place.appending("uniqueItems", node))
                mapped.notes.append("The document also states uniqueItems, which the client does not check.")
            }
        }
        if let step = schema.number("multipleOf") { limits.multipleOf = step }
        for keyword in ["minContains", "maxContains", "contains", "dependentRequired", "if", "not"] {
            guard let node = schema.member(keyword), node.value != .bool(false) else { continue }
            warn(.limitNotExpressible, "'\(keyword)' has no limit in the spec format; not checked by the client", at: place.appending(keyword, node))
            mapped.notes.append("The document also states \(keyword) \(node.compactText), which the client does not check.")
        }
        mapped.constraints = limits
    }

    /// The elements lint's `LimitTable.distinctElements` allows, and named types, whose kind is not known yet (an enum
    /// is one; lint refuses the others, and the draft leaves the fact out).
    static func mayHoldDistinctElements(_ element: TypeReference) -> Bool {
        if case .named = element.withoutNull { return true }
        return LimitTable.distinctElements.contains(LimitTable.shape(of: element, types: [:]))
    }
}
