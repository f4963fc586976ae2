import APISpec
import Foundation
import SpecFuzzing
import XCTest

/// Each spec that once linted clean and then failed to compile (as reported
/// against the first version of the generator) is now either refused by
/// lint with a located error, or generates a client that type-checks.
final class ReportedLandmineTests: XCTestCase {
    enum Expected {
        case compiles
        /// Lint refuses it, with an error of this code.
        case refused(DiagnosticCode)
    }

    static func spec(types: String = "[]", operations: String = "[]", name: String = "P", auth: String = "") -> String {
        #"{"name": "\#(name)", "baseURL": "https://x.example", \#(auth)"types": \#(types), "operations": \#(operations)}"#
    }

    static func operation(_ rest: String, name: String = "op", path: String = "/op") -> String {
        #"[{"name": "\#(name)", "summary": "S.", "group": "g", "method": "POST", "path": "\#(path)", \#(rest)}]"#
    }

    static let cases: [(String, Expected, String)] = [
        ("an untagged union with a list variant", .compiles, spec(types: #"""
            [{"name": "Contact", "fields": [{"name": "name", "type": "string", "maxLength": 3}]},
             {"name": "OneOrMany", "kind": "untaggedUnion", "variants": [{"name": "one", "type": "Contact"}, {"name": "many", "type": "[Contact]"}]}]
            """#)),
        ("line breaks in every text", .compiles, #"""
            {"name": "P", "title": "T\nx", "description": "a\rb", "baseURL": "https://x.example", "notes": ["n\r\nm"],
             "types": [{"name": "T", "description": "d\u2028e", "note": "x\ny", "fields": [{"name": "a", "type": "string", "pattern": "^a\nb$", "description": "l1\rl2"}]}],
             "operations": [{"name": "op", "summary": "s\rt", "description": "u\nv", "group": "g", "method": "GET", "path": "/op", "responseBody": {"type": "T"}}]}
            """#),
        ("a dateTime default", .refused(.defaultTypeMismatch),
         spec(types: #"[{"name": "T", "fields": [{"name": "at", "type": "dateTime", "default": "2020-01-01T00:00:00Z"}]}]"#)),
        ("maxLength on a dateTime", .refused(.limitNotApplicable),
         spec(types: #"[{"name": "T", "fields": [{"name": "at", "type": "dateTime", "maxLength": 3}]}]"#)),
        ("enum values named like the enum's own members, as defaults", .compiles, spec(types: #"""
            [{"name": "E", "kind": "enum", "values": ["description", "rawValue", "init", "knownValues", "isKnown"]},
             {"name": "T", "fields": [{"name": "a", "type": "E", "default": "description"}, {"name": "b", "type": "E", "default": "init"},
                                      {"name": "c", "type": "E", "default": "rawValue"}]}]
            """#)),
        ("names without a letter or digit", .compiles, spec(types: #"""
            [{"name": "E", "kind": "enum", "values": ["", "-", "_", "😀"]},
             {"name": "T", "fields": [{"name": "", "type": "string"}, {"name": "-", "type": "E"}, {"name": "_", "type": "int32"}, {"name": "😀", "type": "bool"}]},
             {"name": "U", "kind": "taggedUnion", "tag": "-", "content": "_", "variants": [{"tag": "", "type": "T"}, {"key": "😀", "type": "string"}]}]
            """#, operations: operation(#""parameters": [{"name": "_", "in": "query", "type": "string"}, {"name": "", "in": "header", "type": "E"}]"#, name: "-"))),
        ("a type name without a letter", .refused(.invalidTypeName), spec(types: #"[{"name": "-", "fields": [{"name": "a", "type": "string"}]}]"#)),
        ("an enum named RawValue, which an open enum's body reads as its String (found by importing random docs)", .compiles,
         spec(types: #"[{"name": "RawValue", "kind": "enum", "values": ["a", "b"]}, {"name": "T", "fields": [{"name": "v", "type": "RawValue"}]}]"#)),
        ("a type named CodingKeys", .compiles, spec(types: #"""
            [{"name": "CodingKeys", "fields": [{"name": "a_b", "type": "string"}]}, {"name": "T", "fields": [{"name": "k_k", "type": "CodingKeys"}]}]
            """#)),
        // Renamed (`stringValue_`) while models nested a `CodingKeys` enum; they code through `JSONKey` now.
        ("fields and a type named like a coding-key enum and its members", .compiles, spec(types: #"""
            [{"name": "T", "fields": [{"name": "stringValue", "type": "string"},
              {"name": "intValue", "type": "int32", "optional": true},
              {"name": "rawValue", "type": "string", "secret": true},
              {"name": "keys", "type": "CodingKeys"}, {"name": "u", "type": "U", "inline": true}]},
             {"name": "CodingKeys", "fields": [{"name": "a", "type": "string", "maxLength": 3}]},
             {"name": "U", "kind": "taggedUnion", "tag": "t", "content": "c",
              "variants": [{"tag": "CodingKeys", "type": "CodingKeys"}]}]
            """#)),
        ("an object query parameter", .refused(.textValueRequired), spec(types: #"[{"name": "T", "fields": [{"name": "a", "type": "string"}]}]"#,
            operations: operation(#""parameters": [{"name": "t", "in": "query", "type": "T"}]"#))),
        ("a json header parameter", .refused(.textValueRequired), spec(operations: operation(#""parameters": [{"name": "t", "in": "header", "type": "json"}]"#))),
        ("a map query parameter", .refused(.textValueRequired), spec(operations: operation(#""parameters": [{"name": "t", "in": "query", "type": "{string}"}]"#))),
        ("a query parameter named request, a parameter named body beside a body", .compiles, spec(operations: operation(
            #""parameters": [{"name": "request", "in": "query", "type": "string"}, {"name": "body", "in": "header", "type": "string"}], "requestBody": {"type": "string"}"#))),
        ("a header and a multipart field of one name", .refused(.nameCollision), spec(operations: operation(#"""
            "parameters": [{"name": "name", "in": "header", "type": "string"}],
            "requestBody": {"contentType": "multipart", "fields": [{"name": "file", "type": "file"}, {"name": "name", "type": "string"}]}
            """#))),
        ("minLength on an enum parameter, minimum on an epoch parameter", .compiles, spec(types: #"[{"name": "E", "kind": "enum", "values": ["a"]}]"#,
            operations: operation(#"""
            "parameters": [{"name": "e", "in": "path", "type": "E", "minLength": 1}, {"name": "since", "in": "query", "type": "epochSeconds", "minimum": 0}]
            """#, path: "/op/{e}"))),
        // Refused while members were coded through a `CodingKeys` enum; coded by wire name now, it compiles.
        ("a tag and content key of one Swift name", .compiles, spec(types: #"""
            [{"name": "U", "kind": "taggedUnion", "tag": "action_type", "content": "actionType", "variants": [{"tag": "a", "type": "string"}]}]
            """#)),
        ("two keyed variants with one key", .refused(.duplicateVariant), spec(types: #"""
            [{"name": "U", "kind": "taggedUnion", "tag": "t", "content": "c", "variants": [{"key": "id", "name": "a", "type": "string"}, {"key": "id", "name": "b", "type": "int32"}]}]
            """#)),
        ("requiredWhen naming a bool field", .compiles, spec(types: #"""
            [{"name": "T", "fields": [{"name": "flag", "type": "bool"}, {"name": "why", "type": "string", "optional": true}],
              "rules": [{"field": "why", "requiredWhen": "flag", "in": ["true"]}]}]
            """#)),
        ("multipart int32 and optional fields", .compiles, spec(operations: operation(#"""
            "requestBody": {"contentType": "multipart", "fields": [{"name": "file", "type": "file", "optional": true},
              {"name": "count", "type": "int32", "maximum": 3}, {"name": "note", "type": "string", "optional": true, "maxLength": 4}]}
            """#))),
        ("plain string, list and json bodies", .compiles, spec(operations: #"""
            [{"name": "a", "summary": "S.", "group": "g", "method": "POST", "path": "/a", "requestBody": {"type": "string"}},
             {"name": "b", "summary": "S.", "group": "g", "method": "POST", "path": "/b", "requestBody": {"type": "[int32]"}},
             {"name": "c", "summary": "S.", "group": "g", "method": "POST", "path": "/c", "requestBody": {"type": "json"}, "responseBody": {"type": "[dateTime]"}}]
            """#)),
        ("an int32 default beyond 32 bits", .refused(.defaultTypeMismatch),
         spec(types: #"[{"name": "T", "fields": [{"name": "n", "type": "int32", "default": 3000000000}]}]"#)),
        ("two names that fold to one", .refused(.nameCollision),
         spec(types: #"[{"name": "T", "fields": [{"name": "x_ßa", "type": "string"}, {"name": "xSSa", "type": "string"}]}]"#)),
        ("a token field of type int32", .refused(.authFieldType), spec(operations: #"""
            [{"name": "issue", "summary": "S.", "group": "auth", "method": "GET", "path": "/t", "authenticated": false,
              "responseBody": {"fields": [{"name": "token", "type": "int32"}]}}]
            """#, auth: #""auth": {"scheme": "tokenHeader", "header": "h", "tokenOperation": "issue", "tokenField": "token"}, "#)),
        ("token fields with swiftNames and keyword names", .compiles, spec(operations: #"""
            [{"name": "issue", "summary": "S.", "group": "auth", "method": "GET", "path": "/t", "authenticated": false,
              "parameters": [{"name": "inout", "in": "header", "type": "string"}, {"name": "refresh", "swiftName": "self", "in": "header", "type": "string"}],
              "responseBody": {"fields": [{"name": "token", "swiftName": "default", "type": "string", "optional": true},
                                          {"name": "expires", "type": "epochSeconds", "optional": true}, {"name": "refresh", "type": "string", "optional": true}]}}]
            """#, auth: #""auth": {"scheme": "tokenHeader", "header": "h", "tokenOperation": "issue", "tokenField": "token", "expiryField": "expires", "refreshTokenField": "refresh"}, "#)),
        ("a keyed variant whose key is body", .compiles, spec(types: #"""
            [{"name": "U", "kind": "taggedUnion", "tag": "t", "content": "c", "variants": [{"key": "body", "name": "b", "type": "string"}, {"tag": "x", "type": "int32"}]}]
            """#)),
        ("a field starting with a combining mark, an enum value with DEL", .compiles, spec(types: #"""
            [{"name": "E", "kind": "enum", "values": ["a\u007fb"]}, {"name": "T", "fields": [{"name": "\u0301x", "type": "E"}]}]
            """#)),
        ("hashValue beside an inline union", .compiles, spec(types: #"""
            [{"name": "U", "kind": "taggedUnion", "tag": "t", "content": "c", "variants": [{"tag": "x", "type": "int32"}]},
             {"name": "T", "fields": [{"name": "hashValue", "type": "int32"}, {"name": "u", "type": "U", "inline": true}]}]
            """#)),
        ("a caseless member named like its type", .compiles, spec(types: #"""
            [{"name": "名前", "fields": [{"name": "a", "type": "string"}]},
             {"name": "値", "kind": "untaggedUnion", "variants": [{"name": "名前", "type": "名前"}, {"name": "値", "type": "[名前]"}]}]
            """#)),
        ("an argument named like a type the function returns", .compiles, spec(types: #"""
            [{"name": "名前", "fields": [{"name": "a", "type": "string"}]}]
            """#, operations: operation(#""parameters": [{"name": "名前", "in": "query", "type": "string"}], "responseBody": {"type": "名前"}"#))),
        ("groups differing in case", .refused(.nameCollision), spec(operations: #"""
            [{"name": "a", "summary": "S.", "group": "users", "method": "GET", "path": "/a"}, {"name": "b", "summary": "S.", "group": "Users", "method": "GET", "path": "/b"}]
            """#)),
        ("a type named like the client", .refused(.nameCollision), spec(types: #"[{"name": "PClient", "fields": [{"name": "a", "type": "string"}]}]"#)),
        // Files of the multi-file layout, which the type-check of one file does not see.
        ("a group named like the samples file", .refused(.nameCollision), spec(operations: #"""
            [{"name": "a", "summary": "S.", "group": "samples", "method": "GET", "path": "/a"}]
            """#)),
        ("a type name of 300 characters", .refused(.fileNameTooLong),
         spec(types: #"[{"name": "\#(String(repeating: "T", count: 300))", "fields": [{"name": "a", "type": "string"}]}]"#)),
    ]

    func testEachReportedSpecIsRefusedOrCompiles() throws {
        let modules = try XCTUnwrap(SpecFuzzer.modulesFolder(), "APIRuntime.swiftmodule not found")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-landmines-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (index, (title, expected, text)) in Self.cases.enumerated() {
            let outcome = SpecFuzzer.check(text, name: "Landmine\(index)", modules: modules, folder: folder)
            switch (expected, outcome) {
            case (.compiles, .compiled):
                break
            case (.refused(let code), .rejected(let why, let codes)):
                XCTAssertTrue(codes.contains(code), "\(title): refused for another reason: \(codes) \(why)")
            case (.compiles, .rejected(let why, _)):
                XCTFail("\(title): expected to compile, but lint refused it: \(why)")
            case (.refused, .compiled):
                XCTFail("\(title): expected lint to refuse it, but it compiled")
            case (_, .broken(let why)):
                XCTFail("\(title): \(why)")
            }
        }
    }
}
