/// A docs page as the blocks the importer reads: headings, pipe tables,
/// code blocks and paragraphs, each with the line it starts on. Not a
/// Markdown implementation: only what reference pages use for facts.
public struct MarkdownPage: Sendable {
    public var file: String
    public var blocks: [MarkdownBlock]

    public init(file: String, text: String) {
        self.file = file
        var reader = MarkdownBlockReader(lines: text.splitLines())
        self.blocks = reader.read()
    }
}

public enum MarkdownBlock: Sendable, Hashable {
    case heading(level: Int, text: InlineText, line: Int)
    case table(MarkdownTable)
    /// Fenced (with its info string) or indented code.
    case code(info: String, text: String, line: Int)
    case paragraph(text: InlineText, line: Int)
    /// `:::info` … `:::` admonitions and `<Component … />` lines keep their raw text.
    case directive(name: String, text: String, line: Int)

    public var line: Int {
        switch self {
        case .heading(_, _, let line), .code(_, _, let line), .paragraph(_, let line), .directive(_, _, let line): line
        case .table(let table): table.line
        }
    }
}

public struct MarkdownTable: Sendable, Hashable {
    public struct Cell: Sendable, Hashable {
        public var text: InlineText
        public var line: Int
        public var column: Int
    }

    public var header: [Cell]
    public var rows: [[Cell]]
    public var line: Int
}

struct MarkdownBlockReader {
    let lines: [Substring]
    var index = 0
    var blocks: [MarkdownBlock] = []

    init(lines: [Substring]) { self.lines = lines }

