import Foundation

/// A spec `copies` times the size of Kaizala's: renamed copies of every type
/// and operation (with their unions, enums, constraints and samples) in one
/// API, so that cost per operation can be compared across sizes.
enum SyntheticSpec {
    static func make(from kaizala: Data, copies: Int) throws -> Data {
        guard var document = try JSONSerialization.jsonObject(with: kaizala) as? [String: Any],
              let types = document["types"] as? [[String: Any]], let operations = document["operations"] as? [[String: Any]]
        else { throw BenchError("kaizala.json is not a spec") }
        let typeNames = Set(types.compactMap { $0["name"] as? String })
        var allTypes: [Any] = [], allOperations: [Any] = []
        for copy in 0..<copies {
            // Copy 0 keeps its names, so auth and webhooks still point at real types and operations.
            let suffix = copy == 0 ? "" : "K\(copy)"
            let rename = Renamer(typeNames: typeNames, suffix: suffix)
            allTypes += types.map { rename.type($0) }
            allOperations += operations.map { rename.operation($0) }
        }
        document["types"] = allTypes
        document["operations"] = allOperations
        return try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])
    }

    private struct Renamer {
        let typeNames: Set<String>
        let suffix: String

        func type(_ type: [String: Any]) -> [String: Any] {
            var copy = references(type) as? [String: Any] ?? type
            if let name = type["name"] as? String { copy["name"] = name + suffix }
            return copy
        }

        func operation(_ operation: [String: Any]) -> [String: Any] {
            var copy = references(operation) as? [String: Any] ?? operation
            if let name = operation["name"] as? String { copy["name"] = name + suffix }
            if let group = operation["group"] as? String { copy["group"] = group + suffix }
            if let path = operation["path"] as? String, !suffix.isEmpty { copy["path"] = "/\(suffix.lowercased())" + path }
            return copy
        }

        /// Renames type references (`"type": "[Member]"`) wherever they sit; samples are left alone.
        private func references(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                var result: [String: Any] = [:]
                for (key, member) in object {
                    if key == "samples" || key == "request" || key == "response" {
                        result[key] = member
                    } else if key == "type", let reference = member as? String {
                        result[key] = rename(reference)
                    } else {
                        result[key] = references(member)
                    }
                }
                return result
            }
            if let array = value as? [Any] { return array.map(references) }
            return value
        }

        private func rename(_ reference: String) -> String {
            var leaf = reference
            var prefix = "", postfix = ""
            while let first = leaf.first, first == "[" || first == "{" {
                prefix.append(first)
                postfix = (first == "[" ? "]" : "}") + postfix
                leaf = String(leaf.dropFirst().dropLast())
            }
            return typeNames.contains(leaf) ? prefix + leaf + suffix + postfix : reference
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
