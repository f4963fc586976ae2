import APISpec

/// The spec draft being built: fields, types and operations as the apigen
/// format has them, each able to print itself. Notes say what was inferred
/// and from which docs line.
struct DraftField: Sendable {
    var name: String
    var kind: DocsRowKind?
    var type: TypeReference
    var optional: Bool
    var defaultValue: DraftJSON?
    var limits: [(limit: LimitTable.Limit, value: DraftJSON)] = []
    var description: String
    var notes: [String] = []
    var place: DocsPlace
    /// Required only because every sample seen so far has it; a sample without it makes it optional.
    var isRequiredBySamples = false
    /// A tagged union whose tag and content sit in the object itself.
    var isInline = false
    /// The strings its samples send (list items for lists): what a format seen elsewhere under its name must fit.
    var sampleStrings: [String] = []
    /// Its format (guid, url…) comes from sample values alone, not from the type column or the description.
    var isFormatFromSamples = false
    /// Rules its description states, which the object holding it carries.
    var rules: [DraftRule] = []
    /// Given only where its name and another's would be one Swift name.
    var swiftName: String?
    /// Its type column names a type no page or sample describes (so it is `json` for now).
    var namesUndescribedType = false
    /// No table lists it: only samples show it.
    var isOnlyInSamples = false

    func json(asParameter: Bool) -> DraftJSON {
        var pairs: [(String, DraftJSON?)] = [("name", .string(name)), ("swiftName", swiftName.map { .string($0) })]
        if asParameter { pairs.append(("in", .string(kind?.rawValue ?? "query"))) }
        pairs += [("type", .string(type.description)), ("optional", optional ? .bool(true) : nil), ("inline", isInline ? .bool(true) : nil),
                  ("default", defaultValue)]
        pairs += limits.map { ($0.limit.rawValue, $0.value) }
        pairs += [("description", description.isEmpty ? nil : .string(description)),
                  ("note", notes.isEmpty ? nil : .string(notes.joined(separator: " ")))]
        return .object(pairs)
    }
}

struct DraftType: Sendable {
    enum Kind: Sendable {
        case object([DraftField])
        case enumeration([String])
        /// Tag key, content key, and (tag value, type) per variant.
        case taggedUnion(tag: String, content: String, variants: [(tag: String, type: TypeReference)])
        /// (case name, type) per variant; told apart by JSON kind.
        case untaggedUnion([(name: String, type: TypeReference)])
    }
    var name: String
    var kind: Kind
    var description: String
    var notes: [String] = []
    /// Made from sample values alone (no table or page): named after the
    /// first field that showed it, so a twin may stand under another name.
    var isFromSamples = false

    var json: DraftJSON {
        var pairs: [(String, DraftJSON?)] = [("name", .string(name))]
        switch kind {
        case .object(let fields):
            pairs += [("description", description.isEmpty ? nil : .string(description)),
                      ("note", notes.isEmpty ? nil : .string(notes.joined(separator: " "))),
                      ("fields", .array(fields.map { $0.json(asParameter: false) })), ("rules", DraftRule.json(of: fields))]
        case .enumeration(let values):
            pairs += [("kind", .string("enum")), ("description", description.isEmpty ? nil : .string(description)),
                      ("note", notes.isEmpty ? nil : .string(notes.joined(separator: " "))),
                      ("values", .array(values.map { .string($0) }))]
        case .taggedUnion(let tag, let content, let variants):
            pairs += [("kind", .string("taggedUnion")), ("tag", .string(tag)), ("content", .string(content)),
                      ("description", description.isEmpty ? nil : .string(description)),
                      ("note", notes.isEmpty ? nil : .string(notes.joined(separator: " "))),
                      ("variants", .array(variants.map { .object([("tag", .string($0.tag)), ("type", .string($0.type.description))]) }))]
        case .untaggedUnion(let variants):
            pairs += [("kind", .string("untaggedUnion")), ("description", description.isEmpty ? nil : .string(description)),
                      ("note", notes.isEmpty ? nil : .string(notes.joined(separator: " "))),
                      ("variants", .array(variants.map { .object([("name", .string($0.name)), ("type", .string($0.type.description))]) }))]
        }
        return .object(pairs)
    }

