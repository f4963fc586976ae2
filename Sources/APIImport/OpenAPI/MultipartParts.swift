import APISpec

/// The parts of a multipart body, read from its schema's properties.
extension OpenAPIMapper {
    /// The fields of a multipart body. A document may give its upload as plain text (Stripe's `file` is a string of
    /// no format), which a text part cannot carry a file's bytes in. Where no part is a file, the one named `file`
    /// that is plain text is taken as the file its name says it is, with a note.
    static func multipartParts(_ object: ObjectType) -> ObjectType {
        var object = object
        let holdsFile = object.fields.contains { $0.type == .scalar(.file) || $0.type == .array(.scalar(.file)) }
        guard !holdsFile, let index = object.fields.firstIndex(where: { $0.name.lowercased() == "file" }),
              object.fields[index].type == .scalar(.string), object.fields[index].constraints == Constraints(),
              object.fields[index].defaultValue == nil else { return object }
        object.fields[index].type = .scalar(.file)
        let why = "A file: the document gives this part as text, which cannot carry a file's bytes, and its name says "
            + "it is the upload."
        object.fields[index].note = [object.fields[index].note, why].compactMap { $0 }.joined(separator: " ")
        return object
    }
}
