import APISpec
import APISpecDiff
import Foundation
import XCTest

/// The rule catalogue: every rule has a spec pair that produces it, every
/// key of the spec format is judged by a rule (or known to be invisible to
/// callers), and `DIFF-RULES.md` is what the catalogue prints.
/// `APIGEN_RECORD=1 swift test --filter RuleCatalogueTests` rewrites the document.
final class RuleCatalogueTests: XCTestCase {
    struct Example {
        var old: [(String, String)] = []
        var new: [(String, String)]
        var impact: SpecChange.Impact
    }

    private static let getOrder = "},\n    " + #"{"name": "getOrder", "summary": "Reads an order.", "group": "orders", "method": "GET", "path": "/orders/{orderId}","#
        + "\n     " + #""parameters": [{"name": "orderId", "in": "path", "type": "guid"}],"# + "\n     " + #""responseBody": {"type": "Receipt"}}"#
    private static let addOperation = ("{\"type\": \"Receipt\"}}\n  ],", #"{"type": "Receipt"}}, {"name": "cancelOrder", "summary": "Cancels.", "group": "orders", "method": "DELETE", "path": "/orders/{orderId}", "parameters": [{"name": "orderId", "in": "path", "type": "guid"}]}"# + "\n  ],")
    private static let email = #"{"name": "email", "type": "string", "optional": true}"#
    private static let variant = #"{"tag": "event", "type": "Event"}"#
    private static let event = #"{"name": "Event", "fields": [{"name": "id", "type": "string"}]}"#
    private static let unused = #", {"name": "Coupon", "fields": [{"name": "code", "type": "string"}]}"#
    private static let answer = #", {"name": "Answer", "kind": "untaggedUnion", "variants": [{"name": "text", "type": "string"}, {"name": "count", "type": "int32"}]}"#
    private static let swapped = #", {"name": "Answer", "kind": "untaggedUnion", "variants": [{"name": "count", "type": "int32"}, {"name": "text", "type": "string"}]}"#
    private static let webhooks = ",\n  " + #""webhooks": {"payload": "Event", "tokenHeader": "x-token"}"#
    private static let getAuthenticated = #""path": "/orders/{orderId}","#
    /// A GET sends no body: examples that give getOrder one make it a PUT on both sides.
    private static let putOrder = (#""method": "GET""#, #""method": "PUT""#)
    private static let multipart = #""parameters": [{"name": "orderId", "in": "path", "type": "guid"}],"# + "\n     " + #""responseBody""#

    private static let readsOrder = #""summary": "Reads an order.","#
    private static func location(_ more: String) -> String {
        #" "responseHeaders": [{"name": "Location", "type": "url""# + more + "}],"
    }

    static let examples: [String: Example] = [
        "api.renamed": Example(new: [(#""name": "Shop""#, #""name": "Store""#)], impact: .breaking),
        "api.baseURL.changed": Example(new: [("https://shop.example/v1", "https://shop.example/v2")], impact: .nonBreaking),
        "auth.scheme.changed": Example(new: [(#""auth": {"scheme": "bearer"}"#, #""auth": {"scheme": "none"}"#)], impact: .breaking),
        "auth.details.changed": Example(new: [(#""auth": {"scheme": "bearer"}"#, #""auth": {"scheme": "bearer", "header": "X-Key"}"#)], impact: .nonBreaking),
        "auth.required": Example(old: [(getAuthenticated, getAuthenticated + #" "authenticated": false,"#)], new: [], impact: .breaking),
        "auth.dropped": Example(new: [(getAuthenticated, getAuthenticated + #" "authenticated": false,"#)], impact: .nonBreaking),
        "operation.added": Example(new: [addOperation], impact: .nonBreaking),
        "operation.removed": Example(new: [(getOrder, "}")], impact: .breaking),
        "operation.renamed": Example(new: [(#"{"name": "getOrder""#, #"{"name": "fetchOrder""#)], impact: .breaking),
        "operation.endpoint.changed": Example(new: [("\"path\": \"/orders\",", "\"path\": \"/v2/orders\",")], impact: .nonBreaking),
        "operation.group.changed": Example(new: [(#""summary": "Places an order.", "group": "orders""#, #""summary": "Places an order.", "group": "sales""#)],
                                           impact: .nonBreaking),
        "operation.statuses.changed": Example(new: [(#""summary": "Places an order.","#, #""summary": "Places an order.", "successStatus": 201,"#)],
                                              impact: .nonBreaking),
        "operation.errorBody.changed": Example(
            new: [(#""summary": "Reads an order.","#, #""summary": "Reads an order.", "statuses": [{"code": 404, "type": "Receipt"}],"#)],
            impact: .breaking),
        "operation.emptyAnswer.changed": Example(
            new: [(#""summary": "Reads an order.","#,
                   #""summary": "Reads an order.", "statuses": [{"code": 204, "description": "Gone.", "empty": true}],"#)],
            impact: .breaking),
        "responseHeader.added": Example(new: [(readsOrder, readsOrder + location(""))], impact: .nonBreaking),
        "responseHeader.removed": Example(old: [(readsOrder, readsOrder + location(""))], new: [],
                                          impact: .breaking),
        "responseHeader.changed": Example(old: [(readsOrder, readsOrder + location(""))],
                                          new: [(readsOrder, readsOrder + location(#", "optional": true"#))],
                                          impact: .breaking),
        "operation.pagination.changed": Example(
            old: [(#"{"name": "orderId", "in": "path", "type": "guid"}]"#, #"{"name": "orderId", "in": "path", "type": "guid"}, {"name": "cursor", "in": "query", "type": "string", "optional": true}]"#),
                  (#""responseBody": {"type": "Receipt"}}"# + "\n  ]", #""responseBody": {"fields": [{"name": "items", "type": "[Receipt]"}, {"name": "next", "type": "string", "optional": true}]}}"# + "\n  ]")],
            new: [(#"{"name": "orderId", "in": "path", "type": "guid"}]"#, #"{"name": "orderId", "in": "path", "type": "guid"}, {"name": "cursor", "in": "query", "type": "string", "optional": true}]"#),
                  (#""responseBody": {"type": "Receipt"}}"# + "\n  ]", #""responseBody": {"fields": [{"name": "items", "type": "[Receipt]"}, {"name": "next", "type": "string", "optional": true}]}, "pagination": {"style": "cursor", "parameter": "cursor", "nextCursor": "next", "items": "items"}}"# + "\n  ]")],
            impact: .nonBreaking),
        "parameter.location.changed": Example(new: [(#"{"name": "count", "in": "query""#, #"{"name": "count", "in": "header""#)], impact: .nonBreaking),
        "parameter.style.changed": Example(
            old: [(#"{"name": "orderId", "in": "path", "type": "guid"}]"#, #"{"name": "orderId", "in": "path", "type": "guid"}, {"name": "ids", "in": "query", "type": "[string]", "optional": true}]"#)],
            new: [(#"{"name": "orderId", "in": "path", "type": "guid"}]"#, #"{"name": "orderId", "in": "path", "type": "guid"}, {"name": "ids", "in": "query", "type": "[string]", "optional": true, "style": "comma"}]"#)],
            impact: .nonBreaking),
        "body.added": Example(old: [putOrder], new: [putOrder, (#""parameters": [{"name": "orderId", "in": "path", "type": "guid"}],"#,
                                     #""parameters": [{"name": "orderId", "in": "path", "type": "guid"}], "requestBody": {"type": "Item"},"#)], impact: .breaking),
        "body.removed": Example(new: [(#","# + "\n" + #"     "responseBody": {"type": "Receipt"}},"#, "},")], impact: .breaking),
        "body.formLists.changed": Example(
            old: [putOrder, (multipart, #""parameters": [{"name": "orderId", "in": "path", "type": "guid"}], "requestBody": {"contentType": "form", "fields": [{"name": "tags", "type": "[string]"}]},"# + "\n     " + #""responseBody""#)],
            new: [putOrder, (multipart, #""parameters": [{"name": "orderId", "in": "path", "type": "guid"}], "requestBody": {"contentType": "form", "formLists": "repeated", "fields": [{"name": "tags", "type": "[string]"}]},"# + "\n     " + #""responseBody""#)],
            impact: .nonBreaking),
        "body.contentType.changed": Example(
            old: [putOrder, (multipart, #""parameters": [{"name": "orderId", "in": "path", "type": "guid"}], "requestBody": {"fields": [{"name": "f", "type": "string"}]},"# + "\n     " + #""responseBody""#)],
            new: [putOrder, (multipart, #""parameters": [{"name": "orderId", "in": "path", "type": "guid"}], "requestBody": {"contentType": "multipart", "fields": [{"name": "f", "type": "file"}]},"# + "\n     " + #""responseBody""#)],
            impact: .breaking),
        "body.type.changed": Example(new: [(#""responseBody": {"type": "Receipt"}},"#, #""responseBody": {"type": "[Receipt]"}},"#)], impact: .breaking),
        "field.added": Example(new: [(email, email + #", {"name": "coupon", "type": "string"}"#)], impact: .breaking),
        "field.removed": Example(new: [(#"{"name": "item", "type": "Item"},"#, #"{"name": "item", "type": "Item"}"#), (email, "")], impact: .breaking),
        "field.renamed": Example(new: [(#"{"name": "note", "type": "string", "optional": true}"#, #"{"name": "comment", "type": "string", "optional": true}"#)],
                                 impact: .breaking),
        "field.type.changed": Example(new: [(#"{"name": "note", "type": "string", "optional": true}"#, #"{"name": "note", "type": "[string]", "optional": true}"#)],
                                      impact: .breaking),
        "field.optional": Example(new: [(#"{"name": "id", "type": "guid"}"#, #"{"name": "id", "type": "guid", "optional": true}"#)], impact: .breaking),
        "field.required": Example(new: [(email, #"{"name": "email", "type": "string"}"#)], impact: .breaking),
        "field.default.changed": Example(new: [(#""default": 30"#, #""default": 10"#)], impact: .breaking),
        "field.nullable.changed": Example(new: [(email, #"{"name": "email", "type": "string", "optional": true, "nullable": true}"#)], impact: .breaking),
        "field.inline.changed": Example(new: [(#"{"name": "extra", "type": "Extra", "optional": true}"#,
                                               #"{"name": "extra", "type": "Extra", "inline": true}"#)],
                                        impact: .breaking),
        "field.oneOrMany.changed": Example(new: [(#"{"name": "tags", "type": "[string]", "optional": true,"#, #"{"name": "tags", "type": "[string]", "optional": true, "oneOrMany": true,"#)],
                                           impact: .nonBreaking),
        "field.clientDefault.changed": Example(new: [(#""default": 30"#, #""default": 30, "clientDefault": true"#)], impact: .breaking),
        "field.swiftName.changed": Example(new: [(email, #"{"name": "email", "swiftName": "mail", "type": "string", "optional": true}"#)], impact: .breaking),
        "constraint.tightened": Example(new: [(#""maxLength": 100"#, #""maxLength": 50"#)], impact: .breaking),
        "constraint.loosened": Example(new: [(#""maxLength": 100"#, #""maxLength": 200"#)], impact: .nonBreaking),
        "constraint.changed": Example(old: [(email, #"{"name": "email", "type": "string", "optional": true, "pattern": "^[a-z]+$"}"#)],
                                      new: [(email, #"{"name": "email", "type": "string", "optional": true, "pattern": "^[a-z0-9]+$"}"#)], impact: .possiblyBreaking),
        "rule.added": Example(new: [(#""rules": []"#, #""rules": [{"anyOf": ["note", "gift"]}]"#)], impact: .breaking),
        "rule.removed": Example(old: [(#""rules": []"#, #""rules": [{"anyOf": ["note", "gift"]}]"#)], new: [], impact: .nonBreaking),
        "type.added": Example(new: [(event, event + unused)], impact: .nonBreaking),
        "type.removed": Example(old: [(event, event + unused)], new: [], impact: .breaking),
        "type.kind.changed": Example(new: [(event, #"{"name": "Event", "kind": "enum", "values": ["a"]}"#)], impact: .breaking),
        "enum.value.added": Example(new: [(#"["small", "large"]"#, #"["small", "large", "huge"]"#)], impact: .nonBreaking),
        "enum.value.removed": Example(new: [(#"["small", "large"]"#, #"["small"]"#)], impact: .breaking),
        "union.variant.added": Example(new: [(variant, variant + #", {"tag": "gift", "type": "Event"}"#)], impact: .breaking),
        "union.variant.removed": Example(old: [(variant, variant + #", {"tag": "gift", "type": "Event"}"#)], new: [], impact: .breaking),
        "union.variant.type.changed": Example(new: [(variant, #"{"tag": "event", "type": "Item"}"#)], impact: .breaking),
        "union.keys.changed": Example(new: [(#""tag": "kind""#, #""tag": "type""#)], impact: .nonBreaking),
        "union.order.changed": Example(old: [(event, event + answer)], new: [(event, event + swapped)], impact: .breaking),
        "webhooks.added": Example(old: [(webhooks, "")], new: [], impact: .nonBreaking),
        "webhooks.removed": Example(new: [(webhooks, "")], impact: .breaking),
        "webhooks.payload.changed": Example(new: [(#""payload": "Event""#, #""payload": "Receipt""#)], impact: .breaking),
        "webhooks.tokenHeader.changed": Example(new: [(#""tokenHeader": "x-token""#, #""tokenHeader": "x-signature""#)], impact: .nonBreaking),
        "webhooks.validationParameter.changed": Example(new: [(#""tokenHeader": "x-token""#, #""tokenHeader": "x-token", "validationParameter": "v""#)],
                                                        impact: .nonBreaking),
        "swift.arguments.reordered": Example(new: [(#"{"name": "note", "type": "string", "optional": true},"# + "\n      ", ""),
                                                   (#"{"name": "title", "type": "string", "maxLength": 100},"#,
                                                    #"{"name": "note", "type": "string", "optional": true}, {"name": "title", "type": "string", "maxLength": 100},"#)],
                                             impact: .breaking),
        "swift.name.changed": Example(old: [(email, email + #", {"name": "名前", "type": "string", "optional": true}"#)],
                                      new: [(email, email + #", {"name": "名前", "type": "string", "optional": true}"#),
                                            (event, event + #", {"name": "名前", "fields": [{"name": "a", "type": "string"}]}"#)],
                                      impact: .breaking),
    ]

    func testEveryRuleHasASpecPairThatProducesIt() throws {
        XCTAssertEqual(Set(Self.examples.keys), Set(DiffRules.catalogue.map(\.id)), "rules without an example, or examples of no rule")
        for (id, example) in Self.examples.sorted(by: { $0.key < $1.key }) {
            let changes = try DiffFixture.changes(old: example.old, new: example.new)
            let matching = changes.filter { $0.kind == id }
            XCTAssertFalse(matching.isEmpty, "\(id): the example gives \(changes.map(\.kind))")
            XCTAssertEqual(matching.first?.impact, example.impact, "\(id): \(matching.first?.reason ?? "")")
        }
    }

    func testEveryChangeKindTheDiffReportsIsInTheCatalogue() throws {
        let ids = Set(DiffRules.catalogue.map(\.id))
        for example in Self.examples.values {
            for change in try DiffFixture.changes(old: example.old, new: example.new) {
                XCTAssertTrue(ids.contains(change.kind), "'\(change.kind)' is reported but not in the catalogue")
            }
        }
    }

    /// Each key of each kind of object in the format, as `kind.key`.
    static var formatKeys: [String] {
        let vocabulary: [(String, [String])] = [
            ("document", SpecVocabulary.document), ("auth", SpecVocabulary.auth), ("type", SpecVocabulary.typeCommon),
            ("object", Array(SpecVocabulary.objectType.dropFirst(SpecVocabulary.typeCommon.count))),
            ("enum", Array(SpecVocabulary.enumType.dropFirst(SpecVocabulary.typeCommon.count))),
            ("union", Array(SpecVocabulary.taggedUnionType.dropFirst(SpecVocabulary.typeCommon.count))),
            ("field", SpecVocabulary.field), ("parameter", SpecVocabulary.parameter), ("rule", SpecVocabulary.rule),
            ("enumValue", SpecVocabulary.enumValue), ("variant", SpecVocabulary.taggedVariant + SpecVocabulary.untaggedVariant),
            ("operation", SpecVocabulary.operation), ("body", SpecVocabulary.body), ("status", SpecVocabulary.status),
            ("sample", SpecVocabulary.sample), ("webhooks", SpecVocabulary.webhooks), ("webhookSample", SpecVocabulary.webhookSample),
            ("pagination", SpecVocabulary.pagination), ("acknowledgement", SpecVocabulary.acknowledgement),
            ("responseHeader", SpecVocabulary.responseHeader),
        ]
        var keys: [String] = []
        for (kind, names) in vocabulary {
            for name in names where !keys.contains("\(kind).\(name)") { keys.append("\(kind).\(name)") }
        }
        return keys
    }

    func testEveryKeyOfTheFormatIsJudgedByARule() {
        let judged = Set(DiffRules.catalogue.flatMap(\.keys)).union(DiffRules.documentationKeys)
        for key in Self.formatKeys {
            XCTAssertTrue(judged.contains(key), "a change of '\(key)' is judged by no rule of DiffRules.catalogue")
        }
    }

    func testTheRulesDocumentIsTheCatalogue() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("DIFF-RULES.md")
        if ProcessInfo.processInfo.environment["APIGEN_RECORD"] == "1" {
            try DiffRules.markdown().write(to: url, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), DiffRules.markdown(),
                       "refresh with APIGEN_RECORD=1 swift test --filter RuleCatalogueTests")
    }

    func testAProjectCanOverrideAVerdict() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try #"{"overrides": {"constraint.tightened": "non-breaking"}}"#.write(to: file, atomically: true, encoding: .utf8)
        let policy = try DiffRules.Policy(contentsOf: file.path)
        let change = try XCTUnwrap(DiffFixture.changes(new: [(#""maxLength": 100"#, #""maxLength": 50"#)]).first)
        XCTAssertEqual(policy.apply(change).impact, .nonBreaking)
        try #"{"overrides": {"no.such.rule": "breaking"}}"#.write(to: file, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try DiffRules.Policy(contentsOf: file.path)) { error in
            XCTAssertEqual("\(error)", "\(file.path):1:16: error: no rule 'no.such.rule' (see DIFF-RULES.md) [#UnknownKey]",
                           "located where the id is written")
        }
        try #"{"overrides": {"#.write(to: file, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try DiffRules.Policy(contentsOf: file.path)) { error in
            XCTAssertTrue("\(error)".hasPrefix("\(file.path):1:16: error: "), "\(error)")
        }
    }
}
