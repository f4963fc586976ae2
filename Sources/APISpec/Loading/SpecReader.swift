/// Reads a parsed spec document into the model. Structural problems become
/// diagnostics; semantic ones are left to `SpecChecker`.
struct SpecReader {
    static func read(_ root: JSONNode, sink: inout DiagnosticSink) -> APISpecification? {
        guard let document = ObjectReader(root, .root, what: "the spec", allowedKeys: SpecVocabulary.document, sink: &sink) else {
            return nil
        }
        let name = document.string("name", required: true, sink: &sink)
        let title = document.string("title", sink: &sink)
        let description = document.string("description", sink: &sink) ?? ""
        let baseURL = document.string("baseURL", required: true, sink: &sink)
        var auth = AuthScheme(kind: .none)
        if let node = document.node("auth"), let scheme = authScheme(node, .root.key("auth"), sink: &sink) { auth = scheme }
        // Types and operations are read apart from each other: on two cores.
        let file = sink.file
        let (typesRead, operationsRead) = Parallel.both({
            var sink = DiagnosticSink(file: file)
            return (TypeReader.types(document, sink: &sink), sink)
        }, {
            var sink = DiagnosticSink(file: file)
            let operations = document.array("operations", required: true, sink: &sink).compactMap { node, path in
                operation(node, path, sink: &sink)
            }
            return (operations, sink)
        })
        let (types, operations) = (typesRead.0, operationsRead.0)
        sink.absorb(typesRead.1)
        sink.absorb(operationsRead.1)
        var hooks: Webhooks?
        if let node = document.node("webhooks") { hooks = webhooks(node, .root.key("webhooks"), sink: &sink) }
        let notes = document.strings("notes", sink: &sink) ?? []
        let acknowledgements = document.array("acknowledged", sink: &sink).compactMap { node, path in
            acknowledgement(node, path, sink: &sink)
        }
        guard let name, let baseURL else { return nil }
        var spec = APISpecification(name: name, title: title ?? name, description: description, baseURL: baseURL, auth: auth,
                                    types: types, operations: operations, webhooks: hooks, notes: notes,
                                    acknowledgements: acknowledgements, sourcePath: sink.file)
        spec.nameLocation = document.node("name")?.location
        spec.schemaReference = document.string("$schema", sink: &sink)
        return spec
    }

    private static func authScheme(_ node: JSONNode, _ path: JSONPath, sink: inout DiagnosticSink) -> AuthScheme? {
        guard let object = ObjectReader(node, path, what: "'auth'", allowedKeys: SpecVocabulary.auth, sink: &sink),
              let schemeText = object.string("scheme", required: true, sink: &sink) else { return nil }
        guard let kind = AuthScheme.Kind(rawValue: schemeText) else {
            let known = AuthScheme.Kind.allCases.map(\.rawValue)
            sink.error(.unknownKeyword, "unknown auth scheme '\(schemeText)'; expected one of \(known.joined(separator: ", "))",
                       at: object.node("scheme")?.location ?? node.location, path.key("scheme"))
            return nil
        }
        return AuthScheme(kind: kind, header: object.string("header", sink: &sink),
                          tokenOperation: object.string("tokenOperation", sink: &sink),
                          tokenField: object.string("tokenField", sink: &sink), expiryField: object.string("expiryField", sink: &sink),
                          endpointField: object.string("endpointField", sink: &sink),
                          refreshTokenField: object.string("refreshTokenField", sink: &sink),
                          description: object.string("description", sink: &sink) ?? "", location: node.location)
    }

    /// Whether the code may be acknowledged is the checker's to say
    /// (`Acknowledgements`); a code that does not exist is the reader's.
    private static func acknowledgement(_ node: JSONNode, _ path: JSONPath, sink: inout DiagnosticSink) -> Acknowledgement? {
        guard let object = ObjectReader(node, path, what: "an acknowledgement", allowedKeys: SpecVocabulary.acknowledgement,
                                        sink: &sink) else { return nil }
        let codeText = object.string("code", required: true, sink: &sink)
        let place = object.string("at", required: true, sink: &sink)
        let reason = object.string("reason", required: true, sink: &sink)
        guard let codeText else { return nil }
        guard let code = DiagnosticCode(rawValue: codeText) else {
            var message = "unknown diagnostic code '\(codeText)'"
            let warnings = DiagnosticCode.allCases.filter(\.isAcknowledgeable).map(\.rawValue)
            if let suggestion = Suggestion.closest(to: codeText, among: DiagnosticCode.allCases.map(\.rawValue)) {
                message += "; did you mean '\(suggestion)'?"
            } else {
                message += "; the warnings a spec can acknowledge are \(warnings.joined(separator: ", "))"
            }
            sink.error(.unknownKeyword, message, at: object.node("code")?.location ?? node.location, path.key("code"))
            return nil
        }
        guard let place, let reason else { return nil }
        return Acknowledgement(code: code, place: place, reason: reason, location: node.location)
    }

