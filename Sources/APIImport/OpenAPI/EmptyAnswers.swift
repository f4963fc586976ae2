import APISpec

/// Successes beside the operation's own that carry nothing to return: GitHub's `204` "not a member" beside a `200`
/// with the membership, its `202` "still computing" beside the statistics. Read as the success, their answers fail
/// to decode; marked empty, the call gives nil on them.
extension OpenAPIMapper {
    /// The 2xx answer `status` (not the success) as an empty answer, or nil when it is read as the success is (its
    /// JSON schema is the success's). A body of another schema is not read: `lostBody` says where it is, unless it
    /// is an object of no properties, which holds nothing to lose.
    func emptyAnswer(_ status: Int, _ json: JSONNode.Member?, _ successSchema: JSONNode?,
                     at contentPlace: DocumentPlace) -> (status: Int, lostBody: DocumentPlace?)? {
        // A 204 or 205 has no body, whatever the document writes of one.
        guard status != 204, status != 205, let json, let schema = json.value.member("schema") else {
            return (status, nil)
        }
        if let successSchema, Self.isSameSchema(schema, successSchema) { return nil }
        let mediaPlace = contentPlace.appending(json.key, json.value)
        let schemaPlace = mediaPlace.appending("schema", schema)
        let target = dereferenced(schema, at: schemaPlace)?.node ?? schema
        let holdsNothing = typeNames(of: target) == ["object"] && (target.member("properties")?.members ?? []).isEmpty
            && target.member("additionalProperties")?.value != .bool(true)
            && target.member("additionalProperties")?.members == nil
            && !["allOf", "oneOf", "anyOf", "items"].contains { target.member($0) != nil }
        return (status, holdsNothing ? nil : mediaPlace)
    }

    /// Two answers' schemas as written: the same `$ref`, or the same text wherever it stands.
    static func isSameSchema(_ first: JSONNode, _ second: JSONNode) -> Bool {
        if let reference = first.string("$ref") { return reference == second.string("$ref") }
        return first.canonicalText == second.canonicalText
    }

    /// Marks the empty answers where the call's result can be nil: a JSON answer that is not walked page by page.
    /// Elsewhere they stay plain statuses, as a lost body's warning says.
    func markEmptyAnswers(_ answers: [(status: Int, lostBody: DocumentPlace?)], of operation: inout Operation,
                          at responsesPlace: DocumentPlace) {
        guard !answers.isEmpty, operation.successStatus != 204, let body = operation.responseBody else { return }
        let isFile = if case .type(.scalar(.file)) = body.shape { true } else { false }
        let why = isFile ? "the answer is a file, returned as its bytes even when there are none"
            : operation.pagination != nil ? "a paged walk reads every answer as a page" : nil
        if let why {
            for case let (status, place?) in answers {
                warn(.responseNotExpressible, "the \(status) answer's body is not read: \(why); the call reads the "
                     + "answer as the success", at: place)
            }
            let codes = answers.map { String($0.status) }.joined(separator: ", ")
            if !isFile {
                warn(.responseNotExpressible, "answers \(codes) carry nothing to return, and \(why); the call "
                     + "reads them as the success, and fails to decode a body they lack", at: responsesPlace)
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
