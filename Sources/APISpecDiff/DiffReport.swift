import Foundation

/// The changes between two specs, printed for people (text, markdown for a
/// pull-request comment) or for tools (JSON, GitHub workflow commands,
/// SARIF). In every format the most severe come first; within an impact,
/// changes keep the order of the specs.
public struct DiffReport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, json, github, sarif
    }

    /// What the formats for tools need from outside the report.
    public struct RenderOptions: Sendable {
        /// apigen's version, for SARIF's `tool.driver.version`.
        public var toolVersion: String?
        /// Whether the whole report went to the GitHub step summary, where
        /// the annotations GitHub drops can be read.
        public var wroteStepSummary: Bool
        /// GitHub shows at most this many annotations of each level per step.
        public var annotationsPerLevel: Int

        public init(toolVersion: String? = nil, wroteStepSummary: Bool = false, annotationsPerLevel: Int = 10) {
            self.toolVersion = toolVersion
            self.wroteStepSummary = wroteStepSummary
            self.annotationsPerLevel = annotationsPerLevel
        }
    }

    public var oldName: String
    public var newName: String
    /// The new spec's path as annotations and SARIF name it: relative to the
    /// repository root (the working directory in CI), with `/` between folders.
    public var newFile: String
    public var changes: [SpecChange]

    public init(oldName: String, newName: String, changes: [SpecChange], newFile: String? = nil) {
        self.oldName = oldName
        self.newName = newName
        self.newFile = newFile ?? newName
        self.changes = changes
    }

    public var breaking: [SpecChange] { changes.filter(\.isBreaking) }
    public var possiblyBreaking: [SpecChange] { changes.filter { $0.impact == .possiblyBreaking } }
    public var nonBreaking: [SpecChange] { changes.filter { $0.impact == .nonBreaking } }
    /// Every change, the most severe first; within an impact in the specs' order.
    public var ordered: [SpecChange] { breaking + possiblyBreaking + nonBreaking }

    /// The impacts with their headings, worst first.
    private var sections: [(String, [SpecChange])] {
        [("Breaking", breaking), ("Possibly breaking", possiblyBreaking), ("Non-breaking", nonBreaking)]
    }

    public func render(_ format: Format, options: RenderOptions = RenderOptions()) -> String {
        switch format {
        case .text: return text()
        case .markdown: return markdown()
        case .json: return json()
        case .github:
            return githubCommands(perLevel: options.annotationsPerLevel, wroteStepSummary: options.wroteStepSummary)
        case .sarif: return sarif(toolVersion: options.toolVersion)
        }
    }

    var counts: String {
        "\(changes.count) change\(changes.count == 1 ? "" : "s"): \(breaking.count) breaking, "
            + (possiblyBreaking.isEmpty ? "" : "\(possiblyBreaking.count) possibly breaking, ") + "\(nonBreaking.count) non-breaking"
    }

    private func text() -> String {
        guard !changes.isEmpty else { return "\(oldName) → \(newName): no changes\n" }
        var lines = ["\(oldName) → \(newName): \(counts)"]
        for (title, group) in sections where !group.isEmpty {
            lines += ["", "\(title):"]
            lines += group.map { "  \($0.scope): \($0.summary)\n      \($0.reason)" + details($0, markdown: false).map { "\n      " + $0 }.joined() }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func markdown() -> String {
        guard !changes.isEmpty else { return "### API changes\n\nNo changes between \(code(oldName)) and \(code(newName)).\n" }
        let possibly = possiblyBreaking.isEmpty ? "" : ", \(possiblyBreaking.count) possibly breaking"
        var lines = ["### API changes", "", "\(code(oldName)) → \(code(newName)): **\(breaking.count) breaking**\(possibly), \(nonBreaking.count) non-breaking."]
        for (title, group) in sections where !group.isEmpty {
            lines += ["", "#### \(title)"]
            var scopes: [String] = []
            for change in group where !scopes.contains(change.scope) { scopes.append(change.scope) }
            for scope in scopes {
                lines += ["", "**\(scope)**"]
                lines += group.filter { $0.scope == scope }.map { change in
                    let extra = details(change, markdown: true)
                    return "- \(change.summary) — \(change.reason)." + (extra.isEmpty ? "" : " <sub>" + extra.joined(separator: " · ") + "</sub>")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The Swift symbol, the operations a type change affects, and where in the new spec.
    private func details(_ change: SpecChange, markdown: Bool) -> [String] {
        var result: [String] = []
        if let symbol = change.swiftSymbol { result.append("Swift: " + code(symbol)) }
        if let operations = change.operations { result.append("affects " + operations.map(code).joined(separator: ", ")) }
        if let line = change.line { result.append(code("\(newName):\(line)")) }
        return result
    }

    private func json() -> String {
        struct Document: Encodable {
            var old: String
            var new: String
            var breaking: Int
            var possiblyBreaking: Int
            var nonBreaking: Int
            var changes: [SpecChange]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(old: oldName, new: newName, breaking: breaking.count, possiblyBreaking: possiblyBreaking.count,
                                nonBreaking: nonBreaking.count, changes: ordered)
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
