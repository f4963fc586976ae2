@testable import APIImport
import APISpec
import XCTest

/// A local date and time with no zone (`2021-05-04T09:15:00.0000000`), as
/// Microsoft Graph sends beside a separate time-zone name: a string, never an
/// enum of the form and example the description shows, and no dateTime.
final class ZonelessDateTimeTests: XCTestCase {
    private func facts(_ text: String) -> ProseFacts { ProseFacts(InlineText(markup: text[...], column: 1)) }

    func testAFormAndItsExampleAreNoValues() {
        XCTAssertNil(facts("Local moment, written (`{day}T{clock}`; e.g. `2021-05-04T09:15:00`).").enumValues)
        XCTAssertNil(facts("Shape (`round`); see also `square`.").enumValues)
        XCTAssertEqual(facts("Shape (`round`, `square` or `oval`)").enumValues?.value, ["round", "square", "oval"])
        XCTAssertEqual(facts("Forme (`rond`/`carré` ou `ovale`)").enumValues?.value, ["rond", "carré", "ovale"])
    }

    func testAZonelessDateTimeIsAStringWithANote() throws {
        let resource = """
        ---
        title: "slot resource type"
        doc_type: resourcePageType
        ---
        # slot resource type

        ## Properties
        | Property | Type | Description |
        |:--|:--|:--|
        |begins|String|The wall-clock moment it opens (`{day}T{clock}`; for instance `2021-05-04T09:15:00.0000000`).|
        |zone|String|Name of the zone the moment is read in.|
        """
        let api = """
        ---
        title: "Get slot"
        doc_type: apiPageType
        ---
        # Get slot

        ## HTTP request
        ```http
        GET /me/slot
        ```
        ## Response
        If successful, this method returns a `200 OK` response code and a [slot](../resources/slot.md) object \
        in the response body.

        ## Example
        ### Request
        ```http
        GET https://graph.example.com/v1.0/me/slot
        ```
        ### Response
        ```http
        HTTP/1.1 200 OK
        Content-type: application/json

        {"begins": "2021-05-04T09:15:00.0000000", "zone": "Pacific Standard Time"}
        ```
        """
        let result = DocsImporter.importPages([("api/slot-get.md", api), ("resources/slot.md", resource)])
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        let spec = try ImportFixture.load(result.text)
        XCTAssertFalse(spec.types.contains { if case .enumeration = $0.kind { true } else { false } }, result.text)
        guard case .fields(let answer)? = spec.operations.first?.responseBody?.shape else {
            return XCTFail("no answer fields")
        }
        let begins = try XCTUnwrap(answer.fields.first { $0.name == "begins" })
        XCTAssertEqual(begins.type.description, "string")
        XCTAssertTrue(begins.note?.contains("no zone offset") == true, result.text)
    }
}
