/// How one entry of documentation becomes comment lines: Markdown's paragraphs
/// refilled to the width. Specs copy descriptions with the line breaks of their
/// source, made for another width: kept, they leave a word or two alone on every
/// other line once wrapped. A line break inside a paragraph is a space to
/// Markdown, so the lines of a paragraph are joined and then broken anew; what a
/// break means elsewhere (code, lists, tables, headings, hard breaks) is kept.
enum DocParagraphs {
    /// `entry` as comment lines of at most `width` columns where words allow. An
    /// entry that starts as a list item (`- name: …`) keeps its later lines inside
    /// the item, indented under its text.
    static func lines(_ entry: String, width: Int) -> [String] {
        var source = CommentText.lines(entry)
        if source.count == 1, source[0].utf8.count <= width, source[0].last != " ", source[0].last != "\t" { return source }
        if source.count > 1, let column = MarkdownLine(source[0]).contentColumn, column > 0 {
            let indent = String(repeating: " ", count: column)
            for index in source.indices.dropFirst() where !source[index].isEmpty {
                source[index] = indent + source[index]
            }
        }
        var output: [String] = []
        var paragraph: Paragraph?
        var fence: Substring?
        // A hard break is kept only where text follows it.
        func flush(beforeText: Bool = false) {
            if let open = paragraph { output += open.wrapped(width: width, breaksAfter: beforeText) }
            paragraph = nil
        }
        for text in source {
            let line = MarkdownLine(text)
            if let open = fence {
                output.append(line.withoutTrailingSpace)
                if line.content.hasPrefix(open) { fence = nil }
            } else if let opening = line.fenceMarker {
                flush()
                output.append(line.withoutTrailingSpace)
                fence = opening
            } else if line.isBlank {
                flush()
                output.append("")
            } else if let open = paragraph, open.accepts(line) {
                paragraph?.append(line)
            } else {
                flush(beforeText: true)
                paragraph = Paragraph(line)
            }
        }
        flush()
        return output
    }

    /// Lines joined into one paragraph (or list item), written back at its indentation.
    private struct Paragraph {
        let indent: Int
        let hangingIndent: Int
        var text: String
        var endsInHardBreak: Bool
        let takesMoreLines: Bool

        init(_ line: MarkdownLine) {
            indent = line.indent
            hangingIndent = line.contentColumn ?? line.indent
            text = String(line.content)
            endsInHardBreak = line.endsInHardBreak
            takesMoreLines = line.startsParagraphOrItem
        }

        func accepts(_ line: MarkdownLine) -> Bool {
            takesMoreLines && !endsInHardBreak && line.continuesParagraph && line.indent < hangingIndent + 4
        }

        mutating func append(_ line: MarkdownLine) {
            text += " " + line.content
            endsInHardBreak = line.endsInHardBreak
        }

        /// Markdown's two-space hard break becomes its backslash form, which does not end a line in white space.
        func wrapped(width: Int, breaksAfter: Bool) -> [String] {
            let body = breaksAfter && endsInHardBreak && !text.hasSuffix("\\") ? text + "\\" : text
            let first = String(repeating: " ", count: indent)
            let rest = String(repeating: " ", count: hangingIndent)
            var lines: [String] = []
            var current = first
            var columns = indent  // of `current`, kept as it grows rather than counted again
            var currentIsEmpty = true
            for word in body.split(separator: " ") {
                let wordColumns = word.count
                if currentIsEmpty {
                    current += word
                    columns += wordColumns
                    currentIsEmpty = false
                } else if columns + 1 + wordColumns <= width {
                    current += " " + word
                    columns += 1 + wordColumns
                } else {
                    lines.append(current)
                    current = rest + word
                    columns = hangingIndent + wordColumns
                }
            }
            lines.append(current)
            return lines
        }
    }
}

/// What one line of Markdown is, as far as refilling paragraphs needs to know.
private struct MarkdownLine {
    let indent: Int
    /// The text after the indentation, without trailing white space.
    let content: Substring
    let endsInHardBreak: Bool

    init(_ text: String) {
        let body = text.drop(while: { $0 == " " })
        indent = text.count - body.count
        var end = body.endIndex
        while end > body.startIndex, body[body.index(before: end)] == " " || body[body.index(before: end)] == "\t" {
            end = body.index(before: end)
        }
        content = body[..<end]
        endsInHardBreak = body.distance(from: end, to: body.endIndex) >= 2 || content.hasSuffix("\\")
    }

    var isBlank: Bool { content.isEmpty }

    /// The line as written, but for white space at its end (which no generated line has).
    var withoutTrailingSpace: String { String(repeating: " ", count: indent) + content }

    /// "```" or "~~~" when the line opens a fenced code block.
    var fenceMarker: Substring? {
        guard indent < 4 else { return nil }
        for marker in ["```", "~~~"] where content.hasPrefix(marker) { return content.prefix(3) }
        return nil
    }

    /// Where a list item's text starts (`- `, `* `, `+ `, `1. `, `1) `), counted from the line's start.
    var contentColumn: Int? {
        if let first = content.first, "-*+".contains(first),
           content.dropFirst().first == " " {
            return indent + 2
        }
        let digits = content.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = content.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return indent + digits.count + 2
    }

    /// A line that starts something other than a paragraph keeps its own line: a heading, a quote, a table row,
    /// HTML, a rule or a setext underline, code indented as code.
    private var startsOtherBlock: Bool {
        guard let first = content.first else { return true }
        if "#>|<".contains(first) || content.utf8.contains(UInt8(ascii: "|")) { return true }
        if content.allSatisfy({ $0 == first || $0 == " " }) && "-=*_".contains(first) { return true }
        return false
    }

    /// Text that may go on in the next line: a paragraph's or a list item's.
    var startsParagraphOrItem: Bool { !startsOtherBlock }

    /// Text that continues the paragraph before it rather than starting a block of its own.
    var continuesParagraph: Bool { !startsOtherBlock && contentColumn == nil && fenceMarker == nil }
}
