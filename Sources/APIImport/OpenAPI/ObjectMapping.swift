import APIExport
import APISpec

/// Object schemas as named object types: properties in order, `required`,
/// `allOf` merged into one object, and what the export wrote of rules and
/// inline unions.
extension OpenAPIMapper {
    /// One property (or inline union) an object collects from itself and its `allOf` members.
    struct Member {
        var name: String
        var schema: JSONNode
        var place: DocumentPlace
        var isInline = false
    }

    /// Registers the object type a schema describes and returns its name.
    func objectType(_ schema: JSONNode, at place: DocumentPlace, name hint: String) -> String {
        let name = typeName(for: hint)
        let object = inlineObject(schema, at: place, owner: name)
        var description = schema.string("description") ?? schema.string("title") ?? ""
        let rulesText = OpenAPIExporter.rulesText(object.rules)
        if !rulesText.isEmpty, description.hasSuffix(rulesText) { description = String(description.dropLast(rulesText.count)) }
        add(NamedType(name: name, description: description, kind: .object(object), note: schema.string("x-apigen-note"),
                      location: place.location), from: place)
        return name
    }

    /// The fields and rules of an object schema, for a type or a body written in place.
    func inlineObject(_ schema: JSONNode, at place: DocumentPlace, owner: String) -> ObjectType {
        var members: [Member] = []
        var required: Set<String> = []
        collect(schema, at: place, into: &members, required: &required, depth: 0)
        var fields = fields(members, required: required, owner: owner)
        // The export's order of fields around an inline union (which it writes apart, under allOf).
        if let order = schema.member("x-apigen-fieldOrder")?.elements?.compactMap(\.stringValue) {
            let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            fields = fields.enumerated().sorted { (rank[$0.element.name] ?? Int.max, $0.offset) < (rank[$1.element.name] ?? Int.max, $1.offset) }
                .map(\.element)
        }
        return ObjectType(fields: fields, rules: rules(of: schema))
    }

    /// The fields of members, as the spec format has them.
    func fields(_ members: [Member], required: Set<String>, owner: String) -> [Field] {
        var seen: Set<String> = []
        return members.compactMap { member -> Field? in
            guard seen.insert(member.name).inserted else { return nil }
            if member.isInline {
                let mapped = value(of: member.schema, at: member.place, name: owner + NameCase.pascal(member.name))
                return Field(name: member.name, type: mapped.type, description: member.schema.string("description") ?? "",
                             isInline: true, location: member.place.location)
            }
            let mapped = value(of: member.schema, at: member.place, name: owner + NameCase.pascal(member.name))
            origins[OriginKey.field(owner, member.name)] = member.place
            return field(member.name, mapped, isRequired: required.contains(member.name), at: member.place)
        }
    }

    /// A field of a mapped value; what the format has no key for is said in its note.
    func field(_ name: String, _ mapped: MappedValue, isRequired: Bool, at place: DocumentPlace) -> Field {
        var notes = mapped.notes
        var optional = !isRequired
        if mapped.isReadOnly {
            notes.append("Read-only: the server sends it and ignores it in requests.")
            optional = true
        }
        if mapped.isWriteOnly {
            notes.append("Write-only: sent in requests, never in answers.")
            optional = true
        }
        if mapped.isDeprecated { notes.append("Deprecated.") }
        return Field(name: name, swiftName: mapped.swiftName, type: mapped.type, isOptional: optional, defaultValue: mapped.defaultValue,
                     isClientDefault: mapped.isClientDefault, description: mapped.description, constraints: mapped.constraints,
                     isSecret: mapped.isSecret, isOneOrMany: mapped.isOneOrMany, isNullable: mapped.isNullable,
                     note: notes.isEmpty ? nil : notes.joined(separator: " "), location: place.location)
    }

    /// Properties and `required` of a schema and of every `allOf` member, in order.
    private func collect(_ schema: JSONNode, at place: DocumentPlace, into members: inout [Member], required: inout Set<String>, depth: Int) {
        guard depth < 32 else { return }
        if let allOf = schema.member("allOf")?.elements {
            let allOfPlace = place.appending("allOf", schema.member("allOf"))
            for (index, part) in allOf.enumerated() {
                let partPlace = allOfPlace.appending(String(index), part)
                // The export's inline union: the union's keys sit in this object.
                if let field = part.string("x-apigen-field") {
                    members.append(Member(name: field, schema: part, place: partPlace, isInline: true))
                    continue
                }
                guard let (target, targetPlace) = dereferenced(part, at: partPlace), !isAnnotation(target) else { continue }
                guard typeNames(of: target).allSatisfy({ $0 == "object" }), target.member("oneOf") == nil, target.member("anyOf") == nil,
                      target.member("enum") == nil else {
                    warn(.allOfNotObject, "an allOf member that is not an object cannot be merged into one; its constraints are not kept",
                         at: partPlace)
                    continue
                }
                collect(target, at: targetPlace, into: &members, required: &required, depth: depth + 1)
            }
        }
        if let properties = schema.member("properties")?.members {
            let propertiesPlace = place.appending("properties", schema.member("properties"))
            for property in properties {
                members.append(Member(name: property.key, schema: property.value, place: propertiesPlace.appending(property.key, property.value)))
            }
            // `true` or `{}` is what every object allows unstated: keys the client does not read, as it reads none it
            // does not know. Only extra keys of a stated kind are lost.
            if let additional = schema.member("additionalProperties"), additional.value != .bool(false),
               additional.value != .bool(true), !isAnnotation(additional), !properties.isEmpty {
                warn(.additionalPropertiesBesideProperties,
                     "an object has fields or is a map in the spec format, not both: keys beyond the properties are not read",
                     at: place.appending("additionalProperties", additional))
            }
        }
        for name in schema.member("required")?.elements ?? [] { if let text = name.stringValue { required.insert(text) } }
    }

    /// The export's `x-apigen-rules`.
    func rules(of schema: JSONNode) -> [Rule] {
        (schema.member("x-apigen-rules")?.elements ?? []).compactMap { node -> Rule? in
            let strings: (String) -> [String] = { key in node.member(key)?.elements?.compactMap(\.stringValue) ?? [] }
            let description = node.string("description")
            if node.member("anyOf") != nil { return Rule(.anyOf(strings("anyOf")), description: description) }
            guard let field = node.string("field") else { return nil }
            if let when = node.string("requiredWhen") {
                return Rule(.requiredWhen(field: field, when: when, values: strings("in")), description: description)
            }
            return Rule(.requires(field: field, required: strings("requires")), description: description)
        }
    }
}
