import APISpec

/// Paged lists that a document shows without saying "paged": GitHub pages
/// its lists by a `Link` header (RFC 8288, `rel="next"`) that it declares
/// on the success answer of each list operation; Twilio puts the next
/// page's address in the answer (`next_page_uri`, null on the last page),
/// and Jira in its page types (`PageBean…`: `values` and `nextPage`).
/// The spec format has both walks (`linkHeader`, `nextLink`), so such lists
/// get `…Pages` and `…Items` functions; a walk read from a field's name
/// alone says so in the operation's note.
extension OpenAPIMapper {
    /// Whether `name` is the `Link` header (header names ignore case).
    static func isLinkHeader(_ name: String) -> Bool { name.lowercased() == "link" }

    /// The walk a `Link` header on the success answer gives: over the answer
    /// when it is a list, or over its one list field; nil when the answer
    /// holds no list, or several (which one a page's items are is not said).
    func linkHeaderPaging(of operation: Operation) -> Pagination? {
        guard operation.method == .GET else { return nil }
        if case .type(let answer)? = operation.responseBody?.shape, answer.isArrayType {
            return Pagination(style: .linkHeader, parameter: nil, items: nil)
        }
        guard let object = answerObject(of: operation), let list = Self.onlyList(in: object) else { return nil }
        return Pagination(style: .linkHeader, parameter: nil, items: list.name)
    }

    /// The walk an answer's link to the next page gives: a GET whose answer
    /// holds one list and one text or URL field named as the next page's
    /// address (`next_page_uri`, `nextLink`, `next_url`; `next` and `nextPage` only as URLs).
    func nextLinkPaging(of operation: Operation) -> Pagination? {
        guard operation.method == .GET, let object = answerObject(of: operation),
              let list = Self.onlyList(in: object) else { return nil }
        let links = object.fields.filter { field in
            let name = field.name.lowercased().filter { $0 != "_" && $0 != "-" }
            switch field.type {
            case .scalar(.url): return name == "next" || name == "nextpage" || Self.nextLinkNames.contains(name)
            case .scalar(.string): return Self.nextLinkNames.contains(name)
            default: return false
            }
        }
        guard links.count == 1 else { return nil }
        return Pagination(style: .nextLink, parameter: nil, nextLink: links[0].name, items: list.name)
    }

    /// Names of a next page's address, lowercased without `_` and `-`.
    private static let nextLinkNames: Set<String> = [
        "nextpageuri", "nextpageurl", "nextpagelink", "nextlink", "nexturl", "nexturi", "nexthref",
    ]

    /// The answer's members: written in place, or the object type it names.
    private func answerObject(of operation: Operation) -> ObjectType? {
        switch operation.responseBody?.shape {
        case .fields(let object)?: return object
        case .type(.named(let name))?:
            guard let index = typeIndex[name], case .object(let object) = types[index].kind else { return nil }
            return object
        default: return nil
        }
    }

    private static func onlyList(in object: ObjectType) -> Field? {
        let lists = object.fields.filter { $0.type.isArrayType && !$0.isInline }
        return lists.count == 1 ? lists[0] : nil
    }
}
