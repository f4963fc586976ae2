import APISpec

/// The headers another 2xx answer than the success documents, read once the success's are.
struct OtherSuccessHeaders {
    /// As the document writes it: `201`, or `2XX` for any success.
    let code: String
    let node: JSONNode
    let place: DocumentPlace
    let names: [String]
}

/// The success answer's headers as the operation's `responseHeaders`: each a text value of a scalar or enum type,
/// which the client reads into a struct of its own on request.
extension OpenAPIMapper {
    /// The headers named in `names` (others, a paged walk's `Link` and CORS headers, are read elsewhere). What the
    /// format cannot read (a list or object, a header described by `content`) is a located warning and left out; so
    /// are limits and defaults, as answers are not checked against them.
    func responseHeaders(_ names: [String], of headers: JSONNode, at place: DocumentPlace,
                         operation: String) -> [Field] {
        var fields: [Field] = []
        var unread: [String] = []
        for name in names {
            guard let node = headers.member(name),
                  let (header, headerPlace) = dereferenced(node, at: place.appending(name, node)) else { continue }
            guard let schema = header.member("schema") else {
                unread.append(name)
                continue
            }
            var mapped = value(of: schema, at: headerPlace.appending("schema", schema),
                               name: NameCase.pascal(operation) + NameCase.pascal(name))
            guard isTextValue(mapped.type) else {
                unread.append(name)
                continue
            }
            var isRequired = header.bool("required") == true
            if mapped.isNullable {
                warn(.nullNotExpressible, "a header is there or not, never null: '\(name)' is optional in the draft",
                     at: headerPlace)
                mapped.isNullable = false
                isRequired = false
            }
            if mapped.constraints != Constraints() || mapped.defaultValue != nil {
                warn(.limitNotExpressible, "the limits and default of response header '\(name)' are left out: the "
                     + "client reads answers as they come", at: headerPlace)
                mapped.constraints = Constraints()
                mapped.defaultValue = nil
                mapped.isClientDefault = false
            }
            if let description = header.string("description") { mapped.description = description }
            if header.bool("deprecated") == true { mapped.isDeprecated = true }
            mapped.isSecret = false
            mapped.isReadOnly = false
            mapped.isWriteOnly = false
            origins[OriginKey.responseHeader(operation, name)] = headerPlace
            fields.append(field(name, mapped, isRequired: isRequired, at: headerPlace))
        }
        if !unread.isEmpty {
            warn(.responseHeaders, "response headers (\(unread.joined(separator: ", "))) hold no single text value "
                 + "(a list, an object, or a header described by 'content'); ResponseHeaders.capturing reads them",
                 at: place)
        }
        return fields
    }

    /// The success answer's headers. A `Link` header is a paged walk where it can be one (unless the export marks it
    /// a header of the spec), else a header as the others are. Returns whether the answer has such a `Link` header.
    func readSuccessHeaders(_ names: [String], of headers: JSONNode, at place: DocumentPlace,
                            into operation: inout Operation, route: String) -> Bool {
        let links = names.filter { name in
            Self.isLinkHeader(name) && headers.member(name)?.bool("x-apigen-responseHeader") != true
        }
        var read = names
        if !links.isEmpty, let paging = linkHeaderPaging(of: operation) {
            operation.pagination = paging
            read.removeAll { links.contains($0) }
        }
        operation.responseHeaders = responseHeaders(read, of: headers, at: place, operation: route)
        return !links.isEmpty
    }

    /// The headers of another 2xx answer than the success: the call's answer may be that one (a 201 beside a 200, a
    /// 202 "not ready" with its `Retry-After`), and the headers struct reads whichever came. A header is required
    /// only where every success answer requires it; one the success answer lacks is optional, with a note.
    func readOtherSuccessHeaders(_ others: [OtherSuccessHeaders], successes: [String], into operation: inout Operation,
                                 route: String) {
        var required: [String: Set<String>] = [:]
        for other in others {
            required[other.code] = Set(other.names.filter { name in
                other.node.member(name).flatMap { dereferenced($0, at: other.place)?.node.bool("required") } == true
            }.map { $0.lowercased() })
        }
        for index in operation.responseHeaders.indices where !operation.responseHeaders[index].isOptional {
            let key = operation.responseHeaders[index].name.lowercased()
            guard let lacking = successes.first(where: { !(required[$0]?.contains(key) ?? false) }) else { continue }
            operation.responseHeaders[index].isOptional = true
            let note = "Required on the \(operation.successStatus) answer; optional here, as the \(lacking) answer "
                + "need not carry it."
            operation.responseHeaders[index].note = [operation.responseHeaders[index].note, note]
                .compactMap { $0 }.joined(separator: " ")
        }
        var known = Set(operation.responseHeaders.map { $0.name.lowercased() })
        // The success's `Link` made the paged walk: another success's is that walk's too, not a header.
        let pagesByLink = operation.pagination?.style == .linkHeader
        for other in others {
            // Headers read already are not read again; two spellings within this answer go to lint, which refuses
            // the second (and the mending leaves it out, with a warning).
            let fresh = other.names.filter { name in
                !known.contains(name.lowercased()) && !(pagesByLink && Self.isLinkHeader(name))
            }
            for var field in responseHeaders(fresh, of: other.node, at: other.place, operation: route) {
                field.isOptional = true
                field.note = [field.note, "Sent on the \(other.code) answer."].compactMap { $0 }.joined(separator: " ")
                operation.responseHeaders.append(field)
                known.insert(field.name.lowercased())
            }
        }
    }

