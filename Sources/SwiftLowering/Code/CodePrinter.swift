/// Prints `CodeNode`s with four-space indentation, in lines of at most
/// `width` columns where the code allows (a string literal does not break).
/// Blank lines are never indented, never doubled, and never follow an
/// opening or precede a closing brace, so lowering code need not think
/// about spacing, indentation or line length.
public struct CodePrinter {
    /// The widest line the printer writes, indentation included.
    public static let width = 120

    private var output = ""
    private var pendingBlank = false
    private var atBlockStart = true

    public init() {}

    public static func print(_ nodes: [CodeNode]) -> String {
        var printer = CodePrinter()
        for node in nodes { printer.emit(node, depth: 0) }
        return printer.output
    }

    private mutating func emit(_ node: CodeNode, depth: Int) {
        switch node {
        case .line(let text):
            writeBroken(text, depth: depth)
        case .doc(let lines):
            let width = Self.width - 4 * depth - 4
            for line in lines.flatMap({ DocParagraphs.lines($0, width: width) }) {
                write(line.isEmpty ? "///" : "/// " + line, depth: depth)
            }
        case .block(let header, let children):
            writeBroken(header + " {", depth: depth)
            emitChildren(children, depth: depth + 1)
            write("}", depth: depth)
        case .closure(let header, let children):
            writeBroken(header, depth: depth)
            emitChildren(children, depth: depth + 1)
            write("}", depth: depth)
        case .switchBlock(let header, let cases):
            writeBroken(header + " {", depth: depth)
            emitChildren(cases, depth: depth)
            write("}", depth: depth)
        case .bracketed(let header, let children, let closing):
            writeBroken(header, depth: depth)
            emitChildren(children, depth: depth + 1)
            writeBroken(closing, depth: depth)
        case .multilineString(let lead, let text, let trail):
            writeBroken(lead + "#\"\"\"", depth: depth)
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.isEmpty { output += "\n" } else { write(String(line), depth: depth) }
            }
            write("\"\"\"#" + trail, depth: depth)
        case .labeled(let header, let children):
            writeBroken(header, depth: depth)
            for child in children { emit(child, depth: depth + 1) }
        case .blank:
            if !atBlockStart { pendingBlank = true }
        case .group(let nodes):
            for child in nodes { emit(child, depth: depth) }
        }
    }

    private mutating func emitChildren(_ children: [CodeNode], depth: Int) {
        atBlockStart = true
        pendingBlank = false
        for child in children { emit(child, depth: depth) }
        pendingBlank = false
    }

    /// A line too wide for its indentation, broken at its widest list.
    private mutating func writeBroken(_ text: String, depth: Int) {
        let available = Self.width - 4 * depth
        guard text.utf8.count > available else { return write(text, depth: depth) }
        for piece in LineBreaking.pieces(text, width: available) { write(piece.text, depth: depth + piece.depth) }
    }

    private mutating func write(_ text: String, depth: Int) {
        if pendingBlank { output += "\n" }
        pendingBlank = false
        atBlockStart = false
        // Appended piece by piece: no temporary string per line.
        for _ in 0..<depth { output += "    " }
        output += text
        output += "\n"
    }
}
