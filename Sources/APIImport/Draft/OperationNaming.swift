/// An operation's name from its method and path: `GET /groups` → listGroups,
/// `GET /groups/{groupId}` → getGroup, `PUT /groups/{id}/subscribers/add` →
/// addSubscribers, `POST /messages/send` → sendMessages.
extension DraftBuilder {
    static let verbs: Set<String> = ["add", "remove", "send", "generate", "login", "upload", "search", "cancel", "update", "delete", "create", "get", "list"]

    static func operationName(_ method: String, _ path: String) -> String {
        let segments = path.split(separator: "/").map(String.init)
        let words = segments.filter { !$0.hasPrefix("{") }
        let endsWithPlaceholder = segments.last?.hasPrefix("{") ?? false
        guard var resource = words.last else { return method.lowercased() + "Root" }
        if verbs.contains(resource.lowercased()), words.count >= 2 {
            return resource.lowercased() + NameCase.pascal(words[words.count - 2])
        }
        if words.count >= 2, !endsWithPlaceholder, ["summary", "status", "details"].contains(resource.lowercased()) {
            resource = words[words.count - 2] + NameCase.pascal(resource)
        }
        let singular = NameCase.pascal(NameCase.singular(resource))
        switch method {
        case "GET": return endsWithPlaceholder || singular == NameCase.pascal(resource) ? "get" + singular : "list" + NameCase.pascal(resource)
        case "POST": return endsWithPlaceholder ? "post" + singular : "create" + singular
        case "PUT", "PATCH": return "update" + (endsWithPlaceholder ? singular : NameCase.pascal(resource))
        case "DELETE": return "delete" + singular
        default: return method.lowercased() + singular
        }
    }
}
