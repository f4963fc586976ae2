import APISpec

/// Where on the pages each part of a draft was read: the draft's own
/// diagnostics, when the draft is written to no file (standard output, or
/// merged with `--into`), name the page and line the element came from.
extension DraftSpec {
    /// The place of the deepest operation, parameter, field, type or sample on `path`.
    func place(of path: [JSONPath.Component]) -> DocsPlace? {
        func index(_ at: Int) -> Int? {
            guard path.count > at, case .index(let value) = path[at] else { return nil }
            return value
        }
        func real(_ place: DocsPlace?) -> DocsPlace? {
            guard let place, !place.file.isEmpty, place.line > 0 else { return nil }
            return place
        }
        if path.first == .key("operations"), let operationIndex = index(1), operations.indices.contains(operationIndex) {
            let operation = operations[operationIndex]
            var fields: [DraftField]?
            var fieldIndex: Int?
            if path.count > 2, path[2] == .key("parameters") {
                (fields, fieldIndex) = (operation.parameters, index(3))
            } else if path.count > 3, path[3] == .key("fields") {
                fields = path[2] == .key("requestBody") ? operation.requestFields : path[2] == .key("responseBody") ? operation.responseFields : nil
                fieldIndex = index(4)
            } else if path.count > 2, path[2] == .key("samples"), let sample = index(3), operation.samples.indices.contains(sample) {
                return real(operation.samples[sample].places.first) ?? real(operation.place)
            }
            if let fields, let fieldIndex, fields.indices.contains(fieldIndex), let place = real(fields[fieldIndex].place) { return place }
            return real(operation.place)
        }
        if path.first == .key("types"), let typeIndex = index(1), types.indices.contains(typeIndex) {
            guard case .object(let fields) = types[typeIndex].kind else { return nil }
            if path.count > 2, path[2] == .key("fields"), let field = index(3), fields.indices.contains(field), let place = real(fields[field].place) {
                return place
            }
            return fields.lazy.compactMap { real($0.place) }.first
        }
        if path.first == .key("webhooks"), path.count > 2, path[1] == .key("samples"), let sample = index(2), webhookSamples.indices.contains(sample) {
            return real(webhookSamples[sample].places.first)
        }
        return nil
    }

    /// The diagnostics at the pages' places; what the pages place nowhere (the document's name, its auth) is at the first
    /// page's first line.
    func located(_ diagnostics: [Diagnostic], firstPage: String) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            let place = place(of: diagnostic.path.components) ?? DocsPlace(file: firstPage, line: 1, column: 1)
            var located = diagnostic
            located.file = place.file
            located.location = SourceLocation(line: place.line, column: place.column)
            return located
        }
    }
}

extension DraftSpec {
    /// Where the first field of type `name` (or a list or map of it) is documented.
    func place(using name: String) -> DocsPlace? {
        let spellings: Set<TypeReference> = [.named(name), .array(.named(name)), .map(.named(name))]
        let fields = operations.flatMap { $0.parameters + ($0.requestFields ?? []) + ($0.responseFields ?? []) }
            + types.flatMap { type -> [DraftField] in
                if case .object(let fields) = type.kind { return fields }
                return []
            }
        return fields.first { spellings.contains($0.type) }?.place
    }
}
