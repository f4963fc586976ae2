import APISpec

/// `oneOf`/`anyOf` as unions, `enum` as open enums, and the export's own
/// tagged unions, untagged unions and open enums read back as they were.
extension OpenAPIMapper {
    /// A union or open enum the schema describes; nil when it has no `oneOf`/`anyOf` of two or more.
    func unionValue(of schema: JSONNode, at place: DocumentPlace, name: String) -> MappedValue? {
        guard let keyword = ["oneOf", "anyOf"].first(where: { schema.member($0)?.elements != nil }),
              let all = schema.member(keyword)?.elements else { return nil }
        let listPlace = place.appending(keyword, schema.member(keyword))
        if schema.member("x-apigen-union") != nil { return MappedValue(type: .named(taggedUnion(schema, all, at: listPlace, name: name))) }
        if schema.bool("x-apigen-open") == true, let values = all.first?.member("enum")?.elements {
            return enumeration(values, schema, at: place, name: name)
        }
        let variants = all.enumerated().filter { !isNullSchema($0.element) }
        let nullable = variants.count < all.count
        if variants.count == 1 { return nil }
        // The export's one-or-many: the item, or a list of it.
        if schema.bool("x-apigen-oneOrMany") == true, variants.count == 2 { return nil }
        let unionName = typeName(for: name)
        if let property = schema.member("discriminator")?.string("propertyName"),
           let tagged = discriminatedUnion(schema, variants.map { ($0.offset, $0.element) }, property: property, at: listPlace,
                                           name: unionName) {
            let description = schema.string("description") ?? schema.string("title") ?? ""
            add(NamedType(name: unionName, description: description, kind: .taggedUnion(tagged),
                          note: schema.string("x-apigen-note"), location: place.location), from: place)
            var mapped = MappedValue(type: .named(unionName))
            mapped.isNullable = nullable
            return mapped
        }
        var cases: [UntaggedUnion.Variant] = []
        let givenNames = schema.member("x-apigen-variants")?.elements?.compactMap(\.stringValue)
        for (position, (index, variant)) in variants.enumerated() {
            let variantPlace = listPlace.appending(String(index), variant)
            let mapped = value(of: variant, at: variantPlace, name: unionName + variantWord(variant, position))
            let given = givenNames.flatMap { $0.indices.contains(position) ? $0[position] : nil }
            let caseName = given ?? variantCaseName(mapped.type, variant, position)
            cases.append(UntaggedUnion.Variant(name: caseName, type: mapped.type, description: variant.string("description") ?? "",
                                               location: variantPlace.location))
        }
        cases = uniqueCaseNames(cases)
        if let discriminator = schema.member("discriminator") {
            let property = discriminator.string("propertyName") ?? "?"
            warn(.discriminatorTriedInOrder, "discriminator '\(property)' needs variants that refer to named schemas, "
                 + "and a variant here is written in place: an untagged union, variants tried in order",
                 at: place.appending("discriminator", discriminator))
        }
        var note: String?
        if let property = schema.member("discriminator")?.string("propertyName") {
            note = "The document tells variants apart by '\(property)'; the client tries them in order."
        }
        add(NamedType(name: unionName, description: schema.string("description") ?? schema.string("title") ?? "",
                      kind: .untaggedUnion(UntaggedUnion(variants: cases)), note: note ?? schema.string("x-apigen-note"),
                      location: place.location), from: place)
        var mapped = MappedValue(type: .named(unionName))
        mapped.isNullable = nullable
        return mapped
    }

    /// `type: ["string", "integer"]`: an untagged union of the scalar types.
    func scalarUnion(_ types: [String], _ schema: JSONNode, at place: DocumentPlace, name: String) -> String {
        let unionName = typeName(for: name)
        var cases: [UntaggedUnion.Variant] = []
        for type in types {
            var mapped = single(type, schema, at: place, name: unionName + NameCase.pascal(type))
            facts(of: schema, at: place, into: &mapped)
            cases.append(UntaggedUnion.Variant(name: NameCase.camel(type), type: mapped.type, location: place.location))
        }
        add(NamedType(name: unionName, description: schema.string("description") ?? "",
                      kind: .untaggedUnion(UntaggedUnion(variants: uniqueCaseNames(cases))), location: place.location), from: place)
        return unionName
    }

    /// What names a variant's type made in place: its title, else its position.
    private func variantWord(_ variant: JSONNode, _ position: Int) -> String {
        variant.string("title").map(NameCase.pascal) ?? "Variant\(position + 1)"
    }

    /// A case name from the variant's type: `pet` for `Pet`, `string`, `list` for arrays.
    private func variantCaseName(_ type: TypeReference, _ variant: JSONNode, _ position: Int) -> String {
        if let title = variant.string("title") { return NameCase.camel(title) }
        switch type {
        case .named(let name): return NameCase.camel(name)
        case .scalar(let scalar): return scalar.rawValue
        case .array: return "list"
        case .map: return "map"
        case .orNull(let inner): return variantCaseName(inner, variant, position)
        }
    }

