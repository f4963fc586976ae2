import APISpec

/// Form-urlencoded request bodies. apigen writes a form's objects as
/// `name[key]=` (OpenAPI's `deepObject`, as Stripe documents every such
/// field) and its lists either numbered, `name[0]=` (`deepObject` again), or
/// by repeating the name, `name=a&name=b` (a form body's default, `style:
/// form` with `explode`, as Twilio leaves its lists): one way per body. A
/// field the document encodes another way gets a located warning, since the
/// server may not read the way apigen sends it.
enum FormStyle {
    static let mediaType = "application/x-www-form-urlencoded"
    /// The JSON Schema types of a list's items that a repeated name can carry (not `null`: `name=` would be an
    /// empty string, and lint refuses repeated lists of `[T?]`).
    static let plainTypes: Set<String> = ["string", "integer", "number", "boolean"]

    /// How the document encodes one list or object member of a form.
    enum Encoding: Equatable {
        /// `deepObject`.
        case deep
        /// `style: form`, `explode: true`, of a list of plain values.
        case repeated
        /// Anything else (comma, space or pipe delimited lists; an object or
        /// a list of objects in style form).
        case other
    }
}

extension OpenAPIMapper {
    /// How the body's lists are written, warning of each list or object
    /// member the document encodes otherwise: repeated names where the
    /// document leaves a list of plain values in the form default and every
    /// list or object member is a list of plain values not in `deepObject`
    /// (so that the lint's rule on repeated lists holds), else indexed.
    func formLists(_ media: JSONNode, at place: DocumentPlace) -> Body.FormLists? {
        guard let given = media.member("schema"),
              let (schema, schemaPlace) = dereferenced(given, at: place.appending("schema", given)) else { return nil }
        let properties = schema.member("properties")
        let encodings = media.member("encoding")
        var members: [FormMember] = []
        for member in properties?.members ?? [] {
            let propertyPlace = schemaPlace.appending("properties", properties).appending(member.key, member.value)
            guard let (property, _) = dereferenced(member.value, at: propertyPlace) else { continue }
            let kinds = typeNames(of: property)
            guard kinds.contains("array") || kinds.contains("object") else { continue }
            var plainItems = false
            if kinds.contains("array"), let items = property.member("items"),
               let (item, _) = dereferenced(items, at: propertyPlace.appending("items", items)) {
                let itemKinds = typeNames(of: item)
                plainItems = !itemKinds.isEmpty && itemKinds.allSatisfy(FormStyle.plainTypes.contains)
                    && item.bool("nullable") != true
            }
            members.append(FormMember(key: member.key, isList: kinds.contains("array"), plainItems: plainItems,
                                      encoding: encodings?.member(member.key), place: propertyPlace))
        }
        let repeats = members.contains { $0.encoding == .repeated }
            && members.allSatisfy { $0.plainItems && $0.encoding != .deep }
        for member in members where member.encoding != (repeats ? .repeated : .deep) {
            let sent = !member.isList ? "\(member.key)[key]=… (deepObject)"
                : repeats ? "\(member.key)=…&\(member.key)=… (form, explode)" : "\(member.key)[0]=… (deepObject)"
            warn(.formStyle, "form \(member.isList ? "list" : "object") '\(member.key)' is sent as \(sent); "
                 + "the document encodes it in style '\(member.style)'" + (member.given == nil ? " (the default)" : ""),
                 at: member.place)
        }
        return repeats ? .repeated : nil
    }
}

/// A list or object member of a form body, as the document encodes it.
private struct FormMember {
    let key: String
    let isList: Bool
    /// A list of strings, numbers or booleans.
    let plainItems: Bool
    /// The member's entry in the media type's `encoding`.
    let given: JSONNode?
    let place: DocumentPlace

    init(key: String, isList: Bool, plainItems: Bool, encoding: JSONNode?, place: DocumentPlace) {
        self.key = key
        self.isList = isList
        self.plainItems = plainItems
        self.given = encoding
        self.place = place
    }

    var style: String {
        let style = given?.string("style") ?? "form"
        return style == "form" && !explodes ? "form, explode false" : style
    }

    /// OpenAPI's default: `explode` for style form only.
    private var explodes: Bool {
        if let explode = given?.bool("explode") { return explode }
        return (given?.string("style") ?? "form") == "form"
    }

    var encoding: FormStyle.Encoding {
        let style = given?.string("style") ?? "form"
        if style == "deepObject" { return .deep }
        return style == "form" && explodes && plainItems ? .repeated : .other
    }
}
