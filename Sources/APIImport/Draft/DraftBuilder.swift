import APISpec

/// Builds a spec draft from what the family readers found: operations with
/// their parameters and bodies, named types, samples, auth.
struct DraftBuilder {
    var registry = TypeRegistry()
    var warnings: [ImportWarning] = []
    let objectPages: [String: DocsObject]
    /// Object pages being built, so a page that reaches itself is named, not rebuilt.
    var building: Set<String> = []
    /// Types made from samples under a name a type column gave (`responseStatus`), not a field's.
    var typesNamedByDocs: Set<String> = []
    /// The per-kind tables of a field (by owner and name), for `formUnions`.
    var variantsByField: [String: [UnionVariant]] = [:]
    /// Columns of the pages' value tables.
    var valueColumns: [DocsValueColumn] = []

    init(objects: [DocsObject]) {
        objectPages = Dictionary(objects.map { (NameCase.pascal($0.name), $0) }, uniquingKeysWith: { first, _ in first })
        for name in objectPages.keys { registry.reserve(name) }
    }

    /// The draft of what the pages say: operations, the webhook payload and object pages, with the types they
    /// need named as they are met. The passes after it edit the draft alone (`DocsImporter.importPages`).
    mutating func build(_ reading: DocsReading, name: String?) -> DraftSpec {
        warnings = reading.warnings
        valueColumns = reading.valueColumns
        let baseURL = self.baseURL(of: reading)
        let apiName = name ?? Self.apiName(baseURL)
        let title = reading.title ?? (apiName.hasSuffix("API") ? apiName : "\(apiName) API")
        let pageCount = Set(reading.operations.map { $0.place.file }).count
        let description = "Draft imported from \(pageCount) docs pages; review every note."
        var spec = DraftSpec(name: apiName, title: title, description: description, baseURL: baseURL)
        // Operations: one per request line, those documented twice joined; each with its parameters, bodies
        // and samples, their types named as they are met.
        spec.operations = operations(joining: reading.operations, basePath: Self.path(of: baseURL))
        // The body the API posts to webhooks.
        if let payload = reading.payloads.first.map({ payload(from: $0) }) {
            (spec.webhookPayload, spec.webhookSamples) = (payload.type, payload.samples)
        }
        // Object pages no operation reaches: still part of the API.
        describeUnreachedObjectPages()
        spec.types = registry.types
        return spec
    }

    /// The base URL the pages state, without a trailing slash (a located warning when none does).
    mutating func baseURL(of reading: DocsReading) -> String {
        var baseURL = reading.baseURL ?? reading.requestLineOrigin ?? ""
        while baseURL.hasSuffix("/") { baseURL.removeLast() }
        if reading.baseURL == nil, reading.requestLineOrigin == nil, let place = reading.operations.first?.place {
            warnings.append(ImportWarning(.noBaseURL, "no page states the base URL; set 'baseURL' by hand", place: place))
        }
        return baseURL
    }

    /// The operations of the request lines, paths relative to the base URL's path.
    mutating func operations(joining read: [DocsOperation], basePath: String) -> [DraftOperation] {
        // An operation documented on two pages (media's page posts media actions, the actions page the rest) is one:
        // what the later page adds joins the first.
        var documented: [DocsOperation] = []
        for docs in read {
            var docs = docs
            if !basePath.isEmpty, docs.path.hasPrefix(basePath + "/") { docs.path = String(docs.path.dropFirst(basePath.count)) }
            if let index = documented.firstIndex(where: { $0.method == docs.method && Self.samePath($0.path, docs.path) }) {
                warnings.append(ImportWarning(.operationDocumentedAgain, "\(docs.method) \(docs.path) is documented again (first at \(documented[index].place.short)); "
                                                  + "its rows, tables and samples are added to the first", place: docs.place))
                documented[index].absorb(docs)
                continue
            }
            documented.append(docs)
        }
        var names = Set<String>()
        let finalNames = documented.map { Self.unique(Self.operationName($0.method, $0.path), in: &names) }
        finalNames.forEach { registry.reserveBodies(of: $0) }
        return zip(documented, finalNames).map { docs, name in
            var operation = self.operation(docs)
            operation.name = name
            return operation
        }
    }

