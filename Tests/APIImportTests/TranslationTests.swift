@testable import APIImport
import APISpec
import XCTest

/// Machine-translated pages (French with the English original beside each
/// phrase, German without) give the draft the English page gives.
final class TranslationTests: XCTestCase {
    private func requestFields(_ page: String) throws -> [Field] {
        let result = ImportFixture.importing(ImportFixture.paths("translated", [page]) + ImportFixture.paths("msdocs", ["tokens.md"]))
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [], page)
        let spec = try ImportFixture.load(result.text)
        guard case .fields(let body)? = spec.operations.first(where: { $0.method == .POST })?.requestBody?.shape else {
            XCTFail("\(page): no request body")
            return []
        }
        return body.fields
    }

    func testFrenchNamesComeFromTheOriginalBesideThem() throws {
        let fields = try requestFields("widgets.fr.md")
        XCTAssertEqual(fields.map(\.name), ["label", "colour", "brillant"], "the original is used where the page keeps one")
        XCTAssertEqual(fields.map { $0.type.description }, ["string", "[string]", "bool"])
        XCTAssertEqual(fields[0].constraints.maxLength, 1000)
        XCTAssertEqual(fields[0].isOptional, false)
        XCTAssertEqual(fields[1].isOptional, true)
        XCTAssertEqual(fields[2].defaultValue, .bool(false))
    }

    func testGermanNamesComeFromTheSamples() throws {
        let fields = try requestFields("widgets.de.md")
        XCTAssertEqual(fields.map(\.name), ["label", "shiny"], "'Beschriftung', which no sample sends, is the sample's one unclaimed key")
        XCTAssertEqual(fields.first?.note?.contains("'Beschriftung'"), true)
        XCTAssertEqual(fields.first?.constraints.maxLength, 1000)
        XCTAssertEqual(fields.last?.defaultValue, .bool(false))
    }
}
