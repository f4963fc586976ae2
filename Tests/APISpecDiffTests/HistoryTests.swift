import APISpec
import APISpecDiff
import Foundation
import XCTest

/// Real changes of the two shipped APIs, as before/after specs in
/// `Histories/`, with the verdict each change deserves.
final class HistoryTests: XCTestCase {
    static let histories = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Histories")
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func report(_ old: String, _ new: String) throws -> DiffReport {
        func load(_ name: String) throws -> APISpecification {
            let result = SpecLoader.load(path: histories.appendingPathComponent(name).path)
            XCTAssertEqual(result.diagnostics.map(\.description), [])
            return try XCTUnwrap(result.specification)
        }
        return DiffReport(oldName: old, newName: new, changes: SpecDiff.compare(try load(old), try load(new)))
    }

    private func verdicts(_ report: DiffReport) -> [String] {
        report.changes.map { "\($0.impact.rawValue) \($0.kind) \($0.scope) \($0.path)" }
    }

    /// The docs raised the limit of a message from 1000 to 4000 characters.
    func testKaizalaMessageLimitRaised() throws {
        let report = try Self.report("kaizala-messages-2018.json", "kaizala-messages-2019.json")
        XCTAssertEqual(verdicts(report), ["non-breaking constraint.loosened operation sendMessage request body.message"])
        XCTAssertEqual(report.changes.first?.summary, "`message` maxLength `1000` → `4000` in the request body")
        let back = try Self.report("kaizala-messages-2019.json", "kaizala-messages-2018.json")
        XCTAssertEqual(verdicts(back), ["breaking constraint.tightened operation sendMessage request body.message"])
    }

    /// Callbell added `metadata` and `bot_status`, and made `channel_uuid` required.
    func testCallbellMetadataBotStatusAndChannel() throws {
        let report = try Self.report("callbell-1-seed.json", "callbell-2-metadata-bot-status.json")
        XCTAssertEqual(Set(verdicts(report)), [
            "breaking field.required operation sendMessage request body.channel_uuid",
            "non-breaking field.added operation sendMessage request body.bot_status",
            "non-breaking field.added operation sendMessage request body.metadata",
            "non-breaking type.added type BotStatus ",
        ])
    }

    /// Callbell then made `to` optional, with `bsuid` as the alternative.
    func testCallbellRecipientByPhoneOrBSUID() throws {
        let report = try Self.report("callbell-2-metadata-bot-status.json", "callbell-3-bsuid.json")
        XCTAssertEqual(Set(verdicts(report)), [
            "non-breaking field.optional operation sendMessage request body.to",
            "non-breaking field.added operation sendMessage request body.bsuid",
            "non-breaking rule.added operation sendMessage request body",
        ])
        let rule = try XCTUnwrap(report.changes.first { $0.kind == "rule.added" })
        XCTAssertEqual(rule.reason, "`to` was required, so every value valid before satisfies it")
    }

    /// The whole Callbell history, as the README shows it for a pull request.
    func testReadmeShowsTheCallbellReport() throws {
        let markdown = try Self.report("callbell-1-seed.json", "callbell-3-bsuid.json").render(.markdown)
        let readme = try String(contentsOf: Self.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        XCTAssertTrue(readme.contains(markdown), "README.md should contain:\n\(markdown)")
    }

    func testJSONIsStableForTools() throws {
        let json = try Self.report("callbell-1-seed.json", "callbell-2-metadata-bot-status.json").render(.json)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(object["breaking"] as? Int, 1)
        XCTAssertEqual(object["nonBreaking"] as? Int, 3)
        let first = try XCTUnwrap((object["changes"] as? [[String: Any]])?.first)
        XCTAssertEqual(first["kind"] as? String, "field.required")
        XCTAssertEqual(first["impact"] as? String, "breaking")
        XCTAssertEqual(first["swiftSymbol"] as? String, "SendMessageRequest.channelUUID")
        XCTAssertNotNil(first["line"] as? Int)
        XCTAssertEqual(json, try Self.report("callbell-1-seed.json", "callbell-2-metadata-bot-status.json").render(.json), "same input, same bytes")
    }
}
