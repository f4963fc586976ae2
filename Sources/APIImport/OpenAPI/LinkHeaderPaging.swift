import APISpec

/// GitHub pages its lists by a `Link` header (RFC 8288, `rel="next"`) that
/// its documents declare on the success answer of each list operation. The
/// spec format has that walk (`linkHeader`), so such a header is read as it:
/// the client gets `…Pages` and `…Items` functions instead of a warning.
extension OpenAPIMapper {
    /// Whether `name` is the `Link` header (header names ignore case).
    static func isLinkHeader(_ name: String) -> Bool { name.lowercased() == "link" }

    /// The walk a `Link` header on the success answer gives: over the answer
    /// when it is a list, or over its one list field; nil when the answer
    /// holds no list, or several (which one a page's items are is not said).
    static func linkHeaderPaging(of operation: Operation) -> Pagination? {
        guard operation.method == .GET else { return nil }
        switch operation.responseBody?.shape {
        case .type(let answer)? where answer.isArrayType:
            return Pagination(style: .linkHeader, parameter: nil, items: nil)
        case .fields(let object)?:
            let lists = object.fields.filter { $0.type.isArrayType && !$0.isInline }
            guard lists.count == 1 else { return nil }
            return Pagination(style: .linkHeader, parameter: nil, items: lists[0].name)
        default:
            return nil
        }
    }
}
