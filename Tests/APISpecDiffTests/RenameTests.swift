import APISpec
import APISpecDiff
import XCTest

/// A field removed and one added in its place with the same shape, or one
/// that keeps the removed one's `swiftName`, is reported as one rename;
/// anything else stays a removal and an addition.
final class RenameTests: XCTestCase {
    private static let note = #"{"name": "note", "type": "string", "optional": true}"#
    private static let gift = #"{"name": "gift", "type": "bool", "optional": true}"#

    func testAFieldRenamedInPlaceIsOneBreakingChange() throws {
        let found = try DiffFixture.changes(new: [(Self.note, #"{"name": "comment", "type": "string", "optional": true}"#)])
        XCTAssertEqual(found.map(\.kind), ["field.renamed"])
        let rename = try XCTUnwrap(found.first)
        XCTAssertEqual(rename.impact, .breaking, "callers name the Swift property, which follows the wire name")
        XCTAssertEqual(rename.scope, "type Item")
        XCTAssertEqual(rename.member, "comment")
        XCTAssertEqual(rename.renamedFrom, "note")
        XCTAssertEqual(rename.summary, "`note` renamed to `comment` (Swift `note` → `comment`)")
        XCTAssertEqual(rename.swiftSymbol, "Item.comment")
        XCTAssertNotNil(rename.line, "at the new field's line")
    }

    func testARenameThatKeepsTheSwiftNameBreaksNoCaller() throws {
        let remark = #"{"name": "remark", "swiftName": "note", "type": "string", "optional": true}"#
        let found = try DiffFixture.changes(new: [(Self.note, remark)])
        XCTAssertEqual(found.map(\.kind), ["field.renamed"], "the swiftName added is part of the rename, not a change of its own")
        XCTAssertEqual(found.first?.impact, .nonBreaking)
        XCTAssertEqual(found.first?.summary, "`note` renamed to `remark` (Swift name `note` kept)")
    }

    /// A kept explicit `swiftName` pairs the two wherever the field moved,
    /// and what else changed is reported on the new name.
    func testAKeptSwiftNamePairsFieldsAnywhere() throws {
        let found = try DiffFixture.changes(
            old: [(Self.note, #"{"name": "note", "swiftName": "memo", "type": "string", "optional": true}"#)],
            new: [(Self.note + ",", ""),
                  (Self.gift, Self.gift + #", {"name": "remark", "swiftName": "memo", "type": "[string]", "optional": true}"#)])
        XCTAssertEqual(Set(found.map(\.kind)), ["field.renamed", "field.type.changed"], "\(found)")
        let rename = try XCTUnwrap(found.first { $0.kind == "field.renamed" })
        XCTAssertEqual(rename.impact, .nonBreaking)
        XCTAssertEqual(rename.renamedFrom, "note")
        XCTAssertEqual(found.first { $0.kind == "field.type.changed" }?.member, "remark")
    }

    func testNoRenameWhenTheTypeDiffers() throws {
        let found = try DiffFixture.changes(new: [(Self.note, #"{"name": "comment", "type": "int32", "optional": true}"#)])
        XCTAssertEqual(Set(found.map(\.kind)), ["field.removed", "field.added"])
        XCTAssertEqual(found.first { $0.kind == "field.removed" }?.swiftSymbol, "Item.note", "a removed field is named as it was")
    }

    func testNoRenameWhenOptionalityOrLimitsDiffer() throws {
        let required = try DiffFixture.changes(new: [(Self.note, #"{"name": "comment", "type": "string"}"#)])
        XCTAssertEqual(Set(required.map(\.kind)), ["field.removed", "field.added"])
        let limit = #"{"name": "comment", "type": "string", "optional": true, "maxLength": 5}"#
        let limited = try DiffFixture.changes(new: [(Self.note, limit)])
        XCTAssertEqual(Set(limited.map(\.kind)), ["field.removed", "field.added"])
    }

    /// `note` removed between `size` and `gift`, `comment` added after `tags`.
    func testNoRenameWhenThePlaceDiffers() throws {
        let tags = #"{"name": "tags", "type": "[string]", "optional": true, "items": {"maxLength": 20}}"#
        let comment = #", {"name": "comment", "type": "string", "optional": true}"#
        let found = try DiffFixture.changes(new: [(Self.note + ",", ""), (tags, tags + comment)])
        XCTAssertEqual(Set(found.map(\.kind)), ["field.removed", "field.added"], "\(found)")
    }

    /// `total` is received: the rename breaks code that reads the old property.
    func testAResponseFieldRenamed() throws {
        let found = try DiffFixture.changes(new: [(#"{"name": "total", "type": "double""#, #"{"name": "amount", "type": "double""#)])
        XCTAssertEqual(found.map(\.kind), ["field.renamed"])
        XCTAssertEqual(found.first?.impact, .breaking)
        XCTAssertEqual(found.first?.reason, "code that names `total` no longer compiles")
    }

    /// Parameters are fields too; what else is compared by name follows the rename.
    func testAParameterRenamedKeepsItsOtherComparisons() throws {
        let found = try DiffFixture.changes(new: [(#"{"name": "count", "in": "query""#, #"{"name": "limit", "in": "header""#)])
        XCTAssertEqual(found.map(\.kind), ["field.renamed", "parameter.location.changed"])
        XCTAssertEqual(found.first?.renamedFrom, "count")
        XCTAssertEqual(found.first?.swiftSymbol, "placeOrder(limit:)")
    }

    func testTheJSONReportCarriesTheOldName() throws {
        let found = try DiffFixture.changes(new: [(Self.note, #"{"name": "comment", "type": "string", "optional": true}"#)])
        let json = DiffReport(oldName: "old.json", newName: "new.json", changes: found).render(.json)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let change = try XCTUnwrap((object["changes"] as? [[String: Any]])?.first)
        XCTAssertEqual(change["renamedFrom"] as? String, "note")
        XCTAssertEqual(change["member"] as? String, "comment")
    }
}