    /// Field names and types: two object types with the same signature are one type.
    var signature: String {
        switch kind {
        case .object(let fields): "object:" + fields.map { "\($0.name):\($0.type):\($0.optional)" }.joined(separator: ",")
        case .enumeration(let values): "enum:" + values.joined(separator: ",")
        case .taggedUnion(let tag, let content, let variants): "union:\(tag):\(content):" + variants.map { "\($0.tag)=\($0.type)" }.joined(separator: ",")
        case .untaggedUnion(let variants): "oneOf:" + variants.map { "\($0.name)=\($0.type)" }.joined(separator: ",")
        }
    }
}

struct DraftSample: Sendable {
    var title: String
    var request: DraftJSON?
    var response: DraftJSON?
    var places: [DocsPlace]
}

struct DraftOperation: Sendable {
    var name: String
    var summary: String
    var group: String
    var method: String
    var path: String
    var authenticated: Bool?
    var parameters: [DraftField] = []
    var requestFields: [DraftField]?
    /// "multipart" for a form upload.
    var requestContentType: String?
    var responseFields: [DraftField]?
    /// A list answer's type (`[Owner]`), where the answer is no object of fields.
    var responseType: TypeReference?
    /// Bodies given by an object page not among the pages read (`requestBody`, `responseBody`).
    var unreadBodies: Set<String> = []
    var successStatus: Int?
    var notes: [String] = []
    var samples: [DraftSample] = []
    var place: DocsPlace
    /// The examples send `Authorization: Bearer` (not printed: auth says it).
    var usesBearer = false

    var json: DraftJSON {
        var pairs: [(String, DraftJSON?)] = [
            ("name", .string(name)), ("summary", .string(summary)), ("group", .string(group)),
            ("method", .string(method)), ("path", .string(path)),
            ("authenticated", authenticated.map { .bool($0) }),
            ("note", notes.isEmpty ? nil : .string(notes.joined(separator: " "))),
        ]
        if !parameters.isEmpty { pairs.append(("parameters", .array(parameters.map { $0.json(asParameter: true) }))) }
        if let fields = requestFields { pairs.append(("requestBody", .object([("contentType", requestContentType.map { .string($0) }),
                                                                                     ("fields", .array(fields.map { $0.json(asParameter: false) })),
                                                                                     ("rules", DraftRule.json(of: fields))]))) }
        if let type = responseType { pairs.append(("responseBody", .object([("type", .string(type.description))]))) }
        if let fields = responseFields { pairs.append(("responseBody", .object([("fields", .array(fields.map { $0.json(asParameter: false) }))]))) }
        if let status = successStatus {
            pairs.append(("successStatus", .number(String(status))))
        }
        if !samples.isEmpty {
            pairs.append(("samples", .array(samples.map { sample in
                .object([("title", .string(sample.title)), ("request", sample.request), ("response", sample.response)])
            })))
        }
        return .object(pairs)
    }
}

struct DraftSpec: Sendable {
    var name: String
    var title: String
    var description: String
    var baseURL: String
    var auth: DraftJSON?
    var types: [DraftType] = []
    var operations: [DraftOperation] = []
    /// The type the API posts to webhooks, and the samples of it.
    var webhookPayload: String?
    var webhookSamples: [DraftSample] = []

    var webhooks: DraftJSON? {
        webhookPayload.map { payload in
            .object([("payload", .string(payload)), ("samples", webhookSamples.isEmpty ? nil : .array(webhookSamples.map { sample in
                .object([("title", .string(sample.title)), ("payload", sample.response)])
            }))])
        }
    }

    var json: DraftJSON {
        .object([
            ("$schema", .string("./apigen.schema.json")), ("name", .string(name)), ("title", .string(title)),
            ("description", .string(description)), ("baseURL", .string(baseURL)), ("auth", auth),
            ("types", types.isEmpty ? nil : .array(types.map(\.json))),
            ("operations", .array(operations.map(\.json))),
            ("webhooks", webhooks),
        ])
    }

    var text: String { json.printed() + "\n" }
}
