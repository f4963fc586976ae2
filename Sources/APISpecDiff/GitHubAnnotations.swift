/// `--format github`: one GitHub Actions workflow command a change
/// (`::error file=…,line=…,col=…,title=rule::message`), so that each shows
/// as an annotation at its line of the new spec in the pull request.
/// GitHub shows at most ten annotations of each level per step and drops the
/// rest without a word, so the most severe come first, only that many of
/// each level are written, and one last line says how many more there are
/// and where the whole list is.
extension DiffReport {
    func githubCommands(perLevel: Int, wroteStepSummary: Bool) -> String {
        guard !changes.isEmpty else { return "\(oldName) → \(newName): no changes\n" }
        var lines = ["\(oldName) → \(newName): \(counts)"]
        var left: [String] = []
        for impact in SpecChange.Impact.allCases.sorted(by: { $0.rank > $1.rank }) {
            let group = changes.filter { $0.impact == impact }
            lines += group.prefix(perLevel).map(annotation)
            if group.count > perLevel { left.append("\(group.count - perLevel) \(impact.rawValue)") }
        }
        if !left.isEmpty {
            let whereToRead = wroteStepSummary ? "the job's step summary lists every change"
                                               : "`apigen diff --format markdown` lists every change"
            let counted = left.joined(separator: ", ")
            lines.append("\(counted) more not annotated (GitHub shows \(perLevel) annotations of each level); \(whereToRead)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func annotation(_ change: SpecChange) -> String {
        var properties = [("file", newFile)]
        if let line = change.line { properties.append(("line", String(line))) }
        if let column = change.column { properties.append(("col", String(column))) }
        properties.append(("title", change.kind))
        let swift = change.swiftSymbol.map { " (Swift: \($0))" } ?? ""
        return WorkflowCommand.line(WorkflowCommand.level(of: change.impact), properties: properties,
                                    message: "\(change.scope): \(change.summary) — \(change.reason)\(swift)")
    }
}

/// GitHub's workflow-command syntax: `::name key=value,key=value::message`.
/// A command is one line: `%`, CR and LF are escaped in the message, and in
/// a property value also `:` and `,`, which would end the value.
enum WorkflowCommand {
    static func level(of impact: SpecChange.Impact) -> String {
        switch impact {
        case .breaking: return "error"
        case .possiblyBreaking: return "warning"
        case .nonBreaking: return "notice"
        }
    }

    static func line(_ name: String, properties: [(String, String)], message: String) -> String {
        let list = properties.map { "\($0.0)=\(escapedProperty($0.1))" }.joined(separator: ",")
        return "::\(name)\(list.isEmpty ? "" : " " + list)::\(escapedMessage(message))"
    }

    static func escapedMessage(_ text: String) -> String {
        escaped(text, extra: [])
    }

    static func escapedProperty(_ text: String) -> String {
        escaped(text, extra: [":", ","])
    }

    private static func escaped(_ text: String, extra: [Unicode.Scalar]) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default:
                if extra.contains(scalar) {
                    result += "%" + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
