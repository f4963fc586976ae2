/// Breaks a line of generated Swift that is wider than the printer's width
/// the way a person would: at its widest list in parentheses or brackets,
/// one element to a line, the closing bracket back at the line's own
/// indentation; then again inside each piece that is still too wide. Text
/// inside string literals is never broken.
enum LineBreaking {
    /// The line as pieces, each with how many levels deeper than the
    /// original line it sits.
    static func pieces(_ text: String, width: Int) -> [(depth: Int, text: String)] {
        guard text.utf8.count > width, text.count > width else { return [(0, text)] }
        // Every character the breaking looks at is ASCII, so it works on UTF-8 bytes, cut at ASCII bytes only.
        let bytes = Array(text.utf8)
        // A block header's condition list (`if let a = …, b {`) or list of
        // conformances breaks at its own commas first, continuing one level in.
        if text.hasSuffix(" {"), isConditionOrDeclaration(text) {
            let clauses = commaSeparated(bytes)
            if clauses.count > 1 {
                return filled(clauses, width: width, hanging: true).flatMap { line in
                    pieces(line.text, width: width - 4 * line.depth)
                        .map { (depth: $0.depth + line.depth, text: $0.text) }
                }
            }
        }
        guard let group = widestList(in: bytes) else { return filled(commaSeparated(bytes), width: width) }
        let head = string(bytes[..<(group.open + 1)])
        let tail = string(bytes[group.close...])
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
    private static func commaSeparated(_ bytes: [UInt8]) -> [String] {
        var items: [String] = []
        var start = 0, depth = 0, index = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == backslash { index += 2; continue }
                if byte == quote { inString = false }
            } else {
                switch byte {
                case quote: inString = true
                case openParenthesis, openBracket: depth += 1
                case closeParenthesis, closeBracket: depth -= 1
                case comma where depth == 0 && index < bytes.count - 1:
                    items.append(trimmed(bytes[start..<index]))
                    start = index + 1
                default: break
                }
            }
            index += 1
        }
        items.append(trimmed(bytes[start...]))
        return items
    }

    private struct List {
        let open: Int
        let close: Int
        let items: [String]
    }

    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), comma = UInt8(ascii: ",")
    private static let openParenthesis = UInt8(ascii: "("), closeParenthesis = UInt8(ascii: ")")
    private static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]"), space = UInt8(ascii: " ")

    private static func string(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// The text of `bytes` without the spaces around it.
    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        var slice = bytes
        while slice.first == space { slice.removeFirst() }
        while slice.last == space { slice.removeLast() }
        return string(slice)
    }

    /// The outermost `(…)` or `[…]` with the most text between its brackets,
    /// split at its own commas; nil when the line has none worth breaking.
    private static func widestList(in bytes: [UInt8]) -> List? {
        var best: (open: Int, close: Int, commas: [Int])?
        var stack: [Int] = []
        var commas: [Int] = []
        var index = 0
        var inString = false
        scan: while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == backslash { index += 2; continue }
                if byte == quote { inString = false }
                index += 1
                continue
            }
            switch byte {
            case quote:
                inString = true
            case openParenthesis, openBracket:
                stack.append(index)
                if stack.count == 1 { commas = [] }
            case closeParenthesis, closeBracket:
                guard let open = stack.popLast() else { break scan }
                if stack.isEmpty, index - open > 1, index - open > (best.map { $0.close - $0.open } ?? 0) {
                    best = (open, index, commas)
                }
            case comma:
                if stack.count == 1 { commas.append(index) }
            default:
                break
            }
            index += 1
        }
        guard let best else { return nil }
        var items: [String] = []
        var start = best.open + 1
        for comma in best.commas + [best.close] {
            items.append(trimmed(bytes[start..<comma]))
            start = comma + 1
        }
        return List(open: best.open, close: best.close, items: items)
    }
}
