import APISpec

extension SpecMerger {
    /// What a merge needs of an import, kept beside the spec as the next
    /// merge's base: the draft without its prose (descriptions, notes) and
    /// samples, so no docs text is stored twice.
    public static func baseRecord(of draftText: String) -> String? {
        guard let root = try? JSONParser.parse(draftText) else { return nil }
        func strip(_ node: JSONNode) -> OrderedJSON {
            switch node.value {
            case .object(let members):
                return .object(members.filter { !["$schema", "description", "note", "samples", "title"].contains($0.key) }
                    .map { (key: $0.key, value: strip($0.value)) })
            case .array(let elements):
                return .array(elements.map(strip))
            default:
                return OrderedJSON(node)
            }
        }
        return strip(root).printed() + "\n"
    }

    /// The base record of an import of some of the pages: what the pages given do not cover (operations on no page
    /// given, types no page given describes, the types of fields whose type no page given describes) is kept from the
    /// previous record, so that the next merge with those pages sees what they said then.
    public static func baseRecord(of draftText: String, keeping previous: String, coverage: ImportCoverage) -> String? {
        let load = { (text: String) -> APISpecification? in
            let loaded = SpecLoader.load(text: text, path: "base.json")
            return loaded.specification ?? loaded.partial
        }
        guard var draft = load(draftText), let old = load(previous) else { return baseRecord(of: draftText) }
        let described = coverage.describedTypes ?? Set(draft.types.map(\.name))
        for type in old.types where !described.contains(type.name) {
            if let index = draft.types.firstIndex(where: { $0.name == type.name }) { draft.types[index] = type } else { draft.types.append(type) }
        }
        // A body whose object page was left out is what the previous record said.
        let oldOperations = Dictionary(old.operations.map { (operationKey($0), $0) }, uniquingKeysWith: { first, _ in first })
        for index in draft.operations.indices where !coverage.unreadBodies.isEmpty {
            let key = operationKey(draft.operations[index])
            guard let before = oldOperations[key] else { continue }
            if coverage.unreadBodies.contains(BodyKey(operation: key, side: "requestBody")) {
                draft.operations[index].requestBody = before.requestBody
            }
            if coverage.unreadBodies.contains(BodyKey(operation: key, side: "responseBody")) {
                draft.operations[index].responseBody = before.responseBody
            }
        }
        let keys = Set(draft.operations.map(operationKey))
        draft.operations += old.operations.filter { !keys.contains(operationKey($0)) }
        // A field that is `json` only because its type's page was left out keeps the type it had.
        let oldSlots = old.fieldSlots { $0 }
        for (key, slot) in draft.fieldSlots(typeName: { $0 }) where coverage.undescribedFields.contains(key) {
            guard let before = oldSlots[key].flatMap({ old.field(at: $0) }) else { continue }
            draft.update(slot) { $0.type = before.type }
        }
        // So does text no sample of this import shows, where samples gave it a format before.
        for (key, slot) in draft.fieldSlots(typeName: { $0 }) where coverage.unsampledTextFields.contains(key) {
            guard let before = oldSlots[key].flatMap({ old.field(at: $0) }), let now = draft.field(at: slot),
                  before.type.isTextFormat(of: now.type) else { continue }
            draft.update(slot) { $0.type = before.type }
        }
        return baseRecord(of: SpecWriter.text(of: draft))
    }
}
