import APISpec

/// A tagged union without a content key is OpenAPI's discriminated `anyOf` (not `oneOf`: one object may fit
/// several variants' schemas, and the tag, not the shape, picks):
/// each variant a named object holding the tag, the tags in `mapping`.
extension SchemaExport {
    func discriminated(_ union: TaggedUnion, description: OpenAPIValue?, note: String?) -> OpenAPIValue {
        let tagged = union.variants.filter { $0.tag != nil }
        var references: [OpenAPIValue] = []
        var seen: Set<String> = []
        for variant in tagged where seen.insert(variant.type.description).inserted { references.append(schema(variant.type)) }
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
