/// Types made from samples alone are named after the field that first
/// showed them, qualified by its owner when the name was taken by another
/// shape at that moment (`CreateEventResponseStatus` beside `ResponseStatus`).
/// Once formats are unified the two are often the same type, and which name
/// a field got depended on which pages were read first: a re-import without
/// one page then reads as a change of type. Twins, the same fields in any
/// order with the same types and optionality, are one type: under the name
/// a type column gave one of them, else the shortest.
extension DraftBuilder {
    mutating func mergeSampleTwins(_ spec: inout DraftSpec) {
        // Merging two types can make the types that hold them twins in turn.
        while true {
            var byShape: [String: [String]] = [:]
            for type in registry.types where type.isFromSamples {
                guard case .object(let fields) = type.kind else { continue }
                let shape = fields.map { "\($0.name):\($0.type):\($0.optional)" }.sorted().joined(separator: ",")
                byShape[shape, default: []].append(type.name)
            }
            var renames: [String: String] = [:]
            for names in byShape.values where names.count > 1 {
                let named = typesNamedByDocs
                let rank = { (name: String) in (named.contains(name) ? 0 : 1, name.count, name) }
                let kept = names.min { rank($0) < rank($1) }!
                for name in names where name != kept { renames[name] = kept }
            }
            guard !renames.isEmpty else { return }
            registry.removeTypes(Set(renames.keys))
            registry.renameReferences(renames)
            let rename = { (type: String) in TypeRegistry.renamed(type, renames) }
            for index in spec.operations.indices {
                spec.operations[index].rename(rename)
            }
            spec.webhookPayload = spec.webhookPayload.map(rename)
        }
    }
}

extension DraftOperation {
    mutating func rename(_ rename: (String) -> String) {
        for index in parameters.indices { parameters[index].type = rename(parameters[index].type) }
        if var fields = requestFields {
            for index in fields.indices { fields[index].type = rename(fields[index].type) }
            requestFields = fields
        }
        if var fields = responseFields {
            for index in fields.indices { fields[index].type = rename(fields[index].type) }
            responseFields = fields
        }
        responseType = responseType.map(rename)
    }
}
