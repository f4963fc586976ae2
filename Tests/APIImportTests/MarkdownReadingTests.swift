@testable import APIImport
import XCTest

/// The block and inline reading the family readers stand on.
final class MarkdownReadingTests: XCTestCase {
    func testBlocksKeepTheirLines() {
        let text = "fr\n---\ntitle: x\n---\n# Title\n\n \u{00a0}  \u{00a0} POST {endpoint-url}/v1/things\n\n| A | B |\n| :-: | :-: |\n| `a|b` | c |\n\n:::info\nNote\n:::\n\n```json\n{}\n```\nText\nmore text\n"
        let page = MarkdownPage(file: "x.md", text: text)
        guard page.blocks.count == 6 else { return XCTFail("\(page.blocks)") }
        // A fenced block's line is its first line of content, so that a JSON error's line adds to it.
        XCTAssertEqual(page.blocks.map(\.line), [5, 7, 9, 13, 18, 20])
        if case .code(_, let code, _) = page.blocks[1] { XCTAssertEqual(code, "POST {endpoint-url}/v1/things") } else { XCTFail("indented code") }
        if case .table(let table) = page.blocks[2] {
            XCTAssertEqual(table.rows.first?.map(\.text.plain), ["a|b", "c"], "a pipe in a code span stays in its cell")
            XCTAssertEqual(table.rows.first?.first?.column, 2)
        } else { XCTFail("table") }
        if case .directive(let name, let body, _) = page.blocks[3] { XCTAssertEqual([name, body], ["info", "Note"]) } else { XCTFail("admonition") }
        if case .code(let info, _, _) = page.blocks[4] { XCTAssertEqual(info, "json") } else { XCTFail("fence") }
        if case .paragraph(let body, _) = page.blocks[5] { XCTAssertEqual(body.plain, "Text more text") } else { XCTFail("paragraph") }
    }

    func testInlineMarkupIsReadNotShown() {
        let translated = InlineText(markup: #"<span data-ttu-id="1">abonnés</span><span class="sxs-lookup"><span data-stu-id="1">subscribers</span></span>"#, column: 1)
        XCTAssertEqual(translated.plain, "abonnés")
        XCTAssertEqual(translated.original, "subscribers")
        let linked = InlineText(markup: "[Contact](./contact.md) with `code` and **bold**, channel_uuid", column: 1)
        XCTAssertEqual(linked.plain, "Contact with code and bold, channel_uuid")
        XCTAssertEqual(linked.links, [InlineText.Link(text: "Contact", target: "./contact.md")])
        XCTAssertEqual(linked.codeSpans, ["code"])
    }

    func testRequestLines() {
        XCTAssertEqual(RequestLine.parse("Post {endpoint-url}/v1/groups/{groupId}?x={y}").map { [$0.method, $0.path] }, ["POST", "/v1/groups/{groupId}"])
        XCTAssertEqual(RequestLine.parse("GET https://{api_root}/accessToken/").map { [$0.method, $0.path] }, ["GET", "/accessToken"])
        XCTAssertEqual(RequestLine.parse("DELETE /messages/:uuid").map { [$0.method, $0.path] }, ["DELETE", "/messages/{uuid}"])
        XCTAssertNil(RequestLine.parse("ADD /subscribers"))
        XCTAssertTrue(RequestLine.matches("/messages/{uuid}", "/v1/messages/abc"))
        XCTAssertFalse(RequestLine.matches("/messages/{uuid}", "/v1/messages"))
    }

    func testTypeColumnInThreeLanguages() {
        func inferred(_ text: String) -> InferredType? { TypeColumn.read(InlineText(markup: text[...], column: 1)) }
        func read(_ text: String) -> String? { inferred(text)?.reference?.description }
        XCTAssertEqual(read("Chaîne"), "string")
        XCTAssertEqual(read("Boolescher Wert"), "bool")
        XCTAssertEqual(read("Long"), "int64")
        XCTAssertEqual(read("String]"), "[string]")
        XCTAssertEqual(read("JSON Object Array"), "[json]")
        XCTAssertEqual(read("JSON object array specific to the action type"), "[json]")
        XCTAssertEqual(read("[Contact](./contact.md)"), "Contact")
        XCTAssertEqual(read("Location object"), "Location")
        XCTAssertEqual(read("array of Contact"), "[Contact]")
        XCTAssertEqual(read("list of integers"), "[int32]")
        XCTAssertEqual(read("integer(int64)"), "int64")
        XCTAssertEqual(read("string (required)"), "string")
        XCTAssertEqual(inferred("DateTime"), .timestamp)
        XCTAssertEqual(inferred("DateTime[]"), .list(.timestamp))
        XCTAssertNil(read("files"))
    }
}
