import APISpec
import APISpecDiff
import XCTest

/// One test per kind of change: a small spec, one edit, and the verdict.
final class ChangeKindTests: XCTestCase {
    private func changes(_ edits: [(String, String)], file: StaticString = #filePath, line: UInt = #line) throws -> [SpecChange] {
        try DiffFixture.changes(new: edits, file: file, line: line)
    }

    /// Asserts the edit gives exactly one change, of this kind and impact.
    private func assertOne(_ edits: [(String, String)], _ kind: String, _ impact: SpecChange.Impact, scope: String? = nil,
                           file: StaticString = #filePath, line: UInt = #line) throws {
        let found = try changes(edits, file: file, line: line)
        XCTAssertEqual(found.map(\.kind), [kind], "\(found)", file: file, line: line)
        XCTAssertEqual(found.first?.impact, impact, found.first?.reason ?? "", file: file, line: line)
        if let scope { XCTAssertEqual(found.first?.scope, scope, file: file, line: line) }
        XCTAssertFalse(found.first?.reason.isEmpty ?? true, file: file, line: line)
    }

    private let addOperation = ("{\"type\": \"Receipt\"}}\n  ],", #"{"type": "Receipt"}}, {"name": "cancelOrder", "summary": "Cancels.", "group": "orders", "method": "DELETE", "path": "/orders/{orderId}", "parameters": [{"name": "orderId", "in": "path", "type": "guid"}]}"# + "\n  ],")

    /// A result turns optional with the first status that gives nil; another such status keeps the signature.
    /// Marking or adding one is that change alone: the plain statuses, which only document answers, stay.
    func testEmptyAnswersBreakWhereTheResultTurnsOptional() throws {
        let reads = #""summary": "Reads an order.","#
        let later = #"{"code": 202, "description": "Later.""#
        try assertOne([(reads, reads + #" "statuses": [\#(later)}],"#)], "operation.statuses.changed", .nonBreaking)
        let marked = (reads, reads + #" "statuses": [\#(later), "empty": true}],"#)
        let found = try DiffFixture.changes(old: [(reads, reads + #" "statuses": [\#(later)}],"#)], new: [marked])
        XCTAssertEqual(found.map(\.kind), ["operation.emptyAnswer.changed"])
        XCTAssertEqual(found.first?.impact, .breaking)
        let both = (reads, reads + #" "statuses": [\#(later), "empty": true}, {"code": 204, "empty": true}],"#)
        let more = try DiffFixture.changes(old: [marked], new: [both])
        XCTAssertEqual(more.map(\.kind), ["operation.emptyAnswer.changed"])
        XCTAssertEqual(more.map(\.impact), [.nonBreaking])
    }

    /// Headers are one header in any letter case on the wire, but another spelling can rename the struct's member,
    /// which callers name; a new description changes nothing they see.
    func testAnswerHeadersAreJudgedByTheirMembers() throws {
        let reads = #""summary": "Reads an order.","#
        func headers(_ name: String, _ more: String = "") -> (String, String) {
            (reads, reads + #" "responseHeaders": [{"name": "\#(name)", "type": "int64"\#(more)}],"#)
        }
        let respelled = try DiffFixture.changes(old: [headers("X-RateLimit-Reset")], new: [headers("X-Ratelimit-Reset")])
        XCTAssertEqual(respelled.map(\.kind), ["responseHeader.changed"])
        XCTAssertEqual(respelled.first?.summary, "answer header `X-RateLimit-Reset`: member `xRateLimitReset` → "
                       + "`xRatelimitReset`")
        let named = try DiffFixture.changes(old: [headers("X-Total")], new: [headers("X-Total", #", "swiftName": "total""#)])
        XCTAssertEqual(named.map(\.kind), ["responseHeader.changed"], "reported once, not also as a Swift name")
        let renamedToo = try DiffFixture.changes(old: [headers("X-RateLimit-Reset")],
                                                 new: [headers("X-Ratelimit-Reset"),
                                                       (#"{"name": "getOrder""#, #"{"name": "readOrder""#)])
        XCTAssertEqual(renamedToo.map(\.kind).sorted(), ["operation.renamed", "responseHeader.changed"],
                       "found by the old operation's name")
        let sameMember = try DiffFixture.changes(old: [headers("Retry-After")], new: [headers("retry-after")])
        XCTAssertEqual(sameMember.map(\.kind), [], "one member either way")
        let described = try DiffFixture.changes(old: [headers("Retry-After")],
                                                new: [headers("Retry-After", #", "description": "Seconds.""#)])
        XCTAssertEqual(described.map(\.kind), [])
    }

    func testIdenticalSpecsHaveNoChanges() throws {
        XCTAssertEqual(try changes([]), [])
    }

    /// Acknowledgements change what lint prints, never the client: adding
    /// one, or rewording its reason, is no change for callers.
    func testAcknowledgementsAreNoChange() throws {
        let sample = ("{\"type\": \"Receipt\"}}\n  ],", #"{"type": "Receipt"}, "samples": [{"title": "t", "response": {"id": "8c291050-9be8-4d66-97f5-bb7013930027", "coupon": "A"}}]}"# + "\n  ],")
        let webhooks = #""webhooks": {"payload": "Event", "tokenHeader": "x-token"}"#
        func acknowledging(_ reason: String) -> (String, String) {
            (webhooks, webhooks + #", "acknowledged": [{"code": "SampleUndocumentedKey", "at": "operations[1].samples[0].response.coupon", "reason": "\#(reason)"}]"#)
        }
        XCTAssertEqual(try DiffFixture.changes(old: [sample, acknowledging("A coupon.")], new: [sample, acknowledging("Coupons.")]), [])
        let before = SpecLoader.load(text: DiffFixture.edited([sample], file: #filePath, line: #line), path: "old.json")
        let after = SpecLoader.load(text: DiffFixture.edited([sample, acknowledging("A coupon.")], file: #filePath, line: #line), path: "new.json")
        XCTAssertEqual(before.diagnostics.map(\.code), [.sampleUndocumentedKey])
        XCTAssertEqual(SpecDiff.compare(try XCTUnwrap(before.specification), try XCTUnwrap(after.specification)), [])
    }

    func testOperationAddedRemovedRenamed() throws {
        try assertOne([addOperation], "operation.added", .nonBreaking, scope: "operation cancelOrder")
        let getOrder = "},\n    " + #"{"name": "getOrder", "summary": "Reads an order.", "group": "orders", "method": "GET", "path": "/orders/{orderId}","#
            + "\n     " + #""parameters": [{"name": "orderId", "in": "path", "type": "guid"}],"# + "\n     " + #""responseBody": {"type": "Receipt"}}"#
        try assertOne([(getOrder, "}")], "operation.removed", .breaking, scope: "operation getOrder")
        let renamed = try changes([(#"{"name": "getOrder""#, #"{"name": "fetchOrder""#), ("/orders/{orderId}", "/orders/{id}"), (#""name": "orderId""#, #""name": "id""#)])
        XCTAssertEqual(renamed.first?.kind, "operation.renamed")
        XCTAssertEqual(renamed.first?.impact, .breaking)
        XCTAssertTrue(renamed.contains { $0.kind == "field.renamed" && $0.path == "parameters.id" && $0.renamedFrom == "orderId" },
                      "the renamed parameter is reported too, as a rename: \(renamed.map(\.kind))")
    }

    /// JSON and form bodies are one `body` argument of the same type; only multipart changes the arguments.
    func testBodyEncodingBreaksCallersOnlyToOrFromMultipart() throws {
        let json = #""requestBody": {"fields": ["#, form = #""requestBody": {"contentType": "form", "fields": ["#
        try assertOne([(json, form)], "body.contentType.changed", .nonBreaking)
        XCTAssertEqual(try DiffFixture.changes(old: [(json, form)], new: []).map(\.impact), [.nonBreaking])
        // To multipart: RuleCatalogueTests' example, breaking.
    }

    func testEndpointAndGroupChangesDoNotBreakCallers() throws {
        try assertOne([("\"path\": \"/orders\",", "\"path\": \"/v2/orders\",")], "operation.endpoint.changed", .nonBreaking)
        try assertOne([(#""name": "placeOrder", "summary": "Places an order.", "group": "orders""#, #""name": "placeOrder", "summary": "Places an order.", "group": "sales""#)],
                      "operation.group.changed", .nonBreaking)
    }

    func testRequestFieldsAddedAndRemoved() throws {
        let optional = #"{"name": "email", "type": "string", "optional": true}"#
        try assertOne([(optional, optional + #", {"name": "coupon", "type": "string", "optional": true}"#)], "field.added", .nonBreaking)
        try assertOne([(optional, optional + #", {"name": "coupon", "type": "string"}"#)], "field.added", .breaking)
        try assertOne([(#"{"name": "item", "type": "Item"},"#, #"{"name": "item", "type": "Item"}"#), (optional, "")], "field.removed", .breaking)
    }

    func testResponseFieldsAddedAndRemoved() throws {
        let id = #"{"name": "id", "type": "guid"},"#
        try assertOne([(id, id + #" {"name": "paid", "type": "bool", "optional": true},"#)], "field.added", .nonBreaking, scope: "type Receipt")
        try assertOne([(id, id + #" {"name": "paid", "type": "bool"},"#)], "field.added", .nonBreaking)
        try assertOne([(#" {"name": "total", "type": "double", "optional": true, "minimum": 0},"#, "")], "field.removed", .breaking)
    }

    func testOptionalityChangesByDirection() throws {
        try assertOne([(#"{"name": "email", "type": "string", "optional": true}"#, #"{"name": "email", "type": "string"}"#)], "field.required", .breaking)
        try assertOne([(#"{"name": "title", "type": "string", "maxLength": 100}"#, #"{"name": "title", "type": "string", "maxLength": 100, "optional": true}"#)],
                      "field.optional", .nonBreaking, scope: "type Item")
        try assertOne([(#"{"name": "id", "type": "guid"}"#, #"{"name": "id", "type": "guid", "optional": true}"#)], "field.optional", .breaking, scope: "type Receipt")
        try assertOne([(#""name": "total", "type": "double", "optional": true,"#, #""name": "total", "type": "double","#)], "field.required", .breaking)
    }

    func testTypeChanges() throws {
        try assertOne([(#"{"name": "note", "type": "string", "optional": true}"#, #"{"name": "note", "type": "[string]", "optional": true}"#)], "field.type.changed", .breaking)
        try assertOne([(#"{"name": "Event", "fields": [{"name": "id", "type": "string"}]}"#, #"{"name": "Event", "kind": "enum", "values": ["a"]}"#)],
                      "type.kind.changed", .breaking)
    }

    func testLimitsTightenedAndLoosened() throws {
        try assertOne([(#""maxLength": 100"#, #""maxLength": 50"#)], "constraint.tightened", .breaking)
        try assertOne([(#""maxLength": 100"#, #""maxLength": 200"#)], "constraint.loosened", .nonBreaking)
        try assertOne([(#""minimum": 1, "maximum": 50"#, #""minimum": 1, "maximum": 40"#)], "constraint.tightened", .breaking, scope: "operation placeOrder")
        try assertOne([(#""minimum": 1, "maximum": 50"#, #""minimum": 1"#)], "constraint.loosened", .nonBreaking)
        try assertOne([(#"{"name": "email", "type": "string", "optional": true}"#, #"{"name": "email", "type": "string", "optional": true, "pattern": "@"}"#)],
                      "constraint.tightened", .breaking)
        try assertOne([(#""optional": true, "minimum": 0}"#, #""optional": true, "minimum": 10}"#)], "constraint.tightened", .nonBreaking, scope: "type Receipt")
    }

    func testLimitsOfElements() throws {
        let found = try changes([(#""items": {"maxLength": 20}"#, #""items": {"maxLength": 10}"#)])
        XCTAssertEqual(found.map(\.kind), ["constraint.tightened"])
        XCTAssertEqual(found.first?.summary, "`tags` items.maxLength `20` → `10`")
        try assertOne([(#", "items": {"maxLength": 20}"#, "")], "constraint.loosened", .nonBreaking)
        // A list default's items are values the old items' pattern accepted: one the new refuses is the evidence.
        let tags = #""items": {"maxLength": 20}"#
        let listed = try DiffFixture.changes(old: [(tags, #""default": ["push"], "items": {"pattern": "^[a-z]+$"}"#)],
                                             new: [(tags, #""default": ["7"], "items": {"pattern": "^[0-9]+$"}"#)])
        let tightened = listed.first { $0.kind == "constraint.tightened" }
        XCTAssertEqual(listed.map(\.kind).sorted(), ["constraint.tightened", "field.default.changed"])
        XCTAssertTrue(tightened?.reason.contains("`push` among them") ?? false, tightened?.reason ?? "")
    }

    func testDefaultChanged() throws {
        try assertOne([(#""default": 30"#, #""default": 10"#)], "field.default.changed", .breaking)
    }

    func testEnumValues() throws {
        try assertOne([(#"["small", "large"]"#, #"["small", "large", "huge"]"#)], "enum.value.added", .nonBreaking)
        let removed = try changes([(#"["small", "large"]"#, #"["small"]"#)])
        XCTAssertEqual(removed.map(\.kind), ["enum.value.removed"])
        XCTAssertEqual(removed.first?.impact, .breaking)
        XCTAssertTrue(removed.first?.reason.contains("server no longer accepts") ?? false, "Size is sent in requests")
        let numbers = try changes([(#"["small", "large"]"#, "[1, 2]")])
        XCTAssertEqual(numbers.map { "\($0.kind) \($0.summary)" }, ["type.kind.changed enum → integer enum"], "strings to numbers")
    }

    func testUnionVariants() throws {
        let variant = #"{"tag": "event", "type": "Event"}"#
        try assertOne([(variant, variant + #", {"tag": "gift", "type": "Event"}"#)], "union.variant.added", .breaking, scope: "type Extra")
        try assertOne([(variant, #"{"tag": "event", "type": "Item"}"#)], "union.variant.type.changed", .breaking)
    }

    func testRulesAddedAndRemoved() throws {
        try assertOne([(#""rules": []"#, #""rules": [{"anyOf": ["note", "gift"]}]"#)], "rule.added", .breaking)
        try assertOne([(#""rules": []"#, #""rules": [{"anyOf": ["title", "note"]}]"#)], "rule.added", .nonBreaking)
        let withRule = try changes([(#""rules": []"#, #""rules": [{"field": "gift", "requires": ["note"]}]"#)])
        XCTAssertEqual(withRule.map(\.impact), [.breaking])
    }

    func testRequestAndResponseBodies() throws {
        // A GET sends no body: getOrder is a PUT on both sides.
        let put = (#""method": "GET""#, #""method": "PUT""#)
        let added = try DiffFixture.changes(old: [put], new: [put, (#""parameters": [{"name": "orderId", "in": "path", "type": "guid"}],"#,
                                                                    #""parameters": [{"name": "orderId", "in": "path", "type": "guid"}], "requestBody": {"type": "Item"},"#)])
        XCTAssertEqual(added.map(\.kind), ["body.added"])
        XCTAssertEqual(added.first?.impact, .breaking)
        try assertOne([(#""requestBody": {"fields": ["#, #""requestBody": {"type": "Item""#), (#"{"name": "item", "type": "Item"},"#, ""),
                       (#"{"name": "email", "type": "string", "optional": true}"#, ""), ("\n     ]},", "},")], "body.type.changed", .breaking)
        let removed = try changes([(#","# + "\n" + #"     "responseBody": {"type": "Receipt"}},"#, "},")])
        XCTAssertEqual(removed.map(\.kind), ["body.removed"])
        XCTAssertEqual(removed.first?.impact, .breaking)
    }

    func testParameters() throws {
        let path = #"{"name": "orderId", "in": "path", "type": "guid"}"#
        try assertOne([(path, path + #", {"name": "verbose", "in": "query", "type": "bool", "optional": true}"#)], "field.added", .nonBreaking)
        try assertOne([(#"{"name": "count", "in": "query""#, #"{"name": "count", "in": "header""#)], "parameter.location.changed", .nonBreaking)
    }

    func testAuthAndAPI() throws {
        try assertOne([(#""auth": {"scheme": "bearer"}"#, #""auth": {"scheme": "none"}"#)], "auth.scheme.changed", .breaking, scope: "auth")
        try assertOne([("https://shop.example/v1", "https://shop.example/v2")], "api.baseURL.changed", .nonBreaking, scope: "API")
        try assertOne([(#""name": "Shop""#, #""name": "Store""#)], "api.renamed", .breaking)
    }

    func testWebhooks() throws {
        try assertOne([(#""tokenHeader": "x-token""#, #""tokenHeader": "x-signature""#)], "webhooks.tokenHeader.changed", .nonBreaking, scope: "webhooks")
        try assertOne([(#", "tokenHeader": "x-token""#, "")], "webhooks.tokenHeader.changed", .breaking)
        try assertOne([(#""payload": "Event""#, #""payload": "Receipt""#)], "webhooks.payload.changed", .breaking)
    }
}
