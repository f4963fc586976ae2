import APIGenerator
import APISpec

/// Request bodies, answers by status, and the examples of both as samples.
extension OpenAPIMapper {
    /// What an operation sends and gets back.
    func bodies(_ route: Route, into operation: inout Operation, notes: inout [String]) {
        var requestExamples: [(title: String, node: JSONNode)] = []
        var responseExamples: [(title: String, node: JSONNode)] = []
        if let node = route.node.member("requestBody"), let (body, place) = dereferenced(node, at: route.place.appending("requestBody", node)) {
            if let kinds = Self.fileMediaTypes(of: body) {
                // Bytes in their own media type (a release asset, an avatar, a chunk of an upload): the client sends
                // a `FileUpload` whole, with the media type it names.
                let content = place.appending("content", body.member("content"))
                operation.requestBody = Body(shape: .type(.scalar(.file)), description: body.string("description"),
                                             location: content.location)
                origins[OriginKey.body(route.name, request: true)] = content
                if kinds != ["application/octet-stream"] {
                    notes.append("Its body is a file (\(kinds.joined(separator: ", "))): the client sends the bytes "
                                 + "it is given, in the media type their FileUpload names.")
                }
            } else if let (contentType, media, mediaPlace) = requestMedia(body, at: place), !holdsNothing(media) {
                operation.requestBody = self.body(media, at: mediaPlace, contentType: contentType,
                                                  owner: SwiftNamer.typeName(route.name) + "Request", description: body.string("description"))
                origins[OriginKey.body(route.name, request: true)] = mediaPlace
                requestExamples = examples(of: media, at: mediaPlace)
                if contentType == .form { operation.requestBody?.formLists = formLists(media, at: mediaPlace) }
                if body.bool("required") == false, route.node.member("x-apigen-note") == nil {
                    notes.append("The document marks the body optional; the client always sends one.")
                }
            }
        }
        guard let responses = route.node.member("responses") else { return }
        let responsesPlace = route.place.appending("responses", responses)
        let members = responses.members ?? []
        let successes = members.compactMap { member in Int(member.key).flatMap { (200..<300).contains($0) ? $0 : nil } }
        // The lowest 2xx, unless the export marks another as the spec's success (a 201 beside a 200 it documents).
        let marked = members.first { member in
            member.value.bool("x-apigen-success") == true && successes.contains(Int(member.key) ?? -1)
        }
        let success = marked.flatMap { Int($0.key) } ?? successes.min()
        // Another 2xx answer of the success answer's own schema is read as it is: no body is lost.
        let successAnswer = members.first { Int($0.key) == success }.flatMap { member in
            dereferenced(member.value, at: responsesPlace.appending(member.key, member.value))?.node
        }
        let successSchema = successAnswer.flatMap(Self.jsonSchema)
        // A GET answered only by a redirect (GitHub's archives and logs): a download follows it, so the call gets
        // the file it leads to, which the document does not describe.
        let answersSuccess = members.contains { Self.isOtherSuccess($0.key, besides: nil) }
        let redirect = !answersSuccess && route.method == .GET
            ? members.compactMap { Int($0.key) }.first(where: Self.isFollowedRedirect) : nil
        // Headers of redirects a download follows to its file: no caller sees them, which a note says; on a call
        // that returns no file they are warned of as other answers' headers are.
        var redirectHeaders: [(code: Int, names: [String], place: DocumentPlace)] = []
        // Other successes with nothing to return (no body, or one of another schema): the call gives nil on them
        // where it returns something (decided once the success answer is known).
        var emptyAnswers: [(status: Int, lostBody: DocumentPlace?)] = []
        var unread: [String] = []
        var errorSamples: [(sample: Sample, place: DocumentPlace)] = []
        var successHeaders: (node: JSONNode, place: DocumentPlace, names: [String])?
        var otherSuccessHeaders: [OtherSuccessHeaders] = []
        for member in members {
            let place = responsesPlace.appending(member.key, member.value)
            guard let (response, _) = dereferenced(member.value, at: place) else { continue }
            let description = response.string("description") ?? ""
            if let headers = response.member("headers") {
                var names = (headers.members ?? []).map(\.key)
                let headersPlace = place.appending("headers", headers)
                noteCORSHeaders(names.filter(Self.isCORSHeader), at: headersPlace)
                names.removeAll(where: Self.isCORSHeader)
                if Int(member.key) == success {
                    // Read once the walk is known: a `Link` header may be it.
                    successHeaders = (headers, headersPlace, names)
                } else if let code = Int(member.key), Self.isFollowedRedirect(code), !names.isEmpty {
                    redirectHeaders.append((code, names, headersPlace))
                } else if Self.isOtherSuccess(member.key, besides: success) {
                    otherSuccessHeaders.append(OtherSuccessHeaders(code: member.key, node: headers, place: headersPlace,
                                                                   names: names))
                } else if !names.isEmpty {
                    deferErrorHeaders(names, of: member.key, route: route, at: headersPlace)
                }
            }
            guard let code = Self.statusCode(member.key), !operation.statuses.contains(where: { $0.code == code }) else {
                warn(.responseNotExpressible,
                     "the '\(member.key)' answer is not a status the spec format can state; its description and body are left out",
                     at: place)
                continue
            }
            let content = response.member("content").flatMap(\.members) ?? []
            let contentPlace = place.appending("content", response.member("content"))
            if code == .exact(success ?? -1) {
                operation.successStatus = success ?? 200
                if description != "Success." { operation.statuses.append(Status(code: code, description: description)) }
                guard !content.isEmpty else { continue }
                let kinds = content.map(\.key).joined(separator: ", ")
                if route.method == .HEAD {
                    // A HEAD answer has headers alone, whatever the document writes of its body.
                    warn(.responseContentType, "an answer in \(kinds) to a HEAD has no body in the spec format; it is "
                         + "left out", at: contentPlace)
                    continue
                }
                guard let json = content.first(where: { Self.isJSON($0.key) }) else {
                    // Not JSON (an archive, an image, a page of text): the client returns the bytes as they come.
                    if success == 204 {
                        warn(.responseContentType, "an answer in \(kinds) to a 204 has no body in the spec format; "
                             + "it is left out", at: contentPlace)
                    } else {
                        operation.responseBody = Body(shape: .type(.scalar(.file)), location: contentPlace.location)
                        if kinds != "application/octet-stream" {
                            notes.append("Its answer is a file (\(kinds)): the client returns its bytes as they come.")
                        }
                    }
                    continue
                }
                if success == 204 {
                    // An empty schema (`{}`, as Jira gives its 204s) says nothing a 204 could lose.
                    let schema = json.value.member("schema")
                    if !(schema?.members?.isEmpty ?? false) || Self.hasExamples(json.value) {
                        warn(.responseNotExpressible, "a 204 answer has no body in the spec format; its schema is left out",
                             at: contentPlace)
                    }
                    continue
                }
                let mediaPlace = contentPlace.appending(json.key, json.value)
                operation.responseBody = body(json.value, at: mediaPlace, contentType: .json,
                                              owner: SwiftNamer.typeName(route.name) + "Response", description: nil)
                origins[OriginKey.body(route.name, request: false)] = mediaPlace
                responseExamples = examples(of: json.value, at: mediaPlace)
            } else {
                var status = Status(code: code, description: description == "HTTP \(code)." ? "" : description)
                let json = content.first { Self.isJSON($0.key) && $0.value.member("schema") != nil }
                if case .exact(let number) = code, (200..<300).contains(number) {
                    // Read as the success is, or an empty answer (a body it has is not read).
                    if let empty = emptyAnswer(number, content, beside: successAnswer, at: contentPlace) {
                        emptyAnswers.append(empty)
                    }
                } else if let json, code.isError {
                    let mediaPlace = contentPlace.appending(json.key, json.value)
                    let schema = json.value.member("schema")!
                    let suffix = code == .otherwise ? "Default" : code.description
                    let name = SwiftNamer.typeName(route.name) + "Error" + suffix
                    status.type = value(of: schema, at: mediaPlace.appending("schema", schema), name: name).type
                    origins[OriginKey.status(route.name, code)] = mediaPlace
                    errorSamples += errorExamples(of: json.value, at: mediaPlace, code: code)
                } else if content.contains(where: { $0.value.member("schema") != nil }),
                          code.isError || !(json?.value.member("schema").flatMap { schema in
                              successSchema.map { Self.isSameSchema(schema, $0) } } ?? false) {
                    unread.append(member.key)
                } else if code.isError,
                          let json = content.first(where: { Self.isJSON($0.key) && Self.hasExamples($0.value) }) {
                    // JSON without a schema is any JSON: typed so, its examples are samples its client decodes.
                    let mediaPlace = contentPlace.appending(json.key, json.value)
                    status.type = .scalar(.json)
                    origins[OriginKey.status(route.name, code)] = mediaPlace
                    errorSamples += errorExamples(of: json.value, at: mediaPlace, code: code)
                }
                operation.statuses.append(status)
            }
        }
        if !unread.isEmpty {
            let first = responsesPlace.appending(unread[0], responses.member(unread[0]))
            warn(.responseNotExpressible, "the bodies of answers \(unread.joined(separator: ", ")) are not read "
                 + "(a success of another type than the first, or not JSON); they are kept as statuses", at: first)
        }
        let hasLinkHeader = successHeaders.map { headers, place, names in
            readSuccessHeaders(names, of: headers, at: place, into: &operation, route: route.name)
        } ?? false
        if !hasLinkHeader, let paging = nextLinkPaging(of: operation), let link = paging.nextLink {
            operation.pagination = paging
            notes.append("Paged by its answer's '\(link)', which its name says is the next page's address (absent or "
                         + "null on the last page); the document does not say so otherwise.")
        }
        if let redirect {
            operation.responseBody = Body(shape: .type(.scalar(.file)), location: responsesPlace.location)
            notes.append("Its documented answer is a \(redirect) redirect to what it returns: the call follows it "
                         + "(without the API's credentials) and returns the file it leads to.")
        }
        for (code, names, place) in redirectHeaders {
            let list = names.joined(separator: ", ")
            if operation.responseBody?.shape == .type(.scalar(.file)) {
                notes.append("Its \(code) answer's headers (\(list)) are not seen by the caller: a download follows the "
                             + "redirect to the file.")
            } else {
                warnHeadersNotRead(names, of: String(code), at: place)
            }
        }
        markEmptyAnswers(emptyAnswers, of: &operation)
        let otherSuccesses = members.map(\.key).filter { Self.isOtherSuccess($0, besides: success) }
        readOtherSuccessHeaders(otherSuccessHeaders, successes: otherSuccesses, into: &operation, route: route.name)
        optionalHeadersBesideEmptyAnswers(of: &operation)
        operation.samples = samples(requestExamples, responseExamples, operation: operation, at: route.place)
        // An error answer's examples come after, titled apart from the others (`Not found (404)` where taken).
        for (sample, place) in errorSamples {
            var sample = sample
            if operation.samples.contains(where: { $0.title == sample.title }) { sample.title += " (\(sample.status ?? 0))" }
            origins[OriginKey.sample(operation.name, sample.title)] = place
            operation.samples.append(sample)
        }
    }

