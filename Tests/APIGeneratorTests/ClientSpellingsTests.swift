import APIGenerator
import APISpec
import XCTest

/// `Resolver.spellings(of:)` names what the generated code declares, as it
/// declares it: every spelling it gives is found in the generated file.
final class ClientSpellingsTests: XCTestCase {
    static let spec = #"""
        {"name": "P", "baseURL": "https://x.example", "webhooks": {"payload": "Event"},
         "types": [{"name": "type", "fields": [{"name": "default", "type": "string", "default": "a", "clientDefault": true},
                                               {"name": "at", "type": "dateTime", "nullable": true},
                                               {"name": "note", "type": "string", "default": "n"}]},
                   {"name": "Event", "kind": "taggedUnion", "tag": "t", "content": "c", "variants": [{"tag": "x", "type": "type"}]}],
         "operations": [
           {"name": "send", "summary": "S.", "group": "g", "method": "POST", "path": "/s/{id}",
            "parameters": [{"name": "id", "in": "path", "type": "int32", "default": 1},
                           {"name": "inout", "in": "query", "type": "string", "default": "q", "clientDefault": true}],
            "requestBody": {"fields": [{"name": "items", "type": "[type]"}, {"name": "e", "type": "Event", "inline": true}]},
            "responseBody": {"type": "{type}"}},
           {"name": "upload", "summary": "S.", "group": "h", "method": "POST", "path": "/u",
            "requestBody": {"contentType": "multipart", "fields": [{"name": "file", "type": "file"}]}}]}
        """#

    func testSpellingsAreTheGeneratedCodesOwn() throws {
        let spec = try XCTUnwrap(SpecLoader.load(text: Self.spec, path: "p.json").specification)
        let spellings = try XCTUnwrap(Resolver.spellings(of: spec))
        let printed = try Generator.generate(spec, options: GeneratorOptions(layout: .singleFile("P.swift"), specPath: "p.json"))[0].contents
        // Declarations as one line each, however the printer broke them.
        let code = printed.replacingOccurrences(of: #"\n\s*"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: "( ", with: "(").replacingOccurrences(of: ", )", with: ")").replacingOccurrences(of: " )", with: ")")

        XCTAssertEqual(spellings.clientName, "PClient")
        XCTAssertEqual(spellings.typeNames, ["type": "Type_", "Event": "Event"])
        XCTAssertEqual(spellings.webhooks?.facade, "PWebhooks")
        XCTAssertEqual(spellings.webhooks?.payload, "Event")
        let type = try XCTUnwrap(spellings.objects["type"])
        XCTAssertEqual(type.arguments.map(\.label), ["default", "at", "note"])
        // A value that may be null but is never left out is `T?`, nil being null: its `?` is part of its type.
        XCTAssertEqual(type.arguments.map(\.type), ["Swift.String", "Foundation.Date?", "Swift.String"])
        XCTAssertEqual(type.arguments.map(\.canBeOmitted), [true, false, true])
        XCTAssertEqual(type.arguments.map(\.hasClientDefault), [true, false, false])
        XCTAssertTrue(code.contains("init(`default`: Swift.String = \"a\", at: Foundation.Date?, "
                                    + "note: Swift.String? = nil)"), printed)

        // Endpoints are listed in the order of the operations' groups.
        XCTAssertEqual(spellings.endpoints.map(\.operation), ["send", "upload"])
        let send = spellings.endpoints[0]
        XCTAssertEqual(send.function, "send")
        XCTAssertEqual(send.requestBody, "SendRequest")
        XCTAssertEqual(send.response, "[Swift.String: Type_]")
        // A path parameter is always passed, even with the server's default; `inout` needs backticks as a label.
        XCTAssertEqual(send.arguments.map(\.label), ["id", "body", "`inout`"])
        XCTAssertEqual(send.arguments.map(\.role), [.path, .body, .query])
        XCTAssertEqual(send.arguments.map(\.canBeOmitted), [false, false, true])
        XCTAssertEqual(send.arguments.map(\.hasClientDefault), [false, false, true])
        XCTAssertTrue(code.contains("func send(id: Swift.Int32, body: SendRequest, `inout`: Swift.String = \"q\")"))
        XCTAssertEqual(send.inlineRequest?.typeName, "SendRequest")
        XCTAssertEqual(send.inlineRequest?.arguments.map(\.role), [.member, .inlineUnion])
        XCTAssertTrue(code.contains("public init(items: [Type_], e: Event)"))
        XCTAssertNil(send.inlineResponse)

        let upload = spellings.endpoints[1]
        XCTAssertNil(upload.requestBody, "a multipart body has no Swift type of its own")
        XCTAssertNil(upload.response)
        XCTAssertEqual(upload.arguments.map(\.role), [.multipartField])
        XCTAssertEqual(upload.arguments.map(\.type), ["APIRuntime.FileUpload"])
    }

    func testASpecThatDoesNotResolveHasNoSpellings() throws {
        let text = #"{"name": "P", "baseURL": "https://x.example", "types": [{"name": "PClient", "fields": [{"name": "a", "type": "string"}]}], "operations": []}"#
        let spec = try XCTUnwrap(SpecLoader.load(text: text, path: "p.json").specification)
        XCTAssertNil(Resolver.spellings(of: spec))
    }
}
