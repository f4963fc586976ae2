/// Bodies a page gives by reference to an object page ("supply a JSON
/// representation of a [user](../resources/user.md) object"): once every
/// page is read, the body's fields are that page's properties.
enum BodyReferences {
    static func resolve(in reading: inout DocsReading) {
        var objects: [String: DocsObject] = [:]
        for object in reading.objects where objects[key(object.name)] == nil { objects[key(object.name)] = object }
        for index in reading.operations.indices {
            var operation = reading.operations[index]
            // `|body|body|[Pet](#schemapet)|true|`: the one body row of a parameter table, typed by an object page, is
            // the whole body (pages generated from OpenAPI documents write it so).
            let bodyRows = operation.parameters.filter { $0.kind == .body } + operation.requestFields
            if operation.requestObject == nil, bodyRows.count == 1, let row = bodyRows.first,
               row.name.lowercased() == "body",
               case .named(let name)? = TypeColumn.read(row.type), let object = objects[key(name)] {
                operation.parameters.removeAll { $0.kind == .body }
                operation.requestFields = object.rows
                operation.notes.append("Its request body is the \(object.name) object (\(object.place.short)).")
            }
            if operation.requestFields.isEmpty, let name = operation.requestObject {
                // A request names what it sets; what it leaves out keeps its value. What the page marks read-only
                // the server sets: a client has no business sending it.
                let all = rows(name, objects, at: operation.place)
                let readOnly = all.filter { isReadOnly($0) }.map(\.name)
                operation.requestFields = all.filter { !isReadOnly($0) }.map { row in
                    var row = row
                    if row.isOptional == nil { row.isOptional = true }
                    return row
                }
                if !operation.requestFields.isEmpty {
                    let leftOut = readOnly.isEmpty ? "" : ", but for those the page marks read-only, which the server "
                        + "sets (\(readOnly.joined(separator: ", ")))"
                    operation.notes.append("Its request body is the \(name) object page's properties, each optional"
                                           + "\(leftOut) (\(operation.place.short)).")
                } else {
                    unread(name, "requestBody", &operation, &reading.warnings)
                }
            }
            if operation.responseFields.isEmpty, let name = operation.responseObject {
                operation.responseFields = rows(name, objects, at: operation.place)
                if operation.responseFields.isEmpty { unread(name, "responseBody", &operation, &reading.warnings) }
            }
            reading.operations[index] = operation
        }
    }

    /// A property whose description says the server alone sets it: "Read-only." (Microsoft Graph's words), in
    /// French "en lecture seule", in German "schreibgeschützt".
    static func isReadOnly(_ row: DocsRow) -> Bool {
        let text = DocsVocabulary.fold(row.description.plain)
        guard !text.contains("not read-only") else { return false }
        return ["read-only", "read only", "lecture seule", "schreibgeschutzt"].contains { text.contains($0) }
    }

    /// An object's rows; a list (`[event]`) is an answer's `value` list of them, as OData collections are sent.
    static func rows(_ name: String, _ objects: [String: DocsObject], at place: DocsPlace) -> [DocsRow] {
        if name.hasPrefix("["), name.hasSuffix("]") {
            let item = String(name.dropFirst().dropLast())
            guard let object = objects[key(item)] else { return [] }
            return [DocsRow(name: "value", type: InlineText(markup: "[\(object.name)](\(object.name).md) collection", column: 1),
                            isOptional: nil, description: InlineText(markup: "The \(object.name) objects.", column: 1),
                            place: place, typePlace: place, descriptionPlace: place)]
        }
        return objects[key(name)]?.rows ?? []
    }

    /// A body whose object page is not among the pages: unknown here, so a merge leaves the spec's as it is.
    static func unread(_ name: String, _ side: String, _ operation: inout DocsOperation, _ warnings: inout [ImportWarning]) {
        operation.unreadBodies.insert(side)
        warnings.append(ImportWarning(.undescribedType,
                                      "the \(side == "requestBody" ? "request" : "response") body of \(operation.method) "
                                          + "\(operation.path) is the \(name) object page's, which is not among the pages",
                                      place: operation.place))
    }

    static func key(_ name: String) -> String { DocsVocabulary.fold(name).filter { $0.isLetter || $0.isNumber } }
}
