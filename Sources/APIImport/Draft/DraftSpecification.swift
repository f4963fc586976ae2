import APISpec

/// The draft as the spec model: what lint checks and the one spec writer
/// writes. The draft keeps beside it only what inference needs (places,
/// sample strings, how a field's type was found); every fact is already of
/// the model's own types, so this is a copy, not a reading.
extension DraftSpec {
    var specification: APISpecification {
        var spec = APISpecification(name: name, title: title, description: description, baseURL: baseURL,
                                    auth: auth ?? AuthScheme(kind: .none), types: types.map(\.namedType),
                                    operations: operations.map(\.operation), sourcePath: "")
        spec.schemaReference = "./apigen.schema.json"
        if let payload = webhookPayload {
            let samples = webhookSamples.map { Sample(title: $0.title, requestNode: nil, responseNode: $0.response) }
            spec.webhooks = Webhooks(payload: .named(payload), samples: samples)
        }
        return spec
    }

    /// The draft as the spec writer writes it.
    var text: String { SpecWriter.text(of: specification) }
}

extension DraftField {
    var field: Field {
        Field(name: name, swiftName: swiftName, type: type, isOptional: optional, defaultValue: defaultValue,
              description: description, constraints: constraints, isInline: isInline,
              note: notes.isEmpty ? nil : notes.joined(separator: " "))
    }

    var parameter: Parameter {
        let location: Parameter.Location = switch kind {
        case .path?: .path
        case .header?: .header
        // A body row is no parameter: the builder moves a parameter table's body rows into the body.
        case .query?, .body?, nil: .query
        }
        return Parameter(location: location, field: field)
    }
}

extension DraftRule {
    var rule: Rule {
        switch kind {
        case .anyOf(let names):
            Rule(.anyOf(names), description: "At least one of \(names.joined(separator: " and ")) (\(place.short)).")
        case .requiredWhen(let field, let when, let values):
            Rule(.requiredWhen(field: field, when: when, values: values),
                 description: "\(field) is needed when \(when) is \(values.joined(separator: " or "))"
                     + " (\(place.short)).")
        }
    }

    /// The rules of an object's fields, each once.
    static func rules(of fields: [DraftField]) -> [Rule] {
        var rules: [DraftRule] = []
        for rule in fields.flatMap(\.rules) where !rules.contains(rule) { rules.append(rule) }
        return rules.map(\.rule)
    }
}

extension DraftType {
    var namedType: NamedType {
        let kind: NamedType.Kind = switch self.kind {
        case .object(let fields):
            .object(ObjectType(fields: fields.map(\.field), rules: DraftRule.rules(of: fields)))
        case .enumeration(let values):
            .enumeration(EnumType(values: values.map { EnumType.Value(value: $0) }))
        case .taggedUnion(let tag, let content, let variants):
            .taggedUnion(TaggedUnion(tagKey: tag, contentKey: content,
                                     variants: variants.map { TaggedUnion.Variant(tag: $0.tag, type: $0.type) }))
        case .untaggedUnion(let variants):
            .untaggedUnion(UntaggedUnion(variants: variants.map {
                UntaggedUnion.Variant(name: $0.name, type: $0.type)
            }))
        }
        return NamedType(name: name, description: description, kind: kind,
                         note: notes.isEmpty ? nil : notes.joined(separator: " "))
    }
}

extension DraftOperation {
    var operation: Operation {
        // The family readers take only these methods' request lines (`DocsTableReading.methods`).
        let method = Operation.Method(rawValue: method) ?? .GET
        var requestBody: Body?
        if let fields = requestFields {
            let object = ObjectType(fields: fields.map(\.field), rules: DraftRule.rules(of: fields))
            requestBody = Body(contentType: requestContentType ?? .json, shape: .fields(object))
        }
        var responseBody: Body?
        if let type = responseType { responseBody = Body(shape: .type(type)) }
        if let fields = responseFields { responseBody = Body(shape: .fields(ObjectType(fields: fields.map(\.field)))) }
        return Operation(name: name, summary: summary, group: group, method: method, path: path,
                         isAuthenticated: authenticated ?? true, parameters: parameters.map(\.parameter),
                         requestBody: requestBody, responseBody: responseBody, successStatus: successStatus ?? 200,
                         samples: samples.map {
                             Sample(title: $0.title, requestNode: $0.request, responseNode: $0.response)
                         },
                         note: notes.isEmpty ? nil : notes.joined(separator: " "))
    }
}
