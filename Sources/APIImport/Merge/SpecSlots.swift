import APISpec

/// Where a parameter or field is in a spec model, by index, so that a merge
/// can read and change it in place.
enum FieldSlot: Hashable {
    case parameter(operation: Int, index: Int)
    case body(operation: Int, response: Bool, index: Int)
    case responseHeader(operation: Int, index: Int)
    case typeField(type: Int, index: Int)

    /// The list holding the field: removals in one list go from the last index down.
    var container: Container {
        switch self {
        case .parameter(let operation, _): .parameters(operation: operation)
        case .body(let operation, let response, _): .body(operation: operation, response: response)
        case .responseHeader(let operation, _): .responseHeaders(operation: operation)
        case .typeField(let type, _): .type(type)
        }
    }

    var index: Int {
        switch self {
        case .parameter(_, let index), .body(_, _, let index), .responseHeader(_, let index), .typeField(_, let index):
            index
        }
    }

    enum Container: Hashable {
        case parameters(operation: Int)
        case body(operation: Int, response: Bool)
        case responseHeaders(operation: Int)
        case type(Int)
    }
}

extension APISpecification {
    func field(at slot: FieldSlot) -> Field? {
        switch slot {
        case .parameter(let operation, let index):
            return operations[operation].parameters[index].field
        case .body(let operation, let response, let index):
            return bodyFields(operation: operation, response: response)?.fields[index]
        case .responseHeader(let operation, let index):
            return operations[operation].responseHeaders[index]
        case .typeField(let type, let index):
            guard case .object(let object) = types[type].kind else { return nil }
            return object.fields[index]
        }
    }

    mutating func update(_ slot: FieldSlot, _ change: (inout Field) -> Void) {
        if case .parameter(let operation, let index) = slot {
            change(&operations[operation].parameters[index].field)
            return
        }
        updateFields(of: slot.container) { fields in
            if fields.indices.contains(slot.index) { change(&fields[slot.index]) }
        }
    }

    mutating func remove(_ slot: FieldSlot) {
        if case .parameter(let operation, let index) = slot {
            operations[operation].parameters.remove(at: index)
            return
        }
        updateFields(of: slot.container) { fields in
            if fields.indices.contains(slot.index) { fields.remove(at: slot.index) }
        }
    }

    /// Adds a field at the end of its list; a parameter goes where `location` says.
    mutating func append(_ field: Field, to container: FieldSlot.Container, location: Parameter.Location?) {
        if case .parameters(let operation) = container {
            operations[operation].parameters.append(Parameter(location: location ?? .query, field: field))
            return
        }
        updateFields(of: container) { $0.append(field) }
    }

    /// Whether `container` is a list fields can go into (a body given as fields, an object type).
    func holdsFields(_ container: FieldSlot.Container) -> Bool {
        switch container {
        case .parameters: return true
        case .body(let operation, let response): return bodyFields(operation: operation, response: response) != nil
        case .responseHeaders: return true
        case .type(let index): if case .object = types[index].kind { return true } else { return false }
        }
    }

    /// Changes the fields of a body given as fields, or of an object type; other containers are left alone.
    private mutating func updateFields(of container: FieldSlot.Container, _ change: (inout [Field]) -> Void) {
        switch container {
        case .parameters:
            return
        case .responseHeaders(let operation):
            change(&operations[operation].responseHeaders)
        case .body(let operation, let response):
            guard var body = response ? operations[operation].responseBody : operations[operation].requestBody,
                  case .fields(var object) = body.shape else { return }
            change(&object.fields)
            body.shape = .fields(object)
            if response { operations[operation].responseBody = body } else { operations[operation].requestBody = body }
        case .type(let index):
            guard case .object(var object) = types[index].kind else { return }
            change(&object.fields)
            types[index].kind = .object(object)
        }
    }

    func bodyFields(operation: Int, response: Bool) -> ObjectType? {
        guard case .fields(let object)? = (response ? operations[operation].responseBody : operations[operation].requestBody)?.shape else {
            return nil
        }
        return object
    }

    /// Every parameter and field, keyed; `typeName` gives the name keys use for this spec's type names.
    func fieldSlots(typeName: (String) -> String) -> [ElementKey: FieldSlot] {
        var slots: [ElementKey: FieldSlot] = [:]
        for (operationIndex, operation) in operations.enumerated() {
            let key = operation.routeKey
            for (index, parameter) in operation.parameters.enumerated() {
                let element = ElementKey.parameter(operation: key, location: parameter.location.rawValue, name: parameter.field.name)
                if slots[element] == nil { slots[element] = .parameter(operation: operationIndex, index: index) }
            }
            for (index, header) in operation.responseHeaders.enumerated() {
                // One header in any letter case, as the wire and lint compare them.
                let element = ElementKey.bodyField(operation: key, side: "responseHeaders",
                                                   name: header.name.lowercased())
                if slots[element] == nil { slots[element] = .responseHeader(operation: operationIndex, index: index) }
            }
            for response in [false, true] {
                for (index, field) in (bodyFields(operation: operationIndex, response: response)?.fields ?? []).enumerated() {
                    let element = ElementKey.bodyField(operation: key, side: response ? "responseBody" : "requestBody", name: field.name)
                    if slots[element] == nil { slots[element] = .body(operation: operationIndex, response: response, index: index) }
                }
            }
        }
        for (typeIndex, type) in types.enumerated() {
            guard case .object(let object) = type.kind else { continue }
            for (index, field) in object.fields.enumerated() {
                let element = ElementKey.typeField(type: typeName(type.name), name: field.name)
                if slots[element] == nil { slots[element] = .typeField(type: typeIndex, index: index) }
            }
        }
        return slots
    }

    /// Where the element a diagnostic's path names was in the spec the model was read from: the deepest
    /// operation, type, parameter, field or enum value on the path.
    func location(of path: [JSONPath.Component]) -> SourceLocation? {
        func index(_ at: Int) -> Int? {
            guard path.count > at, case .index(let value) = path[at] else { return nil }
            return value
        }
        if path.first == .key("operations"), let operationIndex = index(1), operations.indices.contains(operationIndex) {
            let operation = operations[operationIndex]
            if path.count > 2, path[2] == .key("parameters"), let field = index(3), operation.parameters.indices.contains(field) {
                return operation.parameters[field].field.location
            }
            if path.count > 2, path[2] == .key("responseHeaders"), let header = index(3),
               operation.responseHeaders.indices.contains(header) {
                return operation.responseHeaders[header].location
            }
            if path.count > 3, path[2] == .key("requestBody") || path[2] == .key("responseBody"), path[3] == .key("fields"), let field = index(4),
               let fields = bodyFields(operation: operationIndex, response: path[2] == .key("responseBody"))?.fields, fields.indices.contains(field) {
                return fields[field].location
            }
            return operation.location
        }
        if path.first == .key("types"), let typeIndex = index(1), types.indices.contains(typeIndex) {
            switch types[typeIndex].kind {
            case .object(let object):
                if path.count > 2, path[2] == .key("fields"), let field = index(3), object.fields.indices.contains(field) {
                    return object.fields[field].location
                }
            case .enumeration(let enumeration):
                if path.count > 2, path[2] == .key("values"), let value = index(3), enumeration.values.indices.contains(value) {
                    return enumeration.values[value].location
                }
            default:
                break
            }
            return types[typeIndex].location
        }
        return nil
    }
}
