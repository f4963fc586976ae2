/// Bodies a page gives by reference to an object page ("supply a JSON
/// representation of a [user](../resources/user.md) object"): once every
/// page is read, the body's fields are that page's properties.
enum BodyReferences {
    static func resolve(in reading: inout DocsReading) {
        var objects: [String: DocsObject] = [:]
        for object in reading.objects where objects[key(object.name)] == nil { objects[key(object.name)] = object }
        for index in reading.operations.indices {
            var operation = reading.operations[index]
            if operation.requestFields.isEmpty, let name = operation.requestObject {
                // A request names what it sets; what it leaves out keeps its value.
                operation.requestFields = rows(name, objects, at: operation.place).map { row in
                    var row = row
                    if row.isOptional == nil { row.isOptional = true }
                    return row
                }
                if !operation.requestFields.isEmpty {
                    operation.notes.append("Its request body is the \(name) object page's properties, each optional "
                                           + "(\(operation.place.short)).")
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
