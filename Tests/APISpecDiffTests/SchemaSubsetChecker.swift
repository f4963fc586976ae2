import APISpec
import Foundation

/// The JSON Schema (draft-07) keywords the SARIF schema uses, enough to
/// check apigen's logs in `swift test` without Python: `$ref` into the
/// document, `type`, `enum`, `properties`, `required`, `additionalProperties`,
/// `items`, `minItems`, `uniqueItems`, `minimum`, `maximum`, `pattern`,
/// `oneOf`. `format` is not checked here; CI's jsonschema checks everything.
struct SchemaSubsetChecker {
    /// A value that breaks a keyword: where, and which keyword.
    struct Problem: Hashable, CustomStringConvertible {
        var path: String
        var keyword: String
        var description: String { "\(path): \(keyword)" }
    }

    let document: JSONNode

    init(schemaText: Data) throws {
        var parser = JSONParser(bytes: Array(schemaText))
        document = try parser.parseDocument()
    }

    static func parse(_ text: String) throws -> JSONNode {
        var parser = JSONParser(bytes: Array(text.utf8))
        return try parser.parseDocument()
    }

    func problems(_ value: JSONNode, against schema: JSONNode, at path: String = "$") -> [Problem] {
        guard let keywords = schema.members else { return [] }
        func keyword(_ name: String) -> JSONNode? { keywords.first { $0.key == name }?.value }
        var found: [Problem] = []
        if let reference = keyword("$ref")?.stringValue {
            guard let target = resolve(reference) else { return [Problem(path: path, keyword: "$ref \(reference)")] }
            found += problems(value, against: target, at: path)
        }
        if let type = keyword("type") {
            let allowed = type.elements?.compactMap(\.stringValue) ?? [type.stringValue].compactMap { $0 }
            guard allowed.contains(where: { Self.matches(value, type: $0) }) else {
                return found + [Problem(path: path, keyword: "type")]
            }
        }
        if let options = keyword("enum")?.elements, !options.map(\.canonicalText).contains(value.canonicalText) {
            found.append(Problem(path: path, keyword: "enum"))
        }
        if let members = value.members {
            let properties = keyword("properties")?.members ?? []
            let required = keyword("required")?.elements?.compactMap(\.stringValue) ?? []
            for name in required where !members.contains(where: { $0.key == name }) {
                found.append(Problem(path: path, keyword: "required \(name)"))
            }
            for member in members {
                let place = "\(path).\(member.key)"
                if let property = properties.first(where: { $0.key == member.key }) {
                    found += problems(member.value, against: property.value, at: place)
                } else if let additional = keyword("additionalProperties") {
                    if case .bool(false) = additional.value {
                        found.append(Problem(path: place, keyword: "additionalProperties"))
                    }
                    found += problems(member.value, against: additional, at: place)
                }
            }
        }
        if let elements = value.elements {
            if let least = keyword("minItems").flatMap(Self.number), Double(elements.count) < least {
                found.append(Problem(path: path, keyword: "minItems"))
            }
            let unique = Set(elements.map(\.canonicalText)).count == elements.count
            if case .bool(true)? = keyword("uniqueItems")?.value, !unique {
                found.append(Problem(path: path, keyword: "uniqueItems"))
            }
            if let items = keyword("items") {
                for (index, element) in elements.enumerated() {
                    found += problems(element, against: items, at: "\(path)[\(index)]")
                }
            }
        }
        if let number = Self.number(value) {
            if let least = keyword("minimum").flatMap(Self.number), number < least {
                found.append(Problem(path: path, keyword: "minimum"))
            }
            if let most = keyword("maximum").flatMap(Self.number), number > most {
                found.append(Problem(path: path, keyword: "maximum"))
            }
        }
        if let text = value.stringValue, let pattern = keyword("pattern")?.stringValue,
           text.range(of: pattern, options: .regularExpression) == nil {
            found.append(Problem(path: path, keyword: "pattern"))
        }
        if let options = keyword("oneOf")?.elements,
           options.filter({ problems(value, against: $0, at: path).isEmpty }).count != 1 {
            found.append(Problem(path: path, keyword: "oneOf"))
        }
        return found
    }

    /// `#/definitions/name`: the only references the SARIF schema makes.
    private func resolve(_ reference: String) -> JSONNode? {
        guard reference.hasPrefix("#/") else { return nil }
        var node = document
        for part in reference.dropFirst(2).split(separator: "/") {
            guard let next = node.members?.first(where: { $0.key == part })?.value else { return nil }
            node = next
        }
        return node
    }

    private static func number(_ node: JSONNode) -> Double? {
        if case .number(let text) = node.value { return Double(text) }
        return nil
    }

    private static func matches(_ value: JSONNode, type: String) -> Bool {
        switch (type, value.value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null),
             ("number", .number):
            return true
        case ("integer", .number(let text)):
            return Double(text).map { $0.rounded() == $0 } ?? false
        default:
            return false
        }
    }
}
