@testable import APIGenerator
import ResolvedAPI
import APISpec
import XCTest

/// The resolve stage alone: names in their scopes, collisions as located
/// errors naming both spec names, and the Swift types it decides.
final class ResolverTests: XCTestCase {
    /// A spec of `types` and `operations` (JSON fragments), loaded, checked and resolved.
    static func resolve(types: String = "[]", operations: String = "[]", name: String = "P", extra: String = "")
        -> (ResolvedSpec?, [String]) {
        let (resolved, diagnostics) = resolveDiagnostics(types: types, operations: operations, name: name, extra: extra)
        return (resolved, diagnostics.map(\.description))
    }

    static func resolveDiagnostics(types: String = "[]", operations: String = "[]", name: String = "P", extra: String = "")
        -> (ResolvedSpec?, [Diagnostic]) {
        let text = #"{"name": "\#(name)", "baseURL": "https://x.example", "types": \#(types), "operations": \#(operations)\#(extra)}"#
        let loaded = SpecLoader.load(text: text, path: "x.json")
        guard let spec = loaded.specification else { return (nil, loaded.diagnostics) }
        let result = Resolver.resolve(spec)
        return (result.resolved, result.diagnostics)
    }

    static func object(_ resolved: ResolvedSpec?, _ index: Int = 0) -> ResolvedObject? {
        guard let type = resolved?.types[index], case .object(let object) = type.kind else { return nil }
        return object
    }