    private func uniqueCaseNames(_ cases: [UntaggedUnion.Variant]) -> [UntaggedUnion.Variant] {
        var seen: Set<String> = []
        return cases.map { variant in
            var variant = variant
            if variant.name.isEmpty || !(variant.name.first?.isLetter ?? false) { variant.name = "value" + variant.name }
            var candidate = variant.name, number = 2
            while !seen.insert(candidate.lowercased()).inserted {
                candidate = "\(variant.name)\(number)"
                number += 1
            }
            variant.name = candidate
            return variant
        }
    }

    /// The export's tagged union: one variant per tag (or key), and a last one for tags not documented.
    private func taggedUnion(_ schema: JSONNode, _ variants: [JSONNode], at place: DocumentPlace, name: String) -> String {
        let unionName = typeName(for: name)
        let keys = schema.member("x-apigen-union")
        let tagKey = keys?.string("tag") ?? "type", contentKey = keys?.string("content") ?? "content"
        var cases: [TaggedUnion.Variant] = []
        for (index, variant) in variants.enumerated() {
            let variantPlace = place.appending(String(index), variant)
            guard let properties = variant.member("properties")?.members else { continue }
            let content = properties.first { $0.key == contentKey }?.value
            let tag = properties.first { $0.key == tagKey }?.value.string("const")
            let key = variant.member("not") != nil ? properties.first { $0.key != contentKey }?.key : nil
            guard let content, tag != nil || key != nil else { continue }  // the variant of tags the spec does not document
            let mapped = value(of: content, at: variantPlace.appending("properties", nil).appending(contentKey, content),
                               name: unionName + NameCase.pascal(tag ?? key ?? "Variant"))
            cases.append(TaggedUnion.Variant(tag: tag, key: key, name: variant.string("x-apigen-name"), type: mapped.type,
                                             description: variant.string("description") ?? "", location: variantPlace.location))
        }
        add(NamedType(name: unionName, description: schema.string("description") ?? "",
                      kind: .taggedUnion(TaggedUnion(tagKey: tagKey, contentKey: contentKey, variants: cases)),
                      note: schema.string("x-apigen-note"), location: place.location), from: place)
        return unionName
    }

    /// A value's Swift name: the export's `x-apigen-valueNames`, else the
    /// `x-enum-varnames` list other generators read (one name per value, in order).
    private func valueName(_ text: String, _ schema: JSONNode, _ values: [JSONNode]) -> String? {
        if let given = schema.member("x-apigen-valueNames")?.string(text) { return given }
        guard let names = schema.member("x-enum-varnames")?.elements, names.count == values.count,
              let position = values.firstIndex(where: { Self.literalText($0) == text }) else { return nil }
        return names[position].stringValue
    }

    /// A string value as it is, a whole number as its decimal text; nil for anything else.
    private static func literalText(_ node: JSONNode) -> String? {
        switch node.value {
        case .string(let text): return text
        case .number(let text): return Int64(text).map(String.init)
        default: return nil
        }
    }

    /// String values, or whole numbers, are an open enum; other numbers and booleans stay what they are, their values in
    /// a note.
    func enumeration(_ values: [JSONNode], _ schema: JSONNode, at place: DocumentPlace, name: String) -> MappedValue {
        let nullable = values.contains { $0.value == .null }
        let strings = values.compactMap(\.stringValue)
        let integers = values.compactMap { node -> String? in node.stringValue == nil ? Self.literalText(node) : nil }
        // Whole numbers of a `number` schema stay numbers: the server may send 1.5.
        let declared = typeNames(of: schema).first { $0 != "null" }
        let isInteger = strings.isEmpty && !integers.isEmpty && (declared == nil || declared == "integer")
        let texts = isInteger ? integers : strings
        let enumPlace = place.appending("enum", schema.member("enum"))
        guard !texts.isEmpty, texts.count + (nullable ? 1 : 0) == values.count else {
            let listed = values.map(\.compactText).joined(separator: ", ")
            let kind = typeNames(of: schema).first { $0 != "null" }
            var mapped: MappedValue
            switch kind {
            case "integer": mapped = MappedValue(type: .scalar(schema.string("format") == "int32" ? .int32 : .int64))
            case "number": mapped = MappedValue(type: .scalar(.double))
            case "boolean": mapped = MappedValue(type: .scalar(.bool))
            default: mapped = .json
            }
            warn(.enumNotText, "an enum of \(kind ?? "mixed") values: apigen's enums are strings or whole numbers, so it is "
                 + "\(mapped.type) with the values in a note", at: enumPlace)
            mapped.notes.append("The document lists the values \(listed).")
            mapped.isNullable = nullable
            return mapped
        }
        var seen: Set<String> = []
        let described = schema.member("x-apigen-valueDescriptions")
        let enumValues = texts.filter { seen.insert($0).inserted }.map { text in
            EnumType.Value(value: text, name: valueName(text, schema, values), description: described?.string(text) ?? "",
                           location: place.location)
        }
        let enumName = typeName(for: name)
        add(NamedType(name: enumName, description: schema.string("description") ?? schema.string("title") ?? "",
                      kind: .enumeration(EnumType(values: enumValues, isInteger: isInteger)),
                      note: schema.string("x-apigen-note"),
                      location: place.location), from: place)
        var mapped = MappedValue(type: .named(enumName))
        mapped.isNullable = nullable || schema.bool("nullable") == true
        return mapped
    }
}
