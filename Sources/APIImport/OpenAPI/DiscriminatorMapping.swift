import APISpec

/// `oneOf`/`anyOf` with a `discriminator`: a tagged union without a content
/// key, each variant an object that carries the tag among its own fields.
/// Tags come from the discriminator's `mapping`, else from the names of the
/// schemas the variants refer to (as OpenAPI reads them). Whether each
/// variant really holds the tag is lint's to say: a draft it refuses is
/// mended back to an untagged union (`DraftMending`), with a located warning.
extension OpenAPIMapper {
    /// The union, when every variant refers to a named schema; nil otherwise (the caller makes an untagged union).
    func discriminatedUnion(_ schema: JSONNode, _ variants: [(index: Int, node: JSONNode)], property: String,
                            at listPlace: DocumentPlace, name unionName: String) -> TaggedUnion? {
        let references = variants.compactMap { $0.node.string("$ref") }
        guard references.count == variants.count, !variants.isEmpty else { return nil }
        let mapping = schema.member("discriminator")?.member("mapping")?.members ?? []
        var result: [TaggedUnion.Variant] = []
        var tagsTaken: Set<String> = []
        for ((index, variant), reference) in zip(variants, references) {
            let variantPlace = listPlace.appending(String(index), variant)
            let mapped = value(of: variant, at: variantPlace, name: unionName + "Variant\(index + 1)")
            let schemaName = Self.schemaName(reference)
            var tags = mapping.filter { Self.schemaName($0.value.stringValue ?? "") == schemaName }.map(\.key)
            if tags.isEmpty { tags = [schemaName] }
            for tag in tags where tagsTaken.insert(tag).inserted {
                // A schema under several tags is one case per tag, each named from its tag; the export names its cases.
                let caseName = schema.member("x-apigen-variantNames")?.string(tag)
                    ?? (tags.count > 1 ? nil : variant.string("title"))
                let description = schema.member("x-apigen-variantDescriptions")?.string(tag)
                    ?? variant.string("description") ?? ""
                result.append(TaggedUnion.Variant(tag: tag, name: caseName, type: mapped.type, description: description,
                                                  location: variantPlace.location))
            }
        }
        return TaggedUnion(tagKey: property, contentKey: nil, variants: result)
    }

    /// `Cat` for `#/components/schemas/Cat` (a mapping may also give the bare name), `Pet` for a whole file `pet.yaml`.
    private static func schemaName(_ reference: String) -> String {
        guard reference.contains("#") || reference.contains("/") || reference.contains(".") else { return reference }
        return OpenAPIDocument.tokens(of: reference).last ?? NameCase.typeName(fileStem(of: reference))
    }
}
