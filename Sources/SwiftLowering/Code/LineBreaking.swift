/// Breaks a line of generated Swift that is wider than the printer's width
/// the way a person would: at its widest list in parentheses or brackets,
/// one element to a line, the closing bracket back at the line's own
/// indentation; then again inside each piece that is still too wide. Text
/// inside string literals is never broken.
enum LineBreaking {
    /// The line as pieces, each with how many levels deeper than the
    /// original line it sits.
    static func pieces(_ text: String, width: Int) -> [(depth: Int, text: String)] {
        guard text.count > width else { return [(0, text)] }
        let scalars = Array(text.unicodeScalars)
        // A block header's condition list (`if let a = …, b {`) or list of
        // conformances breaks at its own commas first, continuing one level in.
        let clauses = commaSeparated(scalars)
        if clauses.count > 1, text.hasSuffix(" {"), isConditionOrDeclaration(text) {
            return filled(clauses, width: width, hanging: true).flatMap { line in
                pieces(line.text, width: width - 4 * line.depth).map { (depth: $0.depth + line.depth, text: $0.text) }
            }
        }
        guard let group = widestList(in: scalars) else { return filled(clauses, width: width) }
        let head = string(scalars[..<(group.open + 1)])
        let tail = string(scalars[group.close...])
        var result: [(depth: Int, text: String)] = pieces(head, width: width)
        for (index, item) in group.items.enumerated() {
            let element = item + (index < group.items.count - 1 ? "," : "")
            result += pieces(element, width: width - 4).map { (depth: $0.depth + 1, text: $0.text) }
        }
        result += pieces(tail, width: width)
        return result
    }

    /// `if`, `guard` and `while` headers, and type declarations: lines whose
    /// commas outside brackets separate conditions or conformances.
    private static func isConditionOrDeclaration(_ text: String) -> Bool {
        var words = text.split(separator: " ").prefix(3).map(String.init)
        while let first = words.first, ["public", "internal", "package", "private", "fileprivate"].contains(first) {
            words.removeFirst()
        }
        return ["if", "guard", "while", "extension", "struct", "enum", "class", "protocol"].contains(words.first ?? "")
    }

    /// Items of a line that is itself a comma-separated list (arguments
    /// already inside an open bracket), as many to a line as fit.
    private static func filled(_ items: [String], width: Int, hanging: Bool = false) -> [(depth: Int, text: String)] {
        guard items.count > 1 else { return [(0, items.joined())] }
        var lines: [(depth: Int, text: String)] = []
        var current = ""
        for (index, item) in items.enumerated() {
            let element = item + (index < items.count - 1 ? "," : "")
            if current.isEmpty {
                current = element
            } else if current.count + 1 + element.count <= width - (hanging && !lines.isEmpty ? 4 : 0) {
                current += " " + element
            } else {
                lines.append((hanging && !lines.isEmpty ? 1 : 0, current))
                current = element
            }
        }
        lines.append((hanging && !lines.isEmpty ? 1 : 0, current))
        return lines
    }

    /// The line split at its commas outside brackets and string literals;
    /// a trailing comma stays with the last item.
    private static func commaSeparated(_ scalars: [Unicode.Scalar]) -> [String] {
        var items: [String] = []
        var start = 0, depth = 0, index = 0
        var inString = false
        while index < scalars.count {
            let scalar = scalars[index]
            if inString {
                if scalar == "\\" { index += 2; continue }
                if scalar == "\"" { inString = false }
            } else {
                switch scalar {
                case "\"": inString = true
                case "(", "[": depth += 1
                case ")", "]": depth -= 1
                case "," where depth == 0 && index < scalars.count - 1:
                    items.append(string(scalars[start..<index]).trimmingSpaces)
                    start = index + 1
                default: break
                }
            }
            index += 1
        }
        items.append(string(scalars[start...]).trimmingSpaces)
        return items
    }

    private struct List {
        let open: Int
        let close: Int
        let items: [String]
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    /// The outermost `(…)` or `[…]` with the most text between its brackets,
    /// split at its own commas; nil when the line has none worth breaking.
    private static func widestList(in scalars: [Unicode.Scalar]) -> List? {
        var best: List?
        var stack: [Int] = []
        var commas: [Int] = []
        var index = 0
        var inString = false
        while index < scalars.count {
            let scalar = scalars[index]
            if inString {
                if scalar == "\\" { index += 2; continue }
                if scalar == "\"" { inString = false }
                index += 1
                continue
            }
            switch scalar {
            case "\"":
                inString = true
            case "(", "[":
                stack.append(index)
                if stack.count == 1 { commas = [] }
            case ")", "]":
                guard let open = stack.popLast() else { return best }
                if stack.isEmpty, index - open > 1, index - open > (best.map { $0.close - $0.open } ?? 0) {
                    var items: [String] = []
                    var start = open + 1
                    for comma in commas + [index] {
                        items.append(string(scalars[start..<comma]).trimmingSpaces)
                        start = comma + 1
                    }
                    best = List(open: open, close: index, items: items)
                }
            case ",":
                if stack.count == 1 { commas.append(index) }
            default:
                break
            }
            index += 1
        }
        return best
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars[...]
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
