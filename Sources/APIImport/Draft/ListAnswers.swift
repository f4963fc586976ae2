import APISpec

/// An answer every sample of which is a list of objects, where the table
/// describes one of them (Mautic's `GET /contacts/list/owners`): the
/// samples are the truth, so the answer is a list of a type of the table's
/// rows, with a note.
extension DraftBuilder {
    /// The list type of the answer, or nil when a sample is not a list of objects (or there is none).
    mutating func listAnswer(_ docs: DocsOperation, samples: [ParsedSample], owner: String) -> TypeReference? {
        guard !samples.isEmpty, !docs.responseFields.isEmpty,
              samples.allSatisfy({ $0.node.elements?.allSatisfy { $0.members != nil } == true }) else { return nil }
        let items = samples.flatMap { $0.node.elements ?? [] }
        guard !items.isEmpty, let place = samples.first?.place else { return nil }
        let context = Context(side: .response, samples: items, structures: docs.responseStructures, owner: owner,
                              samplePlace: place,
                              prose: docs.prose, isTopLevel: true, isTranslated: docs.isTranslated)
        let fields = fields(docs.responseFields, context)
        let segment = docs.path.split(separator: "/").last { !$0.hasPrefix("{") }.map(String.init) ?? owner
        let item = DraftType(name: NameCase.pascal(NameCase.singular(segment)), kind: .object(fields), description: "",
                             notes: ["One item of the answer: every sample of it is a list (\(place.short)); "
                                     + "the table describes one item."])
        return .array(.named(registry.register(item, owner: owner)))
    }
}
