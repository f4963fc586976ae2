import APISpec

/// The facts of a spec the importer can know from docs, keyed so that two
/// specs with different type names line up: operations by method and path,
/// parameters and body fields by operation, fields of named types and enum
/// values by the type they pair with.
struct SpecElements {
    struct Facts: Equatable {
        var type: String
        var optional: Bool
        /// Limit keyword → compact JSON of its value.
        var limits: [String: String]
        var defaultValue: String?
    }

    struct Element {
        var node: JSONNode
        /// The array holding it, for removal.
        var container: JSONNode
        var index: Int
        var facts: Facts
    }

    static let limitKeys = LimitTable.Limit.allCases.map(\.rawValue)

    var elements: [String: Element] = [:]
    var operations: [String: JSONNode] = [:]
    var operationsArray: JSONNode?
    var typesArray: JSONNode?
    /// Enum type (by paired name) → its values node and values.
    var enums: [String: (node: JSONNode, values: [String])] = [:]
    /// Object type (by paired name) → its fields array.
    var typeFields: [String: JSONNode] = [:]
    /// Paired name → the name this spec uses.
    var localTypeNames: [String: String] = [:]

    /// `name(typeName)` gives the name keys use (the merged spec's) for this spec's type name.
    init(_ root: JSONNode, name: (String) -> String) {
        operationsArray = root.member("operations")
        typesArray = root.member("types")
        for operation in operationsArray?.elements ?? [] {
            guard let method = operation.member("method")?.stringValue, let path = operation.member("path")?.stringValue else { continue }
            let key = "\(method) \(path)"
            operations[key] = operation
            if let parameters = operation.member("parameters") {
                add(parameters, key: { "\(key) \($0.member("in")?.stringValue ?? "") \($0.member("name")?.stringValue ?? "")" }, name: name)
            }
            for side in ["requestBody", "responseBody"] {
                if let fields = operation.member(side)?.member("fields") {
                    add(fields, key: { "\(key) \(side) \($0.member("name")?.stringValue ?? "")" }, name: name)
                }
            }
        }
        for type in typesArray?.elements ?? [] {
            guard let typeName = type.member("name")?.stringValue else { continue }
            let paired = name(typeName)
            localTypeNames[paired] = typeName
            if let fields = type.member("fields") {
                typeFields[paired] = fields
                add(fields, key: { "\(paired).\($0.member("name")?.stringValue ?? "")" }, name: name)
            }
            if let values = type.member("values") {
                // Draft enums several of which map to one spec enum contribute all their values.
                let listed = (values.elements ?? []).compactMap { $0.stringValue ?? $0.member("value")?.stringValue }
                let known = enums[paired]?.values ?? []
                enums[paired] = (enums[paired]?.node ?? values, known + listed.filter { !known.contains($0) })
            }
        }
    }

    private mutating func add(_ array: JSONNode, key: (JSONNode) -> String, name: (String) -> String) {
        for (index, node) in (array.elements ?? []).enumerated() {
            elements[key(node)] = Element(node: node, container: array, index: index, facts: Self.facts(of: node, name: name))
        }
    }

    static func facts(of node: JSONNode, name: (String) -> String) -> Facts {
        var limits: [String: String] = [:]
        for key in limitKeys { if let value = node.member(key) { limits[key] = DraftJSON(value).compact } }
        return Facts(type: translated(node.member("type")?.stringValue ?? "", name), optional: node.member("optional").map { $0.value == .bool(true) } ?? false,
                     limits: limits, defaultValue: node.member("default").map { DraftJSON($0).compact })
    }

    /// `[GetGroupGroup]` → `[GroupDetails]`: every type name in a type text through `name`.
    static func translated(_ type: String, _ name: (String) -> String) -> String {
        var result = ""
        var word = ""
        for character in type + " " {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else {
                if !word.isEmpty { result += word.first!.isUppercase ? name(word) : word }
                word = ""
                if character != " " { result.append(character) }
            }
        }
        return result
    }
}
