import APISpec

/// Doc comments: the spec's description first, then the facts a caller
/// must know (limits, defaults), as a second paragraph.
enum Docs {
    static func comment(_ description: String, _ facts: [String] = []) -> CodeNode {
        var lines = description.isEmpty ? [] : paragraphLines(description)
        if !facts.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append(facts.joined(separator: " "))
        }
        return .doc(lines)
    }

    private static func paragraphLines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
    }

    /// Limits and default of a field, as sentences.
    static func facts(for field: Field, defaultLiteral: String?) -> [String] {
        var facts = ConstraintLowering.sentences(for: field.type, field.constraints)
        if let defaultLiteral { facts.append("Default: `\(defaultLiteral)`.") }
        return facts
    }
}
