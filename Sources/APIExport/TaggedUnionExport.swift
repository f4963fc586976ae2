import APISpec

/// Tagged unions in OpenAPI. With a content key: an `anyOf` of objects with
/// the tag as `const` and the content beside it (the wire's own shape), a
/// keyed variant by its key, and any other tag. Without one: OpenAPI's
/// discriminated `anyOf` of the variants' schemas (not `oneOf`: one object
/// may fit several variants' schemas, and the tag, not the shape, picks).
extension SchemaExport {
    func tagged(_ union: TaggedUnion, contentKey: String, description: OpenAPIValue?, note: String?) -> OpenAPIValue {
        let stringType: OpenAPIValue = .object([("type", .string("string"))])
        var variants: [OpenAPIValue] = union.variants.map { variant in
            let described: OpenAPIValue? = variant.description.isEmpty ? nil : .string(variant.description)
            let prose: [(String, OpenAPIValue?)] = [("description", described),
                                                    ("x-apigen-name", variant.name.map(OpenAPIValue.string))]
            if let key = variant.key {
                return .object([("type", .string("object")),
                                ("properties", .object([(key, stringType), (contentKey, schema(variant.type))])),
                                ("required", .array([.string(key), .string(contentKey)])),
                                ("not", .object([("required", .array([.string(union.tagKey)]))]))] + prose)
            }
            let tag: OpenAPIValue = .object([("const", .string(variant.tag ?? ""))])
            return .object([("type", .string("object")),
                            ("properties", .object([(union.tagKey, tag), (contentKey, schema(variant.type))])),
                            ("required", .array([.string(union.tagKey)]))] + prose)
        }
        // A tag the spec does not document decodes too (as `unknown`).
        let documented = union.variants.compactMap(\.tag).map(OpenAPIValue.string)
        let otherTag: OpenAPIValue = .object([("type", .string("string")), ("not", .object([("enum", .array(documented))]))])
        variants.append(.object([("type", .string("object")), ("properties", .object([(union.tagKey, otherTag)])),
                                 ("required", .array([.string(union.tagKey)]))]))
        return .object([("description", description), ("anyOf", .array(variants)),
                        ("x-apigen-union", .object([("tag", .string(union.tagKey)), ("content", .string(contentKey))])),
                        ("x-apigen-note", note.map(OpenAPIValue.string))])
    }

    /// Each variant a named object holding the tag, the tags in `mapping`.
    func discriminated(_ union: TaggedUnion, description: OpenAPIValue?, note: String?) -> OpenAPIValue {
        let tagged = union.variants.filter { $0.tag != nil }
        var references: [OpenAPIValue] = []
        var seen: Set<String> = []
        for variant in tagged where seen.insert(variant.type.description).inserted {
            references.append(schema(variant.type))
        }
        let mapping = tagged.compactMap { variant -> (String, OpenAPIValue?)? in
            guard let tag = variant.tag, case .named(let name) = variant.type else { return nil }
            return (tag, .string("#/components/schemas/\(name)"))
        }
        let names = tagged.compactMap { variant in variant.name.map { (variant.tag ?? "", OpenAPIValue.string($0)) } }
        let prose = tagged.filter { !$0.description.isEmpty }.map { ($0.tag ?? "", OpenAPIValue.string($0.description)) }
        return .object([
            ("description", description), ("anyOf", .array(references)),
            ("discriminator", .object([("propertyName", .string(union.tagKey)), ("mapping", .object(mapping))])),
            ("x-apigen-variantNames", names.isEmpty ? nil : .object(names)),
            ("x-apigen-variantDescriptions", prose.isEmpty ? nil : .object(prose)),
            ("x-apigen-note", note.map(OpenAPIValue.string)),
        ])
    }
}
