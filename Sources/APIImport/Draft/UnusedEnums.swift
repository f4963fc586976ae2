import APISpec

/// An enum made for a field that later became something else (a kind field that became a union's tag) is
/// left out of the draft: no field, variant, body or webhook names it.
extension DraftSpec {
    mutating func dropUnusedEnums() {
        var references: [TypeReference] = webhookPayload.map { [.named($0)] } ?? []
        for operation in operations {
            let fields = operation.parameters + (operation.requestFields ?? []) + (operation.responseFields ?? [])
            references += fields.map(\.type) + (operation.responseType.map { [$0] } ?? [])
        }
        for type in types {
            switch type.kind {
            case .object(let fields): references += fields.map(\.type)
            case .taggedUnion(_, _, let variants): references += variants.map(\.type)
            case .untaggedUnion(let variants): references += variants.map(\.type)
            case .enumeration: continue
            }
        }
        let used = Set(references.compactMap(\.leaf.typeName))
        types.removeAll { type in
            if case .enumeration = type.kind { return !used.contains(type.name) }
            return false
        }
    }
}