    private static func operation(_ node: JSONNode, _ path: JSONPath, sink: inout DiagnosticSink) -> Operation? {
        guard let object = ObjectReader(node, path, what: "an operation", allowedKeys: SpecVocabulary.operation, sink: &sink) else {
            return nil
        }
        let name = object.string("name", required: true, sink: &sink)
        let summary = object.string("summary", required: true, sink: &sink)
        let description = object.string("description", sink: &sink)
        let group = object.string("group", required: true, sink: &sink)
        let methodText = object.string("method", required: true, sink: &sink)
        let method = methodText.flatMap { Operation.Method(rawValue: $0) }
        if let methodText, method == nil {
            let known = Operation.Method.allCases.map(\.rawValue).joined(separator: ", ")
            sink.error(.unknownKeyword, "unknown method '\(methodText)'; expected one of \(known)",
                       at: object.node("method")?.location ?? node.location,
                       path.key("method"))
        }
        let pathTemplate = object.string("path", required: true, sink: &sink)
        let isAuthenticated = object.bool("authenticated", sink: &sink) ?? true
        let parameters = FieldReader.parameters(object, sink: &sink)
        var requestBody: Body?
        if let node = object.node("requestBody") { requestBody = body(node, path.key("requestBody"), sink: &sink) }
        var responseBody: Body?
        if let node = object.node("responseBody") { responseBody = body(node, path.key("responseBody"), sink: &sink) }
        let responseHeaders = object.array("responseHeaders", sink: &sink).compactMap { node, path -> Field? in
            guard let header = ObjectReader(node, path, what: "a response header",
                                            allowedKeys: SpecVocabulary.responseHeader, sink: &sink) else { return nil }
            return FieldReader.field(header, sink: &sink)
        }
        let successStatus = object.integer("successStatus", sink: &sink) ?? 200
        let statuses = object.array("statuses", sink: &sink).compactMap { node, path -> Status? in
            guard let status = ObjectReader(node, path, what: "a status", allowedKeys: SpecVocabulary.status, sink: &sink),
                  let code = statusCode(status, sink: &sink) else { return nil }
            let type = status.has("type") ? FieldReader.type(status, "type", sink: &sink) : nil
            return Status(code: code, description: status.string("description", sink: &sink) ?? "", type: type,
                          isEmptyAnswer: status.bool("empty", sink: &sink) ?? false, location: node.location)
        }
        let samples = object.array("samples", sink: &sink).compactMap { node, path -> Sample? in
            guard let sample = ObjectReader(node, path, what: "a sample", allowedKeys: SpecVocabulary.sample, sink: &sink) else { return nil }
            var read = Sample(title: sample.string("title", required: true, sink: &sink) ?? "",
                              requestNode: sample.node("request"), responseNode: sample.node("response"))
            read.status = sample.integer("status", sink: &sink)
            return read
        }
        let note = object.string("note", sink: &sink)
        var pagination: Pagination?
        if let paging = object.node("pagination") { pagination = Self.pagination(paging, path.key("pagination"), sink: &sink) }
        guard let name, let summary, let group, let method, let pathTemplate else { return nil }
        var operation = Operation(name: name, summary: summary, description: description, group: group, method: method, path: pathTemplate,
                                  isAuthenticated: isAuthenticated, parameters: parameters, requestBody: requestBody, responseBody: responseBody,
                                  successStatus: successStatus, statuses: statuses, samples: samples, note: note, location: node.location)
        operation.pagination = pagination
        operation.responseHeaders = responseHeaders
        operation.pathLocation = object.node("path")?.location
        operation.routeVariant = object.string("routeVariant", sink: &sink)
        return operation
    }

