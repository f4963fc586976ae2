/// A field or parameter written as a list item rather than a table row, as
/// many reference pages do: `` - `email` (string, required): The address. ``,
/// `- **limit** (integer, optional) - How many.`, `` - `name` `string` — Full name. ``
/// The name comes first, set off as code or in bold, its type right after it (in parentheses or a code span), then
/// the description. An item whose name is not set off, or whose type the type column's reader does not know, is
/// prose (`- Amounts (EUR) are in cents.`), not a field.
enum DocsListRow {
    /// `markup`: the item's first line as written, which shows how its name is set off.
    static func parse(_ text: InlineText, markup: Substring, file: String, line: Int) -> DocsRow? {
        let written = markup.trimmingSpaces().dropFirst().drop { $0 == " " }
        guard written.hasPrefix("`") || written.hasPrefix("**") || written.hasPrefix("__") else { return nil }
        var rest = Substring(text.plain.trimmingCharacters(in: .whitespaces))
        guard let bullet = rest.first, "-*+".contains(bullet), rest.dropFirst().first == " " else { return nil }
        rest = rest.dropFirst(2).drop { $0 == " " }
        let name = rest.prefix { $0.isLetter || $0.isNumber || "_.-[]".contains($0) }
        guard let first = name.first, first.isLetter || first == "_" else { return nil }
        rest = rest.dropFirst(name.count).drop { $0 == " " }
        // The name may be a code span itself; the type's span is then the next one.
        let spans = text.codeSpans.first == String(name) ? text.codeSpans.dropFirst() : text.codeSpans[...]
        let type: Substring
        if rest.first == "(", let close = rest.firstIndex(of: ")") {
            type = rest[rest.index(after: rest.startIndex)..<close]
            rest = rest[rest.index(after: close)...]
        } else if let span = spans.first, !span.isEmpty, rest.hasPrefix(span) {
            type = rest.prefix(span.count)
            rest = rest.dropFirst(span.count)
        } else {
            return nil
        }
        let typeCell = InlineText(markup: type, column: 1)
        guard TypeColumn.read(typeCell) != nil else { return nil }
        rest = rest.drop { " :-–—".contains($0) }
        let place = DocsPlace(file: file, line: line, column: 1)
        return DocsRow(name: String(name), type: typeCell, isOptional: TypeColumn.requirement(typeCell), kind: nil,
                       description: InlineText(markup: rest, column: 1), place: place, typePlace: place,
                       descriptionPlace: place)
    }
}
