import APIExport
import APISpec

/// What a schema says of one value: its type in the spec format and the
/// facts a field carries (nullable, limits, default, prose, extensions).
struct MappedValue {
    var type: TypeReference
    var constraints = Constraints()
    var isNullable = false
    var defaultValue: DefaultValue?
    var description = ""
    var notes: [String] = []
    var isReadOnly = false
    var isWriteOnly = false
    var isDeprecated = false
    var isSecret = false
    var isOneOrMany = false
    var isClientDefault = false
    var swiftName: String?

    static let json = MappedValue(type: .scalar(.json))

    /// The type as a list's element or a map's value: `T?` where it may be
    /// null (`json` holds null already).
    var elementType: TypeReference {
        isNullable && type != .scalar(.json) ? .orNull(type) : type
    }
}

extension OpenAPIMapper {
    /// The value a schema describes; `name` names a type made for it (an object, enum or union written in place).
    func value(of schema: JSONNode, at place: DocumentPlace, name: String) -> MappedValue {
        // A type written in place is one type however often it is reached (an `allOf` base's properties, merged into each object).
        let isShared = willBeNamed(schema) && place.pointer.hasPrefix("#/components/")
        if isShared, let done = mappedPlaces[place.pointer] { return done }
        var mapped = shape(of: schema, at: place, name: isShared ? nameOfPlace(place.pointer) ?? name : name)
        facts(of: schema, at: place, into: &mapped)
        if isShared { mappedPlaces[place.pointer] = mapped }
        return mapped
    }

    /// A name from where a schema is written in a component: `#/components/schemas/Base/properties/kind` → BaseKind.
    private func nameOfPlace(_ pointer: String) -> String? {
        let tokens = OpenAPIDocument.tokens(of: pointer)
        guard tokens.count > 3, tokens[0] == "components", tokens[1] == "schemas" else { return nil }
        let keywords: Set<String> = ["properties", "items", "allOf", "oneOf", "anyOf", "additionalProperties", "schema"]
        let words = tokens.dropFirst(2).filter { !keywords.contains($0) && Int($0) == nil }
        return NameCase.typeName(words.map(NameCase.pascal).joined())
    }

    /// The type, without the prose and default around it.
    private func shape(of schema: JSONNode, at place: DocumentPlace, name: String) -> MappedValue {
        guard let members = schema.members else { return .json }  // `true`, or a schema that is not an object
        if let reference = schema.string("$ref") { return referenced(reference, at: place.appending("$ref", schema.member("$ref"))) }
        // `anyOf` of a value and null (the exporter's and 3.1's nullable), or of one value alone (Stripe's
        // `{"anyOf": [{"$ref": …}], "nullable": true}`, 177 fields that were `json`): that value.
        for keyword in ["oneOf", "anyOf"] {
            guard let variants = schema.member(keyword)?.elements else { continue }
            let rest = variants.filter { !isNullSchema($0) }
            guard rest.count == 1, let index = variants.firstIndex(of: rest[0]) else { continue }
            let variantPlace = place.appending(keyword, schema.member(keyword)).appending(String(index), rest[0])
            var inner = value(of: rest[0], at: variantPlace, name: name)
            if rest.count < variants.count || schema.bool("nullable") == true { inner.isNullable = true }
            return withoutOuterProse(inner)
        }
        // The export's one-or-many: the item, or a list of it.
        if schema.bool("x-apigen-oneOrMany") == true, let list = schema.member("anyOf")?.elements, list.count == 2 {
            var mapped = value(of: list[1], at: place.appending("anyOf", schema.member("anyOf")).appending("1", list[1]), name: name)
            mapped.isOneOrMany = true
            return mapped
        }
        if let union = unionValue(of: schema, at: place, name: name) { return union }
        if let allOf = schema.member("allOf")?.elements, !allOf.isEmpty {
            let ownShape = members.contains { ["properties", "type", "additionalProperties"].contains($0.key) }
            // One schema, and others that only annotate it (`{"description": …}`, `{"nullable": false}`): that schema.
            let shaped = allOf.enumerated().filter { !isAnnotation($0.element) }
            if shaped.count == 1, !ownShape {
                let (index, real) = shaped[0]
                var mapped = value(of: real, at: place.appending("allOf", schema.member("allOf")).appending(String(index), real), name: name)
                mapped = withoutOuterProse(mapped)
                for part in allOf where isAnnotation(part) {
                    if let nullable = part.bool("nullable") { mapped.isNullable = nullable }
                    if let description = part.string("description") { mapped.description = description }
                    if part.bool("deprecated") == true { mapped.isDeprecated = true }
                    if part.bool("readOnly") == true { mapped.isReadOnly = true }
                    if part.bool("writeOnly") == true { mapped.isWriteOnly = true }
                }
                return mapped
            }
            return MappedValue(type: .named(objectType(schema, at: place, name: name)))
        }
        if let values = schema.member("enum")?.elements { return enumeration(values, schema, at: place, name: name) }
        if let constant = schema.member("const"), constant.stringValue != nil {
            return enumeration([constant], schema, at: place, name: name)
        }
        var types = typeNames(of: schema)
        var mapped: MappedValue
        let nullable = types.contains("null")
        types.removeAll { $0 == "null" }
        if types.count > 1 {
            mapped = MappedValue(type: .named(scalarUnion(types, schema, at: place, name: name)))
        } else {
            mapped = single(types.first, schema, at: place, name: name)
        }
        if nullable || schema.bool("nullable") == true { mapped.isNullable = true }
        return mapped
    }

