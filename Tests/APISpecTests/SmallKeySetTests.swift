@testable import APISpec
import XCTest

/// The checker's key set answers as a `Set<String>` does, below and past the size where it starts hashing.
final class SmallKeySetTests: XCTestCase {
    func testAnswersAsASetDoesOnEitherSideOfItsListLimit() {
        var small = SmallKeySet()
        var reference: Set<String> = []
        // Keys repeat, and differ only in their last letter or in how a letter is composed ("é" both ways).
        let keys = (0..<60).map { "key\($0 % 23)" } + ["caf\u{E9}", "cafe\u{301}", "Key1", ""]
        for key in keys {
            XCTAssertEqual(small.insert(key), reference.insert(key).inserted, key)
            for probe in ["key0", "key22", "key23", "caf\u{E9}", "Key1", "", "nope"] {
                XCTAssertEqual(small.contains(probe), reference.contains(probe), "\(probe) after \(key)")
            }
        }
        XCTAssertEqual(SmallKeySet(["a", "b", "a"]).contains("b"), true)
    }
}