    /// A body whose schema is an object of no properties and no other keys (Stripe's GET and DELETE operations
    /// each document one): it sends nothing, so the operation has no body, rather than a body of any JSON to fill.
    private func holdsNothing(_ media: JSONNode) -> Bool {
        media.member("schema").map { isObjectOfNothing($0, closed: true) } ?? false
    }

    /// A schema of an object with no properties and no shape besides: `closed`, it also states
    /// `additionalProperties: false` (a body to send, where an open object could be any JSON); else it only states
    /// no other keys' schema (an answer, whose undocumented keys the client would not read anyway).
    func isObjectOfNothing(_ schema: JSONNode, closed: Bool) -> Bool {
        let shaping: Set<String> = ["allOf", "oneOf", "anyOf", "items", "$ref", "not"]
        let others = schema.member("additionalProperties")
        let otherKeys = closed ? others?.value == .bool(false) : others?.value != .bool(true) && others?.members == nil
        return typeNames(of: schema) == ["object"] && (schema.member("properties")?.members ?? []).isEmpty && otherKeys
            && !(schema.members ?? []).contains { shaping.contains($0.key) }
    }

    static func hasExamples(_ media: JSONNode) -> Bool {
        media.member("example") != nil || !(media.member("examples")?.members ?? []).isEmpty
    }

