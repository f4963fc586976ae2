@testable import APIGenerator
import XCTest

final class CodePrinterTests: XCTestCase {
    func testBlocksIndentAndBlankLinesCollapse() {
        let text = CodePrinter.print([
            .blank,
            .block("struct A", [.blank, .line("var x = 1"), .blank, .blank, .line("var y = 2"), .blank]),
            .blank,
            .doc(["Docs.", ""]),
            .block("enum B", [.labeled("case .b:", [.line("break")])]),
        ])
        XCTAssertEqual(text, """
            struct A {
                var x = 1

                var y = 2
            }

            /// Docs.
            ///
            enum B {
                case .b:
                    break
            }

            """)
    }

    func testSeparatedSkipsEmptyNodes() {
        let text = CodePrinter.print([.separated([.line("a"), .group([]), .line("b")])])
        XCTAssertEqual(text, "a\n\nb\n")
    }
}
