import APIImport
import Foundation
import XCTest

/// Reading a page is linear in its size: in each shape that once took time quadratic in it, a page of 1 MB imports
/// in at most about four times what a page of 256 KB takes (linear is 4x, quadratic 16x; the bound allows 7x and
/// half a second for a busy machine), and within a bound a debug build meets on such a machine. Comparing the two
/// sizes, not only timing one, is what catches a quadratic path that is still fast at one size (a run of spaces in a
/// sample took 0.5 s at 256 KB and 50 s at 4 MB).
final class ImportTimeTests: XCTestCase {
    static let small = 256 * 1024
    static let large = 1024 * 1024
    static let bound: TimeInterval = 40

    /// A body table, then `tail`: what each shape adds to an ordinary page.
    private static func page(_ tail: String) -> String {
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
    private static func repeated(_ piece: String, _ size: Int) -> String {
        String(repeating: piece, count: size / piece.utf8.count)
    }

    /// Imports the page `make` writes at each size, and compares the times.
    private func assertLinear(file: StaticString = #filePath, line: UInt = #line, _ make: (Int) -> String) {
        var times: [TimeInterval] = []
        for size in [Self.small, Self.large] {
            let text = make(size)
            XCTAssertGreaterThan(text.utf8.count, size * 9 / 10, file: file, line: line)
            let start = Date()
            let result = DocsImporter.importPages([(file: "things.md", text: text)])
            times.append(Date().timeIntervalSince(start))
            XCTAssertTrue(result.foundAnything, file: file, line: line)
        }
        let growth = String(format: "%.2f s at 256 KB, %.2f s at 1 MB", times[0], times[1])
        XCTAssertLessThan(times[1], 7 * times[0] + 0.5, "more than linear: \(growth)", file: file, line: line)
        XCTAssertLessThan(times[1], Self.bound, growth, file: file, line: line)
    }

    func testManyCellsInOneRow() {
        assertLinear { Self.page("| label | String | No | x " + Self.repeated("| a ", $0) + "|") }
    }

    func testARunOfOpeningBrackets() {
        assertLinear { Self.page("| label | String | No | " + Self.repeated("[", $0 / 2) + " |\n\n" + Self.repeated("[<`", $0 / 2)) }
    }

    func testRepeatedDefaultAndMaximumPhrases() {
        assertLinear { Self.page("| size | int | Yes | " + Self.repeated("Default: 10. Max: 200. ", $0) + "|") }
    }

    /// Keys long enough that the page holds a few thousand: each is a field of the draft, which is
    /// linted and written (the time per field is what a debug build allows).
    func testManyKeysInOneSample() {
        assertLinear { size in
            let keys = (0..<(size / 60)).map { #""key\#($0)_\#(String(repeating: "k", count: 40))": \#($0)"# }
            return Self.page("| label | String | No | x |\n\n#### Sample JSON Request\n\n```json\n{"
                + keys.joined(separator: ",") + "}\n```")
        }
    }

    func testLongRunsOfSpacesInASample() {
        assertLinear { size in
            let spaces = String(repeating: " ", count: size / 4)
            let sample = "{\"label\": \"a" + spaces + "b\"," + spaces + "\n" + spaces + "\"size\":" + spaces + "1}"
            return Self.page("| label | String | No | x |\n| size | int | Yes | y |\n\n#### Sample JSON Request\n\n"
                + "```javascript\n" + sample + "\n```")
        }
    }

    /// The general reader (pages of no known family): one request line many times in an `http` block, a
    /// placeholder never closed across many words of a request line, and many request lines in code spans.
    func testGeneralReaderShapes() {
        assertLinear { "## Things\n\n```http\n" + Self.repeated("GET /things/{id}\n", $0) + "```\n" }
        assertLinear { "## Things\n\n```http\nGET /things/{id " + Self.repeated("word ", $0) + "\n```\n" }
        assertLinear { "## Things\n\n`GET /things`\n\n" + Self.repeated("`GET /a` or ", $0) + "\n" }
    }
}