    private static func pagination(_ node: JSONNode, _ path: JSONPath, sink: inout DiagnosticSink) -> Pagination? {
        guard let object = ObjectReader(node, path, what: "'pagination'", allowedKeys: SpecVocabulary.pagination, sink: &sink),
              let styleText = object.string("style", required: true, sink: &sink) else { return nil }
        guard let style = Pagination.Style(rawValue: styleText) else {
            let styles = Pagination.Style.allCases.map(\.rawValue).joined(separator: ", ")
            sink.error(.unknownKeyword, "unknown pagination style '\(styleText)'; expected one of \(styles)",
                       at: object.node("style")?.location ?? node.location, path.key("style"))
            return nil
        }
        let parameter = object.string("parameter", required: style == .cursor || style == .page, sink: &sink)
        let items = object.string("items", sink: &sink)
        let nextCursor = object.string("nextCursor", required: style == .cursor, sink: &sink)
        let totalPages = object.string("totalPages", sink: &sink)
        let totalItems = object.string("totalItems", sink: &sink)
        let hasMore = object.string("hasMore", sink: &sink)
        let nextLink = object.string("nextLink", required: style == .nextLink, sink: &sink)
        var end: Pagination.PageEnd?
        if let text = object.string("end", sink: &sink) {
            end = Pagination.PageEnd(rawValue: text)
            if end == nil {
                let ends = Pagination.PageEnd.allCases.map(\.rawValue).joined(separator: ", ")
                sink.error(.unknownKeyword, "unknown pagination end '\(text)'; expected one of \(ends)",
                           at: object.node("end")?.location ?? node.location, path.key("end"))
                return nil
            }
        }
        guard parameter != nil || (style != .cursor && style != .page) else { return nil }
        return Pagination(style: style, parameter: parameter, nextCursor: nextCursor, totalPages: totalPages,
                          totalItems: totalItems, hasMore: hasMore, nextLink: nextLink, end: end, items: items,
                          location: node.location)
    }

    /// `404`, or `"4XX"` / `"default"` as OpenAPI writes classes and the fallback.
    private static func statusCode(_ status: ObjectReader, sink: inout DiagnosticSink) -> StatusCode? {
        if let text = status.node("code")?.stringValue {
            guard let code = StatusCode(text: text) else {
                sink.error(.invalidStatus, "status '\(Diagnostic.clipped(text))' is neither a number, a class such as "
                           + "\"4XX\", nor \"default\"", at: status.node("code")?.location ?? status.node.location,
                           status.path.key("code"))
                return nil
            }
            return code
        }
        return status.integer("code", required: true, sink: &sink).map(StatusCode.exact)
    }

    private static func body(_ node: JSONNode, _ path: JSONPath, sink: inout DiagnosticSink) -> Body? {
        guard let object = ObjectReader(node, path, what: "a body", allowedKeys: SpecVocabulary.body, sink: &sink) else { return nil }
        var contentType = Body.ContentType.json
        if let text = object.string("contentType", sink: &sink) {
            if let parsed = Body.ContentType(rawValue: text) { contentType = parsed } else {
                sink.error(.unknownKeyword, "unknown content type '\(text)'; expected json, multipart or form",
                           at: object.node("contentType")?.location ?? node.location, path.key("contentType"))
            }
        }
        var formLists: Body.FormLists?
        if let text = object.string("formLists", sink: &sink) {
            formLists = Body.FormLists(rawValue: text)
            if formLists == nil {
                sink.error(.unknownKeyword, "unknown form list style '\(text)'; expected indexed or repeated",
                           at: object.node("formLists")?.location ?? node.location, path.key("formLists"))
            }
        }
        let description = object.string("description", sink: &sink)
        if object.has("type") == object.has("fields") {
            sink.error(.malformedBody, "a body needs exactly one of 'type' or 'fields'", at: node.location, path)
            return nil
        }
        if object.has("type") {
            if object.has("rules") {
                sink.error(.rulesNotApplicable, "'rules' belong to the named type, not to a body that refers to it",
                           at: object.keyLocation("rules"), path.key("rules"))
            }
            guard let type = FieldReader.type(object, "type", sink: &sink) else { return nil }
            return Body(contentType: contentType, shape: .type(type), formLists: formLists, description: description,
                        location: node.location)
        }
        let fields = FieldReader.fields(object, required: true, sink: &sink)
        let shape = Body.Shape.fields(ObjectType(fields: fields, rules: FieldReader.rules(object, sink: &sink)))
        return Body(contentType: contentType, shape: shape, formLists: formLists, description: description,
                    location: node.location)
    }

    private static func webhooks(_ node: JSONNode, _ path: JSONPath, sink: inout DiagnosticSink) -> Webhooks? {
        guard let object = ObjectReader(node, path, what: "'webhooks'", allowedKeys: SpecVocabulary.webhooks, sink: &sink),
              let payload = FieldReader.type(object, "payload", sink: &sink) else { return nil }
        let samples = object.array("samples", sink: &sink).compactMap { node, path -> Sample? in
            guard let sample = ObjectReader(node, path, what: "a webhook sample", allowedKeys: SpecVocabulary.webhookSample, sink: &sink)
            else { return nil }
            return Sample(title: sample.string("title", required: true, sink: &sink) ?? "", requestNode: nil, responseNode: sample.node("payload"))
        }
        return Webhooks(payload: payload, tokenHeader: object.string("tokenHeader", sink: &sink),
                        validationParameter: object.string("validationParameter", sink: &sink), samples: samples, location: node.location)
    }
}
