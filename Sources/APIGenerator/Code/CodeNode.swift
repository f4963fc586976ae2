/// The structure of generated Swift: declarations with their doc comments,
/// braces that open blocks, and plain lines. Lowering builds these; the
/// printer alone decides indentation and blank lines.
public indirect enum CodeNode: Hashable, Sendable {
    /// One line of code.
    case line(String)
    /// `/// text` lines; empty strings print as `///`.
    case doc([String])
    /// `header {`, the children indented, then `}`.
    case block(String, [CodeNode])
    /// `header` already ending in `{` or `{ args in`, the children indented, `}`.
    case closure(String, [CodeNode])
    /// `header` (a `case` label), then the children indented, no brace.
    case labeled(String, [CodeNode])
    /// A blank line between declarations; repeated or edge blanks collapse.
    case blank
    /// Several nodes spliced in place.
    case group([CodeNode])

    /// Children separated by blank lines, skipping empty ones.
    public static func separated(_ nodes: [CodeNode]) -> CodeNode {
        var result: [CodeNode] = []
        for node in nodes where !node.isEmpty {
            if !result.isEmpty { result.append(.blank) }
            result.append(node)
        }
        return .group(result)
    }

    var isEmpty: Bool {
        switch self {
        case .group(let nodes): return nodes.allSatisfy(\.isEmpty)
        case .doc(let lines): return lines.isEmpty
        default: return false
        }
    }
}
