import APISpec

/// The document's own value behind a sample lint refused: where a warning points, and what mending reads.
extension DraftMending {
    /// Where in the document the value lint refused is (`steps` past the sample's `request` or `response`), the
    /// sample's own place when the document's example does not hold that path (a sample the mapping built).
    func refusedValuePlace(_ steps: [JSONPath.Component], _ operation: String, _ title: String,
                           in place: DocumentPlace) -> DocumentPlace {
        guard steps.count > 4, case .key(let side) = steps[4],
              let node = mapper.sampleValues[OriginKey.sampleValue(operation, title, request: side == "request")]
        else { return place }
        let refused = Self.value(in: node, at: steps.dropFirst(5)).node
        return DocumentPlace(pointer: place.pointer, location: refused.location)
    }

    /// The value a sample holds at `steps` (below `request` or `response`), or the deepest one there is on the way.
    static func value(in root: JSONNode, at steps: ArraySlice<JSONPath.Component>) -> (node: JSONNode, isThere: Bool) {
        var node = root
        for step in steps {
            let next: JSONNode? = switch step {
            case .key(let key): node.member(key)
            case .index(let index): node.elements.flatMap { index < $0.count ? $0[index] : nil }
            }
            guard let next else { return (node, false) }
            node = next
        }
        return (node, true)
    }
}