    mutating func describeUnreachedObjectPages() {
        for name in objectPages.keys.sorted() where registry.type(named: name) == nil {
            var notes: [String] = []
            let row = DocsRow(name: name, type: InlineText(markup: name[...], column: 1), kind: nil,
                              description: InlineText(markup: "", column: 1), place: objectPages[name]!.place,
                              typePlace: objectPages[name]!.place, descriptionPlace: objectPages[name]!.place)
            _ = namedType(name, row: row, values: [], context: Context(side: .response, samples: [], structures: [], owner: ""), notes: &notes)
        }
    }

    mutating func operation(_ documented: DocsOperation) -> DraftOperation {
        var docs = documented
        // A row of a parameter table whose kind column says "body" is a field of the request body.
        let bodyRows = docs.parameters.filter { $0.kind == .body }
        docs.parameters.removeAll { $0.kind == .body }
        docs.requestFields += bodyRows.filter { row in !docs.requestFields.contains { $0.name == row.name } }
        let distinct = PathTemplate.distinct(docs.path)
        docs.path = distinct.path
        // A table row of a repeated name cannot say which placeholder it means: the path's own parameters stand.
        docs.parameters.removeAll { row in distinct.repeated.contains(row.name) }
        let requestSamples = parsedSamples(docs.requestSamples)
        let responseSamples = parsedSamples(docs.responseSamples)
        var operation = DraftOperation(name: Self.operationName(docs.method, docs.path), summary: docs.summary.isEmpty ? docs.title : docs.summary,
                                       group: docs.group.isEmpty ? "api" : docs.group, method: docs.method, path: docs.path, place: docs.place)
        if !distinct.repeated.isEmpty {
            let names = distinct.repeated.map { "{\($0)}" }.joined(separator: ", ")
            operation.notes.append("The request line repeats \(names); each is named from the segment before it "
                                   + "(\(docs.place.short)).")
        }
        operation.notes += docs.notes
        operation.unreadBodies = docs.unreadBodies
        let owner = NameCase.pascal(operation.name)
        let parameterContext = Context(side: .request, samples: [], structures: [], owner: owner)
        operation.parameters = fields(docs.parameters.filter { $0.name.lowercased() != "content-type" }, parameterContext)
        for placeholder in Self.placeholders(docs.path) where !operation.parameters.contains(where: { $0.name == placeholder && $0.kind == .path }) {
            operation.parameters.removeAll { $0.name == placeholder }
            operation.parameters.append(DraftField(name: placeholder, kind: .path, type: .scalar(.string), optional: false,
                                                   description: "",
                                                   notes: ["In the path (\(docs.place.short)); no parameter table lists it."], place: docs.place))
        }
        var placeholders = Set(Self.placeholders(docs.path))
        let unplaced = operation.parameters.filter { $0.kind == .path && !placeholders.contains($0.name) }
        // DELETE or PUT on a collection with one identifier the path lacks: the identifier ends the path.
        if unplaced.count == 1, docs.method == "DELETE" || docs.method == "PUT", let name = unplaced.first?.name {
            docs.path += "/{\(name)}"
            operation.path = docs.path
            placeholders.insert(name)
            operation.notes.append("The request line has no {\(name)}, which the table calls a path parameter; it ends the path here.")
        }
        for index in operation.parameters.indices where operation.parameters[index].kind == .path {
            if placeholders.contains(operation.parameters[index].name) {
                operation.parameters[index].optional = false
            } else {
                operation.parameters[index].kind = .query
                operation.parameters[index].notes.append("The table calls it a path parameter, but the path has no {\(operation.parameters[index].name)}; sent in the query.")
                // Out of the path, a stated default applies as for any query parameter.
                var parameter = operation.parameters[index]
                if let row = docs.parameters.first(where: { $0.name == parameter.name }), parameter.defaultValue == nil {
                    var notes = parameter.notes
                    parameter.kind = .query
                    apply(ProseFacts(row.description), to: &parameter, row: row, owner: owner, defaultsOnly: true, notes: &notes)
                    parameter.notes = notes
                    operation.parameters[index] = parameter
                }
            }
        }
        for index in operation.parameters.indices { sendAsText(&operation.parameters[index]) }
        // "Content-Type: multipart/form-data" in the parameter table: the body is a form, its part named in the Type column.
        if docs.parameters.contains(where: { $0.name.lowercased() == "content-type" && $0.description.plain.contains("multipart/form-data") }) {
            operation.requestContentType = .multipart
            docs.requestFields = docs.requestFields.map { row in
                guard row.name.contains(" "), let part = row.type.plain.split(separator: " ").first else { return row }
                var file = row
                file.originalName = row.name
                file.name = String(part)
                file.type = InlineText(markup: "file", column: row.type.column)
                return file
            }
        }
        // A GET's body rows are read as nothing: no type of theirs is made, no sample kept.
        let hasBody = !docs.requestFields.isEmpty || !requestSamples.isEmpty
        if hasBody, Operation.Method(rawValue: docs.method)?.carriesNoBody == true {
            let names = docs.requestFields.map { "'\($0.name)'" }.joined(separator: ", ")
            let rows = names.isEmpty ? "its request samples are" : "its body rows (\(names)) are"
            let message = "a \(docs.method) request carries no body, so \(rows) left out"
            warnings.append(ImportWarning(.requestBodyNotSent, message, place: docs.place))
        } else if hasBody {
            let context = Context(side: .request, samples: requestSamples.compactMap { $0.node.members != nil ? $0.node : nil },
                                  structures: docs.requestStructures, owner: owner, samplePlace: requestSamples.first?.place, prose: docs.prose, isTopLevel: true,
                                  isTranslated: docs.isTranslated, isForm: operation.requestContentType == .multipart)
            operation.requestFields = fields(docs.requestFields, context)
        }
        if let list = listAnswer(docs, samples: responseSamples, owner: owner) {
            operation.responseType = list
        } else if !docs.responseFields.isEmpty || !responseSamples.isEmpty {
            let context = Context(side: .response, samples: responseSamples.compactMap { $0.node.members != nil ? $0.node : nil },
                                  structures: docs.responseStructures, owner: owner, samplePlace: responseSamples.first?.place, prose: docs.prose, isTopLevel: true,
                                  isTranslated: docs.isTranslated)
            operation.responseFields = fields(docs.responseFields, context)
        }
        if operation.requestContentType == .multipart, var fields = operation.requestFields {
            // What the docs leave untyped in a form is read as text: a JSON part is what the docs would say it is.
            for index in fields.indices where fields[index].type.listItem == .scalar(.json) {
                let isList = fields[index].type.isArrayType
                fields[index].notes.append("Sent as text: the docs do not say what this part holds "
                                           + "(\(fields[index].place.short)).")
                fields[index].type = isList ? .array(.scalar(.string)) : .scalar(.string)
                // Text now: no later page's type of that name retypes it.
                fields[index].namesUndescribedType = false
            }
            operation.requestFields = fields
        }
        if operation.requestFields?.isEmpty == true { operation.requestFields = nil }
        if operation.responseFields?.isEmpty == true { operation.responseFields = nil }
        operation.successStatus = docs.successStatus.flatMap { $0 == 200 ? nil : $0 }
        operation.usesBearer = docs.usesBearer
        var titles = Set<String>()
        for sample in requestSamples where operation.requestFields != nil {
            let title = Self.unique(sample.title, in: &titles)
            operation.samples.append(DraftSample(title: title, request: sample.node, places: [sample.place]))
        }
        for sample in responseSamples where operation.responseFields != nil || operation.responseType != nil {
            let title = Self.unique(sample.title, in: &titles)
            operation.samples.append(DraftSample(title: title, response: sample.node, places: [sample.place]))
        }
        return operation
    }

