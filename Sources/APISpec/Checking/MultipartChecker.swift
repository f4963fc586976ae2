/// Checks of a multipart body: its parts are the fields it lists in place.
extension SpecChecker {
    /// A field is a part, a list a part per item: text, a file, or JSON (an object, a map, a union, `json`). A part
    /// has no `null` to send, and a file is a part of its own, never inside another value.
    mutating func checkMultipart(_ body: Body, _ path: JSONPath) {
        guard case .fields(let object) = body.shape, !object.fields.isEmpty else {
            sink.error(.multipartFieldsRequired, "a multipart body lists its parts as 'fields'", at: body.location,
                       path)
            return
        }
        for (index, field) in object.fields.enumerated() {
            let fieldPath = path.key("fields").index(index)
            var item = field.type
            if case .array(let element) = item { item = element }
            if case .orNull = item {
                sink.error(.nullableNotApplicable, "a multipart list's items are parts, which cannot be null, but "
                           + "'\(field.name)' is \(field.type)", at: field.location, fieldPath.key("type"))
            } else if field.type.leaf == .scalar(.file), item != .scalar(.file) {
                sink.error(.fileOutsideMultipart, "a multipart field holds files as file or [file] (a part per file), "
                           + "not \(field.type)", at: field.location, fieldPath.key("type"))
            }
            if field.isInline {
                sink.error(.inlineNotApplicable, "a multipart field cannot be an inline union", at: field.location,
                           fieldPath)
            }
            if field.isNullable {
                sink.error(.nullableNotApplicable, "a multipart field cannot be null", at: field.location,
                           fieldPath.key("nullable"))
            }
            if field.isOneOrMany {
                // It reads an answer's single item as a list; a part is sent, never read.
                sink.error(.oneOrManyNotApplicable, "'oneOrMany' applies to JSON body fields, not multipart fields",
                           at: field.location, fieldPath.key("oneOrMany"))
            }
        }
        if !object.rules.isEmpty {
            sink.error(.rulesNotApplicable, "a multipart body cannot have rules", at: body.location, path.key("rules"))
        }
    }
}
