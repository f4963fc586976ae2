/// Every page of a paged operation, fetched as iteration reaches it: no
/// request before the first `next()`, none after the last page, none once
/// the task is cancelled. The walk ends only where an end its spec states
/// says so, or at an answer that carries nothing (fetched as nil) where an
/// empty page would end it; an answer that does not say, a page that
/// repeats, or nothing where more was promised is an `APIError.paging`
/// rather than a quiet end. Errors thrown are `APIError`s.
public struct Pages<Page: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Page
    private let walk: @Sendable () -> PageWalk<Page>

    /// A walk whose answers name the next page (a cursor or an address).
    /// - Parameters:
    ///   - first: The token of the first page (nil: the operation's own start).
    ///   - ends: The ends the spec states besides a missing next token.
    ///   - method, path: The operation, for errors.
    ///   - fetch: Fetches the page of a token, and says what it tells of the next; nil (an answer that carries
    ///     nothing, as a `204` for an empty repository) ends the walk there.
    public init<Token: Sendable & Hashable>(
        from first: Token?, ends: PageEnds = [], method: String, path: String,
        fetch: @escaping @Sendable (Token?) async throws(APIError) -> PageTurn<Page, Token>?
    ) {
        let rule = PageRule(ends: ends, method: method, path: path, readsLinkHeader: false)
        walk = { PageWalk(linkedFrom: first, rule: rule, fetch: fetch) }
    }

    /// A walk that follows each answer's `Link` header (`rel="next"`); the last answer has none.
    /// - Parameter fetch: Fetches the first page (nil) or the page at an address; nil ends the walk there.
    public static func followingLinkHeaders(
        ends: PageEnds = [], method: String, path: String,
        fetch: @escaping @Sendable (String?) async throws(APIError) -> PageTurn<Page, String>?
    ) -> Pages {
        let rule = PageRule(ends: ends, method: method, path: path, readsLinkHeader: true)
        return Pages(walk: { PageWalk(linkedFrom: nil as String?, rule: rule, fetch: fetch) })
    }

    private init(walk: @escaping @Sendable () -> PageWalk<Page>) {
        self.walk = walk
    }

    /// A walk through numbered pages, from `first` (1 when nil) on.
    /// - Parameters:
    ///   - ends: The ends the spec states; at least one.
    ///   - fetch: Fetches the page of a number, and says what it tells of the next; nil ends the walk there.
    public init<Number: FixedWidthInteger & Sendable>(
        numberedFrom first: Number?, ends: PageEnds, method: String, path: String,
        fetch: @escaping @Sendable (Number) async throws(APIError) -> PageTurn<Page, Number>?
    ) {
        let rule = PageRule(ends: ends, method: method, path: path, readsLinkHeader: false)
        walk = { PageWalk(numberedFrom: first ?? 1, rule: rule, fetch: fetch) }
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(walk: walk())
    }

    public struct Iterator: AsyncIteratorProtocol {
        let walk: PageWalk<Page>

        public mutating func next() async throws -> Page? {
            try await walk.step()
        }
    }

    /// Every item of every page, in order.
    public func items<Item: Sendable>(_ list: @escaping @Sendable (Page) -> [Item]) -> PageItems<Page, Item> {
        PageItems(pages: self, list: list)
    }
}

/// The state of one walk through the pages; owned by one iterator.
public final class PageWalk<Page: Sendable> {
    private let fetchNext: () async throws(APIError) -> Page?

    init<Token: Sendable & Hashable>(
        linkedFrom first: Token?, rule: PageRule,
        fetch: @escaping @Sendable (Token?) async throws(APIError) -> PageTurn<Page, Token>?
    ) {
        var token = first
        var seen: Set<Token> = first.map { [$0] } ?? []
        var number = 0
        var finished = false
        fetchNext = { () async throws(APIError) -> Page? in
            guard !finished else { return nil }
            finished = true
            try rule.throwIfCancelled()
            number += 1
            let (fetched, response) = try await LastResponse.capturing { () async throws(APIError) in
                try await fetch(token)
            }
            guard let turn = fetched else {
                try rule.endsWithNothing(page: number, numbered: false)
                return nil
            }
            guard let next = try rule.nextToken(after: turn, response: response, page: number) else {
                return turn.page
            }
            // A token seen before would walk the same pages again, forever.
            guard seen.insert(next).inserted else { throw rule.failure(.repeatedPage, page: number) }
            token = next
            finished = false
            return turn.page
        }
    }

    init<Number: FixedWidthInteger & Sendable>(
        numberedFrom first: Number, rule: PageRule,
        fetch: @escaping @Sendable (Number) async throws(APIError) -> PageTurn<Page, Number>?
    ) {
        var number = first
        var count = 0
        var largest = 0
        var previous: HTTPResponse?
        var finished = false
        fetchNext = { () async throws(APIError) -> Page? in
            guard !finished else { return nil }
            finished = true
            try rule.throwIfCancelled()
            count += 1
            let (fetched, response) = try await LastResponse.capturing { () async throws(APIError) in
                try await fetch(number)
            }
            guard let turn = fetched else {
                try rule.endsWithNothing(page: count, numbered: true)
                return nil
            }
            let isLast = try rule.isLastNumberedPage(turn, number: Int(clamping: number), largestBefore: largest,
                                                     page: count)
            largest = max(largest, turn.itemCount)
            if isLast { return turn.page }
            // A server that ignores the page number answers the same page again and again: the same
            // bytes (the body, not the decoded page, whose conformances may belong to another actor).
            if turn.itemCount > 0, let response, response.body == previous?.body {
                throw rule.failure(.repeatedPage, page: count)
            }
            guard number < Number.max else { throw rule.failure(.noNextPage, page: count) }
            previous = response
            number += 1
            finished = false
            return turn.page
        }
    }

    func step() async throws(APIError) -> Page? {
        try await fetchNext()
    }
}

/// Every item of every page of a paged operation, in order.
public struct PageItems<Page: Sendable, Item: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Item
    let pages: Pages<Page>
    let list: @Sendable (Page) -> [Item]

    public func makeAsyncIterator() -> Iterator {
        Iterator(pages: pages.makeAsyncIterator(), list: list)
    }

    public struct Iterator: AsyncIteratorProtocol {
        var pages: Pages<Page>.Iterator
        let list: @Sendable (Page) -> [Item]
        var buffer: [Item] = []
        var position = 0

        public mutating func next() async throws -> Item? {
            while position == buffer.count {
                guard let page = try await pages.next() else { return nil }
                buffer = list(page)
                position = 0
            }
            defer { position += 1 }
            return buffer[position]
        }
    }
}
