/// Types made from samples alone are named after the field that first
/// showed them, qualified by its owner when the name was taken by another
/// shape at that moment (`CreateEventResponseStatus` beside `ResponseStatus`).
/// Once formats are unified the two are often the same type, and which name
/// a field got depended on which pages were read first: a re-import without
/// one page then reads as a change of type. Twins, the same fields in any
/// order with the same types and optionality, are one type: under the name
/// a type column gave one of them, else the shortest.
extension DraftSpec {
    /// `namedByDocs`: types made from samples under a name a type column gave, which a twin keeps.
    mutating func mergeSampleTwins(namedByDocs: Set<String>) {
        // Merging two types can make the types that hold them twins in turn.
        while true {
            var byShape: [String: [String]] = [:]
            for type in types where type.isFromSamples {
                guard case .object(let fields) = type.kind else { continue }
                let shape = fields.map { "\($0.name):\($0.type):\($0.optional)" }.sorted().joined(separator: ",")
                byShape[shape, default: []].append(type.name)
            }
            var renames: [String: String] = [:]
            for names in byShape.values where names.count > 1 {
                let rank = { (name: String) in (namedByDocs.contains(name) ? 0 : 1, name.count, name) }
                let kept = names.min { rank($0) < rank($1) }!
                for name in names where name != kept { renames[name] = kept }
            }
            guard !renames.isEmpty else { return }
            types.removeAll { renames[$0.name] != nil }
            for index in types.indices { types[index].rename(renames) }
            for index in operations.indices { operations[index].rename(renames) }
            webhookPayload = webhookPayload.map { renames[$0] ?? $0 }
        }
    }
}

extension DraftOperation {
    mutating func rename(_ renames: [String: String]) {
        for index in parameters.indices { parameters[index].type = parameters[index].type.renamed(renames) }
        if var fields = requestFields {
            for index in fields.indices { fields[index].type = fields[index].type.renamed(renames) }
            requestFields = fields
        }
        if var fields = responseFields {
            for index in fields.indices { fields[index].type = fields[index].type.renamed(renames) }
            responseFields = fields
        }
        responseType = responseType.map { $0.renamed(renames) }
    }
}

extension DraftType {
    /// Points every field and variant naming a key of `renames` at its value.
    mutating func rename(_ renames: [String: String]) {
        switch kind {
        case .object(var fields):
            for index in fields.indices { fields[index].type = fields[index].type.renamed(renames) }
            kind = .object(fields)
        case .taggedUnion(let tag, let content, let variants):
            let renamed = variants.map { ($0.tag, $0.type.renamed(renames)) }
            kind = .taggedUnion(tag: tag, content: content, variants: renamed)
        case .untaggedUnion(let variants):
            kind = .untaggedUnion(variants.map { ($0.name, $0.type.renamed(renames)) })
        case .enumeration:
            break
        }
    }
}
