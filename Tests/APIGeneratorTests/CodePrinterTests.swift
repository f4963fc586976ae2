@testable import SwiftLowering
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

    func testCasesAlignWithTheirSwitch() {
        let text = CodePrinter.print([.block("func f()", [.switchBlock("switch x", [.line("case 1: break"), .line("default: break")])])])
        XCTAssertEqual(text, "func f() {\n    switch x {\n    case 1: break\n    default: break\n    }\n}\n")
    }

    func testALongLineBreaksAtItsWidestListOneElementToALine() {
        let arguments = (1...12).map { "argument\($0): value\($0)" }.joined(separator: ", ")
        let text = CodePrinter.print([.block("struct S", [.line("let x = call(short, inner(\(arguments)))")])])
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.allSatisfy { $0.count <= CodePrinter.width }, text)
        XCTAssertEqual(lines[1], "    let x = call(")
        XCTAssertEqual(lines[2], "        short,")
        XCTAssertEqual(lines[3], "        inner(")
        XCTAssertEqual(lines[4], "            argument1: value1,")
        XCTAssertEqual(lines[lines.count - 3], "        )")
        XCTAssertEqual(lines[lines.count - 2], "    )")
    }

    func testStringLiteralsAreNeverBroken() {
        let literal = "\"" + String(repeating: "a, (b) ", count: 30) + "\""
        let text = CodePrinter.print([.line("let s = \(literal)")])
        XCTAssertEqual(text, "let s = \(literal)\n")
    }

    func testLongDocTextWrapsAtWords() {
        let words = Array(repeating: "word", count: 60).joined(separator: " ")
        let text = CodePrinter.print([.block("enum E", [.doc([words])])])
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.allSatisfy { $0.count <= CodePrinter.width }, text)
        XCTAssertTrue(lines.dropFirst().dropLast().allSatisfy { $0.hasPrefix("    /// word") }, text)
    }

    func testARawMultilineLiteralSitsAtItsClosingIndentation() {
        let text = CodePrinter.print([.bracketed("f(", [.multilineString(lead: "body: ", text: "{\n  \"a\": 1\n}", trail: "")],
                                                 closing: ")")])
        XCTAssertEqual(text, "f(\n    body: #\"\"\"\n    {\n      \"a\": 1\n    }\n    \"\"\"#\n)\n")
    }
}

/// No generated line is wider than the printer's width but for a string
/// literal that cannot break.
final class GeneratedLineWidthTests: XCTestCase {
    func testEveryGeneratedLineFitsButUnbreakableLiterals() throws {
        let folders = [PackagePaths.root.appendingPathComponent("Generated"), PackagePaths.fixtures]
        var checked = 0
        for folder in folders {
            let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" && $0.path.contains("Generated") || $0.path.contains("/expected/") }
                ?? []
            for file in files where file.pathExtension == "swift" {
                for (number, line) in try String(contentsOf: file, encoding: .utf8).split(separator: "\n").enumerated()
                where line.count > CodePrinter.width {
                    // What is left once the longest string literal is taken out must fit.
                    let pieces = line.split(separator: "\"", omittingEmptySubsequences: false)
                    let longest = stride(from: 1, to: pieces.count, by: 2).map { pieces[$0].count }.max() ?? 0
                    XCTAssertLessThanOrEqual(line.count - longest, CodePrinter.width, "\(file.lastPathComponent):\(number + 1): \(line)")
                }
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 60)
    }
}
