import Foundation

/// The changes between two specs, printed for people (text, markdown for a
/// pull-request comment) or for tools (JSON). Breaking changes come first;
/// within each impact, changes keep the order of the specs.
public struct DiffReport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, json
    }

    public var oldName: String
    public var newName: String
    public var changes: [SpecChange]

    public init(oldName: String, newName: String, changes: [SpecChange]) {
        self.oldName = oldName
        self.newName = newName
        self.changes = changes
    }

    public var breaking: [SpecChange] { changes.filter(\.isBreaking) }
    public var nonBreaking: [SpecChange] { changes.filter { !$0.isBreaking } }

    public func render(_ format: Format) -> String {
        switch format {
        case .text: return text()
        case .markdown: return markdown()
        case .json: return json()
        }
    }

    private var counts: String {
        "\(changes.count) change\(changes.count == 1 ? "" : "s"): \(breaking.count) breaking, \(nonBreaking.count) non-breaking"
    }

    private func text() -> String {
        guard !changes.isEmpty else { return "\(oldName) → \(newName): no changes\n" }
        var lines = ["\(oldName) → \(newName): \(counts)"]
        for (title, group) in [("Breaking", breaking), ("Non-breaking", nonBreaking)] where !group.isEmpty {
            lines += ["", "\(title):"]
            lines += group.map { "  \($0.scope): \($0.summary)\n      \($0.reason)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func markdown() -> String {
        guard !changes.isEmpty else { return "### API changes\n\nNo changes between `\(oldName)` and `\(newName)`.\n" }
        var lines = ["### API changes", "", "`\(oldName)` → `\(newName)`: **\(breaking.count) breaking**, \(nonBreaking.count) non-breaking."]
        for (title, group) in [("Breaking", breaking), ("Non-breaking", nonBreaking)] where !group.isEmpty {
            lines += ["", "#### \(title)"]
            var scopes: [String] = []
            for change in group where !scopes.contains(change.scope) { scopes.append(change.scope) }
            for scope in scopes {
                lines += ["", "**\(scope)**"]
                lines += group.filter { $0.scope == scope }.map { "- \($0.summary) — \($0.reason)." }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func json() -> String {
        struct Document: Encodable {
            var old: String
            var new: String
            var breaking: Int
            var nonBreaking: Int
            var changes: [SpecChange]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(old: oldName, new: newName, breaking: breaking.count, nonBreaking: nonBreaking.count, changes: breaking + nonBreaking)
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
