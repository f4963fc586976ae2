import APISpec

/// Spec types as JSON Schema (2020-12, the dialect of OpenAPI 3.1): what
/// JSON Schema can say as keywords, the rest as `x-apigen-…` extensions and
/// description text, so that nothing is lost.
struct SchemaExport {
    let types: [String: NamedType]

    static func reference(_ name: String) -> OpenAPIValue {
        .object([("$ref", .string("#/components/schemas/\(escaped(name))"))])
    }

    /// JSON Pointer escaping of a schema name.
    static func escaped(_ name: String) -> String {
        name.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// The schema of a value of `type` under `constraints`.
    func schema(_ type: TypeReference, _ constraints: Constraints = Constraints()) -> OpenAPIValue {
        var members: [(String, OpenAPIValue?)]
        switch type {
        case .scalar(let scalar):
            members = Self.scalar(scalar) + ownLimits(constraints)
            return .object(members)
        case .named(let name):
            // Keywords beside `$ref` apply too in 2020-12.
            members = [("$ref", .string("#/components/schemas/\(Self.escaped(name))"))]
            if case .enumeration = types[name]?.kind { members += ownLimits(constraints) }
            return .object(members)
        case .array(let element):
            members = [("type", .string("array")), ("items", schema(element, constraints.items?.value ?? Constraints())),
                       ("minItems", constraints.minItems.map(OpenAPIValue.integer)),
                       ("maxItems", constraints.maxItems.map(OpenAPIValue.integer)),
                       ("uniqueItems", constraints.uniqueItems.map(OpenAPIValue.bool))]
            return .object(members)
        case .map(let value):
            members = [("type", .string("object")), ("additionalProperties", schema(value, constraints.items?.value ?? Constraints())),
                       ("minProperties", constraints.minItems.map(OpenAPIValue.integer)), ("maxProperties", constraints.maxItems.map(OpenAPIValue.integer))]
            if let keys = constraints.keys?.value { members.append(("propertyNames", .object([("type", .string("string"))] + ownLimits(keys)))) }
            return .object(members)
        case .orNull(let value):
            // As a nullable field is written (below), so that an import reads both alike.
            return Self.orNull(schema(value, constraints))
        }
    }

    /// A schema that also admits `null`.
    static func orNull(_ schema: OpenAPIValue) -> OpenAPIValue {
        .object([("anyOf", .array([schema, .object([("type", .string("null"))])]))])
    }

    /// The limits that sit on a value itself, as keywords (every limit kind
    /// is placed here or beside the items of a collection, above).
    private func ownLimits(_ constraints: Constraints) -> [(String, OpenAPIValue?)] {
        LimitTable.Limit.allCases.compactMap { limit in
            switch limit {
            case .minLength: return ("minLength", constraints.minLength.map(OpenAPIValue.integer))
            case .maxLength: return ("maxLength", constraints.maxLength.map(OpenAPIValue.integer))
            case .pattern: return ("pattern", constraints.pattern.map(OpenAPIValue.string))
            case .minimum: return ("minimum", constraints.minimum.map(OpenAPIValue.double))
            case .maximum: return ("maximum", constraints.maximum.map(OpenAPIValue.double))
            case .exclusiveMinimum: return ("exclusiveMinimum", constraints.exclusiveMinimum.map(OpenAPIValue.double))
            case .exclusiveMaximum: return ("exclusiveMaximum", constraints.exclusiveMaximum.map(OpenAPIValue.double))
            case .multipleOf: return ("multipleOf", constraints.multipleOf.map(OpenAPIValue.double))
            case .fileExtensions:
                return ("x-apigen-fileExtensions", constraints.fileExtensions.map { .array($0.map(OpenAPIValue.string)) })
            // Written beside an array's or a map's items (`minProperties` on a map).
            case .minItems, .maxItems, .uniqueItems, .items, .keys: return nil
            }
        }
    }

    private static func scalar(_ scalar: ScalarType) -> [(String, OpenAPIValue?)] {
        switch scalar {
        case .string: return [("type", .string("string"))]
        case .int32: return [("type", .string("integer")), ("format", .string("int32"))]
        case .int64: return [("type", .string("integer")), ("format", .string("int64"))]
        case .double: return [("type", .string("number")), ("format", .string("double"))]
        case .bool: return [("type", .string("boolean"))]
        case .dateTime: return [("type", .string("string")), ("format", .string("date-time"))]
        case .date: return [("type", .string("string")), ("format", .string("date"))]
        case .epochSeconds, .epochMillis:
            return [("type", .string("integer")), ("format", .string("int64")), ("x-apigen-type", .string(scalar.rawValue)),
                    ("description", typeDescription(of: scalar).map(OpenAPIValue.string))]
        case .url: return [("type", .string("string")), ("format", .string("uri"))]
        // The docs' own sample ids are not valid UUIDs: no `uuid` format.
        case .guid: return [("type", .string("string")), ("x-apigen-type", .string("guid"))]
        // Checked before sending (`+` and 7 to 15 digits); answers and the
        // docs' samples carry placeholders, so no pattern binds them here.
        case .phone:
            return [("type", .string("string")), ("x-apigen-type", .string("phone")),
                    ("description", typeDescription(of: scalar).map(OpenAPIValue.string))]
        case .email: return [("type", .string("string")), ("format", .string("email"))]
        case .json: return []
        case .file: return [("type", .string("string")), ("contentMediaType", .string("application/octet-stream"))]
        }
    }

    /// What the export says of a value of a type JSON Schema has no word for (its unit, its form).
    static func typeDescription(of scalar: ScalarType) -> String? {
        switch scalar {
        case .epochSeconds: return "Seconds since 1970-01-01T00:00:00Z."
        case .epochMillis: return "Milliseconds since 1970-01-01T00:00:00Z."
        case .phone: return "A phone number with country code, like +911999999999."
        default: return nil
        }
    }

    /// A field's schema: its type, limits, default, and what JSON Schema cannot say.
    func field(_ field: Field) -> OpenAPIValue {
        var value = schema(field.type, field.constraints)
        if field.isOneOrMany, case .array(let element) = field.type {
            value = .object([("anyOf", .array([schema(element, field.constraints.items?.value ?? Constraints()), value]))])
        }
        if field.isNullable { value = Self.orNull(value) }
        var extras: [(String, OpenAPIValue?)] = [
            ("description", field.description.isEmpty ? nil : .string(field.description)),
            ("default", field.defaultValue.map(Self.value)),
            ("x-apigen-clientDefault", field.isClientDefault ? .bool(true) : nil),
            ("x-apigen-secret", field.isSecret ? .bool(true) : nil),
            ("x-apigen-oneOrMany", field.isOneOrMany ? .bool(true) : nil),
            ("x-apigen-swiftName", field.swiftName.map(OpenAPIValue.string)),
            ("x-apigen-note", field.note.map(OpenAPIValue.string)),
        ]
        // An epoch type's own description gives way to the field's.
        if case .object(let members) = value, members.contains(where: { $0.key == "description" }), !field.description.isEmpty {
            value = .object(members.filter { $0.key != "description" })
        }
        extras = extras.filter { $0.1 != nil }
        guard case .object(let members) = value else { return value }
        return .object(members + extras.compactMap { key, item in item.map { OpenAPIValue.Member(key: key, value: $0) } })
    }

    static func value(_ value: DefaultValue) -> OpenAPIValue {
        switch value {
        case .bool(let flag): return .bool(flag)
        case .number(let text): return .number(text)
        case .string(let text): return .string(text)
        case .list(let items): return .array(items.map(Self.value))
        }
    }

    /// An object's schema: properties in table order, required fields, rules.
    func object(_ object: ObjectType, description: String?, note: String? = nil) -> OpenAPIValue {
        var properties: [(String, OpenAPIValue?)] = []
        var required: [String] = []
        var inline: [OpenAPIValue] = []
        for field in object.fields {
            if field.isInline, case .named(let union) = field.type {
                // The field's own name and words, so that an import gives the same field back.
                inline.append(Self.reference(union).adding("description", field.description.isEmpty ? nil : .string(field.description))
                    .adding("x-apigen-field", .string(field.name)))
                continue
            }
            properties.append((field.name, self.field(field)))
            if !field.isOptional && field.defaultValue == nil { required.append(field.name) }
        }
        var members: [(String, OpenAPIValue?)] = [
            ("type", .string("object")),
            ("description", description.flatMap { $0.isEmpty ? nil : .string($0 + Self.rulesText(object.rules)) }),
            ("properties", .object(properties)),
            ("required", required.isEmpty ? nil : .array(required.map(OpenAPIValue.string))),
            ("x-apigen-rules", object.rules.isEmpty ? nil : .array(object.rules.map(Self.rule))),
            ("x-apigen-note", note.map(OpenAPIValue.string)),
        ]
        // The keys of an inline union sit in this same object; where its field sits among the others is kept for an import.
        if !inline.isEmpty {
            members.insert(("allOf", .array(inline)), at: 1)
            members.append(("x-apigen-fieldOrder", .array(object.fields.map { .string($0.name) })))
        }
        return .object(members)
    }

    /// The words of enum values that have some (JSON Schema's `enum` holds values alone).
    private func valueDescriptions(_ enumeration: EnumType) -> OpenAPIValue? {
        let described = enumeration.values.filter { !$0.description.isEmpty }
        return described.isEmpty ? nil : .object(described.map { ($0.value, OpenAPIValue.string($0.description)) })
    }

    /// The Swift names given to enum values that have one.
    private func valueNames(_ enumeration: EnumType) -> OpenAPIValue? {
        let named = enumeration.values.compactMap { value in value.name.map { (value.value, OpenAPIValue.string($0)) } }
        return named.isEmpty ? nil : .object(named)
    }

    static func rule(_ rule: Rule) -> OpenAPIValue {
        let description: OpenAPIValue? = rule.description.flatMap { $0.isEmpty ? nil : .string($0) }
        switch rule.kind {
        case .anyOf(let fields): return .object([("anyOf", .array(fields.map(OpenAPIValue.string))), ("description", description)])
        case .requires(let field, let needed):
            return .object([("field", .string(field)), ("requires", .array(needed.map(OpenAPIValue.string))), ("description", description)])
        case .requiredWhen(let field, let when, let values):
            return .object([("field", .string(field)), ("requiredWhen", .string(when)), ("in", .array(values.map(OpenAPIValue.string))),
                            ("description", description)])
        }
    }

    /// Rules in words, for readers of the description (tools see `x-apigen-rules`).
    static func rulesText(_ rules: [Rule]) -> String {
        let sentences = rules.map { rule -> String in
            switch rule.kind {
            case .anyOf(let fields): return "One of \(fields.joined(separator: ", ")) is required."
            case .requires(let field, let needed): return "\(field) requires \(needed.joined(separator: ", "))."
            case .requiredWhen(let field, let when, let values): return "\(field) is required when \(when) is \(values.joined(separator: " or "))."
            }
        }
        return sentences.isEmpty ? "" : " " + sentences.joined(separator: " ")
    }

    /// A named type under `components/schemas`.
    func named(_ type: NamedType) -> OpenAPIValue {
        let description: OpenAPIValue? = type.description.isEmpty ? nil : .string(type.description)
        switch type.kind {
        case .object(let object):
            return self.object(object, description: type.description, note: type.note)
        case .enumeration(let enumeration):
            // Open: the documented values, and any other string the server adds later.
            let values: [OpenAPIValue] = enumeration.values.map { enumeration.isInteger ? .number($0.value) : .string($0.value) }
            let other: OpenAPIValue = enumeration.isInteger
                ? .object([("type", .string("integer")), ("format", .string("int64"))]) : .object([("type", .string("string"))])
            return .object([
                ("description", description),
                ("anyOf", .array([.object([("enum", .array(values))]), other])),
                ("x-apigen-open", .bool(true)),
                ("x-apigen-valueDescriptions", valueDescriptions(enumeration)),
                ("x-apigen-valueNames", valueNames(enumeration)),
                ("x-apigen-note", type.note.map(OpenAPIValue.string)),
            ])
        case .taggedUnion(let union):
            guard let contentKey = union.contentKey else {
                return discriminated(union, description: description, note: type.note)
            }
            return tagged(union, contentKey: contentKey, description: description, note: type.note)
        case .untaggedUnion(let union):
            // Tried in order: the first variant that fits is the value.
            let variants = union.variants.map { variant in
                schema(variant.type).adding("description", variant.description.isEmpty ? nil : .string(variant.description))
            }
            return .object([("description", description), ("anyOf", .array(variants)),
                            ("x-apigen-variants", .array(union.variants.map { .string($0.name) })),
                            ("x-apigen-note", type.note.map(OpenAPIValue.string))])
        }
    }
}
