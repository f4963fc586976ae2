import APISpec

/// The parts of a multipart body, read from its schema's properties and its `encoding`.
extension OpenAPIMapper {
    /// What the client sends a part as: text, a file, or JSON.
    private enum PartKind {
        case text, file, json
    }

    /// The fields of a multipart body.
    ///
    /// A document may give its upload as plain text (Stripe's `file` is a string of no format), which a text part
    /// cannot carry a file's bytes in: where no part is a file, the one named `file` that is plain text is taken as
    /// the file its name says it is, with a note (unless the document states its media type). What `encoding` asks
    /// that the client does not do is a warning: a `deepObject` part (left out where it may be), a list sent as one
    /// part (`explode: false`: one text part here), part headers, a media type other than the one the part is sent
    /// in. A part has no null to send: a list's items that may be null hold none in the draft.
    func multipartParts(_ object: ObjectType, encoding: JSONNode?, at place: DocumentPlace,
                        owner: String) -> ObjectType {
        var object = object
        for index in object.fields.indices {
            guard case .array(.orNull(let item)) = object.fields[index].type else { continue }
            let name = object.fields[index].name
            warn(.nullNotExpressible, "a multipart list's items are parts, never null: '\(name)' holds no null in "
                 + "the draft", at: origins[OriginKey.field(owner, name)] ?? place)
            object.fields[index].type = .array(item)
        }
        let holdsFile = object.fields.contains { $0.type == .scalar(.file) || $0.type == .array(.scalar(.file)) }
        if !holdsFile, let index = object.fields.firstIndex(where: { $0.name.lowercased() == "file" }),
           object.fields[index].type == .scalar(.string), object.fields[index].constraints == Constraints(),
           object.fields[index].defaultValue == nil,
           encoding?.member(object.fields[index].name)?.member("contentType") == nil {
            object.fields[index].type = .scalar(.file)
            let why = "A file: the document gives this part as text, which cannot carry a file's bytes, and its name "
                + "says it is the upload."
            object.fields[index].note = [object.fields[index].note, why].compactMap { $0 }.joined(separator: " ")
        }
        guard let encoding else { return object }
        let encodingPlace = place.appending("encoding", encoding)
        object.fields = object.fields.compactMap { field in
            guard let stated = encoding.member(field.name) else { return field }
            let statedPlace = encodingPlace.appending(field.name, stated)
            let kind = partKind(field.type)
            let isList = if case .array = field.type { true } else { false }
            let one = kind == .json ? "a JSON part" : kind == .file ? "a file part" : "a text part"
            let sent = isList ? one + " per item" : one
            // Pairs of members or items: a plain value's deepObject style sends it as it is.
            if stated.string("style") == "deepObject", kind == .json || isList {
                let fate = field.isOptional ? "left out" : "sent so here"
                let pairs = "'\(field.name)[\(isList ? "0" : "key")]=…'"
                warn(.formStyle, "'\(field.name)' is written as deepObject pairs (\(pairs)) in the document; a "
                     + "multipart body sends \(sent): \(fate)", at: statedPlace)
                if field.isOptional { return nil }
            }
            if isList, kind == .text, Self.joinsItems(stated) {
                let style = stated.string("style") ?? "form"
                warn(.formStyle, "list '\(field.name)' is one part of joined items in the document (style '\(style)', "
                     + "explode false); the draft sends it as one text part: the caller joins the items",
                     at: statedPlace)
                var joined = field
                joined.type = .scalar(.string)
                joined.constraints = Constraints()
                joined.defaultValue = nil
                let unchecked = field.constraints == Constraints() ? "" : "; the items' limits are not checked"
                let why = "One part of the list's items joined (style '\(style)', explode false in the document)"
                    + unchecked + "."
                joined.note = [field.note, why].compactMap { $0 }.joined(separator: " ")
                return joined
            }
            if let headers = stated.member("headers"), !(headers.members ?? []).isEmpty {
                let names = (headers.members ?? []).map(\.key).joined(separator: ", ")
                warn(.parameterNotExpressible, "the headers of part '\(field.name)' (\(names)) are not sent: the spec "
                     + "format's parts carry no headers of their own", at: statedPlace.appending("headers", headers))
            }
            if let mediaType = stated.string("contentType"), !Self.partAccepts(kind, mediaType) {
                warn(.requestContentType, "part '\(field.name)' is \(mediaType) in the document; the client sends "
                     + "\(one) (\(kind == .json ? "application/json" : "text/plain"))",
                     at: statedPlace.appending("contentType", stated.member("contentType")))
            }
            return field
        }
        return object
    }

    /// Whether an encoding writes a list's items into one value (`a,b`, `a|b`, `a b`) rather than a part each.
    private static func joinsItems(_ stated: JSONNode) -> Bool {
        let style = stated.string("style") ?? "form"
        guard ["form", "pipeDelimited", "spaceDelimited"].contains(style) else { return false }
        // Only the form style explodes unless told otherwise.
        return !(stated.bool("explode") ?? (style == "form"))
    }

    /// A list is a part per item; a file is a file part, text a text part (enums too), anything else JSON.
    private func partKind(_ type: TypeReference) -> PartKind {
        var item = type
        if case .array(let element) = type { item = element }
        switch item {
        case .scalar(.file): return .file
        case .scalar(.json): return .json
        case .scalar: return .text
        case .named(let name):
            if let index = typeIndex[name], case .enumeration = types[index].kind { return .text }
            return .json
        default: return .json
        }
    }

    /// Whether a part the client sends as `kind` is in the media type the document states (a file's is the caller's).
    private static func partAccepts(_ kind: PartKind, _ mediaType: String) -> Bool {
        switch kind {
        case .file: true
        case .json: isJSON(mediaType)
        case .text: mediaType.lowercased().hasPrefix("text/plain")
        }
    }
}
