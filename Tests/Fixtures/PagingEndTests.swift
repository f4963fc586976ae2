import APIRuntime
import Foundation
import XCTest

/// The Checks fixture's walks end only where their spec says, against
/// servers that answer as documented and servers that do not.
final class PagingEndTests: XCTestCase {
    /// Answers each request with `respond(url, n)` (n counts requests from 1), recording the URLs.
    final class Scripted: Transport, @unchecked Sendable {
        let lock = NSLock()
        var asked: [URL] = []
        let respond: @Sendable (URL, Int) -> HTTPResponse

        init(_ respond: @escaping @Sendable (URL, Int) -> HTTPResponse) {
            self.respond = respond
        }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            let count = lock.withLock { asked.append(request.url); return asked.count }
            return respond(request.url, count)
        }

        var queries: [String] {
            lock.withLock { asked.map { $0.query ?? "" } }
        }
    }

    static func json(_ text: String, headers: [HTTPHeader] = []) -> HTTPResponse {
        HTTPResponse(status: 200, headers: headers, body: Data(text.utf8))
    }

    static func query(_ url: URL, _ name: String) -> String? {
        URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == name }?.value
    }

    /// Five contacts, two a page, and nothing in the answer about other pages: the walk reads every one.
    func testANumberedWalkWithoutTotalsReadsToTheShortPage() async throws {
        let contacts = (1...5).map { "c\($0)" }
        let server = Scripted { url, _ in
            let page = Int(Self.query(url, "page") ?? "1") ?? 1
            let slice = contacts.dropFirst((page - 1) * 2).prefix(2)
            return Self.json(#"{"contacts": [\#(slice.map { "\"\($0)\"" }.joined(separator: ","))]}"#)
        }
        var read: [String] = []
        for try await contact in ChecksClient(transport: server).listContactsItems() { read.append(contact) }
        XCTAssertEqual(read, contacts)
        XCTAssertEqual(server.queries, ["page=1", "page=2", "page=3"], "the third page is short: the last")
    }

    /// Full pages all the way: the empty page after them ends the walk.
    func testFullPagesEndAtTheEmptyPageAfterThem() async throws {
        let server = Scripted { url, _ in
            let page = Self.query(url, "page") ?? ""
            return Self.json(Int(page) ?? 0 <= 2 ? #"{"contacts": ["\#(page)a", "\#(page)b"]}"# : #"{"contacts": []}"#)
        }
        var count = 0
        for try await _ in ChecksClient(transport: server).listContactsPages() { count += 1 }
        XCTAssertEqual(count, 3)
        XCTAssertEqual(server.queries, ["page=1", "page=2", "page=3"])
    }

    /// An answer that carries nothing (`204`, marked empty) ends a walk where an empty page would: before the first
    /// page, or after full pages of a walk that a short page ends. After a page that named the next, it is an error.
    /// A single call gives nil on it.
    func testAnEmptyAnswerEndsTheWalk() async throws {
        let noContent = HTTPResponse(status: 204, headers: [], body: Data())
        let empty = Scripted { _, _ in noContent }
        var none: [String] = []
        for try await file in ChecksClient(transport: empty).listFilesItems() { none.append(file) }
        XCTAssertEqual(none, [])
        XCTAssertEqual(empty.asked.count, 1)
        let single = try await ChecksClient(transport: empty).listFiles()
        XCTAssertNil(single)
        let linked = Scripted { _, n in
            n == 1 ? Self.json(#"{"files": ["f1"]}"#, headers: [HTTPHeader("Link", "</files?cursor=2>; rel=next")])
                : noContent
        }
        var files: [String] = []
        do {
            for try await file in ChecksClient(transport: linked).listFilesItems() { files.append(file) }
            XCTFail("nothing where the Link header named a page ended the walk quietly")
        } catch let error as APIError {
            guard case .paging(_, _, 2, .nothingAfterMore) = error else { return XCTFail("got \(error)") }
        }
        XCTAssertEqual(files, ["f1"])
        XCTAssertEqual(linked.asked.count, 2)
        let numbered = Scripted { url, _ in
            Self.query(url, "page") == "2" ? noContent : Self.json(#"{"contacts": ["a", "b"]}"#)
        }
        var contacts: [String] = []
        for try await contact in ChecksClient(transport: numbered).listContactsItems() { contacts.append(contact) }
        XCTAssertEqual(contacts, ["a", "b"])
        XCTAssertEqual(numbered.queries, ["page=1", "page=2"])
    }

    /// A server that ignores the page number would be walked forever; the repeat is an error.
    func testAPageThatRepeatsStopsTheWalkWithAnError() async throws {
        let server = Scripted { _, _ in Self.json(#"{"contacts": ["same", "page"]}"#) }
        do {
            for try await _ in ChecksClient(transport: server).listContactsPages() {}
            XCTFail("walked a repeating page to an end")
        } catch let error as APIError {
            guard case .paging(let method, let path, let page, .repeatedPage) = error else { return XCTFail("got \(error)") }
            XCTAssertEqual([method, path], ["GET", "/contacts"])
            XCTAssertEqual(page, 2)
        }
    }

    /// Counting all items: the walk ends when the pages hold them; an answer without the count stops it with an error.
    func testATotalItemsWalkEndsAtTheCountAndRefusesAnAnswerWithoutIt() async throws {
        let counted = Scripted { _, n in Self.json(#"{"orders": ["o\#(n)a", "o\#(n)b"], "meta": {"total": 5}}"#) }
        var orders: [String] = []
        for try await order in ChecksClient(transport: counted).listOrdersItems(body: .init()) { orders.append(order) }
        XCTAssertEqual(orders, ["o1a", "o1b", "o2a", "o2b", "o3a", "o3b"], "three pages of two hold five")
        let uncounted = Scripted { _, n in Self.json(n == 1 ? #"{"orders": ["a"], "meta": {"total": 9}}"# : #"{"orders": ["b"]}"#) }
        do {
            for try await _ in ChecksClient(transport: uncounted).listOrdersPages(body: .init()) {}
            XCTFail("ended a walk whose answer no longer counts its items")
        } catch let error as APIError {
            guard case .paging(_, _, 2, .missingEnd(let end)) = error else { return XCTFail("got \(error)") }
            XCTAssertEqual(end, .totalItems)
        }
    }

    /// A more-pages flag: false ends, true without a cursor is an error, a cursor seen before is an error.
    func testAMorePagesFlagAndItsCursor() async throws {
        let flagged = Scripted { url, _ in
            switch Self.query(url, "after") {
            case nil: Self.json(#"{"events": ["a"], "next": "x", "has_more": true}"#)
            default: Self.json(#"{"events": ["b"], "next": "y", "has_more": false}"#)
            }
        }
        var events: [String] = []
        for try await event in ChecksClient(transport: flagged).listEventsItems() { events.append(event) }
        XCTAssertEqual(events, ["a", "b"], "has_more false ends the walk although a cursor is given")
        let cursorless = Scripted { _, _ in Self.json(#"{"events": ["a"], "next": null, "has_more": true}"#) }
        await assertPagingFailure(.noNextPage, ChecksClient(transport: cursorless).listEventsPages())
        let circling = Scripted { url, _ in
            Self.json(#"{"events": ["a"], "next": "\#(Self.query(url, "after") == "p" ? "q" : "p")", "has_more": true}"#)
        }
        await assertPagingFailure(.repeatedPage, ChecksClient(transport: circling).listEventsPages())
        XCTAssertEqual(circling.queries, ["", "after=p", "after=q"], "p, q, then p again: stopped there")
    }

    /// `Link: <…>; rel="next"` headers are followed, on the API's server only, to the answer without one.
    func testLinkHeadersAreFollowedToTheLastPage() async throws {
        let server = Scripted { url, n in
            let next: [HTTPHeader] = switch n {
            case 1: [HTTPHeader("Link", #"<https://checks.example/files?cursor=2>; rel="next", <https://checks.example/files>; rel="first""#)]
            case 2: [HTTPHeader("link", #"</files?cursor=3>; rel="prev next""#)]
            default: []
            }
            return Self.json(#"{"files": ["f\#(n)"]}"#, headers: next)
        }
        var files: [String] = []
        for try await file in ChecksClient(transport: server).listFilesItems(prefix: "x") { files.append(file) }
        XCTAssertEqual(files, ["f1", "f2", "f3"])
        XCTAssertEqual(server.asked.map(\.absoluteString), ["https://checks.example/files?prefix=x",
                                                            "https://checks.example/files?cursor=2",
                                                            "https://checks.example/files?cursor=3"])
        let elsewhere = Scripted { _, _ in
            Self.json(#"{"files": []}"#, headers: [HTTPHeader("Link", "<https://elsewhere.example/files?page=2>; rel=next")])
        }
        do {
            for try await _ in ChecksClient(transport: elsewhere).listFilesPages() {}
            XCTFail("followed a link off the API's server")
        } catch let error as APIError {
            guard case .invalidRequest = error else { return XCTFail("got \(error)") }
        }
    }

    /// An answer that is the list itself (as GitHub's are) pages without an `items` path.
    func testAListAnswerIsWalkedByItsLinkHeaders() async throws {
        let script: @Sendable (URL, Int) -> HTTPResponse = { _, n in
            let next = n < 3 ? [HTTPHeader("Link", "</files/names?page=\(n + 1)>; rel=\"next\"")] : []
            return Self.json(n == 2 ? "[]" : #"["a\#(n)", "b\#(n)"]"#, headers: next)
        }
        let server = Scripted(script)
        var names: [String] = []
        for try await name in ChecksClient(transport: server).listFileNamesItems() { names.append(name) }
        XCTAssertEqual(names, ["a1", "b1", "a3", "b3"], "an empty page in the middle is passed, not an end")
        XCTAssertEqual(server.asked.map(\.absoluteString), ["https://checks.example/files/names",
                                                            "https://checks.example/files/names?page=2",
                                                            "https://checks.example/files/names?page=3"])
        var pages: [[String]] = []
        for try await page in ChecksClient(transport: Scripted(script)).listFileNamesPages() { pages.append(page) }
        XCTAssertEqual(pages, [["a1", "b1"], [], ["a3", "b3"]])
    }

    private func assertPagingFailure<Page>(_ expected: PagingFailure, _ pages: Pages<Page>, line: UInt = #line) async {
        do {
            for try await _ in pages {}
            XCTFail("the walk ended", line: line)
        } catch let error as APIError {
            guard case .paging(_, _, _, let failure) = error else { return XCTFail("got \(error)", line: line) }
            XCTAssertEqual(failure, expected, line: line)
        } catch {
            XCTFail("got \(error)", line: line)
        }
    }
}
