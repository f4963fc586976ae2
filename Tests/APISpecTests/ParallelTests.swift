import APISpec
import XCTest

/// Work on every core, results in a fixed order: the generator's output
/// must not depend on which thread finished first.
final class ParallelTests: XCTestCase {
    /// Busy work of a length that varies by item, so later items often finish first.
    private static func work(_ item: Int) -> Int {
        var total = 0
        for step in 0..<((item * 7919) % 5000) { total &+= step ^ item }
        return item * 2 + (total & 0)
    }

    func testMapHandsResultsOverInOrderAcrossChunks() {
        for (count, chunk) in [(0, 4), (1, 4), (5, 4), (1000, 7), (513, 256)] {
            var seen: [Int] = []
            Parallel.map(Array(0..<count), chunk: chunk, transform: { Self.work($0) }, each: { seen.append($0) })
            XCTAssertEqual(seen, (0..<count).map { $0 * 2 }, "\(count) items in chunks of \(chunk)")
        }
    }

    func testBothRunsEachSideOnceAndReturnsBoth() {
        let (left, right) = Parallel.both({ (0..<1000).map(Self.work).reduce(0, +) }, { "done" })
        XCTAssertEqual(left, (0..<1000).reduce(0) { $0 + $1 * 2 })
        XCTAssertEqual(right, "done")
    }
}
