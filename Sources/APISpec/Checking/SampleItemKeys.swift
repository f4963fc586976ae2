import APILimits
import Foundation

/// Keys that tell a request sample's list items apart for `uniqueItems`, the way the client's `==` does.
extension SampleChecker {
    /// What tells list items apart for `uniqueItems`, as the client holds them: a scalar as `distinctKey` says; an
    /// object of a declared type by the fields it declares, in their order (keys it does not document are not held,
    /// and `null` in a field that is not nullable is its absence), each value as its type holds it: a fraction or an
    /// instant by its value whatever its spelling, a map by its keys, one-or-many as a list. Lint allows the limit
    /// on lists of objects that hold no union (`LimitTable.allowsUniqueItems`), whose variant only decoding decides.
    func itemKey(_ node: JSONNode, as type: TypeReference) -> String? {
        switch node.value {
        case .null, .string: return Self.distinctKey(node)
        default:
            var key = ""
            writeItemKey(node, as: type, into: &key)
            return key
        }
    }

    /// Writes the key of a value nested in an item: each leaf quoted once, so nesting adds a constant per level.
    private func writeItemKey(_ node: JSONNode, as type: TypeReference, into key: inout String) {
        let type = type.withoutNull
        if type == .scalar(.json) { return Self.writeJSONKey(node, into: &key) }
        switch (node.value, type) {
        case (.null, _):
            key += "null"
        case (.object(let members), .named(let name)):
            guard case .object(let object)? = types[name]?.kind else { return key += node.canonicalText }
            key += "{"
            for field in object.fields {
                guard let member = members.first(where: { $0.key == field.name }) else { continue }
                if member.value.isNull && !field.isNullable { continue }
                key += field.name.debugDescription + ":"
                if field.isOneOrMany, member.value.elements == nil, case .array(let element) = field.type.withoutNull {
                    key += "["
                    writeItemKey(member.value, as: element, into: &key)
                    key += ",]"
                } else {
                    writeItemKey(member.value, as: field.type, into: &key)
                }
                key += ","
            }
            key += "}"
        case (.object(let members), .map(let value)):
            // As a dictionary holds them: by key, the last of a repeated key.
            var byKey: [String: JSONNode] = [:]
            for member in members { byKey[member.key] = member.value }
            key += "{"
            for name in byKey.keys.sorted() {
                key += name.debugDescription + ":"
                writeItemKey(byKey[name]!, as: value, into: &key)
                key += ","
            }
            key += "}"
        case (.array(let elements), .array(let element)):
            key += "["
            for item in elements {
                writeItemKey(item, as: element, into: &key)
                key += ","
            }
            key += "]"
        case (.number(let text), .scalar(.double)):
            // -0 and 0 are one Double.
            let value = JSONNumberText.finiteDouble(Substring(text)) ?? .nan
            key += "\(value == 0 ? 0 : value)"
        case (.number(let text), _):
            key += JSONNumberText.wholeNumber(Substring(text), as: Int64.self).map { "\($0)" } ?? text
        case (.string(let text), .scalar(.dateTime)):
            key += Self.dateTime(text).map { "@\($0.timeIntervalSinceReferenceDate)" } ?? text.debugDescription
        case (.string(let text), _):
            key += text.debugDescription
        default:
            key += node.canonicalText
        }
    }

    /// A `json` value as `JSONValue` holds it: whole numbers as `Int64` (`1` and `1.0` are one), others as `Double`,
    /// objects as dictionaries.
    private static func writeJSONKey(_ node: JSONNode, into key: inout String) {
        switch node.value {
        case .number(let text):
            if let whole = JSONNumberText.wholeNumber(Substring(text), as: Int64.self) { return key += "i\(whole)" }
            key += "n\(JSONNumberText.finiteDouble(Substring(text)) ?? .nan)"
        case .string(let text):
            key += text.debugDescription
        case .array(let elements):
            key += "["
            for element in elements {
                writeJSONKey(element, into: &key)
                key += ","
            }
            key += "]"
        case .object(let members):
            var byKey: [String: JSONNode] = [:]
            for member in members { byKey[member.key] = member.value }
            key += "{"
            for name in byKey.keys.sorted() {
                key += name.debugDescription + ":"
                writeJSONKey(byKey[name]!, into: &key)
                key += ","
            }
            key += "}"
        case .null, .bool:
            key += node.canonicalText
        }
    }
}