    /// A body the API posts to the client: its type, and its samples.
    mutating func payload(from docs: DocsOperation) -> (type: String, samples: [DraftSample]) {
        let samples = parsedSamples(docs.responseSamples)
        let context = Context(side: .response, samples: samples.compactMap { $0.node.members != nil ? $0.node : nil },
                              structures: docs.responseStructures, owner: "WebhookPayload", samplePlace: samples.first?.place, isTopLevel: true)
        let fields = fields(docs.responseFields, context)
        let name = registry.register(DraftType(name: "WebhookPayload", kind: .object(fields), description: docs.title,
                                               notes: ["What the API posts to a webhook, from \(docs.place.short)."]), owner: "")
        var titles = Set<String>()
        return (name, samples.map { sample in
            DraftSample(title: Self.unique(sample.title, in: &titles), response: sample.node, places: [sample.place])
        })
    }

    struct ParsedSample { var title: String; var node: JSONNode; var place: DocsPlace }

    mutating func parsedSamples(_ samples: [DocsSample]) -> [ParsedSample] {
        samples.compactMap { sample in
            let cleaned = SampleCleaner.clean(sample.text)
            do throws(JSONParser.SyntaxError) {
                let node = try JSONParser.parse(cleaned)
                return ParsedSample(title: sample.title, node: node, place: sample.place)
            } catch {
                // An error at the end of the text (a fence never closed) is at the sample's last line, not past it.
                let lines = max(1, sample.text.split(separator: "\n", omittingEmptySubsequences: false).count)
                let line = min(error.location.line, lines)
                let column = line == error.location.line ? error.location.column : 1
                let place = DocsPlace(file: sample.place.file, line: sample.place.line + line - 1, column: column)
                warnings.append(ImportWarning(.sampleNotJSON, "sample is not JSON even after cleaning (\(error.message)); left out", place: place))
                return nil
            }
        }
    }

