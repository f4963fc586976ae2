import APISpec

/// `apigen export openapi`: the spec as an OpenAPI 3.1 document, saying
/// everything OpenAPI can say and keeping the rest in `x-apigen-…`
/// extensions. Pure and deterministic: the same spec gives the same bytes.
public enum OpenAPIExporter {
    public static func export(_ spec: APISpecification) -> OpenAPIValue {
        let types = Dictionary(spec.types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let schemas = SchemaExport(types: types)
        var info: [(String, OpenAPIValue?)] = [("title", .string(spec.title)), ("version", .string("unversioned"))]
        if !spec.description.isEmpty { info.append(("description", .string(spec.description + notes(spec.notes)))) }
        // What an import needs to give the same spec back: the short name, and the notes apart from the prose.
        info.append(("x-apigen-name", .string(spec.name)))
        if !spec.notes.isEmpty { info.append(("x-apigen-notes", .array(spec.notes.map(OpenAPIValue.string)))) }
        var document: [(String, OpenAPIValue?)] = [
            ("openapi", .string("3.1.0")),
            ("info", .object(info)),
            ("jsonSchemaDialect", .string("https://spec.openapis.org/oas/3.1/dialect/base")),
            ("servers", .array([.object([("url", .string(spec.baseURL))])])),
        ]
        let (security, schemes) = securitySchemes(spec.auth)
        if let security { document.append(("security", .array([security]))) }
        document.append(("tags", .array(spec.groups.map { .object([("name", .string($0))]) })))
        document.append(("paths", paths(spec, schemas)))
        if let webhooks = spec.webhooks { document.append(("webhooks", self.webhooks(webhooks, schemas))) }
        var components: [(String, OpenAPIValue?)] = [("schemas", .object(spec.types.map { ($0.name, schemas.named($0)) }))]
        if let schemes { components.append(("securitySchemes", schemes)) }
        document.append(("components", .object(components)))
        if !spec.acknowledgements.isEmpty { document.append(("x-apigen-acknowledged", acknowledged(spec.acknowledgements))) }
        return .object(document)
    }

    /// The warnings the spec acknowledges, as written: their places are
    /// paths in the apigen spec (its samples are the document's examples),
    /// kept so that nothing the spec says is lost in the export.
    private static func acknowledged(_ acknowledgements: [Acknowledgement]) -> OpenAPIValue {
        .array(acknowledgements.map { acknowledgement in
            .object([("code", .string(acknowledgement.code.rawValue)), ("at", .string(acknowledgement.place)),
                     ("reason", .string(acknowledgement.reason))])
        })
    }

    /// The sentences an object's description ends in for its rules (an import takes them off again).
    public static func rulesText(_ rules: [Rule]) -> String { SchemaExport.rulesText(rules) }

    /// The description the export gives values of a scalar type JSON Schema has no word for.
    public static func typeDescription(of scalar: ScalarType) -> String? { SchemaExport.typeDescription(of: scalar) }

    /// The text the export appends to the API's description for its notes.
    public static func notes(_ notes: [String]) -> String {
        notes.isEmpty ? "" : "\n\n" + notes.map { "- " + $0 }.joined(separator: "\n")
    }

    /// Bearer tokens and basic credentials as HTTP auth; a token in a header of the API's own as an API key, with how
    /// it is obtained.
    private static func securitySchemes(_ auth: AuthScheme) -> (OpenAPIValue?, OpenAPIValue?) {
        switch auth.kind {
        case .none:
            return (nil, nil)
        case .bearer:
            let scheme = OpenAPIValue.object([("type", .string("http")), ("scheme", .string("bearer")),
                                              ("description", auth.description.isEmpty ? nil : .string(auth.description))])
            return (.object([("bearer", .array([]))]), .object([("bearer", scheme)]))
        case .basic:
            let description: OpenAPIValue? = auth.description.isEmpty ? nil : .string(auth.description)
            let scheme = OpenAPIValue.object([("type", .string("http")), ("scheme", .string("basic")),
                                              ("description", description)])
            return (.object([("basic", .array([]))]), .object([("basic", scheme)]))
        case .tokenHeader:
            let scheme = OpenAPIValue.object([
                ("type", .string("apiKey")), ("in", .string("header")), ("name", .string(auth.header ?? "")),
                ("description", auth.description.isEmpty ? nil : .string(auth.description)),
                ("x-apigen-tokenOperation", auth.tokenOperation.map(OpenAPIValue.string)),
                ("x-apigen-tokenField", auth.tokenField.map(OpenAPIValue.string)), ("x-apigen-expiryField", auth.expiryField.map(OpenAPIValue.string)),
                ("x-apigen-endpointField", auth.endpointField.map(OpenAPIValue.string)),
                ("x-apigen-refreshTokenField", auth.refreshTokenField.map(OpenAPIValue.string)),
            ])
            return (.object([("token", .array([]))]), .object([("token", scheme)]))
        }
    }

    private static func paths(_ spec: APISpecification, _ schemas: SchemaExport) -> OpenAPIValue {
        var order: [String] = []
        var byPath: [String: [(String, OpenAPIValue?)]] = [:]
        for operation in spec.operations {
            // A document holds one operation per method and path: a variant gets a path of its own, the route with
            // the variant as its fragment, as APIs that share routes write them (and as the import reads them back).
            let key = operation.path + (operation.routeVariant.map { "#" + $0 } ?? "")
            if byPath[key] == nil { order.append(key) }
            let method = operation.method.rawValue.lowercased()
            byPath[key, default: []].append((method, self.operation(operation, spec, schemas)))
        }
        return .object(order.map { ($0, .object(byPath[$0] ?? [])) })
    }

    private static func operation(_ operation: Operation, _ spec: APISpecification, _ schemas: SchemaExport) -> OpenAPIValue {
        var members: [(String, OpenAPIValue?)] = [
            ("operationId", .string(operation.name)), ("tags", .array([.string(operation.group)])),
            ("summary", .string(operation.summary)), ("description", operation.description.map(OpenAPIValue.string)),
        ]
        if !operation.parameters.isEmpty { members.append(("parameters", .array(operation.parameters.map { parameter($0, schemas) }))) }
        if let body = operation.requestBody {
            let examples = operation.samples.compactMap { sample in sample.requestNode.map { (sample.title, OpenAPIValue($0)) } }
            members.append(("requestBody", .object([("required", .bool(true)), ("description", body.description.map(OpenAPIValue.string)),
                                                    ("content", content(body, examples, schemas))])))
        }
        members.append(("responses", responses(operation, schemas)))
        if spec.auth.kind != .none, !operation.isAuthenticated { members.append(("security", .array([]))) }
        if let pagination = operation.pagination {
            members.append(("x-apigen-pagination", .object([
                ("style", .string(pagination.style.rawValue)), ("parameter", pagination.parameter.map(OpenAPIValue.string)),
                ("nextCursor", pagination.nextCursor.map(OpenAPIValue.string)), ("totalPages", pagination.totalPages.map(OpenAPIValue.string)),
                ("totalItems", pagination.totalItems.map(OpenAPIValue.string)), ("hasMore", pagination.hasMore.map(OpenAPIValue.string)),
                ("nextLink", pagination.nextLink.map(OpenAPIValue.string)), ("end", pagination.end.map { OpenAPIValue.string($0.rawValue) }),
                ("items", pagination.items.map(OpenAPIValue.string)),
            ])))
        }
        members.append(("x-apigen-note", operation.note.map(OpenAPIValue.string)))
        return .object(members)
    }

    private static func parameter(_ parameter: Parameter, _ schemas: SchemaExport) -> OpenAPIValue {
        var members: [(String, OpenAPIValue?)] = [
            ("name", .string(parameter.field.name)), ("in", .string(parameter.location.rawValue)),
            ("description", parameter.field.description.isEmpty ? nil : .string(parameter.field.description)),
            ("required", .bool(parameter.location == .path || (!parameter.field.isOptional && parameter.field.defaultValue == nil))),
        ]
        if parameter.location == .query, case .array = parameter.field.type {
            switch parameter.style ?? .repeated {
            case .repeated: members += [("style", .string("form")), ("explode", .bool(true))]
            case .comma: members += [("style", .string("form")), ("explode", .bool(false))]
            case .pipe: members += [("style", .string("pipeDelimited")), ("explode", .bool(false))]
            case .space: members += [("style", .string("spaceDelimited")), ("explode", .bool(false))]
            // OpenAPI defines `deepObject` for objects; for a list, APIs that use it (Stripe's `expand`) mean `name[]=`.
            case .brackets, .deepObject: members += [("style", .string("deepObject")), ("explode", .bool(true))]
            }
        } else if parameter.style == .deepObject {
            members += [("style", .string("deepObject")), ("explode", .bool(true))]
        }
        members.append(("schema", schemas.field(parameter.field)))
        return .object(members)
    }

    /// A text part named `file` in a form of no file part says it is text: the import reads such a part, which
    /// documents write for an upload (Stripe's), as the file, unless its media type is stated.
    private static func multipartEncoding(_ body: Body) -> OpenAPIValue? {
        guard case .fields(let object) = body.shape,
              !object.fields.contains(where: { $0.type == .scalar(.file) || $0.type == .array(.scalar(.file)) })
        else { return nil }
        let texts = object.fields.filter { $0.name.lowercased() == "file" && $0.type == .scalar(.string) }
        guard !texts.isEmpty else { return nil }
        return .object(texts.map { ($0.name, .object([("contentType", .string("text/plain"))])) })
    }

    private static func content(_ body: Body, _ examples: [(String, OpenAPIValue)], _ schemas: SchemaExport) -> OpenAPIValue {
        let schema: OpenAPIValue
        switch body.shape {
        case .type(let reference): schema = schemas.schema(reference)
        case .fields(let object): schema = schemas.object(object, description: nil)
        }
        let exampleValues: OpenAPIValue? = examples.isEmpty ? nil
            : .object(uniqueTitles(examples).map { title, value in (title, .object([("value", value)])) })
        switch body.contentType {
        case .multipart:
            let form: OpenAPIValue = .object([("schema", schema), ("encoding", multipartEncoding(body))])
            return .object([("multipart/form-data", form)])
        case .form:
            let form: OpenAPIValue = .object([("schema", schema), ("encoding", formEncoding(body, schemas)), ("examples", exampleValues)])
            return .object([("application/x-www-form-urlencoded", form)])
        case .json: break
        }
        // A file answer is its bytes, of whatever type: the media type of bytes, with no JSON example.
        if case .type(.scalar(.file)) = body.shape {
            return .object([("application/octet-stream", .object([("schema", schema)]))])
        }
        return .object([("application/json", .object([("schema", schema), ("examples", exampleValues)]))])
    }

    /// A form's lists and objects go as `name[0]=`, `name[key]=`: OpenAPI's
    /// `deepObject`, which is not a form body's default and so is stated;
    /// repeated lists (`name=a&name=b`) are the default, stated all the same.
    private static func formEncoding(_ body: Body, _ schemas: SchemaExport) -> OpenAPIValue? {
        var fields: [Field] = []
        switch body.shape {
        case .fields(let object): fields = object.fields
        case .type(.named(let name)):
            if case .object(let object)? = schemas.types[name]?.kind { fields = object.fields }
        case .type: break
        }
        let nested = fields.filter { field in
            switch field.type {
            case .array, .map, .orNull: return true
            case .scalar(let scalar): return scalar == .json
            case .named(let name):
                if case .enumeration? = schemas.types[name]?.kind { return false }
                return true
            }
        }
        guard !nested.isEmpty else { return nil }
        return .object(nested.map { field -> (String, OpenAPIValue?) in
            let repeated: Bool
            if case .array = field.type { repeated = body.formLists == .repeated } else { repeated = false }
            let style = OpenAPIValue.string(repeated ? "form" : "deepObject")
            return (field.name, .object([("style", style), ("explode", .bool(true))]))
        })
    }

    /// Example names must differ; a repeated title gets its position.
    private static func uniqueTitles(_ examples: [(String, OpenAPIValue)]) -> [(String, OpenAPIValue)] {
        var seen: Set<String> = []
        return examples.enumerated().map { index, example in
            let title = seen.insert(example.0).inserted ? example.0 : "\(example.0) (\(index + 1))"
            seen.insert(title)
            return (title, example.1)
        }
    }

    private static func responses(_ operation: Operation, _ schemas: SchemaExport) -> OpenAPIValue {
        var members: [(String, OpenAPIValue?)] = []
        let success = operation.statuses.first { $0.code == .exact(operation.successStatus) }?.description ?? "Success."
        var answer: [(String, OpenAPIValue?)] = [("description", .string(success.isEmpty ? "Success." : success))]
        // The import takes the lowest 2xx as the success: a higher one says it is.
        let documentsLowerSuccess = operation.statuses.contains { status in
            if case .exact(let code) = status.code { return (200..<operation.successStatus).contains(code) }
            return false
        }
        if documentsLowerSuccess { answer.append(("x-apigen-success", .bool(true))) }
        if let body = operation.responseBody, operation.successStatus != 204 {
            let examples = operation.samples.filter { $0.status == nil }.compactMap { sample in
                sample.responseNode.map { (sample.title, OpenAPIValue($0)) }
            }
            answer.append(("content", content(body, examples, schemas)))
        }
        var headers: [(String, OpenAPIValue?)] = operation.responseHeaders.map { header in
            (header.name, .object([
                ("description", header.description.isEmpty ? nil : .string(header.description)),
                ("required", header.isOptional ? nil : .bool(true)), ("schema", schemas.field(header)),
                // The import reads a success's `Link` as a paged walk where it can be one; this one is a header.
                ("x-apigen-responseHeader", header.name.lowercased() == "link" ? .bool(true) : nil),
            ]))
        }
        if operation.pagination?.style == .linkHeader,
           !operation.responseHeaders.contains(where: { $0.name.lowercased() == "link" }) {
            // What other tools read as paging; the import reads it back as this walk.
            let link: OpenAPIValue = .object([
                ("description", .string("Where the next page is, as rel=\"next\" (RFC 8288); absent on the last page.")),
                ("schema", .object([("type", .string("string"))])),
            ])
            headers.append(("Link", link))
        }
        if !headers.isEmpty { answer.append(("headers", .object(headers))) }
        members.append((String(operation.successStatus), .object(answer)))
        // A header required of every success is required of each other one too: the import reads it so.
        let required = headers.filter { name, _ in
            operation.responseHeaders.contains { $0.name == name && !$0.isOptional }
        }
        for status in operation.statuses where status.code != .exact(operation.successStatus) {
            let description = status.description.isEmpty ? "HTTP \(status.code)." : status.description
            var content = status.type.map { type in
                let examples = errorExamples(of: operation, under: status.code)
                let media: OpenAPIValue = .object([("schema", schemas.schema(type)), ("examples", examples)])
                return OpenAPIValue.object([("application/json", media)])
            }
            // Another success read as the success is has its body; one that gives nil has none.
            let isSuccess = switch status.code {
            case .exact(let code): (200...299).contains(code)
            case .range(let digit): digit == 2
            case .otherwise: false
            }
            if content == nil, isSuccess, !status.isEmptyAnswer, let body = operation.responseBody,
               operation.successStatus != 204 {
                content = Self.content(body, [], schemas)
            }
            let sendsHeaders = isSuccess && !status.isEmptyAnswer && !required.isEmpty
            let answer: [(String, OpenAPIValue?)] = [("description", .string(description)), ("content", content),
                                                     ("headers", sendsHeaders ? .object(required) : nil)]
            members.append((status.code.description, .object(answer)))
        }
        return .object(members)
    }

    /// The samples of error answers the status `code` gives the type of, as examples; one whose status is not `code`
    /// itself (a 404 under `4XX`) says its status in `x-apigen-status`.
    private static func errorExamples(of operation: Operation, under code: StatusCode) -> OpenAPIValue? {
        let examples = operation.samples.compactMap { sample -> (String, OpenAPIValue)? in
            guard let status = sample.status, let node = sample.responseNode,
                  operation.errorBodyCode(forStatus: status) == code else { return nil }
            let stated: OpenAPIValue? = code == .exact(status) ? nil : .number(String(status))
            return (sample.title, .object([("value", OpenAPIValue(node)), ("x-apigen-status", stated)]))
        }
        return examples.isEmpty ? nil : .object(uniqueTitles(examples))
    }

    /// Every callback as one webhook of OpenAPI 3.1, with its token header and handshake.
    private static func webhooks(_ webhooks: Webhooks, _ schemas: SchemaExport) -> OpenAPIValue {
        let examples = webhooks.samples.compactMap { sample in sample.responseNode.map { (sample.title, OpenAPIValue($0)) } }
        var parameters: [OpenAPIValue] = []
        if let header = webhooks.tokenHeader {
            parameters.append(.object([("name", .string(header)), ("in", .string("header")), ("required", .bool(true)),
                                       ("description", .string("The token set when the webhook was registered.")), ("schema", .object([("type", .string("string"))]))]))
        }
        let post = OpenAPIValue.object([
            ("operationId", .string("event")),
            ("parameters", parameters.isEmpty ? nil : .array(parameters)),
            ("requestBody", .object([("required", .bool(true)), ("content", .object([("application/json", .object([
                ("schema", schemas.schema(webhooks.payload)),
                ("examples", examples.isEmpty ? nil : .object(uniqueTitles(examples).map { ($0.0, .object([("value", $0.1)])) })),
            ]))]))])),
            ("responses", .object([("200", .object([("description", .string("Received."))]))])),
            ("x-apigen-validationParameter", webhooks.validationParameter.map(OpenAPIValue.string)),
        ])
        return .object([("event", .object([("post", post)]))])
    }
}