    /// An answer's JSON schema, as written (a `$ref` is not followed).
    static func jsonSchema(_ response: JSONNode) -> JSONNode? {
        response.member("content")?.members?.first { isJSON($0.key) }?.value.member("schema")
    }

    /// `404`, `4XX` or `default` (in any case); nil for anything else.
    static func statusCode(_ key: String) -> StatusCode? {
        if let number = Int(key) { return (100..<600).contains(number) ? .exact(number) : nil }
        let text = key.uppercased() == "DEFAULT" ? "default" : key.uppercased()
        guard let code = StatusCode(text: text), code != .range(0), code <= .range(5) || code == .otherwise else { return nil }
        return code
    }

    static func isJSON(_ mediaType: String) -> Bool {
        let base = mediaType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return base == "application/json" || base.hasSuffix("+json")
    }

    static func isForm(_ mediaType: String) -> Bool {
        mediaType.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() == FormStyle.mediaType
    }

    /// The media types of a request body that is none of JSON, multipart or a form (nil when it is one, or has none).
    static func fileMediaTypes(of body: JSONNode) -> [String]? {
        let kinds = (body.member("content")?.members ?? []).map(\.key)
        let structured = kinds.contains { isJSON($0) || isForm($0) || $0.lowercased().hasPrefix("multipart/form-data") }
        return kinds.isEmpty || structured ? nil : kinds
    }