    /// A schema of prose and flags alone, which says nothing of the value's shape.
    func isAnnotation(_ schema: JSONNode) -> Bool {
        let prose: Set<String> = ["description", "title", "nullable", "example", "examples", "deprecated", "readOnly", "writeOnly",
                                  "default", "externalDocs"]
        guard let members = schema.members else { return false }
        return members.allSatisfy { prose.contains($0.key) || $0.key.hasPrefix("x-") }
    }

    /// The types a schema names: `type` as a word or a list; none when it leaves the type open.
    func typeNames(of schema: JSONNode) -> [String] {
        if let word = schema.string("type") { return [word] }
        if let words = schema.member("type")?.elements { return words.compactMap(\.stringValue) }
        if schema.member("properties") != nil || schema.member("additionalProperties") != nil { return ["object"] }
        if schema.member("items") != nil { return ["array"] }
        return []
    }

    func isNullSchema(_ schema: JSONNode) -> Bool {
        typeNames(of: schema) == ["null"] || (schema.member("enum")?.elements.map { $0.count == 1 && $0[0].value == .null } ?? false)
    }

    /// A value whose prose belongs to the place holding it, not to the schema inside.
    private func withoutOuterProse(_ value: MappedValue) -> MappedValue {
        var value = value
        if case .named = value.type { value.description = "" }
        return value
    }

    func single(_ type: String?, _ schema: JSONNode, at place: DocumentPlace, name: String) -> MappedValue {
        switch type {
        case "string": return MappedValue(type: .scalar(stringType(schema, at: place)))
        case "integer":
            switch schema.string("x-apigen-type") {
            case "epochSeconds": return MappedValue(type: .scalar(.epochSeconds))
            case "epochMillis": return MappedValue(type: .scalar(.epochMillis))
            default: return MappedValue(type: .scalar(schema.string("format") == "int32" ? .int32 : .int64))
            }
        case "number": return MappedValue(type: .scalar(.double))
        case "boolean": return MappedValue(type: .scalar(.bool))
        case "array":
            guard let items = schema.member("items") else { return MappedValue(type: .array(.scalar(.json))) }
            let itemPlace = place.appending("items", items)
            let element = value(of: items, at: itemPlace, name: NameCase.singular(name) == name ? name + "Item" : NameCase.singular(name))
            var mapped = MappedValue(type: .array(element.elementType))
            if !element.constraints.isEmpty { mapped.constraints.items = Box(element.constraints) }
            return mapped
        case "object": return objectOrMap(schema, at: place, name: name)
        default: return .json
        }
    }

    /// An object with properties is a named type; one with `additionalProperties` alone a map; a free one `{json}`.
    private func objectOrMap(_ schema: JSONNode, at place: DocumentPlace, name: String) -> MappedValue {
        let properties = schema.member("properties")?.members ?? []
        let additional = schema.member("additionalProperties")
        let uniformKeys = keysOfUniformMap(schema)
        if !properties.isEmpty, uniformKeys == nil {
            return MappedValue(type: .named(objectType(schema, at: place, name: name)))
        }
        guard let additional, additional.value != .bool(false) else { return MappedValue(type: .map(.scalar(.json))) }
        let valuePlace = place.appending("additionalProperties", additional)
        let element = value(of: additional, at: valuePlace, name: name + "Value")
        var mapped = MappedValue(type: .map(element.elementType))
        if !element.constraints.isEmpty { mapped.constraints.items = Box(element.constraints) }
        if let uniformKeys {
            let required = schema.member("required")?.elements?.compactMap(\.stringValue) ?? []
            mapped.notes.append(Self.uniformMapNote(keys: uniformKeys, required: required))
        }
        return mapped
    }

