import Foundation
import XCTest
import YAMLReader

/// Common mistakes are refused with the line and column to point at, and
/// hostile inputs are refused or read in bounded time, never crash.
final class YAMLErrorTests: XCTestCase {
    private func refusal(_ text: String, limits: YAMLReader.Limits = .init(), file: StaticString = #filePath,
                         line: UInt = #line) -> YAMLError? {
        do {
            let node = try YAMLReader.parse(text, limits: limits)
            XCTFail("accepted: \(node.jsonText().prefix(200))", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    private func assertRefused(_ text: String, at expected: [Int], as kind: YAMLError.Kind = .syntax,
                               file: StaticString = #filePath, line: UInt = #line) {
        guard let error = refusal(text, file: file, line: line) else { return }
        XCTAssertEqual([error.line, error.column], expected, "\(error)", file: file, line: line)
        XCTAssertEqual(error.kind, kind, "\(error)", file: file, line: line)
        XCTAssertFalse(error.message.isEmpty, file: file, line: line)
    }

    func testCommonMistakesAreLocated() {
        assertRefused("a: 1\nb: 2\na: 3\n", at: [3, 1], as: .duplicateKey)
        assertRefused("paths:\n  /a:\n    get: {}\n  /a: {}\n", at: [4, 3], as: .duplicateKey)
        assertRefused("{a: 1, 'a': 2}", at: [1, 8], as: .duplicateKey)
        assertRefused("a:\n\tb: 1\n", at: [2, 1])                            // tab as indentation
        assertRefused("a: \"unterminated\nb: 1\n", at: [1, 4])
        assertRefused("a: 'unterminated", at: [1, 4])
        assertRefused("a: b: c\n", at: [1, 5])                               // a mapping on a key's line
        assertRefused("a: - b\n", at: [1, 4])
        assertRefused("a:\n  b: 1\n c: 2\n", at: [3, 3])                     // a key between two indentations
        assertRefused("a: 1\nplain line\nb: 2\n", at: [2, 1])                 // a line that is not a key
        assertRefused("a: *nowhere\n", at: [1, 4])
        assertRefused("[a, b]: 1\n", at: [1, 1], as: .collectionKey)
        assertRefused("? - a\n: 1\n", at: [1, 3], as: .collectionKey)
        assertRefused("a: {b: 1\n", at: [2, 1])                              // an unclosed flow mapping
        assertRefused("a: [1, 2\nb: 3", at: [2, 1])
        assertRefused("a: \"\\q\"\n", at: [1, 5])                            // an unknown escape
        assertRefused("a: !!int x\n", at: [1, 10])
        assertRefused("a: !e!x 1\n", at: [1, 4])                              // an undefined tag handle
        assertRefused("a: 1 # ok\nb: 2# not a comment: x\n", at: [2, 20])
    }

    func testDeepNestingIsRefusedNotACrash() {
        let flow = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        XCTAssertEqual(refusal(flow)?.kind, .limitExceeded)
        let block = (0..<1000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n")
        XCTAssertEqual(refusal(block)?.kind, .limitExceeded)
        XCTAssertEqual(refusal(String(repeating: "- ", count: 50_000) + "x")?.kind, .limitExceeded)
        // Within the limit, deep nesting reads.
        let deep = String(repeating: "[", count: 150) + String(repeating: "]", count: 150)
        XCTAssertNoThrow(try YAMLReader.parse(deep))
        XCTAssertEqual(refusal(deep, limits: .init(maximumDepth: 100))?.kind, .limitExceeded)
    }

    /// The deepest documents the limit lets through read on a thread with the
    /// 512 KiB stack of Apple's secondary threads, in a debug build too; one
    /// level more is refused.
    func testTheDepthLimitFitsASmallStack() {
        let depth = YAMLReader.Limits().maximumDepth
        func flow(_ levels: Int) -> String {
            String(repeating: "[", count: levels) + String(repeating: "]", count: levels)
        }
        func sequencesOfMappings(_ levels: Int) -> String {
            (0..<(levels / 2)).map { String(repeating: "  ", count: $0) + "- k:" }.joined(separator: "\n") + " x"
        }
        func mappings(_ levels: Int) -> String {
            (0..<levels).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " x"
        }
        let deepest = [flow(depth), sequencesOfMappings(depth), mappings(depth)]
        let tooDeep = [flow(depth + 1), sequencesOfMappings(depth + 2), mappings(depth + 1)]
        let finished = expectation(description: "read on a small stack")
        let results = Results()
        let thread = Thread {
            for text in deepest {
                results.append((try? YAMLReader.parse(text))?.jsonText().count ?? -1)
            }
            for text in tooDeep {
                do {
                    _ = try YAMLReader.parse(text)
                    results.append(-1)
                } catch {
                    results.append((error as? YAMLError)?.kind == .limitExceeded ? 0 : -1)
                }
            }
            finished.fulfill()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        wait(for: [finished], timeout: 60)
        let values = results.values
        XCTAssertEqual(values.count, 6)
        XCTAssert(values.prefix(3).allSatisfy { $0 > 0 } && values.dropFirst(3).allSatisfy { $0 == 0 }, "\(values)")
    }

    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [Int] = []
        func append(_ value: Int) { lock.withLock { stored.append(value) } }
        var values: [Int] { lock.withLock { stored } }
    }

    func testAliasBombsAreRefused() {
        var lines = [#"a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]"#]
        for level in 1..<10 {
            let aliases = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(aliases)]")
        }
        let started = Date()
        let error = refusal(lines.joined(separator: "\n"))
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        XCTAssertEqual(error?.line, 7)
        XCTAssertEqual(error?.kind, .limitExceeded)
        // A few aliases within the limit read.
        XCTAssertNoThrow(try YAMLReader.parse(lines.prefix(4).joined(separator: "\n")))
    }

    func testLongLinesReadInLinearTime() throws {
        let count = 250_000
        let texts = [
            "a: " + String(repeating: "x", count: count),
            "a: \"" + String(repeating: "y\\n", count: count / 3) + "\"",
            "[" + Array(repeating: "1", count: count / 2).joined(separator: ",") + "]",
            "{" + (0..<(count / 10)).map { "k\($0): \($0)" }.joined(separator: ", ") + "}",
            "a: " + String(repeating: "word ", count: count / 5),
        ]
        for text in texts {
            let started = Date()
            _ = try YAMLReader.parse(text)
            XCTAssertLessThan(Date().timeIntervalSince(started), 20, String(text.prefix(20)))
        }
        // An implicit key is at most 1024 characters: a longer one is refused where its ':' stands.
        XCTAssertEqual(refusal(String(repeating: "k", count: 2000) + ": v")?.column, 2001)
    }
}
