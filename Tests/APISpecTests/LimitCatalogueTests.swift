import APISpec
import Foundation
import XCTest

/// The limit kinds are one enum (`LimitTable.Limit`); README's table of
/// which limit applies to which type is held to `LimitTable` here.
final class LimitCatalogueTests: XCTestCase {
    /// (limit, kind) pairs: a scalar type's spec name, or `enums`, `arrays`, `maps`.
    private func pairsInReadme() throws -> Set<String> {
        let readme = try String(contentsOf: ShippedSpecTests.root.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.components(separatedBy: "\n")
        let header = try XCTUnwrap(lines.firstIndex { $0.contains("| Limit | Applies to |") }, "README has no limit table")
        var pairs: Set<String> = []
        for line in lines[(header + 2)...] {
            let row = line.trimmingCharacters(in: .whitespaces)
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard row.hasPrefix("|"), cells.count == 2 else { break }
            let limits = codeSpans(cells[0])
            var kinds = codeSpans(cells[1]).filter { ScalarType(rawValue: $0) != nil }
            for word in ["enums", "arrays", "maps"] where cells[1].contains(word) { kinds.append(word) }
            for limit in limits { for kind in kinds { pairs.insert("\(limit) on \(kind)") } }
        }
        return pairs
    }

    private func codeSpans(_ text: String) -> [String] {
        text.components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
    }

    private func pairsInTable() -> Set<String> {
        var pairs: Set<String> = []
        let enumeration = NamedType(name: "E", description: "", kind: .enumeration(EnumType(values: [])))
        let kinds: [(String, TypeReference)] = ScalarType.allCases.map { ($0.rawValue, .scalar($0)) }
            + [("enums", .named("E")), ("arrays", .array(.scalar(.string))), ("maps", .map(.scalar(.string)))]
        for (name, type) in kinds {
            let shape = LimitTable.shape(of: type, types: ["E": enumeration])
            for limit in LimitTable.allowed(for: shape) { pairs.insert("\(limit.rawValue) on \(name)") }
        }
        return pairs
    }

    func testTheReadmeTableIsTheLimitTable() throws {
        let readme = try pairsInReadme()
        let table = pairsInTable()
        XCTAssertEqual(readme.subtracting(table).sorted(), [], "README allows what lint refuses")
        XCTAssertEqual(table.subtracting(readme).sorted(), [], "lint allows what README does not list")
    }

    func testEveryLimitKindIsAKeyOfTheFormat() {
        XCTAssertEqual(SpecVocabulary.constraints, LimitTable.Limit.allCases.map(\.rawValue))
        for key in SpecVocabulary.constraints {
            XCTAssertTrue(SpecVocabulary.field.contains(key), key)
            XCTAssertTrue(SpecVocabulary.parameter.contains(key), key)
        }
    }
}
