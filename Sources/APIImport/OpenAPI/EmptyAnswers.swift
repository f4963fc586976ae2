import APISpec

/// Successes beside the operation's own that carry nothing to return: GitHub's `204` "not a member" beside a `200`
/// with the membership, its `202` "still computing" beside the statistics. Read as the success, their answers fail
/// to decode; marked empty, the call gives nil on them.
extension OpenAPIMapper {
    /// The 2xx answer `status` (not the success) as an empty answer, or nil when it is read as the success is: its
    /// JSON schema is the success's, or it is bytes beside a success of bytes (a file). A body of another schema or
    /// media type is not read: `lostBody` says where it is, unless it is an object of no properties, which holds
    /// nothing to lose.
    func emptyAnswer(_ status: Int, _ content: [JSONNode.Member], beside success: JSONNode?,
                     at contentPlace: DocumentPlace) -> (status: Int, lostBody: DocumentPlace?)? {
        // A 204 or 205 has no body, whatever the document writes of one.
        guard status != 204, status != 205, !content.isEmpty else { return (status, nil) }
        guard let json = content.first(where: { Self.isJSON($0.key) }) else {
            let successContent = success?.member("content")?.members ?? []
            let successIsFile = !successContent.isEmpty && !successContent.contains { Self.isJSON($0.key) }
            return successIsFile ? nil : (status, contentPlace)
        }
        guard let schema = json.value.member("schema") else {
            // Any JSON: read as the success is where that is any JSON too, else its examples are a body not read.
            let successJSON = success?.member("content")?.members?.first { Self.isJSON($0.key) }
            if let successJSON, successJSON.value.member("schema") == nil { return nil }
            return (status, Self.hasExamples(json.value) ? contentPlace.appending(json.key, json.value) : nil)
        }
        if let successSchema = success.flatMap(Self.jsonSchema), Self.isSameSchema(schema, successSchema) { return nil }
        let mediaPlace = contentPlace.appending(json.key, json.value)
        let schemaPlace = mediaPlace.appending("schema", schema)
        let target = dereferenced(schema, at: schemaPlace)?.node ?? schema
        return (status, isObjectOfNothing(target, closed: false) ? nil : mediaPlace)
    }

    /// Two answers' schemas as written: the same `$ref`, or the same text wherever it stands.
    static func isSameSchema(_ first: JSONNode, _ second: JSONNode) -> Bool {
        if let reference = first.string("$ref") { return reference == second.string("$ref") }
        return first.canonicalText == second.canonicalText
    }

    /// Marks the empty answers where the call returns a value (a page of a walk too, which ends there).
    func markEmptyAnswers(_ answers: [(status: Int, lostBody: DocumentPlace?)], of operation: inout Operation) {
        guard !answers.isEmpty else { return }
        guard operation.successStatus != 204, operation.responseBody != nil else {
            // The call returns nothing, whatever the answer.
            for case let (status, place?) in answers {
                warn(.responseNotExpressible, "the \(status) answer's body is not read: the success has none, so "
                     + "the call returns nothing", at: place)
            }
            return
        }
        for (status, lostBody) in answers {
            guard let index = operation.statuses.firstIndex(where: { $0.code == .exact(status) }) else { continue }
            operation.statuses[index].isEmptyAnswer = true
            if let lostBody {
                warn(.responseNotExpressible, "the \(status) answer's body is not read: it is not the success's "
                     + "schema, so the call gives nil on a \(status)", at: lostBody)
            }
        }
    }
}
