import APISpec

/// Types made in place for what was later left out (an object query
/// parameter) are used by nothing: they go, so the draft holds only what
/// the API uses. Components stay, used or not: the document names them.
extension OpenAPIMapper {
    func dropUnusedTypesMadeInPlace(from spec: inout APISpecification) {
        let components = Set(mappedReferences.filter { $0.key.hasPrefix("#/components/schemas/") }.compactMap { entry -> String? in
            if case .named(let name) = entry.value.type { return name }
            return nil
        })
        while true {
            var used: Set<String> = []
            func use(_ type: TypeReference) { if case .named(let name) = type.leaf { used.insert(name) } }
            func use(_ fields: [Field]) { fields.forEach { use($0.type) } }
            for type in spec.types {
                switch type.kind {
                case .object(let object): use(object.fields)
                case .taggedUnion(let union): union.variants.forEach { use($0.type) }
                case .untaggedUnion(let union): union.variants.forEach { use($0.type) }
                case .enumeration: break
                }
            }
            for operation in spec.operations {
                use(operation.parameters.map(\.field))
                use(operation.responseHeaders)
                operation.statuses.compactMap(\.type).forEach(use)
                for body in [operation.requestBody, operation.responseBody].compactMap({ $0 }) {
                    switch body.shape {
                    case .type(let type): use(type)
                    case .fields(let object): use(object.fields)
                    }
                }
            }
            if let payload = spec.webhooks?.payload { use(payload) }
            let before = spec.types.count
            spec.types.removeAll { !used.contains($0.name) && !components.contains($0.name) }
            if spec.types.count == before { return }
        }
    }
}
