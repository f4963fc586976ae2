@testable import APIImport
import Foundation
import SpecFuzzing
import XCTest

/// A Swift name the draft gives a field whose name another's would also make
/// is explained in a note that quotes lint. The mending rounds lint the model,
/// so the note names the other field, not a line of an intermediate text:
/// when the rounds linted text, these seeds' notes named a line one or two
/// off, as later rounds left samples out above it.
final class DraftNoteTests: XCTestCase {
    func testSwiftNameNotesCiteNoLineOfTheDraft() {
        var explained = 0
        for seed: UInt64 in [1320, 1473, 1533, 1588] {
            let docs = RandomDocs.make(seed: seed)
            let examples = docs.examples
            let result = DocsImporter.importPages(docs.pages, draftPath: "draft.json") { _, name in
                examples[name].map { ($0, "examples/\(name).sh.md") }
            }
            XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [], "seed \(seed)")
            for line in result.text.split(separator: "\n") where line.contains("would both be") {
                explained += 1
                XCTAssertFalse(line.contains("(line "), "seed \(seed): \(line)")
            }
        }
        XCTAssertGreaterThanOrEqual(explained, 4, "each seed's draft explains a Swift name")
    }
}