    /// Headers of an answer that is no success (an error, a redirect the call does not follow): not read.
    func warnHeadersNotRead(_ names: [String], of answer: String, at place: DocumentPlace) {
        warn(.responseHeaders, "response headers (\(names.joined(separator: ", "))) of the '\(answer)' answer are not "
             + "read: the spec format states those of the successes (2xx), and a Middleware sees every answer's",
             at: place)
    }

    /// Headers of an error answer, whose body the client may read into `APIError.answered`, which carries them:
    /// decided once the draft is mended (`noteErrorHeaders`), as mending may leave the body unread. A HEAD answer
    /// has no body to read, and a 429 is `APIError.rateLimited`: their headers are warned of at once.
    func deferErrorHeaders(_ names: [String], of answer: String, route: Route, at place: DocumentPlace) {
        guard let code = Self.statusCode(answer), route.method != .HEAD, code != .exact(429) else {
            return warnHeadersNotRead(names, of: answer, at: place)
        }
        errorHeaders.append(ErrorHeaders(operation: route.name, answer: answer, code: code, names: names, place: place))
    }

    /// Notes where the client reads the error answer whose headers the document states (the error carries them),
    /// and warns where it does not (`APIError.status`).
    func noteErrorHeaders(in spec: inout APISpecification) {
        let operationIndex = Dictionary(spec.operations.enumerated().map { ($1.name, $0) },
                                        uniquingKeysWith: { first, _ in first })
        for headers in errorHeaders {
            // An operation left out has been warned of; its headers with it.
            guard let index = operationIndex[headers.operation] else { continue }
            guard spec.operations[index].statuses.contains(where: { $0.code == headers.code && $0.type != nil }) else {
                warnHeadersNotRead(headers.names, of: headers.answer, at: headers.place)
                continue
            }
            let list = headers.names.map { "`\($0)`" }.joined(separator: ", ")
            let rateLimited = headers.code == .range(4) || headers.code == .otherwise
                ? " (but for a 429, which is `.rateLimited`)" : ""
            let note = "Its \(headers.answer) answer's headers (\(list)) come with the error\(rateLimited): "
                + "`catch .answered(let answer)`, then `answer.headers[\"\(headers.names[0])\"]`."
            spec.operations[index].note = [spec.operations[index].note, note].compactMap { $0 }.joined(separator: " ")
        }
        errorHeaders.removeAll()
    }

    /// Mending renamed an operation (`name` + `Operation`): what waits for the mended draft follows it.
    func renameOperation(_ name: String, to newName: String) {
        for index in errorHeaders.indices where errorHeaders[index].operation == name {
            errorHeaders[index].operation = newName
        }
    }

    /// An error answer's headers, until the mended draft says whether the client reads its body.
    struct ErrorHeaders {
        var operation: String
        let answer: String
        let code: StatusCode
        let names: [String]
        let place: DocumentPlace
    }

    /// An empty answer (a 202 "not ready") need not carry what the success answer does: its required headers are
    /// optional in the draft, which a note says.
    func optionalHeadersBesideEmptyAnswers(of operation: inout Operation) {
        guard let empty = operation.emptyAnswerStatuses.first else { return }
        for index in operation.responseHeaders.indices where !operation.responseHeaders[index].isOptional {
            operation.responseHeaders[index].isOptional = true
            let note = "Required on the \(operation.successStatus) answer; optional here, as the \(empty) answer need "
                + "not carry it."
            operation.responseHeaders[index].note = [operation.responseHeaders[index].note, note]
                .compactMap { $0 }.joined(separator: " ")
        }
    }

    /// Another success than the operation's: a 2xx status, or the `2XX` class.
    static func isOtherSuccess(_ key: String, besides success: Int?) -> Bool {
        if let code = Int(key) { return (200..<300).contains(code) && code != success }
        return key.uppercased() == "2XX"
    }

    /// The redirects a download follows to its file (the runtime's `APIClient.downloadExchange`: 301, 302, 303 and
    /// 307; a 308 moves the endpoint itself).
    static func isFollowedRedirect(_ status: Int) -> Bool {
        [301, 302, 303, 307].contains(status)
    }

    /// A scalar or enum: what a header's text can hold.
    private func isTextValue(_ type: TypeReference) -> Bool {
        switch type {
        case .scalar(let scalar): return scalar != .json && scalar != .file
        case .named(let name):
            guard let index = typeIndex[name] else { return false }
            if case .enumeration = types[index].kind { return true }
            return false
        case .array, .map, .orNull: return false
        }
    }
}