    /// The request's media: JSON, else multipart, else form-urlencoded; a body of no media type is a warning.
    private func requestMedia(_ body: JSONNode, at place: DocumentPlace) -> (Body.ContentType, JSONNode, DocumentPlace)? {
        let content = body.member("content")
        let contentPlace = place.appending("content", content)
        let media = content?.members ?? []
        if let json = media.first(where: { Self.isJSON($0.key) }) { return (.json, json.value, contentPlace.appending(json.key, json.value)) }
        if let form = media.first(where: { $0.key.lowercased().hasPrefix("multipart/form-data") }) {
            return (.multipart, form.value, contentPlace.appending(form.key, form.value))
        }
        if let form = media.first(where: { Self.isForm($0.key) }) {
            return (.form, form.value, contentPlace.appending(form.key, form.value))
        }
        warn(.requestContentType, "a request body in \(media.map(\.key).joined(separator: ", ")) is not one the spec format sends "
             + "(JSON, multipart or form-urlencoded); the operation has no body", at: contentPlace)
        return nil
    }

    /// A body: fields written in place, or a type.
    private func body(_ media: JSONNode, at place: DocumentPlace, contentType: Body.ContentType, owner: String, description: String?) -> Body {
        guard let given = media.member("schema") else {
            return Body(contentType: contentType, shape: .type(.scalar(.json)), description: description, location: place.location)
        }
        var (schema, schemaPlace) = (given, place.appending("schema", given))
        // A form's parts are fields of the body itself, wherever its schema is written.
        if contentType == .multipart, let (target, targetPlace) = dereferenced(schema, at: schemaPlace) {
            (schema, schemaPlace) = (target, targetPlace)
        }
        if schema.string("$ref") == nil, willBeNamed(schema), typeNames(of: schema) == ["object"] || schema.member("allOf") != nil,
           schema.member("oneOf") == nil, schema.member("anyOf") == nil {
            var object = inlineObject(schema, at: schemaPlace, owner: owner)
            if contentType == .multipart {
                object = multipartParts(object, encoding: media.member("encoding"), at: place, owner: owner)
            }
            return Body(contentType: contentType, shape: .fields(object), description: description,
                        location: place.location)
        }
        let mapped = value(of: schema, at: schemaPlace, name: owner + "Body")
        return Body(contentType: contentType, shape: .type(mapped.type), description: description, location: place.location)
    }

    /// A media object's examples, by title: `examples` (references followed), or the single `example`.
    private func examples(of media: JSONNode, at place: DocumentPlace) -> [(title: String, node: JSONNode)] {
        if let single = media.member("example") {
            examplePlaces["Example"] = place.appending("example", single)
            return [("Example", Self.unwrapped(single))]
        }
        let examples = media.member("examples")
        var found: [(title: String, node: JSONNode)] = []
        for member in examples?.members ?? [] {
            let examplePlace = place.appending("examples", examples).appending(member.key, member.value)
            guard let (example, _) = dereferenced(member.value, at: examplePlace) else { continue }
            if let value = example.member("value") {
                found.append((member.key, Self.unwrapped(value)))
                examplePlaces[member.key] = examplePlace
            } else if example.member("externalValue") != nil {
                warn(.externalExample, "an example in another file ('externalValue') is not read", at: examplePlace)
            }
        }
        return found
    }

