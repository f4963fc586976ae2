/// The one spec writer: a model back to the spec format, keys in the
/// format's order (`SpecVocabulary`), values the reader would take as the
/// default left out, laid out by `OrderedJSON`. Reading what it writes gives
/// the same model (`load(write(load(x))) == load(x)`), and writing is
/// idempotent; the importer writes its drafts and `apigen fmt` rewrites
/// specs through it.
public enum SpecWriter {
    /// The spec as text, ending in a line break.
    public static func text(of spec: APISpecification) -> String {
        guard case .object(let members) = document(spec) else { return "" }
        // The document and its lists always break, whatever fits: each type,
        // operation, note and acknowledgement starts a line of its own.
        let brokenLists = ["types", "operations", "notes", "acknowledged"]
        var out = UTF8Buffer()
        out += "{\n"
        for (index, member) in members.enumerated() {
            if index > 0 { out += ",\n" }
            out += "  "
            out.appendQuoted(member.key)
            out += ": "
            guard case .array(let elements) = member.value, !elements.isEmpty, brokenLists.contains(member.key) else {
                member.value.appendPrinted(to: &out, indent: "  ")
                continue
            }
            out += "[\n"
            for (position, element) in elements.enumerated() {
                if position > 0 { out += ",\n" }
                out += "    "
                element.appendPrinted(to: &out, indent: "    ")
            }
            out += "\n  ]"
        }
        out += "\n}\n"
        return out.text
    }

