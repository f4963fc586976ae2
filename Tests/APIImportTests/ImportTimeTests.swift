import APIImport
import Foundation
import XCTest

/// Reading a page is linear in its size: pages of about 256 KB in each
/// shape that once took time quadratic in it import within a bound a debug
/// build meets on a machine busy with other builds (about 1 s each when it
/// is idle); a quadratic path takes minutes.
final class ImportTimeTests: XCTestCase {
    static let size = 256 * 1024
    static let bound: TimeInterval = 8

    /// A body table, then `tail`: what each shape adds to an ordinary page.
    private func page(_ tail: String) -> String {
        """
        ---
        title: /things
        ---
        # /things

        ## POST /things

              POST {endpoint-url}/v1/things

        ### Request body

        | Parameter | Type | Optional? | Description |
        | :---: | :---: | :--- | :--- |

        """ + tail + "\n"
    }

    /// `piece` repeated to about `size` bytes.
    private func repeated(_ piece: String) -> String {
        String(repeating: piece, count: Self.size / piece.utf8.count)
    }

    private func assertImportsInTime(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertGreaterThan(text.utf8.count, Self.size * 9 / 10, file: file, line: line)
        let start = Date()
        let result = DocsImporter.importPages([(file: "things.md", text: text)])
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertTrue(result.foundAnything, file: file, line: line)
        XCTAssertLessThan(elapsed, Self.bound, "imported in \(elapsed) s", file: file, line: line)
    }

    func testManyCellsInOneRow() {
        assertImportsInTime(page("| label | String | No | x " + repeated("| a ") + "|"))
    }

    func testARunOfOpeningBrackets() {
        assertImportsInTime(page("| label | String | No | " + repeated("[") + " |\n\n" + repeated("[<`")))
    }

    func testRepeatedDefaultAndMaximumPhrases() {
        assertImportsInTime(page("| size | int | Yes | " + repeated("Default: 10. Max: 200. ") + "|"))
    }

    /// Keys long enough that the page holds a few thousand: each is a field of the draft, which is
    /// linted and written (the time per field is what a debug build allows).
    func testManyKeysInOneSample() {
        let keys = (0..<(Self.size / 60)).map { #""key\#($0)_\#(String(repeating: "k", count: 40))": \#($0)"# }
        assertImportsInTime(page("| label | String | No | x |\n\n#### Sample JSON Request\n\n```json\n{"
            + keys.joined(separator: ",") + "}\n```"))
    }

    func testLongRunsOfSpacesInASample() {
        let spaces = String(repeating: " ", count: Self.size / 4)
        let sample = "{\"label\": \"a" + spaces + "b\"," + spaces + "\n" + spaces + "\"size\":" + spaces + "1}"
        assertImportsInTime(page("| label | String | No | x |\n| size | int | Yes | y |\n\n#### Sample JSON Request\n\n```javascript\n"
            + sample + "\n```"))
    }
    /// The general reader (pages of no known family): one request line many times in an `http` block, and a
    /// placeholder never closed across many words of a request line.
    func testGeneralReaderShapes() {
        assertImportsInTime("## Things\n\n```http\n" + repeated("GET /things/{id}\n") + "```\n")
        assertImportsInTime("## Things\n\n```http\nGET /things/{id " + repeated("word ") + "\n```\n")
        assertImportsInTime("## Things\n\n`GET /things`\n\n" + repeated("`GET /a` or ") + "\n")
    }
}