    /// An error answer's examples as samples of its status: an exact status's own, or the one an example under a class
    /// or `default` states in `x-apigen-status` (as the export writes it); any other is not a sample.
    private func errorExamples(of media: JSONNode, at place: DocumentPlace,
                               code: StatusCode) -> [(sample: Sample, place: DocumentPlace)] {
        var found: [(sample: Sample, place: DocumentPlace)] = []
        if let single = media.member("example") {
            guard case .exact(let status) = code else {
                warn(.sampleLeftOut, "the example of the '\(code)' answer is not a sample: a sample shows one status, "
                     + "and the example does not say which", at: place.appending("example", single))
                return []
            }
            var sample = Sample(title: "Example \(status)", response: Self.unwrapped(single).compactText)
            sample.status = status
            return [(sample, place.appending("example", single))]
        }
        let examples = media.member("examples")
        for member in examples?.members ?? [] {
            let examplePlace = place.appending("examples", examples).appending(member.key, member.value)
            guard let (example, _) = dereferenced(member.value, at: examplePlace),
                  let value = example.member("value") else { continue }
            let stated = example.integer("x-apigen-status")
            let status: Int? = if case .exact(let number) = code { number } else { stated }
            guard let status else {
                warn(.sampleLeftOut, "example '\(member.key)' of the '\(code)' answer is not a sample: a sample shows "
                     + "one status, and the example does not say which (x-apigen-status)", at: examplePlace)
                continue
            }
            var sample = Sample(title: member.key, response: Self.unwrapped(value).compactText)
            sample.status = status
            found.append((sample, examplePlace))
        }
        return found
    }

    /// An example written as a string of JSON text (as some documents do for objects and lists) is that JSON,
    /// every value of it placed at the string (its own lines count from the string, not the document).
    static func unwrapped(_ example: JSONNode) -> JSONNode {
        guard let text = example.stringValue, let first = text.first(where: { !$0.isWhitespace }), first == "{" || first == "[",
              let parsed = try? JSONParser.parse(text) else { return example }
        return placed(parsed, at: example.location)
    }

    private static func placed(_ node: JSONNode, at location: SourceLocation) -> JSONNode {
        var moved = node
        moved.location = location
        switch node.value {
        case .array(let items): moved.value = .array(items.map { placed($0, at: location) })
        case .object(let members):
            moved.value = .object(members.map {
                JSONNode.Member(key: $0.key, keyLocation: location, value: placed($0.value, at: location))
            })
        default: break
        }
        return moved
    }

    /// Request and response examples as samples: those of one title are one sample, in the requests' order.
    private func samples(_ requests: [(title: String, node: JSONNode)], _ responses: [(title: String, node: JSONNode)],
                         operation: Operation, at place: DocumentPlace) -> [Sample] {
        var samples: [Sample] = []
        var pendingResponses = operation.responseBody == nil ? [] : responses
        for (examples, isRequest) in [(requests, true), (pendingResponses, false)] {
            for example in examples {
                let key = OriginKey.sampleValue(operation.name, example.title, request: isRequest)
                if sampleValues[key] == nil { sampleValues[key] = example.node }
            }
        }
        var requests = requests
        if let body = operation.requestBody, body.contentType == .form || body.contentType == .multipart {
            requests = requests.map { ($0.title, formExample($0.node, of: body)) }
        }
        for request in operation.requestBody == nil ? [] : requests {
            // Answers before their request's match come first, as the export wrote them.
            if let index = pendingResponses.firstIndex(where: { $0.title == request.title }) {
                for response in pendingResponses[..<index] { samples.append(Sample(title: response.title, response: response.node.compactText)) }
                let response = pendingResponses[index]
                pendingResponses.removeFirst(index + 1)
                samples.append(Sample(title: request.title, request: request.node.compactText, response: response.node.compactText))
            } else {
                samples.append(Sample(title: request.title, request: request.node.compactText))
            }
        }
        samples += pendingResponses.map { Sample(title: $0.title, response: $0.node.compactText) }
        for sample in samples { origins[OriginKey.sample(operation.name, sample.title)] = examplePlaces[sample.title] ?? place }
        examplePlaces = [:]
        return samples
    }
}