    /// Where `text`, the text `spec` was read from, first leaves the
    /// canonical layout, as a located error; nil when it is canonical.
    public static func layoutDiagnostic(of spec: APISpecification, text: String) -> Diagnostic? {
        let canonical = self.text(of: spec)
        guard canonical != text else { return nil }
        let have = text.split(separator: "\n", omittingEmptySubsequences: false)
        let want = canonical.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(have, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(have.count, want.count)
        return Diagnostic(.error, .notCanonicalLayout, "not in the canonical layout from here on; run apigen fmt \(spec.sourcePath)",
                          file: spec.sourcePath, at: SourceLocation(line: line + 1, column: 1), path: .root)
    }

    public static func document(_ spec: APISpecification) -> OrderedJSON {
        var members: [(String, OrderedJSON?)] = []
        for key in SpecVocabulary.document {
            switch key {
            case "$schema": members.append((key, spec.schemaReference.map(OrderedJSON.string)))
            case "name": members.append((key, .string(spec.name)))
            case "title": members.append((key, spec.title == spec.name ? nil : .string(spec.title)))
            case "description": members.append((key, text(spec.description)))
            case "baseURL": members.append((key, .string(spec.baseURL)))
            case "auth": members.append((key, auth(spec.auth)))
            case "types": members.append((key, spec.types.isEmpty ? nil : .array(spec.types.map(namedType))))
            case "operations": members.append((key, .array(spec.operations.map(operation))))
            case "webhooks": members.append((key, spec.webhooks.map(webhooks)))
            case "notes": members.append((key, spec.notes.isEmpty ? nil : .array(spec.notes.map(OrderedJSON.string))))
            case "acknowledged":
                members.append((key, spec.acknowledgements.isEmpty ? nil : .array(spec.acknowledgements.map(acknowledgement))))
            default: preconditionFailure("the writer does not know the document key '\(key)'")
            }
        }
        return .object(members)
    }

    private static func acknowledgement(_ acknowledgement: Acknowledgement) -> OrderedJSON {
        .object([("code", .string(acknowledgement.code.rawValue)), ("at", .string(acknowledgement.place)),
                 ("reason", .string(acknowledgement.reason))])
    }

    /// Nil for empty text, which the reader takes as absent.
    private static func text(_ value: String?) -> OrderedJSON? {
        guard let value, !value.isEmpty else { return nil }
        return .string(value)
    }

    private static func flag(_ value: Bool) -> OrderedJSON? { value ? .bool(true) : nil }

    private static func auth(_ scheme: AuthScheme) -> OrderedJSON? {
        if scheme.kind == .none, scheme.description.isEmpty { return nil }
        return .object([
            ("scheme", .string(scheme.kind.rawValue)), ("header", scheme.header.map(OrderedJSON.string)),
            ("tokenOperation", scheme.tokenOperation.map(OrderedJSON.string)),
            ("tokenField", scheme.tokenField.map(OrderedJSON.string)), ("expiryField", scheme.expiryField.map(OrderedJSON.string)),
            ("endpointField", scheme.endpointField.map(OrderedJSON.string)),
            ("refreshTokenField", scheme.refreshTokenField.map(OrderedJSON.string)), ("description", text(scheme.description)),
        ])
    }

    private static func namedType(_ type: NamedType) -> OrderedJSON {
        var members: [(String, OrderedJSON?)] = [("name", .string(type.name))]
        switch type.kind {
        case .object(let object):
            members += [("description", text(type.description)), ("note", text(type.note))]
            members += [("fields", .array(object.fields.map(field))), ("rules", rules(object.rules))]
        case .enumeration(let enumeration):
            members += [("kind", .string("enum")), ("description", text(type.description)), ("note", text(type.note))]
            members.append(("values", .array(enumeration.values.map { value in
                let literal: OrderedJSON = enumeration.isInteger ? .number(value.value) : .string(value.value)
                return value.description.isEmpty && value.name == nil ? literal
                    : .object([("value", literal), ("name", value.name.map(OrderedJSON.string)),
                               ("description", text(value.description))])
            })))
        case .taggedUnion(let union):
            members += [("kind", .string("taggedUnion")), ("description", text(type.description)), ("note", text(type.note))]
            members += [("tag", .string(union.tagKey)), ("content", union.contentKey.map(OrderedJSON.string))]
            members.append(("variants", .array(union.variants.map { variant in
                .object([("tag", variant.tag.map(OrderedJSON.string)), ("key", variant.key.map(OrderedJSON.string)),
                         ("name", variant.name.map(OrderedJSON.string)), ("type", .string(variant.type.description)),
                         ("description", text(variant.description))])
            })))
        case .untaggedUnion(let union):
            members += [("kind", .string("untaggedUnion")), ("description", text(type.description)), ("note", text(type.note))]
            members.append(("variants", .array(union.variants.map { variant in
                .object([("name", .string(variant.name)), ("type", .string(variant.type.description)),
                         ("description", text(variant.description))])
            })))
        }
        return .object(members)
    }

    /// A field's keys: what it is, then its limits, then its prose.
    static func fieldMembers(_ field: Field) -> [(String, OrderedJSON?)] {
        var members: [(String, OrderedJSON?)] = [
            ("name", .string(field.name)), ("swiftName", field.swiftName.map(OrderedJSON.string)),
            ("type", .string(field.type.description)), ("optional", flag(field.isOptional)),
            ("nullable", flag(field.isNullable)), ("oneOrMany", flag(field.isOneOrMany)), ("inline", flag(field.isInline)),
            ("secret", flag(field.isSecret)), ("default", field.defaultValue.map(defaultValue)),
            ("clientDefault", flag(field.isClientDefault)),
        ]
        members += limits(field.constraints)
        members += [("description", text(field.description)), ("note", text(field.note))]
        return members
    }

    private static func field(_ field: Field) -> OrderedJSON {
        .object(fieldMembers(field))
    }

    private static func defaultValue(_ value: DefaultValue) -> OrderedJSON {
        switch value {
        case .bool(let flag): return .bool(flag)
        case .number(let text): return .number(text)
        case .string(let text): return .string(text)
        case .list(let items): return .array(items.map(defaultValue))
        }
    }

    /// Every limit kind, in `LimitTable.Limit`'s order.
    static func limits(_ constraints: Constraints) -> [(String, OrderedJSON?)] {
        LimitTable.Limit.allCases.map { limit in
            let value: OrderedJSON?
            switch limit {
            case .minLength: value = constraints.minLength.map { .number(String($0)) }
            case .maxLength: value = constraints.maxLength.map { .number(String($0)) }
            case .pattern: value = constraints.pattern.map(OrderedJSON.string)
            case .minimum: value = constraints.minimum.map { .number(number($0)) }
            case .maximum: value = constraints.maximum.map { .number(number($0)) }
            case .exclusiveMinimum: value = constraints.exclusiveMinimum.map { .number(number($0)) }
            case .exclusiveMaximum: value = constraints.exclusiveMaximum.map { .number(number($0)) }
            case .multipleOf: value = constraints.multipleOf.map { .number(number($0)) }
            case .minItems: value = constraints.minItems.map { .number(String($0)) }
            case .maxItems: value = constraints.maxItems.map { .number(String($0)) }
            case .uniqueItems: value = constraints.uniqueItems.map { OrderedJSON.bool($0) }
            case .fileExtensions: value = constraints.fileExtensions.map { .array($0.map(OrderedJSON.string)) }
            case .items: value = constraints.items.map { .object(limits($0.value)) }
            case .keys: value = constraints.keys.map { .object(limits($0.value)) }
            }
            return (limit.rawValue, value)
        }
    }

    /// A limit's number as the docs write it: `50`, not `50.0`; otherwise
    /// the shortest text that reads back as the same Double.
    private static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    private static func rules(_ rules: [Rule]) -> OrderedJSON? {
        rules.isEmpty ? nil : .array(rules.map(json(of:)))
    }

    /// One rule as the spec writes it (an importer quotes it in a note).
    public static func json(of rule: Rule) -> OrderedJSON {
        var members: [(String, OrderedJSON?)]
        switch rule.kind {
        case .anyOf(let fields):
            members = [("anyOf", .array(fields.map(OrderedJSON.string)))]
        case .requires(let field, let required):
            members = [("field", .string(field)), ("requires", .array(required.map(OrderedJSON.string)))]
        case .requiredWhen(let field, let when, let values):
            members = [("field", .string(field)), ("requiredWhen", .string(when)), ("in", .array(values.map(OrderedJSON.string)))]
        }
        members.append(("description", text(rule.description)))
        return .object(members)
    }

    private static func operation(_ operation: Operation) -> OrderedJSON {
        var members: [(String, OrderedJSON?)] = [
            ("name", .string(operation.name)), ("summary", .string(operation.summary)), ("group", .string(operation.group)),
            ("method", .string(operation.method.rawValue)), ("path", .string(operation.path)),
            ("routeVariant", operation.routeVariant.map(OrderedJSON.string)),
            ("description", operation.description.map(OrderedJSON.string)),
            ("authenticated", operation.isAuthenticated ? nil : .bool(false)),
        ]
        if !operation.parameters.isEmpty {
            members.append(("parameters", .array(operation.parameters.map(parameter))))
        }
        members += [("requestBody", operation.requestBody.map(body)), ("responseBody", operation.responseBody.map(body)),
                    ("responseHeaders",
                     operation.responseHeaders.isEmpty ? nil : .array(operation.responseHeaders.map(field))),
                    ("successStatus", operation.successStatus == 200 ? nil : .number(String(operation.successStatus)))]
        if !operation.statuses.isEmpty {
            members.append(("statuses", .array(operation.statuses.map { status in
                let code: OrderedJSON = if case .exact(let number) = status.code { .number(String(number)) } else {
                    .string(status.code.description)
                }
                return .object([("code", code), ("description", text(status.description)),
                                ("type", status.type.map { .string($0.description) }),
                                ("empty", flag(status.isEmptyAnswer))])
            })))
        }
        members.append(("pagination", operation.pagination.map(pagination)))
        if !operation.samples.isEmpty {
            members.append(("samples", .array(operation.samples.map { sample in
                .object([("title", .string(sample.title)), ("status", sample.status.map { .number(String($0)) }),
                         ("request", sample.requestNode.map(OrderedJSON.init)),
                         ("response", sample.responseNode.map(OrderedJSON.init))])
            })))
        }
        members.append(("note", text(operation.note)))
        return .object(members)
    }

    private static func parameter(_ parameter: Parameter) -> OrderedJSON {
        var members = fieldMembers(parameter.field)
        members.insert(("in", .string(parameter.location.rawValue)), at: 1)
        members.insert(("style", parameter.style.map { .string($0.rawValue) }), at: 4)
        return .object(members)
    }

    private static func body(_ body: Body) -> OrderedJSON {
        let contentType: OrderedJSON? = body.contentType == .json ? nil : .string(body.contentType.rawValue)
        let formLists = body.formLists.map { OrderedJSON.string($0.rawValue) }
        var members: [(String, OrderedJSON?)] = [("contentType", contentType), ("formLists", formLists)]
        switch body.shape {
        case .type(let type):
            members.append(("type", .string(type.description)))
        case .fields(let object):
            members += [("fields", .array(object.fields.map(field))), ("rules", rules(object.rules))]
        }
        members.append(("description", body.description.map(OrderedJSON.string)))
        return .object(members)
    }

    private static func pagination(_ pagination: Pagination) -> OrderedJSON {
        .object([("style", .string(pagination.style.rawValue)), ("parameter", pagination.parameter.map(OrderedJSON.string)),
                 ("nextCursor", pagination.nextCursor.map(OrderedJSON.string)),
                 ("totalPages", pagination.totalPages.map(OrderedJSON.string)),
                 ("totalItems", pagination.totalItems.map(OrderedJSON.string)),
                 ("hasMore", pagination.hasMore.map(OrderedJSON.string)),
                 ("nextLink", pagination.nextLink.map(OrderedJSON.string)),
                 ("end", pagination.end.map { OrderedJSON.string($0.rawValue) }),
                 ("items", pagination.items.map(OrderedJSON.string))])
    }

    private static func webhooks(_ webhooks: Webhooks) -> OrderedJSON {
        var members: [(String, OrderedJSON?)] = [
            ("payload", .string(webhooks.payload.description)), ("tokenHeader", webhooks.tokenHeader.map(OrderedJSON.string)),
            ("validationParameter", webhooks.validationParameter.map(OrderedJSON.string)),
        ]
        if !webhooks.samples.isEmpty {
            members.append(("samples", .array(webhooks.samples.map { sample in
                .object([("title", .string(sample.title)), ("payload", sample.responseNode.map(OrderedJSON.init))])
            })))
        }
        return .object(members)
    }
}
