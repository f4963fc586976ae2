import APIExport
import APISpec

/// What the document says of the whole API: its name and prose, its server,
/// and the webhooks it posts.
extension OpenAPIMapper {
    /// The API's short name: `--name`, the export's own, or the title's words.
    func apiName(given: String?) -> String {
        if let given { return given }
        let info = document.root.member("info")
        if let exported = info?.string("x-apigen-name") { return exported }
        let title = NameCase.typeName(info?.string("title") ?? "API")
        return title == "Value" ? "API" : title
    }

    /// The description, and the notes the export appended to it.
    func prose() -> (title: String?, description: String, notes: [String]) {
        let info = document.root.member("info")
        var description = info?.string("description") ?? ""
        let notes = info?.member("x-apigen-notes")?.elements?.compactMap(\.stringValue) ?? []
        let appended = OpenAPIExporter.notes(notes)
        if !notes.isEmpty, description.hasSuffix(appended) { description = String(description.dropLast(appended.count)) }
        return (info?.string("title"), description, notes)
    }

    /// The export's `x-apigen-acknowledged`, as written.
    func acknowledgements() -> [Acknowledgement] {
        (document.root.member("x-apigen-acknowledged")?.elements ?? []).compactMap { node in
            guard let code = node.string("code").flatMap(DiagnosticCode.init(rawValue:)), let place = node.string("at") else { return nil }
            return Acknowledgement(code: code, place: place, reason: node.string("reason") ?? "")
        }
    }

    /// The first server's URL, its variables replaced by their defaults.
    func baseURL() -> String {
        let servers = document.root.member("servers")
        guard let server = servers?.elements?.first, var url = server.string("url") else {
            warn(.serverURL, "the document names no server; the draft's baseURL is a placeholder to replace",
                 at: DocumentPlace(pointer: "#", location: document.root.location))
            return "https://api.example.invalid"
        }
        let place = DocumentPlace(pointer: "#/servers/0", location: server.location)
        for variable in server.member("variables")?.members ?? [] {
            if let value = variable.value.string("default") { url = url.replacingOccurrences(of: "{\(variable.key)}", with: value) }
        }
        if url.contains("{") {
            warn(.serverURL, "the server URL '\(url)' keeps a variable with no default", at: place)
        }
        if !url.contains("://") {
            warn(.serverURL, "the server URL '\(url)' is relative to where the document is served; set the draft's baseURL to the full URL",
                 at: place)
        }
        if (servers?.elements?.count ?? 0) > 1 {
            let others = (servers?.elements ?? []).dropFirst().compactMap { $0.string("url") }
            warn(.serverURL, "the draft takes the first server; \(others.joined(separator: ", ")) \(others.count == 1 ? "is" : "are") not kept",
                 at: DocumentPlace(pointer: "#/servers/1", location: servers?.elements?[1].location ?? place.location))
        }
        return url
    }

    /// 3.1 `webhooks`: one webhook is the API's webhook payload; more are a warning.
    func webhooks() -> Webhooks? {
        guard let hooks = document.root.member("webhooks"), let entries = hooks.members, !entries.isEmpty else { return nil }
        let place = DocumentPlace(pointer: "#/webhooks", location: hooks.location)
        guard entries.count == 1 else {
            warn(.webhooksNotExpressible, "the spec format has one webhook payload; the document's \(entries.count) webhooks are not imported",
                 at: place)
            return nil
        }
        let hookPlace = place.appending(entries[0].key, entries[0].value)
        guard let (item, _) = dereferenced(entries[0].value, at: hookPlace), let post = item.member("post"),
              let body = post.member("requestBody"), let (request, _) = dereferenced(body, at: hookPlace.appending("post", post)),
              let media = request.member("content")?.members?.first(where: { Self.isJSON($0.key) })?.value,
              let schema = media.member("schema") else {
            warn(.webhooksNotExpressible, "a webhook that is not a POST of JSON is not imported", at: hookPlace)
            return nil
        }
        let payload = value(of: schema, at: hookPlace.appending("post", post), name: NameCase.typeName(entries[0].key) + "Payload")
        let header = (post.member("parameters")?.elements ?? []).first { $0.string("in") == "header" }?.string("name")
        let samples = (media.member("examples")?.members ?? []).compactMap { member in
            member.value.member("value").map { Sample(title: member.key, response: $0.compactText) }
        }
        return Webhooks(payload: payload.type, tokenHeader: header, validationParameter: post.string("x-apigen-validationParameter"),
                        samples: samples, location: hookPlace.location)
    }
}