    func testKeywordsAndGeneratedMembersAreRenamedOrEscapedByScope() throws {
        let (resolved, errors) = Self.resolve(types: #"""
            [{"name": "type", "fields": [{"name": "self", "type": "string"}, {"name": "default", "type": "string"},
              {"name": "validate", "type": "string"}, {"name": "hashValue", "type": "int32"}]},
             {"name": "Kind", "kind": "enum", "values": ["knownValues", "default", "description", "rawValue", "init"]}]
            """#)
        XCTAssertEqual(errors, [])
        XCTAssertEqual(resolved?.types.map(\.name), ["Type_", "Kind"])
        XCTAssertEqual(Self.object(resolved)?.properties.map(\.name.spelled),
                       ["self_", "`default`", "validate_", "hashValue_"])
        guard case .enumeration(let kind)? = resolved?.types[1].kind else { return XCTFail("not an enum") }
        XCTAssertEqual(kind.cases.map(\.name.spelled), ["knownValues_", "`default`", "description_", "rawValue_", "init_"])
    }

    /// Models code through `APIRuntime.JSONKey`, not a `CodingKeys` enum of
    /// their own: its name and members are free for types and fields.
    func testTheNamesOfACodingKeyEnumAreFree() throws {
        let (resolved, errors) = Self.resolve(types: #"""
            [{"name": "T", "fields": [{"name": "stringValue", "type": "string"}, {"name": "intValue", "type": "int32"},
              {"name": "rawValue", "type": "string"}]},
             {"name": "CodingKeys", "fields": [{"name": "a", "type": "string"}]}]
            """#)
        XCTAssertEqual(errors, [])
        XCTAssertEqual(resolved?.types.map(\.name), ["T", "CodingKeys"])
        XCTAssertEqual(Self.object(resolved)?.properties.map(\.name.spelled), ["stringValue", "intValue", "rawValue"])
    }

    func testCollisionsAreLocatedAndNameBothSpecNames() {
        let (_, errors) = Self.resolve(types: #"""
            [{"name": "T", "fields": [{"name": "x_ßa", "type": "string"},
                                      {"name": "xSSa", "type": "string"}]}]
            """#)
        XCTAssertEqual(errors, ["x.json:2:27: error: field 'xSSa' and field 'x_ßa' (line 1) would both be 'xSSa' among the members of 'T' [#NameCollision] [types[0].fields[1].name]"])
    }

    func testGeneratedTypeNamesCollideWithSpecTypesAsLocatedErrors() {
        let (_, errors) = Self.resolve(types: #"[{"name": "PClient", "fields": [{"name": "a", "type": "string"}]}]"#)
        XCTAssertEqual(errors, ["x.json:1:57: error: type 'PClient' and the client of API 'P' would both be 'PClient' among the module's types [#NameCollision] [types[0].name]"])
    }

    func testGroupsDifferingOnlyInCaseWouldShareAFile() {
        let (_, errors) = Self.resolveDiagnostics(operations: #"""
            [{"name": "a", "summary": "A", "group": "users", "method": "GET", "path": "/a"},
             {"name": "b", "summary": "B", "group": "Users", "method": "GET", "path": "/b"}]
            """#)
        XCTAssertEqual(errors.map(\.code), [.nameCollision])
        XCTAssertEqual(errors.first?.path.components, [.key("operations"), .index(1), .key("group")])
    }

    func testArgumentsAvoidTheBodyAndTheRequestVariable() throws {
        let (resolved, errors) = Self.resolve(operations: #"""
            [{"name": "find", "summary": "F", "group": "g", "method": "POST", "path": "/f",
              "parameters": [{"name": "body", "in": "query", "type": "string"}, {"name": "request", "in": "query", "type": "string"},
                             {"name": "template_uuid", "swiftName": "template", "in": "query", "type": "string"}],
              "requestBody": {"type": "[string]"}}]
            """#)
        XCTAssertEqual(errors, [])
        let operation = try XCTUnwrap(resolved?.groups.first?.operations.first)
        XCTAssertEqual(operation.arguments.map(\.name.name), ["body", "body_", "request", "template"])
        XCTAssertEqual(operation.requestVariable, "request_")
    }

    func testHeaderAndMultipartFieldOfOneNameCollide() {
        let (_, errors) = Self.resolveDiagnostics(operations: #"""
            [{"name": "up", "summary": "U", "group": "g", "method": "POST", "path": "/u",
              "parameters": [{"name": "name", "in": "header", "type": "string"}],
              "requestBody": {"contentType": "multipart", "fields": [{"name": "file", "type": "file"}, {"name": "name", "type": "string"}]}}]
            """#)
        XCTAssertEqual(errors.map(\.code), [.nameCollision])
        XCTAssertEqual(errors.first?.path.components, [.key("operations"), .index(0), .key("parameters"), .index(0), .key("name")])
    }

    func testTaggedUnionKeysAreWireNamesNotSwiftNames() {
        // Members are coded by their JSON names (`APIRuntime.JSONKey`), so
        // keys that would once have become one Swift coding key are fine.
        let (resolved, errors) = Self.resolve(types: #"""
            [{"name": "U", "kind": "taggedUnion", "tag": "action_type", "content": "actionType",
              "variants": [{"tag": "A", "type": "string"}]}]
            """#)
        XCTAssertEqual(errors, [])
        guard case .taggedUnion(let union)? = resolved?.types[0].kind else { return XCTFail("not a union") }
        XCTAssertEqual([union.tagKey, union.contentKey], ["action_type", "actionType"])
    }

    func testMembersNeverShadowATypeOfTheSameName() throws {
        let (resolved, errors) = Self.resolve(types: #"""
            [{"name": "名前", "kind": "untaggedUnion", "variants": [{"name": "名前", "type": "Item"}, {"name": "list", "type": "[Item]"}]},
             {"name": "Item", "fields": [{"name": "a", "type": "string", "maxLength": 2}]}]
            """#)
        XCTAssertEqual(errors, [])
        guard case .untaggedUnion(let union)? = resolved?.types[0].kind else { return XCTFail("not a union") }
        XCTAssertEqual(union.variants.map(\.caseName.name), ["名前_", "list"])
        XCTAssertEqual(union.variants.map(\.validatesNested), [true, true])
    }

    /// A union holding an object or a union is `indirect`; one of strings, numbers, open enums, lists or maps is not.
    func testUnionsOfObjectsAreIndirect() {
        XCTAssertTrue(SpecResolution.isStoredIndirectly([.string, .named("Charge", isEnum: false)]))
        XCTAssertFalse(SpecResolution.isStoredIndirectly([.string, .int64, .named("Status", isEnum: true)]))
        XCTAssertFalse(SpecResolution.isStoredIndirectly([.array(.named("Charge", isEnum: false)), .map(.string)]))
    }
}

/// Which operations can refuse a request before sending it: their docs say `.validation` only then.
final class RequestValidationTests: XCTestCase {
    func testAnOperationValidatesWhenALimitOrAValidatingValueCanRefuseItsRequest() throws {
        let types = #"""
            [{"name": "Note", "fields": [{"name": "text", "type": "string", "maxLength": 5}]},
             {"name": "Tag", "fields": [{"name": "label", "type": "string"}]}]
            """#
        let operations = #"""
            [{"name": "plain", "summary": "s", "group": "g", "method": "GET", "path": "/a",
              "parameters": [{"name": "q", "in": "query", "type": "string", "optional": true}]},
             {"name": "limited", "summary": "s", "group": "g", "method": "GET", "path": "/b",
              "parameters": [{"name": "q", "in": "query", "type": "string", "optional": true, "maxLength": 3}]},
             {"name": "noteBody", "summary": "s", "group": "g", "method": "POST", "path": "/c", "requestBody": {"type": "[Note]"}},
             {"name": "tagBody", "summary": "s", "group": "g", "method": "POST", "path": "/d", "requestBody": {"type": "Tag"}},
             {"name": "inPlace", "summary": "s", "group": "g", "method": "POST", "path": "/e",
              "requestBody": {"fields": [{"name": "n", "type": "int32", "minimum": 1}]}},
             {"name": "upload", "summary": "s", "group": "g", "method": "POST", "path": "/f",
              "requestBody": {"contentType": "multipart", "fields": [{"name": "f", "type": "file", "fileExtensions": ["png"]}]}}]
            """#
        let (resolved, diagnostics) = ResolverTests.resolve(types: types, operations: operations)
        XCTAssertEqual(diagnostics, [])
        let operationsByName = (resolved?.groups ?? []).flatMap(\.operations)
        XCTAssertEqual(operationsByName.filter(\.validatesRequest).map(\.specName), ["limited", "noteBody", "inPlace", "upload"])
    }
}
