@testable import APIRuntime
import Foundation
import XCTest

/// The runtime's part of a paged walk alone: how `Link` headers are read and
/// how each stated end decides, without a generated client.
final class PageWalkTests: XCTestCase {
    func testLinkHeadersAreReadByRelationNotByPosition() {
        func next(_ values: String...) -> String? {
            LinkHeader.target("next", in: values.map { HTTPHeader("Link", $0) })
        }
        XCTAssertEqual(next(#"<https://a.example/x?page=2>; rel="next""#), "https://a.example/x?page=2")
        XCTAssertEqual(next(#"</x?page=1>; rel="prev", </x?page=3>; rel="next""#), "/x?page=3")
        XCTAssertEqual(next(#"</x?a=1,2>; title="a, <b>; rel=next"; rel="last", </y>; REL=Next"#), "/y",
                       "commas and brackets inside quotes and targets do not split links")
        XCTAssertEqual(next(#"</z>; rel="prev next""#), "/z", "one of several relations")
        XCTAssertEqual(next(#"</z>; rel=\"next\""#, #"</w>; rel=next"#), "/w", "a second header line")
        XCTAssertNil(next(#"</x>; rel="nextish""#, "no link here", ""))
        XCTAssertNil(LinkHeader.target("next", in: [HTTPHeader("Linked", "</x>; rel=next")]))
    }

    /// Hands out scripted answers in order (nil: an answer that carries nothing), recording the token each was
    /// asked with.
    final class Script<Token: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var turns: [PageTurn<Int, Token>?]
        private(set) var asked: [Token?] = []

        init(_ turns: [PageTurn<Int, Token>?]) {
            self.turns = turns
        }

        func next(_ token: Token?) -> PageTurn<Int, Token>? {
            lock.withLock {
                asked.append(token)
                return turns.removeFirst()
            }
        }
    }

    /// Every page of `pages`, and the failure that stopped the walk, if one did.
    private func read(_ pages: Pages<Int>) async -> (pages: [Int], failure: PagingFailure?) {
        var read: [Int] = []
        do {
            for try await page in pages { read.append(page) }
            return (read, nil)
        } catch {
            guard case .paging(_, _, _, let failure)? = error as? APIError else { return (read, nil) }
            return (read, failure)
        }
    }

    private func cursorWalk(ends: PageEnds = [], _ turns: [PageTurn<Int, String>?]) -> (Pages<Int>, Script<String>) {
        let script = Script(turns)
        return (Pages(from: nil as String?, ends: ends, method: "GET", path: "/x") { (token: String?) async throws(APIError) in
            script.next(token)
        }, script)
    }

    private func numberedWalk(ends: PageEnds, _ turns: [PageTurn<Int, Int32>?]) -> (Pages<Int>, Script<Int32>) {
        let script = Script(turns)
        return (Pages(numberedFrom: nil as Int32?, ends: ends, method: "GET", path: "/x") { (number: Int32) async throws(APIError) in
            script.next(number)
        }, script)
    }

    func testCursorWalksEndWithoutACursorAnEmptyOneOrAFlagAndRefuseRepeats() async {
        var (pages, script) = cursorWalk([PageTurn(1, itemCount: 1, next: "a"), PageTurn(2, itemCount: 1, next: "")])
        var result = await read(pages)
        XCTAssertEqual(result.pages, [1, 2], "an empty cursor names no page")
        XCTAssertNil(result.failure)
        XCTAssertEqual(script.asked, [nil, "a"])
        (pages, _) = cursorWalk([PageTurn(1, itemCount: 1, next: "a"), PageTurn(2, itemCount: 1, next: "b"),
                                 PageTurn(3, itemCount: 1, next: "a")])
        result = await read(pages)
        XCTAssertEqual(result.pages, [1, 2], "the third page leads back to the second")
        XCTAssertEqual(result.failure, .repeatedPage)
        (pages, _) = cursorWalk(ends: .hasMore, [PageTurn(1, itemCount: 1, next: "a", hasMore: true),
                                                  PageTurn(2, itemCount: 1, next: "b", hasMore: false)])
        result = await read(pages)
        XCTAssertEqual(result.pages, [1, 2])
        XCTAssertNil(result.failure)
        (pages, _) = cursorWalk(ends: .hasMore, [PageTurn(1, itemCount: 1, next: "a")])
        result = await read(pages)
        XCTAssertEqual(result.failure, .missingEnd(.hasMore), "a stated flag the answer leaves out")
        (pages, _) = cursorWalk(ends: .emptyPage, [PageTurn(1, itemCount: 2, next: "a"), PageTurn(2, itemCount: 0, next: "b")])
        result = await read(pages)
        XCTAssertEqual(result.pages, [1, 2], "an empty page ends the walk although it names a cursor")
    }

    func testNumberedWalksEndWhereEachStatedEndSays() async {
        let totals = [PageTurn<Int, Int32>(1, itemCount: 2, totalPages: 2), PageTurn(2, itemCount: 2, totalPages: 2)]
        var (pages, script) = numberedWalk(ends: .totalPages, totals)
        var result = await read(pages)
        XCTAssertEqual(result.pages, [1, 2])
        XCTAssertEqual(script.asked, [1, 2])
        (pages, _) = numberedWalk(ends: .totalPages, [PageTurn(1, itemCount: 2, totalPages: 3), PageTurn(2, itemCount: 2)])
        result = await read(pages)
        XCTAssertEqual(result.pages, [1])
        XCTAssertEqual(result.failure, .missingEnd(.totalPages))
        (pages, _) = numberedWalk(ends: .totalItems, [PageTurn(1, itemCount: 3, totalItems: 7), PageTurn(2, itemCount: 3, totalItems: 7),
                                                      PageTurn(3, itemCount: 1, totalItems: 7)])
        result = await read(pages)
        XCTAssertEqual(result.pages, [1, 2, 3], "three pages of three hold seven")
        (pages, _) = numberedWalk(ends: .totalItems, [PageTurn(1, itemCount: 3, totalItems: 7), PageTurn(2, itemCount: 0, totalItems: 7)])
        result = await read(pages)
        XCTAssertEqual(result.failure, .emptyBeforeTotal(7), "an empty page before the count is reached")
        (pages, _) = numberedWalk(ends: .shortPage, [PageTurn(1, itemCount: 2), PageTurn(2, itemCount: 2), PageTurn(3, itemCount: 1)])
        result = await read(pages)
        XCTAssertEqual(result.pages, [1, 2, 3])
        (pages, _) = numberedWalk(ends: .shortPage, [PageTurn(1, itemCount: 2), PageTurn(2, itemCount: 0)])
        result = await read(pages)
        XCTAssertEqual(result.pages, [1, 2], "full pages end at the empty one after them")
        (pages, _) = numberedWalk(ends: [.hasMore, .emptyPage], [PageTurn(1, itemCount: 2, hasMore: true), PageTurn(2, itemCount: 0, hasMore: true)])
        result = await read(pages)
        XCTAssertEqual(result.pages, [1, 2], "any stated end that says so ends the walk")
    }

    /// An answer that carries nothing (nil) ends a walk where an empty page would: on the first page, or after
    /// others on a numbered walk that only an empty or short page ends. Where the page before said more follow, it
    /// is an error. Nothing is asked after it.
    func testNothingEndsAWalkWhereAnEmptyPageWould() async {
        var (pages, script) = cursorWalk([nil, PageTurn(9, itemCount: 1)])
        var result = await read(pages)
        XCTAssertEqual(result.pages, [])
        XCTAssertNil(result.failure)
        XCTAssertEqual(script.asked, [nil], "nothing asked after it")
        (pages, script) = cursorWalk([PageTurn(1, itemCount: 1, next: "a"), nil])
        result = await read(pages)
        XCTAssertEqual(result.pages, [1])
        XCTAssertEqual(result.failure, .nothingAfterMore, "the first page named a cursor")
        var numbered: Script<Int32>
        (pages, numbered) = numberedWalk(ends: .shortPage, [nil, PageTurn(9, itemCount: 1)])
        result = await read(pages)
        XCTAssertEqual(result.pages, [])
        XCTAssertEqual(numbered.asked, [1])
        (pages, numbered) = numberedWalk(ends: .shortPage, [PageTurn(1, itemCount: 2), nil, PageTurn(9, itemCount: 1)])
        result = await read(pages)
        XCTAssertEqual(result.pages, [1])
        XCTAssertNil(result.failure, "as an empty page after full ones")
        XCTAssertEqual(numbered.asked, [1, 2])
        (pages, _) = numberedWalk(ends: .totalItems, [PageTurn(1, itemCount: 2, totalItems: 10), nil])
        result = await read(pages)
        XCTAssertEqual(result.pages, [1])
        XCTAssertEqual(result.failure, .nothingAfterMore, "ten items were counted")
    }

    func testResponseHeadersAreHandedOverForTheCallInside() async throws {
        struct Answering: Transport {
            func send(_ request: HTTPRequest) async throws -> HTTPResponse {
                HTTPResponse(status: 200, headers: [HTTPHeader("X-RateLimit-Remaining", "41")], body: Data("{}".utf8))
            }
        }
        let client = APIClient(serverURL: "https://api.example", transport: Answering())
        let (value, headers) = try await ResponseHeaders.capturing { () async throws(APIError) in
            try await client.send(APIRequest(.get, "/x"), returning: JSONValue.self)
        }
        XCTAssertEqual(value, .object([:]))
        XCTAssertEqual(headers["x-ratelimit-remaining"], "41")
    }
}
