import ResolvedAPI

/// Doc comments: the spec's description first, then the facts a caller
/// must know (limits, defaults), as a second paragraph.
enum Docs {
    static func comment(_ description: String, _ facts: [String] = []) -> CodeNode {
        var lines = description.isEmpty ? [] : [description]
        if !facts.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append(facts.joined(separator: " "))
        }
        return .doc(lines)
    }

    /// Limits and default of a value, as sentences.
    static func facts(_ limits: [Limit], _ value: ValueFacts?, type: SwiftType, defaultLiteral: String?,
                      serverDefault: String? = nil, holding: ResolvedProperty.Holding? = nil) -> [String] {
        var isMap = false
        if case .map = type { isMap = true }
        var facts = ConstraintLowering.sentences(limits, isMap: isMap)
        // A file's types are checked by its multipart part, not as a limit.
        if let extensions = value?.fileTypes {
            facts.append("File types: " + extensions.map { "." + $0 }.joined(separator: ", ") + ".")
        }
        switch holding {
        case .nullable?: facts.append("May be `null` or left out: `.null` sends null, `.absent` leaves it out.")
        case .orNull?: facts.append("May be `null` (nil), but is never left out.")
        default: break
        }
        if value?.isOneOrMany == true { facts.append("The server may send a single item; it is read as a list of one.") }
        if let defaultLiteral { facts.append("Default: `\(defaultLiteral)`.") }
        if let serverDefault { facts.append("Left out, the server uses `\(serverDefault)`.") }
        return facts
    }
}
