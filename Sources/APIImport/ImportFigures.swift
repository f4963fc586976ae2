import Foundation

/// What an import made of its pages, counted for `apigen import --figures`
/// and IMPORT.md: operations, malformed paths, parameters and fields, and
/// the pages' JSON samples kept in the draft (checked against its types by
/// lint) or named in a warning.
public struct ImportFigures: Sendable, Equatable {
    /// The families that read the pages, with how many pages each read.
    public var families: [String: Int] = [:]
    public var operations = 0
    /// Paths with an unbalanced brace, a placeholder that is no identifier, or one name twice.
    public var malformedPaths = 0
    public var parameters = 0
    /// Request and response body fields.
    public var bodyFields = 0
    /// Fields of named object types.
    public var typeFields = 0
    /// Samples the draft keeps: lint checked each against the draft's types.
    public var samplesKept = 0
    /// Samples left out, each named in a located warning.
    public var samplesWarned = 0

    public init(_ result: DocsImporter.Result) {
        families = result.families
        samplesWarned = result.warnings.filter { [.sampleLeftOut, .sampleNotJSON].contains($0.kind) }.count
        guard let spec = (try? JSONSerialization.jsonObject(with: Data(result.text.utf8))) as? [String: Any] else { return }
        let operations = spec["operations"] as? [[String: Any]] ?? []
        self.operations = operations.count
        malformedPaths = operations.filter { Self.isMalformed($0["path"] as? String ?? "") }.count
        for operation in operations {
            parameters += (operation["parameters"] as? [Any])?.count ?? 0
            for key in ["requestBody", "responseBody"] {
                bodyFields += ((operation[key] as? [String: Any])?["fields"] as? [Any])?.count ?? 0
            }
            samplesKept += (operation["samples"] as? [Any])?.count ?? 0
        }
        for type in spec["types"] as? [[String: Any]] ?? [] { typeFields += (type["fields"] as? [Any])?.count ?? 0 }
        samplesKept += ((spec["webhooks"] as? [String: Any])?["samples"] as? [Any])?.count ?? 0
    }

    static func isMalformed(_ path: String) -> Bool {
        guard path.hasPrefix("/"), !path.contains(" ") else { return true }
        var names: [String] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            let opens = segment.filter { $0 == "{" }.count, closes = segment.filter { $0 == "}" }.count
            guard opens == closes, opens <= 1 else { return true }
            guard opens == 1 else { continue }
            guard segment.hasPrefix("{"), segment.hasSuffix("}") else { return true }
            let name = segment.dropFirst().dropLast()
            guard let first = name.first, first.isLetter || first == "_",
                  name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return true }
            names.append(String(name))
        }
        return Set(names).count != names.count
    }

    /// The Markdown table's header, as `row` fills it.
    public static let header = "| pages | family | operations | malformed paths | parameters | body fields | type fields | samples kept "
        + "| samples warned |\n"
        + "|---|---|---:|---:|---:|---:|---:|---:|---:|"

    public var row: String {
        let pages = families.values.reduce(0, +)
        let ranked = families.sorted { $0.value > $1.value || $0.value == $1.value && $0.key < $1.key }
        let family = ranked.map { "\($0.key) \($0.value)" }
            .joined(separator: ", ")
        return "| \(pages) | \(family) | \(operations) | \(malformedPaths) | \(parameters) | \(bodyFields) | \(typeFields) | "
            + "\(samplesKept) | \(samplesWarned) |"
    }
}
