import APISpec

/// How calls authenticate, from what the pages show: `Authorization:
/// Bearer` in examples or request-header tables, or a header most operations take whose value one
/// operation returns (Kaizala's `accessToken`). The header then leaves the
/// operations' parameters; the operations without it are marked
/// unauthenticated.
extension DraftSpec {
    mutating func inferAuth() {
        if operations.contains(where: \.usesBearer) {
            let why = "Inferred: the docs send Authorization: Bearer <token> (in their examples or request headers)."
            auth = AuthScheme(kind: .bearer, description: why)
            for index in operations.indices {
                operations[index].parameters.removeAll { $0.kind == .header && $0.name.lowercased() == "authorization" }
            }
            return
        }
        var counts: [String: Int] = [:]
        for operation in operations {
            for parameter in operation.parameters where parameter.kind == .header { counts[parameter.name, default: 0] += 1 }
        }
        let candidates = counts.filter { $0.value * 2 > operations.count }.keys.sorted()
        for header in candidates {
            guard let tokenIndex = operations.firstIndex(where: { operation in
                operation.responseFields?.contains { $0.name == header } == true && !operation.parameters.contains { $0.name == header }
            }) else { continue }
            let token = operations[tokenIndex]
            let answer = token.responseFields ?? []
            let instants: [TypeReference] = [.scalar(.epochMillis), .scalar(.epochSeconds), .scalar(.dateTime)]
            let expiry = answer.first { $0.name.lowercased().contains("expir") && instants.contains($0.type) }
            let endpoint = answer.first { field in
                field.name.lowercased().contains("endpoint") && [.scalar(.string), .scalar(.url)].contains(field.type)
            }
            let refresh = answer.first { $0.name == "refreshToken" && token.parameters.contains { $0.name == "refreshToken" } }
            let why = "Inferred: \(counts[header]!) of \(operations.count) operations take the \(header) header, "
                + "which \(token.name) returns."
            auth = AuthScheme(kind: .tokenHeader, header: header, tokenOperation: token.name, tokenField: header,
                              expiryField: expiry?.name, endpointField: endpoint?.name, refreshTokenField: refresh?.name,
                              description: why)
            for index in operations.indices {
                let had = operations[index].parameters.contains { $0.kind == .header && $0.name == header }
                operations[index].parameters.removeAll { $0.kind == .header && $0.name == header }
                if !had { operations[index].authenticated = false }
            }
            return
        }
    }
}
