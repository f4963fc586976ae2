import APISpec
import APISpecDiff
import XCTest

/// A small spec and edits of it, for tests of `apigen diff`.
enum DiffFixture {
    /// `Item` is only sent, `Receipt` only received, `Size` both.
    static let base = #"""
    {
      "name": "Shop",
      "baseURL": "https://shop.example/v1",
      "auth": {"scheme": "bearer"},
      "types": [
        {"name": "Size", "kind": "enum", "values": ["small", "large"]},
        {"name": "Item", "fields": [
          {"name": "title", "type": "string", "maxLength": 100},
          {"name": "size", "type": "Size", "optional": true},
          {"name": "note", "type": "string", "optional": true},
          {"name": "gift", "type": "bool", "optional": true},
          {"name": "tags", "type": "[string]", "optional": true, "items": {"maxLength": 20}}
        ], "rules": []},
        {"name": "Receipt", "fields": [
          {"name": "id", "type": "guid"},
          {"name": "total", "type": "double", "optional": true, "minimum": 0},
          {"name": "size", "type": "Size", "optional": true},
          {"name": "extra", "type": "Extra", "optional": true}
        ]},
        {"name": "Extra", "kind": "taggedUnion", "tag": "kind", "content": "body", "variants": [
          {"tag": "event", "type": "Event"}
        ]},
        {"name": "Event", "fields": [{"name": "id", "type": "string"}]}
      ],
      "operations": [
        {"name": "placeOrder", "summary": "Places an order.", "group": "orders", "method": "POST", "path": "/orders",
         "parameters": [{"name": "count", "in": "query", "type": "int32", "optional": true, "default": 30, "minimum": 1, "maximum": 50}],
         "requestBody": {"fields": [
           {"name": "item", "type": "Item"},
           {"name": "email", "type": "string", "optional": true}
         ]},
         "responseBody": {"type": "Receipt"}},
        {"name": "getOrder", "summary": "Reads an order.", "group": "orders", "method": "GET", "path": "/orders/{orderId}",
         "parameters": [{"name": "orderId", "in": "path", "type": "guid"}],
         "responseBody": {"type": "Receipt"}}
      ],
      "webhooks": {"payload": "Event", "tokenHeader": "x-token"}
    }
    """#

    static func edited(_ edits: [(String, String)], file: StaticString, line: UInt) -> String {
        var text = base
        for (old, new) in edits {
            XCTAssertTrue(text.contains(old), "the base spec has no \(old)", file: file, line: line)
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    /// The changes from the base spec with `old` edits to the base with `new` edits.
    static func changes(old: [(String, String)] = [], new: [(String, String)], file: StaticString = #filePath, line: UInt = #line) throws -> [SpecChange] {
        let before = SpecLoader.load(text: edited(old, file: file, line: line), path: "old.json")
        let after = SpecLoader.load(text: edited(new, file: file, line: line), path: "new.json")
        XCTAssertEqual((before.diagnostics + after.diagnostics).map(\.description), [], file: file, line: line)
        return SpecDiff.compare(try XCTUnwrap(before.specification, file: file, line: line), try XCTUnwrap(after.specification, file: file, line: line))
    }
}
