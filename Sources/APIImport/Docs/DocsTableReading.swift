/// Turns a parameter or field table into rows, whatever order and language
/// its columns come in. Shared by the family readers.
struct DocsTableReading {
    let file: String

    /// Whether the table's header names a parameter or field column and a type column.
    static func isFieldTable(_ table: MarkdownTable) -> Bool {
        let columns = table.header.map { DocsVocabulary.column($0.text.plain) }
        return columns.contains(.name) && columns.contains(.type)
    }

    /// `untyped`: a table with no type column (`Name|Description`) gives rows of strings.
    func rows(of table: MarkdownTable, optional sectionOptional: Bool? = nil, untyped: Bool = false) -> [DocsRow] {
        let columns = table.header.map { DocsVocabulary.column($0.text.plain) }
        let required = table.header.contains { header in
            let folded = DocsVocabulary.fold(header.text.plain)
            return ["required", "obligatoire", "erforderlich", "pflicht"].contains { folded.hasPrefix($0) }
        }
        func index(_ column: DocsVocabulary.Column) -> Int? { columns.firstIndex(of: column) }
        guard let nameIndex = index(.name), let typeIndex = index(.type) ?? (untyped ? nameIndex : nil) else { return [] }
        return table.rows.compactMap { rowCells -> DocsRow? in
            var cells = rowCells
            // A row one cell short under a header with an empty kind column first: the kind cell is missing.
            if cells.count == columns.count - 1, columns.first == .kind { cells.insert(MarkdownTable.Cell(text: InlineText(markup: "", column: 1), line: rowCells.first?.line ?? table.line, column: 1), at: 0) }
            guard nameIndex < cells.count, typeIndex < cells.count else { return nil }
            let nameCell = cells[nameIndex]
            let name = (nameCell.text.codeSpans.first ?? nameCell.text.plain).trimmingSpaces()
            guard !name.isEmpty else { return nil }
            var optional = sectionOptional
            if let column = index(.optional), column < cells.count, let flag = DocsVocabulary.yesNo(cells[column].text.plain) {
                optional = required ? !flag : flag
            } else if !untyped, typeIndex < cells.count, let flag = TypeColumn.requirement(cells[typeIndex].text) {
                optional = flag
            }
            let kind = index(.kind).flatMap { $0 < cells.count ? DocsVocabulary.rowKind(cells[$0].text.plain) : nil }
            let descriptionCell = index(.description).flatMap { $0 < cells.count ? cells[$0] : nil }
            var description = descriptionCell?.text ?? InlineText(markup: "", column: 1)
            // A Default column's value is said as the descriptions say theirs ("Default: member"), where the
            // defaults are read.
            if let column = index(.defaultValue), column < cells.count {
                let value = cells[column].text.plain.trimmingCharacters(in: .whitespaces)
                if !value.isEmpty, !["-", "—", "none", "n/a"].contains(value.lowercased()) {
                    let said = description.plain.isEmpty ? "" : description.plain.hasSuffix(".") ? " " : ". "
                    description.plain += "\(said)Default: \(value)."
                }
            }
            let original = nameCell.text.original.map { String($0.trimmingSpaces()) }
            return DocsRow(
                name: String(name),
                originalName: original == String(name) ? nil : original,
                type: untyped ? InlineText(markup: "string", column: 1) : cells[typeIndex].text,
                isOptional: optional,
                kind: kind,
                description: description,
                place: place(nameCell),
                typePlace: place(cells[typeIndex]),
                descriptionPlace: descriptionCell.map(place) ?? place(nameCell)
            )
        }
    }

    func place(_ cell: MarkdownTable.Cell) -> DocsPlace {
        DocsPlace(file: file, line: cell.line, column: cell.column)
    }

    func place(line: Int) -> DocsPlace { DocsPlace(file: file, line: line, column: 1) }
}

/// Method and path from a request line: `POST {endpoint-url}/v1/groups`,
/// `GET https://{api_root}/accessToken`, `# DELETE /messages/:uuid`.
enum RequestLine {
    static let methods = ["GET", "POST", "PUT", "DELETE", "PATCH"]

    /// Whether a concrete path (`/v1/messages/abc`) ends with the segments of a template (`/messages/{uuid}`).
    static func matches(_ template: String, _ concrete: String) -> Bool {
        let pattern = template.split(separator: "/")
        let segments = concrete.split(separator: "/")
        guard segments.count >= pattern.count else { return false }
        return zip(pattern, segments.suffix(pattern.count)).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
    }

    static func parse(_ line: String) -> (method: String, path: String)? {
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 2 else { return nil }
        let method = words[0].uppercased().trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        guard methods.contains(method) else { return nil }
        var target = String(words[1])
        // `/users/{id | userPrincipalName}/events`: a placeholder with spaces spans words.
        var next = 2
        var open = target.filter { $0 == "{" }.count - target.filter { $0 == "}" }.count
        while open > 0, next < words.count {
            target += " " + words[next]
            open += words[next].filter { $0 == "{" }.count - words[next].filter { $0 == "}" }.count
            next += 1
        }
        target = target.trimmingCharacters(in: CharacterSet(charactersIn: "`"))
        guard target.hasPrefix("/") || target.hasPrefix("{") || target.hasPrefix("http") else { return nil }
        if let scheme = target.range(of: "://") { target = String(target[scheme.upperBound...]) }
        // Drop the host or base placeholder: everything before the first `/` after it.
        if !target.hasPrefix("/") { target = target.firstIndex(of: "/").map { String(target[$0...]) } ?? "/" }
        if let query = target.firstIndex(of: "?") { target = String(target[..<query]) }
        while target.count > 1, target.hasSuffix("/") { target.removeLast() }
        // `:name` segments are placeholders too.
        let segments = target.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment.hasPrefix(":") ? "{\(segment.dropFirst())}" : String(segment)
        }
        let path = PathTemplate.sanitized(segments.joined(separator: "/"))
        return (method, path.isEmpty ? "/" : path)
    }
}

import Foundation