    /// A string's type by its format (and apigen's own `x-apigen-type`).
    private func stringType(_ schema: JSONNode, at place: DocumentPlace) -> ScalarType {
        switch schema.string("x-apigen-type") {
        case "guid": return .guid
        case "phone": return .phone
        default: break
        }
        if schema.string("contentMediaType") != nil { return .file }
        switch schema.string("format") {
        case "date-time": return .dateTime
        case "date": return .date
        case "uuid": return .guid
        case "email": return .email
        case "uri", "url": return .url
        case "binary": return .file
        default: return .string
        }
    }

    /// A value named by `$ref`: a component schema or any other pointer into the document, mapped once.
    func referenced(_ written: String, at place: DocumentPlace) -> MappedValue {
        let reference = absolute(written, from: place)
        if let done = mappedReferences[reference] { return done }
        let target: JSONNode
        switch node(at: reference) {
        case .success(let node): target = node
        case .failure(let why):
            warn(.unresolvedReference, "'\(written)' \(why.reason); json stands in", at: place)
            return .json
        }
        let tokens = OpenAPIDocument.tokens(of: reference)
        let isComponent = tokens.count == 3 && tokens[0] == "components" && tokens[1] == "schemas"
        let targetPlace = DocumentPlace(pointer: reference, location: target.location)
        if referencesInProgress.contains(reference) {
            // A value that holds itself with no type to name it by (a list of itself, inlined).
            warn(.recursiveField, "'\(reference)' holds itself with no named type between; json stands in", at: place)
            return .json
        }
        // A whole file is named after the file (`pet.yaml` → Pet).
        let fileStem = Self.fileStem(of: reference)
        let lastWord = tokens.last { Int($0) == nil && $0 != "schema" }
        let base = isComponent ? tokens[2] : (lastWord ?? (fileStem.isEmpty ? "Value" : fileStem))
        // A type named after the component, claimed before mapping so that a type holding itself names itself.
        if willBeNamed(target) {
            let name = freeTypeName(base)
            claim(name)
            pendingNames.insert(name)
            mappedReferences[reference] = MappedValue(type: .named(name))
            var mapped = value(of: target, at: targetPlace, name: name)
            if case .named(let made) = mapped.type, made != name {
                // The schema turned out to be another type's alias (`allOf` of one `$ref`).
                pendingNames.remove(name)
                takenNames.remove(name.lowercased())
                mapped.description = ""
            } else {
                mapped = MappedValue(type: .named(name), isNullable: mapped.isNullable)
            }
            mappedReferences[reference] = mapped
            return mapped
        }
        referencesInProgress.insert(reference)
        var mapped = value(of: target, at: targetPlace, name: NameCase.typeName(base))
        referencesInProgress.remove(reference)
        // The component's own prose describes the type, not each place using it.
        mapped.description = ""
        mappedReferences[reference] = mapped
        return mapped
    }

    /// The name for a type made from a schema: the one a reference claimed for it, else a free one from `hint`.
    func typeName(for hint: String) -> String {
        if pendingNames.remove(hint) != nil { return hint }
        let name = freeTypeName(hint)
        claim(name)
        return name
    }

    /// Whether a schema becomes a named type (an object, enum or union), not a scalar, list or map.
    func willBeNamed(_ schema: JSONNode) -> Bool {
        guard schema.members != nil, schema.string("$ref") == nil else { return false }
        for keyword in ["oneOf", "anyOf"] {
            if let variants = schema.member(keyword)?.elements {
                return variants.filter { !isNullSchema($0) }.count > 1 || schema.member("x-apigen-open") != nil
            }
        }
        if let allOf = schema.member("allOf")?.elements {
            return allOf.count > 1 || schema.member("properties") != nil
        }
        if let values = schema.member("enum")?.elements {
            return values.contains { $0.stringValue != nil } && values.allSatisfy { $0.stringValue != nil || $0.value == .null }
        }
        let types = typeNames(of: schema).filter { $0 != "null" }
        if types.count > 1 { return true }
        // Properties that all have `additionalProperties`' schema make a map, which is inlined where used.
        return types == ["object"] && !(schema.member("properties")?.members ?? []).isEmpty
            && keysOfUniformMap(schema) == nil
    }
}
