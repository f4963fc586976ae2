/// Every page of a paged operation, fetched as iteration reaches it: no
/// request before the first `next()`, none after the last page (no next
/// cursor, or no page beyond the total), none once the task is cancelled.
/// Errors thrown are `APIError`s.
public struct Pages<Page: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Page
    private let walk: @Sendable () -> PageWalk<Page>

    /// - Parameters:
    ///   - first: The token of the first page (nil: the operation's own start).
    ///   - fetch: Fetches the page of a token, and names the next page's token (nil on the last page).
    public init<Token: Sendable & Equatable>(from first: Token?,
                                             fetch: @escaping @Sendable (Token?) async throws(APIError) -> (page: Page, next: Token?)) {
        walk = { PageWalk(first: first, fetch: fetch) }
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

    init<Token: Sendable & Equatable>(first: Token?, fetch: @escaping @Sendable (Token?) async throws(APIError) -> (page: Page, next: Token?)) {
        var token = first
        var finished = false
        fetchNext = { () async throws(APIError) -> Page? in
            guard !finished else { return nil }
            if Task.isCancelled {
                finished = true
                throw APIError.cancelled
            }
            let (page, next) = try await fetch(token)
            // No next token, or the same one again (a server that repeats
            // itself would loop forever): this was the last page.
            if let next, next != token { token = next } else { finished = true }
            return page
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
