/// How a paged walk knows it has reached the last page, besides an answer
/// that names no next page: the ends an operation's spec states. A stated
/// end the answer leaves out stops the walk with an error, never quietly.
public struct PageEnds: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// The answer counts the pages; the walk ends at that number.
    public static let totalPages = PageEnds(rawValue: 1 << 0)
    /// The answer counts the items of all pages; the walk ends when pages
    /// as full as the largest one seen would hold them all.
    public static let totalItems = PageEnds(rawValue: 1 << 1)
    /// The answer says whether more pages follow.
    public static let hasMore = PageEnds(rawValue: 1 << 2)
    /// A page without items is the end.
    public static let emptyPage = PageEnds(rawValue: 1 << 3)
    /// A page with fewer items than the largest one before it (or none) is
    /// the end: a walk of full pages costs one request for an empty page.
    public static let shortPage = PageEnds(rawValue: 1 << 4)
}

/// What one page tells a walk: the page, how many items it holds, and what
/// the answer says of the next one (nil where it says nothing).
public struct PageTurn<Page: Sendable, Token: Sendable>: Sendable {
    public var page: Page
    public var itemCount: Int
    /// The next page's cursor or address.
    public var next: Token?
    public var hasMore: Bool?
    public var totalPages: Int?
    public var totalItems: Int?

    public init(_ page: Page, itemCount: Int, next: Token? = nil, hasMore: Bool? = nil, totalPages: Int? = nil,
                totalItems: Int? = nil) {
        self.page = page
        self.itemCount = itemCount
        self.next = next
        self.hasMore = hasMore
        self.totalPages = totalPages
        self.totalItems = totalItems
    }
}

/// Why a walk stopped with an error instead of ending.
public enum PagingFailure: Sendable, Hashable, CustomStringConvertible {
    /// The answer leaves out an end the spec states (the total pages or items, or the more-pages flag).
    case missingEnd(PageEnds)
    /// The answer says more pages follow but names no next page.
    case noNextPage
    /// The answer leads to a page already walked.
    case repeatedPage
    /// The page is empty before the total the answer states is reached.
    case emptyBeforeTotal(Int)
    /// An answer that carries nothing (an empty answer, nil) where the page before said more follow.
    case nothingAfterMore

    public var description: String {
        switch self {
        case .missingEnd(let end):
            let what = end == .totalPages ? "how many pages there are"
                : end == .totalItems ? "how many items there are" : "whether more pages follow"
            return "the answer does not say \(what)"
        case .noNextPage:
            return "the answer says more pages follow but names no next page"
        case .repeatedPage:
            return "the answer leads to a page already walked"
        case .emptyBeforeTotal(let total):
            return "the page is empty, but the answer counts \(total) items"
        case .nothingAfterMore:
            return "the answer carries nothing, but the page before said more follow"
        }
    }
}

/// The ends a walk was given, and the decisions made with them.
struct PageRule: Sendable {
    let ends: PageEnds
    let method: String
    let path: String
    /// The next page's address is the answer's `Link` header's, not a field of its body.
    let readsLinkHeader: Bool

    func failure(_ reason: PagingFailure, page: Int) -> APIError {
        .paging(method: method, path: path, page: page, failure: reason)
    }

    func throwIfCancelled() throws(APIError) {
        if Task.isCancelled { throw APIError.cancelled }
    }

    /// The token of the page after this one; nil at the end.
    func nextToken<Page, Token>(after turn: PageTurn<Page, Token>, response: HTTPResponse?,
                                page: Int) throws(APIError) -> Token? {
        var next = turn.next
        if readsLinkHeader { next = response.flatMap { LinkHeader.target("next", in: $0.headers) } as? Token }
        // An empty cursor or address is the API's way of naming none.
        if let text = next as? String, text.isEmpty { next = nil }
        if ends.contains(.hasMore) {
            guard let more = turn.hasMore else { throw failure(.missingEnd(.hasMore), page: page) }
            if !more { return nil }
            if next == nil { throw failure(.noNextPage, page: page) }
        }
        if ends.contains(.emptyPage) && turn.itemCount == 0 { return nil }
        return next
    }

    /// What an answer that carries nothing (fetched as nil) means on the `page`th page: on the first, a walk of no
    /// pages; after others, the end where only an empty or short page would end it (a numbered walk of no counts),
    /// else a contradiction of the page before, which said more follow.
    func endsWithNothing(page: Int, numbered: Bool) throws(APIError) {
        guard page == 1 || (numbered && ends.isSubset(of: [.emptyPage, .shortPage])) else {
            throw failure(.nothingAfterMore, page: page)
        }
    }

    /// Whether page `number` (the `page`th fetched) is the last, by every stated end.
    func isLastNumberedPage<Page, Token>(_ turn: PageTurn<Page, Token>, number: Int, largestBefore: Int,
                                         page: Int) throws(APIError) -> Bool {
        var isLast = false
        if ends.contains(.totalPages) {
            guard let total = turn.totalPages else { throw failure(.missingEnd(.totalPages), page: page) }
            isLast = isLast || number >= total
        }
        if ends.contains(.totalItems) {
            guard let total = turn.totalItems else { throw failure(.missingEnd(.totalItems), page: page) }
            let size = max(largestBefore, turn.itemCount)
            let (held, overflow) = number.multipliedReportingOverflow(by: size)
            let reached = overflow || held >= total
            if !reached && turn.itemCount == 0 { throw failure(.emptyBeforeTotal(total), page: page) }
            isLast = isLast || reached
        }
        if ends.contains(.hasMore) {
            guard let more = turn.hasMore else { throw failure(.missingEnd(.hasMore), page: page) }
            isLast = isLast || !more
        }
        if ends.contains(.emptyPage) { isLast = isLast || turn.itemCount == 0 }
        if ends.contains(.shortPage) { isLast = isLast || turn.itemCount == 0 || turn.itemCount < largestBefore }
        return isLast
    }
}
