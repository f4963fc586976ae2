import APISpec
import Foundation
import XCTest

/// The shipped specs load without a diagnostic and cover what the docs
/// describe. The warnings they know of (docs samples using values the
/// docs' tables do not list) are acknowledged, each with its reason, so
/// that regenerating prints nothing about them.
final class ShippedSpecTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func load(_ file: String) throws -> APISpecification {
        let text = try String(contentsOf: root.appendingPathComponent("schema/\(file)"), encoding: .utf8)
        let result = SpecLoader.load(text: text, path: "schema/\(file)")
        XCTAssertEqual(result.diagnostics, [], result.diagnostics.map(\.description).joined(separator: "\n"))
        return try XCTUnwrap(result.specification)
    }

    func testKaizalaDescribesEveryDocumentedOperation() throws {
        let spec = try Self.load("kaizala.json")
        let routes = Set(spec.operations.map { "\($0.method.rawValue) \($0.path)" })
        let documented: Set<String> = [
            "POST /generatePin", "POST /loginWithPinAndApplicationId", "GET /accessToken", "POST /groups", "GET /groups",
            "GET /groups/{groupId}", "GET /groups/{groupId}/subGroups", "POST /groups/{groupId}/subGroups", "PUT /groups/{groupId}/subGroups",
            "DELETE /groups/{groupId}/subGroups/{subGroupId}", "GET /groups/{groupId}/members", "PUT /groups/{groupId}/members",
            "DELETE /groups/{groupId}/members/{memberId}", "POST /groups/{groupId}/subscribers", "PUT /groups/{groupId}/subscribers/add",
            "PUT /groups/{groupId}/subscribers/remove", "POST /groups/{groupId}/messages", "POST /media", "POST /groups/{groupId}/actions",
            "GET /groups/{groupId}/actions", "GET /groups/{groupId}/actions/{actionId}", "POST /groups/{groupId}/actions/{actionId}/responses",
            "POST /groups/{groupId}/reaction", "GET /groups/{groupId}/reaction/{referenceId}/summary", "GET /groups/{groupId}/reaction/summary",
            "GET /groups/{groupId}/reaction/{referenceId}", "POST /webhook", "GET /webhook", "PUT /webhook/{webhookId}", "DELETE /webhook/{webhookId}",
        ]
        XCTAssertEqual(routes, documented)
        XCTAssertEqual(spec.auth.kind, .tokenHeader)
        let unauthenticated = spec.operations.filter { !$0.isAuthenticated }.map(\.name)
        XCTAssertEqual(unauthenticated, ["generatePin", "loginWithPinAndApplicationId", "getAccessToken"])
        guard case .taggedUnion(let events) = spec.type(named: "EventData")?.kind else { return XCTFail("no EventData union") }
        XCTAssertEqual(events.variants.count, 11)
    }

    func testKaizalaLimitsMatchTheDocs() throws {
        let spec = try Self.load("kaizala.json")
        func field(_ operation: String, _ name: String) -> Field? {
            guard case .fields(let object) = spec.operations.first(where: { $0.name == operation })?.requestBody?.shape else { return nil }
            return object.fields.first { $0.name == name }
        }
        XCTAssertEqual(field("sendMessage", "message")?.constraints.maxLength, 4000)
        XCTAssertEqual(field("createGroup", "members")?.constraints.maxItems, 100)
        XCTAssertEqual(field("listSubscribers", "count")?.constraints.maximum, 50)
        XCTAssertEqual(field("listSubscribers", "count")?.defaultValue, .number("50"))
    }

    func testCallbellDescribesItsMessagesAPI() throws {
        let spec = try Self.load("callbell.json")
        XCTAssertEqual(spec.operations.map(\.name), ["sendMessage", "getMessageStatus", "deleteMessage"])
        XCTAssertEqual(spec.auth.kind, .bearer)
        XCTAssertEqual(spec.operations.last?.successStatus, 204)
        guard case .fields(let body) = spec.operations[0].requestBody?.shape else { return XCTFail("no body") }
        XCTAssertEqual(body.rules.map(\.kind), [.anyOf(["to", "bsuid"]), .requires(field: "template_uuid", required: ["optin_contact"])])
    }

    func testLoadingBothSpecsTakesMilliseconds() throws {
        // Not a benchmark (see Benchmarks/): a guard against pathological slowness.
        let started = Date()
        for _ in 0..<10 {
            _ = try Self.load("kaizala.json")
            _ = try Self.load("callbell.json")
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
    }
}
