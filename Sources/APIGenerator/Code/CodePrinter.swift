/// Prints `CodeNode`s with four-space indentation. Blank lines are never
/// indented, never doubled, and never follow an opening or precede a
/// closing brace, so lowering code need not think about spacing.
public struct CodePrinter {
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
            write(text, depth: depth)
        case .doc(let lines):
            for line in lines.flatMap(Docs.commentLines) { write(line.isEmpty ? "///" : "/// " + line, depth: depth) }
        case .block(let header, let children):
            write(header + " {", depth: depth)
            atBlockStart = true
            pendingBlank = false
            for child in children { emit(child, depth: depth + 1) }
            pendingBlank = false
            write("}", depth: depth)
        case .closure(let header, let children):
            write(header, depth: depth)
            atBlockStart = true
            for child in children { emit(child, depth: depth + 1) }
            pendingBlank = false
            write("}", depth: depth)
        case .labeled(let header, let children):
            write(header, depth: depth)
            for child in children { emit(child, depth: depth + 1) }
        case .blank:
            if !atBlockStart { pendingBlank = true }
        case .group(let nodes):
            for child in nodes { emit(child, depth: depth) }
        }
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