    mutating func read() -> [MarkdownBlock] {
        skipFrontMatter()
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty {
                index += 1
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                readFence(opening: trimmed)
            } else if Self.isIndentedCode(line) {
                readIndentedCode()
            } else if trimmed.hasPrefix("#") {
                readHeading(trimmed)
            } else if trimmed.hasPrefix("|") || startsBareTable(at: index) {
                readTable()
            } else if trimmed.hasPrefix(":::") {
                readAdmonition(trimmed)
            } else if let (level, text) = Self.htmlHeading(trimmed) {
                blocks.append(.heading(level: level, text: InlineText(markup: text, column: 1), line: index + 1))
                index += 1
            } else if trimmed.hasPrefix("<") && !trimmed.hasPrefix("<span") && !trimmed.hasPrefix("<a ") {
                blocks.append(.directive(name: "html", text: String(trimmed), line: index + 1))
                index += 1
            } else {
                readParagraph()
            }
        }
        return blocks
    }

    /// `<h3 id="createpet-parameters">Parameters</h3>`, as pages generated from OpenAPI documents write headings.
    static func htmlHeading(_ line: Substring) -> (level: Int, text: Substring)? {
        guard line.hasPrefix("<h"), line.count > 9, let digit = line.dropFirst(2).first,
              let level = digit.wholeNumberValue, (1...6).contains(level), line.hasSuffix("</h\(level)>") else { return nil }
        let close = line.index(line.endIndex, offsetBy: -5)
        guard let open = line[..<close].firstIndex(of: ">") else { return nil }
        let inner = line[line.index(after: open)..<close]
        guard !inner.contains("<") else { return nil }
        return (level, inner.trimmingSpaces())
    }

    /// YAML front matter, possibly after a one-word language line (`fr`).
    mutating func skipFrontMatter() {
        var start = 0
        if lines.count > 1, lines[0].trimmingSpaces().count <= 5, lines[1].trimmingSpaces() == "---" { start = 1 }
        guard start < lines.count, lines[start].trimmingSpaces() == "---" else { return }
        var end = start + 1
        while end < lines.count, lines[end].trimmingSpaces() != "---" { end += 1 }
        if end < lines.count { index = end + 1 }
    }

    mutating func readFence(opening: Substring) {
        let marker = opening.prefix(3)
        let info = String(opening.dropFirst(3).trimmingSpaces())
        let start = index + 1
        index += 1
        var body: [Substring] = []
        while index < lines.count, !lines[index].trimmingSpaces().hasPrefix(marker) {
            body.append(lines[index])
            index += 1
        }
        // A fence the page never closes ends at its last line of text: the empty "line" after the page's final
        // line break is no line of the page, and a place on it would be past the end.
        if index >= lines.count { while body.last?.trimmingSpaces().isEmpty == true { body.removeLast() } }
        index += 1
        blocks.append(.code(info: info, text: body.joined(separator: "\n"), line: start + 1))
    }

    mutating func readIndentedCode() {
        let start = index
        var body: [Substring] = []
        while index < lines.count, Self.isIndentedCode(lines[index]) || lines[index].trimmingSpaces().isEmpty {
            body.append(lines[index].trimmingSpaces())
            index += 1
        }
        while body.last?.isEmpty == true { body.removeLast() }
        blocks.append(.code(info: "", text: body.joined(separator: "\n"), line: start + 1))
    }

    /// Four columns of indentation; pages indent with no-break spaces too.
    static func isIndentedCode(_ line: Substring) -> Bool {
        var width = 0
        for character in line {
            switch character {
            case " ", "\u{00a0}": width += 1
            case "\t": width += 4
            default: return width >= 4
            }
            if width >= 4 { return !line.trimmingSpaces().isEmpty }
        }
        return false
    }

    mutating func readHeading(_ trimmed: Substring) {
        let level = trimmed.prefix(while: { $0 == "#" }).count
        let text = trimmed.dropFirst(level)
        let column = lines[index].distance(from: lines[index].startIndex, to: text.startIndex) + 1
        blocks.append(.heading(level: level, text: InlineText(markup: text, column: column), line: index + 1))
        index += 1
    }

    mutating func readTable() {
        let start = index
        var rows: [[MarkdownTable.Cell]] = []
        let bare = !lines[index].trimmingSpaces().hasPrefix("|")
        while index < lines.count, lines[index].trimmingSpaces().hasPrefix("|") || bare && lines[index].contains("|") {
            let cells = cells(of: lines[index], line: index + 1)
            if !cells.allSatisfy({ $0.text.plain.allSatisfy { "-: ".contains($0) } }) { rows.append(cells) }
            index += 1
        }
        guard let header = rows.first else { return }
        blocks.append(.table(MarkdownTable(header: header, rows: Array(rows.dropFirst()), line: start + 1)))
    }

    /// Cells between pipes; a pipe inside a code span or a tag stays in its cell.
    func cells(of line: Substring, line number: Int) -> [MarkdownTable.Cell] {
        var cells: [MarkdownTable.Cell] = []
        var inCode = false
        var tagDepth = 0
        // Where the open cell starts, and its column; columns are counted as the line is walked, once.
        var cellStart: (index: Substring.Index, column: Int)?
        var column = 1
        // A table written without a leading pipe (`Name|Type|Description`) opens its first cell at the line's start.
        if !line.trimmingSpaces().hasPrefix("|") { cellStart = (line.startIndex, 1) }
        var position = line.startIndex
        while position < line.endIndex {
            let character = line[position]
            // `\|` is a pipe inside the cell (`String{} \| Object`).
            if character == "\\", line.index(after: position) < line.endIndex, line[line.index(after: position)] == "|" {
                position = line.index(position, offsetBy: 2)
                column += 2
                continue
            }
            if character == "`" { inCode.toggle() }
            if character == "<" { tagDepth += 1 } else if character == ">" { tagDepth = max(0, tagDepth - 1) }
            position = line.index(after: position)
            column += 1
            if character == "|", !inCode, tagDepth == 0 {
                if let start = cellStart {
                    let raw = line[start.index..<line.index(before: position)]
                    cells.append(MarkdownTable.Cell(text: InlineText(markup: raw, column: start.column), line: number, column: start.column))
                }
                cellStart = (position, column)
            }
        }
        if let start = cellStart, !line[start.index...].trimmingSpaces().isEmpty {
            cells.append(MarkdownTable.Cell(text: InlineText(markup: line[start.index...], column: start.column), line: number,
                                            column: start.column))
        }
        return cells
    }

    /// A table without leading pipes (Slate): a line with a pipe over a delimiter row (`----|----`).
    func startsBareTable(at line: Int) -> Bool {
        guard line + 1 < lines.count, lines[line].contains("|") else { return false }
        let delimiter = lines[line + 1].trimmingSpaces()
        return delimiter.contains("|") && delimiter.contains("-") && delimiter.allSatisfy { "-|: ".contains($0) }
    }

    mutating func readAdmonition(_ trimmed: Substring) {
        let start = index
        let name = String(trimmed.dropFirst(3).trimmingSpaces())
        index += 1
        var body: [Substring] = []
        while index < lines.count, lines[index].trimmingSpaces() != ":::" {
            body.append(lines[index])
            index += 1
        }
        index += 1
        blocks.append(.directive(name: name, text: body.joined(separator: "\n"), line: start + 1))
    }

    mutating func readParagraph() {
        let start = index
        var body: [Substring] = []
        while index < lines.count {
            let trimmed = lines[index].trimmingSpaces()
            if trimmed.isEmpty || ["#", "|", "```", ":::"].contains(where: { trimmed.hasPrefix($0) })
                || startsBareTable(at: index) { break }
            // Each item of a list is a paragraph of its own (a field a list item describes is one item).
            if index > start, ["- ", "* ", "+ "].contains(where: { trimmed.hasPrefix($0) }) { break }
            body.append(trimmed)
            index += 1
        }
        blocks.append(.paragraph(text: InlineText(markup: body.joined(separator: " ")[...], column: 1), line: start + 1))
    }
}

extension String {
    /// Lines split on \n, \r\n or \r.
    func splitLines() -> [Substring] {
        split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }
}

extension StringProtocol {
    func trimmingSpaces() -> SubSequence {
        let start = firstIndex(where: { !$0.isWhitespace }) ?? endIndex
        let end = lastIndex(where: { !$0.isWhitespace }).map { index(after: $0) } ?? start
        return self[start..<Swift.max(start, end)]
    }
}