    static func path(of url: String) -> String {
        guard let scheme = url.range(of: "://") else { return "" }
        let rest = url[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "" }
        var path = String(rest[slash...])
        while path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// A path, query or header parameter is text on the wire: a scalar, an enum, or (in a query) a list of them.
    /// What the docs call an object or leave unread is sent as a string, with a note.
    func sendAsText(_ parameter: inout DraftField) {
        let item = parameter.type.listItem
        var isText = false
        if case .scalar(let scalar) = item { isText = ![.json, .file].contains(scalar) }
        if case .enumeration? = registry.type(of: item)?.kind { isText = true }
        guard !isText else { return }
        let isList = parameter.type.isArrayType && parameter.kind == .query && !item.isArrayType
        let kind = parameter.kind?.rawValue ?? "query"
        parameter.notes.append("Sent as text: a \(kind) parameter cannot be \(parameter.type) "
                               + "(\(parameter.place.short)).")
        parameter.type = isList ? .array(.scalar(.string)) : .scalar(.string)
    }

    /// Equal but for the names of placeholders.
    static func samePath(_ left: String, _ right: String) -> Bool {
        let a = left.split(separator: "/"), b = right.split(separator: "/")
        return a.count == b.count && zip(a, b).allSatisfy { $0 == $1 || ($0.hasPrefix("{") && $1.hasPrefix("{")) }
    }

    static func placeholders(_ path: String) -> [String] {
        path.split(separator: "/").filter { $0.hasPrefix("{") && $0.hasSuffix("}") }.map { String($0.dropFirst().dropLast()) }
    }

    /// `api.callbell.eu` → Callbell.
    static func apiName(_ baseURL: String) -> String {
        guard let scheme = baseURL.range(of: "://") else { return "API" }
        let host = baseURL[scheme.upperBound...].prefix { $0 != "/" && $0 != ":" }
        let labels = host.split(separator: ".").dropLast().filter { !["api", "www"].contains($0) }
        return labels.last.map { NameCase.pascal(String($0)) } ?? "API"
    }

    static func unique(_ name: String, in taken: inout Set<String>) -> String {
        // `listGroups2` for an identifier, "Sample 2" for a title.
        let separator = name.first?.isLowercase == true ? "" : " "
        var candidate = name
        var number = 2
        while taken.contains(candidate) {
            candidate = "\(name)\(separator)\(number)"
            number += 1
        }
        taken.insert(candidate)
        return candidate
    }
}
