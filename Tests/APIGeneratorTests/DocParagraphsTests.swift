@testable import SwiftLowering
import XCTest

/// Descriptions copied with their source's line breaks are refilled as Markdown would read them.
final class DocParagraphsTests: XCTestCase {
    func testAParagraphBrokenForAnotherWidthIsRefilled() {
        let text = "List issues across all visible repositories including owned repositories, member\n"
            + "repositories, and organization repositories. You can use the `filter` query parameter to fetch issues\n"
            + "that are not\nnecessarily assigned to you."
        XCTAssertEqual(DocParagraphs.lines(text, width: 60), [
            "List issues across all visible repositories including owned",
            "repositories, member repositories, and organization",
            "repositories. You can use the `filter` query parameter to",
            "fetch issues that are not necessarily assigned to you.",
        ])
    }

    func testBlocksKeepTheirLines() {
        let text = """
            # Heading
            Text
            - one
            - two
              more of two
            | a | b |
            | - | - |
            > quoted
            > still

            After a blank line.
            """
        XCTAssertEqual(DocParagraphs.lines(text, width: 80), [
            "# Heading", "Text", "- one", "- two more of two", "| a | b |", "| - | - |", "> quoted", "> still", "",
            "After a blank line.",
        ])
    }

    func testCodeInFencesIsNeitherJoinedNorBroken() {
        let long = "let value = " + String(repeating: "x", count: 90)
        let text = "Example:\n```swift\n\(long)\nprint(value)\n```\nand after."
        XCTAssertEqual(DocParagraphs.lines(text, width: 40),
                       ["Example:", "```swift", long, "print(value)", "```", "and after."])
    }

    func testAListItemEntryKeepsItsLaterLinesInsideTheItem() {
        let text = "  - filter: Which issues to return. Can be one of:  \n* `assigned`: yours  \n"
            + "* `all`: every issue you can see"
        XCTAssertEqual(DocParagraphs.lines(text, width: 40), [
            "  - filter: Which issues to return. Can",
            "    be one of:\\",
            "    * `assigned`: yours\\",
            "    * `all`: every issue you can see",
        ])
    }

    func testAHardBreakIsKeptWithoutTrailingWhiteSpace() {
        XCTAssertEqual(DocParagraphs.lines("first  \nsecond", width: 80), ["first\\", "second"])
        XCTAssertEqual(DocParagraphs.lines("trailing   ", width: 80), ["trailing"])
        XCTAssertEqual(DocParagraphs.lines("a tab\t", width: 80), ["a tab"])
    }

    func testAWordWiderThanTheLineStaysWhole() {
        let word = String(repeating: "w", count: 30)
        XCTAssertEqual(DocParagraphs.lines("a \(word) b", width: 10), ["a", word, "b"])
    }
}
