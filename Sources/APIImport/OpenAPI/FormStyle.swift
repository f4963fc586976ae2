import APISpec

/// Form-urlencoded request bodies. apigen sends a form's lists and objects
/// in one style, `name[0]=` and `name[key]=` (OpenAPI's `deepObject`, as
/// Stripe documents every such field). A document that encodes one in
/// another style (a form body's default, `style: form`, repeats the name:
/// `name=a&name=b`) gets a located warning per field, since the server may
/// not read the other style.
enum FormStyle {
    static let mediaType = "application/x-www-form-urlencoded"
}

extension OpenAPIMapper {
    func warnOfFormStyles(_ media: JSONNode, at place: DocumentPlace) {
        guard let given = media.member("schema"),
              let (schema, schemaPlace) = dereferenced(given, at: place.appending("schema", given)) else { return }
        let properties = schema.member("properties")
        let encodings = media.member("encoding")
        for member in properties?.members ?? [] {
            let propertyPlace = schemaPlace.appending("properties", properties).appending(member.key, member.value)
            guard let (property, _) = dereferenced(member.value, at: propertyPlace) else { continue }
            let kinds = typeNames(of: property)
            guard kinds.contains("array") || kinds.contains("object") else { continue }
            let encoding = encodings?.member(member.key)
            let style = encoding?.string("style") ?? "form"
            guard style != "deepObject" else { continue }
            let what = kinds.contains("array") ? "list" : "object"
            let sent = what == "list" ? "\(member.key)[0]=…" : "\(member.key)[key]=…"
            warn(.formStyle, "form \(what) '\(member.key)' is sent as \(sent) (deepObject); "
                 + "the document encodes it in style '\(style)'" + (encoding == nil ? " (the default)" : ""), at: propertyPlace)
        }
    }
}
