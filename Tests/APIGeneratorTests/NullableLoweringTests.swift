import APIGenerator
import APISpec
import XCTest

/// How nullable fields are declared and read: `Nullable<T>` where the key
/// may also be left out, `T?` (nil as null) where it is always there; rules,
/// page walks and token answers read them as a value or nothing. (That the
/// code compiles is the fuzzer's promise; `Benchmarks/fuzz.sh --spec` ran
/// this one too.)
final class NullableLoweringTests: XCTestCase {
    static let spec = #"""
        {"name": "N", "baseURL": "https://x.example",
         "auth": {"scheme": "tokenHeader", "header": "x-token", "tokenOperation": "getToken", "tokenField": "token", "expiryField": "expires"},
         "types": [{"name": "Links", "fields": [{"name": "next", "type": "string", "optional": true, "nullable": true}]}],
         "operations": [
           {"name": "getToken", "summary": "S.", "group": "auth", "method": "GET", "path": "/token", "authenticated": false,
            "responseBody": {"fields": [{"name": "token", "type": "string", "optional": true, "nullable": true},
                                        {"name": "expires", "type": "epochSeconds", "nullable": true}]}},
           {"name": "list", "summary": "S.", "group": "g", "method": "GET", "path": "/l",
            "parameters": [{"name": "cursor", "in": "query", "type": "string", "optional": true}],
            "responseBody": {"fields": [{"name": "items", "type": "[string]", "optional": true, "nullable": true},
                                        {"name": "links", "type": "Links", "optional": true, "nullable": true}]},
            "pagination": {"style": "cursor", "parameter": "cursor", "nextCursor": "links.next", "items": "items"}},
           {"name": "patch", "summary": "S.", "group": "g", "method": "PATCH", "path": "/p",
            "requestBody": {"fields": [{"name": "a", "type": "string", "optional": true, "nullable": true},
                                       {"name": "c", "type": "int32", "nullable": true}],
                            "rules": [{"anyOf": ["a", "c"]}]}}]}
        """#

    private func generated() throws -> String {
        let loaded = SpecLoader.load(text: Self.spec, path: "n.json")
        let spec = try XCTUnwrap(loaded.specification, loaded.diagnostics.map(\.description).joined(separator: "\n"))
        let files = try Generator.generate(spec, options: GeneratorOptions(layout: .singleFile("N.swift"), specPath: "n.json"))
        return files[0].contents.replacingOccurrences(of: #"\n\s*"#, with: " ", options: .regularExpression)
    }

    func testDeclarationsSayWhetherTheKeyMayBeLeftOut() throws {
        let code = try generated()
        XCTAssertTrue(code.contains("public var a: APIRuntime.Nullable<Swift.String>"), code)
        XCTAssertTrue(code.contains("public var c: Swift.Int32?"))
        XCTAssertTrue(code.contains("init(a: APIRuntime.Nullable<Swift.String> = .absent, c: Swift.Int32?)"),
                      "absent by default; a key always sent is always given")
        XCTAssertTrue(code.contains(#"self.a = try container.decodeNullableIfPresent(Swift.String.self, forKey: "a")"#))
        XCTAssertTrue(code.contains(#"try container.encodeNullable(self.c, forKey: "c")"#))
    }

    func testRulesCountNullAsNoValueAsLintDoes() throws {
        XCTAssertTrue(try generated().contains(#"validator.requireAny(["a": self.a.value != nil, "c": self.c != nil])"#))
        let sample = Self.spec.replacingOccurrences(of: #""rules": [{"anyOf": ["a", "c"]}]}}]}"#,
                                                    with: #""rules": [{"anyOf": ["a", "c"]}]}, "samples": [{"title": "t", "request": {"a": null, "c": null}}]}]}"#)
        XCTAssertEqual(SpecLoader.load(text: sample, path: "n.json").diagnostics.map(\.code), [.sampleViolatesRule])
    }

    func testWalksAndTokensReadThroughTheValue() throws {
        let code = try generated()
        XCTAssertTrue(code.contains("next: answer.links.value?.next.value"), code)
        XCTAssertTrue(code.contains("itemCount: (answer.items.value?.count ?? 0)"))
        XCTAssertTrue(code.contains("$0.items.value ?? []"))
        XCTAssertTrue(code.contains(#"accessToken: answer.token.value ?? """#))
        XCTAssertTrue(code.contains("expiresAt: answer.expires?.date"))
    }
}
