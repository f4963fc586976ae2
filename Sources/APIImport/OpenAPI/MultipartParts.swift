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
    /// the file its name says it is, with a note. What `encoding` asks that the client does not do is a warning: a
    /// `deepObject` part (left out where it may be), part headers, a media type other than the one the part is sent in.
    func multipartParts(_ object: ObjectType, encoding: JSONNode?, at place: DocumentPlace) -> ObjectType {
        var object = object
        let holdsFile = object.fields.contains { $0.type == .scalar(.file) || $0.type == .array(.scalar(.file)) }
        if !holdsFile, let index = object.fields.firstIndex(where: { $0.name.lowercased() == "file" }),
           object.fields[index].type == .scalar(.string), object.fields[index].constraints == Constraints(),
           object.fields[index].defaultValue == nil {
            object.fields[index].type = .scalar(.file)
            let why = "A file: the document gives this part as text, which cannot carry a file's bytes, and its name "
                + "says it is the upload."
            object.fields[index].note = [object.fields[index].note, why].compactMap { $0 }.joined(separator: " ")
        }
        guard let encoding else { return object }
        let encodingPlace = place.appending("encoding", encoding)
        object.fields = object.fields.filter { field in
            guard let stated = encoding.member(field.name) else { return true }
            let statedPlace = encodingPlace.appending(field.name, stated)
            let kind = partKind(field.type)
            let isList = if case .array = field.type { true } else { false }
            let one = kind == .json ? "a JSON part" : kind == .file ? "a file part" : "a text part"
            let sent = isList ? one + " per item" : one
            if stated.string("style") == "deepObject" {
                let fate = field.isOptional ? "left out" : "sent so here"
                let pairs = "'\(field.name)[\(isList ? "0" : "key")]=…'"
                warn(.formStyle, "'\(field.name)' is written as deepObject pairs (\(pairs)) in the document; a "
                     + "multipart body sends \(sent): \(fate)", at: statedPlace)
                if field.isOptional { return false }
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
            return true
        }
        return object
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
