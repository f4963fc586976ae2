import APISpec

/// Where a parameter or field sits, the same in a draft and in the spec a
/// person keeps once type names are paired: operations by method and path,
/// type fields by the (paired) type's name.
public enum ElementKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// `operation` is `METHOD /path`; `location` is `path`, `query` or `header`.
    case parameter(operation: String, location: String, name: String)
    /// `side` is `requestBody` or `responseBody`, or `responseHeaders` for a header of the answer.
    case bodyField(operation: String, side: String, name: String)
    case typeField(type: String, name: String)

    public var description: String {
        switch self {
        case .parameter(let operation, let location, let name): "\(operation) \(location) \(name)"
        case .bodyField(let operation, let side, let name): "\(operation) \(side) \(name)"
        case .typeField(let type, let name): "\(type).\(name)"
        }
    }

    public static func < (lhs: ElementKey, rhs: ElementKey) -> Bool { lhs.description < rhs.description }

    /// The operation or type the element belongs to.
    var owner: Owner {
        switch self {
        case .parameter(let operation, _, _), .bodyField(let operation, _, _): .operation(operation)
        case .typeField(let type, _): .type(type)
        }
    }

    enum Owner: Hashable { case operation(String), type(String) }

    func renamingType(_ name: (String) -> String) -> ElementKey {
        guard case .typeField(let type, let field) = self else { return self }
        return .typeField(type: name(type), name: field)
    }
}

/// What an import knows of the pages beyond the draft's text, for a merge:
/// where each operation and type was read, and which fields are `json` only
/// because no page given describes the type their type column names (a page
/// left out of a re-import states nothing about them).
public struct ImportCoverage: Sendable {
    /// By `METHOD /path`.
    public var operationPlaces: [String: DocsPlace] = [:]
    /// By the draft's type name.
    public var typePlaces: [String: DocsPlace] = [:]
    /// The draft's types a table of the pages describes (not samples alone); nil: every type of the draft.
    public var describedTypes: Set<String>?
    /// Keyed by the draft's type names.
    public var undescribedFields: Set<ElementKey> = []
    /// Fields the pages type as text (`string`, `[string]`) with no sample value of their own in this import, keyed by
    /// the draft's type names: they do not refute a format the spec took from samples before (a `guid` shown on a
    /// page left out of this import).
    public var unsampledTextFields: Set<ElementKey> = []
    /// Bodies given by an object page not among the pages given.
    public var unreadBodies: Set<BodyKey> = []

    public init() {}
}

extension TypeReference {
    /// Whether this is `text` (`string`, `[string]`) with a text format in its place (`guid`, `[dateTime]`): what
    /// samples refine a table's text to.
    func isTextFormat(of text: TypeReference) -> Bool {
        let formats = ["guid", "dateTime", "date", "url", "email", "phone"]
        return ["string", "[string]"].contains(text.description)
            && formats.contains { text.description.replacingOccurrences(of: "string", with: $0) == description }
    }
}

/// One body of an operation: `operation` is `METHOD /path`, `side` is `requestBody` or `responseBody` (as in
/// `ElementKey.bodyField`).
public struct BodyKey: Sendable, Hashable {
    public var operation: String
    public var side: String

    public init(operation: String, side: String) {
        self.operation = operation
        self.side = side
    }
}

extension DraftSpec {
    var coverage: ImportCoverage {
        var coverage = ImportCoverage()
        coverage.describedTypes = []
        func note(_ fields: [DraftField], _ key: (DraftField) -> ElementKey) {
            for field in fields where field.namesUndescribedType { coverage.undescribedFields.insert(key(field)) }
            for field in fields where field.type.listItem == .scalar(.string) && field.sampleStrings.isEmpty {
                coverage.unsampledTextFields.insert(key(field))
            }
        }
        for operation in operations {
            let key = "\(operation.method) \(operation.path)"
            if coverage.operationPlaces[key] == nil { coverage.operationPlaces[key] = operation.place }
            coverage.unreadBodies.formUnion(operation.unreadBodies.map { BodyKey(operation: key, side: $0) })
            note(operation.parameters) { .parameter(operation: key, location: $0.kind?.rawValue ?? "query", name: $0.name) }
            note(operation.requestFields ?? []) { .bodyField(operation: key, side: "requestBody", name: $0.name) }
            note(operation.responseFields ?? []) { .bodyField(operation: key, side: "responseBody", name: $0.name) }
        }
        for type in types {
            guard case .object(let fields) = type.kind else { continue }
            if let place = fields.first?.place, !place.file.isEmpty { coverage.typePlaces[type.name] = place }
            if fields.contains(where: { !$0.isOnlyInSamples }) { coverage.describedTypes = (coverage.describedTypes ?? []).union([type.name]) }
            note(fields) { .typeField(type: type.name, name: $0.name) }
        }
        return coverage
    }
}
