/// The structure of generated Swift: declarations with their doc comments,
/// braces that open blocks, and plain lines. Lowering builds these; the
/// printer alone decides indentation, line breaks, blank lines and how
/// comment text is escaped.
public indirect enum CodeNode: Hashable, Sendable {
    /// One line of code; the printer breaks it at its widest argument or
    /// element list when it is longer than the line width.
    case line(String)
    /// `/// text` lines of comment text, wrapped at the line width; empty
    /// strings print as `///`.
    case doc([String])
    /// `header {`, the children indented, then `}`.
    case block(String, [CodeNode])
    /// `header` already ending in `{` or `{ args in`, the children indented, `}`.
    case closure(String, [CodeNode])
    /// `header` (a `case` label), then the children indented, no brace.
    case labeled(String, [CodeNode])
    /// `switch subject {`, its cases at the switch's own indentation, `}`.
    case switchBlock(String, [CodeNode])
    /// `header` (ending in `(` or `[`), the children indented, then `closing`.
    case bracketed(String, [CodeNode], closing: String)
    /// A raw multi-line string literal: `lead#"""`, the text's lines at the
    /// indentation of the closing delimiter, `"""#trail`. Lowering makes sure
    /// the text holds no delimiter and nothing the lexer would read as a line break.
    case multilineString(lead: String, text: String, trail: String)
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
