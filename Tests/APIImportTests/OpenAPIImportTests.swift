import APIExport
import APIGenerator
@testable import APIImport
import APISpec
import Foundation
import SpecFuzzing
import XCTest

/// `apigen import openapi`: the mapping fact by fact on a document written
/// for it, every warning kind, the round trip through `apigen export
/// openapi`, and the OpenAPI Initiative's examples.
final class OpenAPIImportTests: XCTestCase {
    func testLandminesMapFactByFact() throws {
        let result = try OpenAPIFixture.importing(OpenAPIFixture.landmines)
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        let spec = result.specification
        XCTAssertEqual([spec.name, spec.title, spec.baseURL], ["ZooKeeper", "Zoo keeper", "/v2"], "the server's variable takes its default")
        XCTAssertEqual(spec.auth.kind, .bearer)
        // CORS headers are said once for the document, however many answers list them.
        let cors = result.warnings.filter { $0.kind == .responseHeaders && $0.message.hasPrefix("CORS") }
        XCTAssertEqual(cors.map(\.pointer), ["#/paths/~1animals/get/responses/200/headers"])
        XCTAssertTrue(cors.first?.message.contains("on 2 answers") ?? false, cors.first?.message ?? "")
        XCTAssertEqual(spec.notes.filter { $0.hasPrefix("CORS") }.count, 1)
        func object(_ name: String) throws -> [Field] {
            guard case .object(let object)? = spec.type(named: name)?.kind else { throw XCTSkip("no object \(name)") }
            return object.fields
        }
        func describe(_ fields: [Field]) -> [String] {
            fields.map { "\($0.name): \($0.type)\($0.isOptional ? "?" : "")\($0.isNullable ? " nullable" : "")" }
        }
        // allOf: one object with every member; the base's enum written in place is one type.
        XCTAssertEqual(describe(try object("Cat")), ["kind: BaseKind", "name: string", "id: guid?", "nickname: string? nullable", "lives: int32?"])
        XCTAssertEqual(try object("Dog").last?.defaultValue, .bool(true))
        // A discriminator: a tagged union whose variants carry the tag, tags from the mapping (a pointer or a bare name).
        guard case .taggedUnion(let animal)? = spec.type(named: "Animal")?.kind else { return XCTFail("Animal") }
        XCTAssertEqual(animal.variants.map { "\($0.tag ?? "-"): \($0.type)" }, ["cat: Cat", "dog: Dog"])
        XCTAssertEqual([animal.tagKey, animal.contentKey ?? "in place"], ["kind", "in place"])
        // A variant written in place, or one without the tag field (lint refuses, the draft is mended): tried in order.
        for name in ["NewAnimalFriend", "NewAnimalRival"] {
            guard case .untaggedUnion? = spec.type(named: name)?.kind else { return XCTFail(name) }
            XCTAssertNotNil(spec.type(named: name)?.note)
        }
        let new = try object("NewAnimal")
        XCTAssertEqual(describe(new), ["name: string", "born: date?", "email: email? nullable", "weight: double?", "tags: [string?]?",
                                       "scores: {int64}?", "rivals: [Animal]?", "readings: [double]?", "extra: NewAnimalExtra?",
                                       "labels: {string}?", "size: NewAnimalSize?", "ratio: double?",
                                       "mood: NewAnimalMood?",
                                       "feeding: NewAnimalFeeding?", "ref: json?", "id: NewAnimalId?", "friend: NewAnimalFriend?",
                                       "rival: NewAnimalRival?"])
        // 3.1's exclusive bound on a double is one; on an integer an inclusive bound one step in (`limit`: minimum 1).
        XCTAssertEqual([new[3].constraints.maximum, new[3].constraints.exclusiveMaximum, new[3].constraints.multipleOf],
                       [nil, 1000, 0.5])
        XCTAssertEqual(new[5].constraints.maxItems, 10, "maxProperties limits a map's size")
        XCTAssertEqual(new[12].defaultValue, .string("calm"))
        // `uniqueItems` on a list of text is checked; on a list of fractions, or of a union (`Animal`: a dog or a
        // cat), it is a located warning.
        XCTAssertEqual(new.filter { $0.constraints.uniqueItems == true }.map(\.name), ["tags"])
        guard case .enumeration(let size)? = spec.type(named: "NewAnimalSize")?.kind else { return XCTFail("NewAnimalSize") }
        XCTAssertEqual([size.isInteger ? "integer" : "string"] + size.values.map(\.value), ["integer", "1", "2", "3"])
        XCTAssertEqual(try object("Base")[1].constraints.pattern, "^[A-Z]")
        XCTAssertTrue(try object("Base")[2].note?.contains("Read-only") ?? false)
        guard case .untaggedUnion(let id)? = spec.type(named: "NewAnimalId")?.kind else { return XCTFail("NewAnimalId") }
        XCTAssertEqual(id.variants.map(\.type.description), ["string", "int64"])
        // A list of itself stays, and so does a cycle a value can end (the client boxes it); one no value ends is json.
        XCTAssertEqual(describe(try object("Node")), ["parent: Node?", "children: [Node]?", "loop: Loop?"])
        XCTAssertEqual(describe(try object("Loop")), ["next: json"])
        XCTAssertNil(spec.type(named: "ListAnimalsFilter"), "the type of a parameter left out goes with it")
        XCTAssertNil(spec.operations.first { $0.name == "lookUpAnimal" }?.requestBody, "a GET sends no body")
        // Operations: names from operationId (made a name) or from method and path, groups from tags or the path.
        XCTAssertEqual(spec.operations.map { "\($0.name) \($0.method.rawValue) \($0.path) \($0.group)" },
                       ["listAnimals GET /animals animals", "addAnimal POST /animals animals", "headAnimal HEAD /animals animals",
                        "updateAnimal PUT /animals/{animalId} animals", "removeAnimal DELETE /animals/{animalId} animals",
                        "tagAnimal PATCH /animals/{animalId} animals", "addAnimals POST /animals/batch animals",
                        "uploadPhoto POST /animals/{animalId}/photo animals",
                        "lookUpAnimal GET /animals/lookup animals"])
        let list = spec.operations[0]
        XCTAssertEqual(list.parameters.map { "\($0.location.rawValue) \($0.field.name): \($0.field.type) \($0.style?.rawValue ?? "-")" },
                       ["header X-Zoo: string -", "query limit: int32 -", "query kinds: [string] comma", "query zones: [int64] pipe",
                        "query expand: [string] brackets", "query born: ListAnimalsBorn deepObject"])
        XCTAssertEqual([list.parameters[1].field.constraints.minimum, list.parameters[1].field.constraints.maximum], [1, 50],
                       "an integer's exclusive minimum is the next integer")
        XCTAssertEqual(list.statuses.map { "\($0.code) \($0.type?.description ?? "-")" },
                       ["200 -", "404 Problem", "409 json", "5XX -", "default ListAnimalsErrorDefault"],
                       "error bodies in JSON are typed (json where only examples say what), a class and default too; "
                       + "an HTML page is not")
        XCTAssertEqual(list.samples.map { "\($0.title) \($0.status.map(String.init) ?? "-")" }, ["Two -", "Example 404 404", "Example 409 409", "Teapot 418"],
                       "an error answer's example is a sample of its status, one of an answer without a schema too, "
                       + "one of `default` where it states its status (the other is a located warning)")

        XCTAssertEqual(spec.operations[1].successStatus, 201)
        XCTAssertEqual(spec.operations[1].samples.first?.request?.contains("Tom"), true)
        XCTAssertFalse(spec.operations[4].isAuthenticated, "security: [] calls without a token")
        let tag = spec.operations[5]
        XCTAssertEqual(tag.requestBody?.contentType, .form)
        guard case .fields(let form)? = tag.requestBody?.shape else { return XCTFail("tagAnimal's form is written in place") }
        XCTAssertEqual(describe(form.fields), ["tags: [string]", "feeding: TagAnimalRequestFeeding?", "note: string?"])
        XCTAssertNil(spec.operations[6].requestBody, "a form of a list has no place in the format: a located warning, no body")
        let upload = spec.operations[7]
        XCTAssertEqual(upload.requestBody?.contentType, .multipart)
        XCTAssertEqual(upload.parameters.last.map { "\($0.field.name) \($0.field.isSecret)" }, "X-Key true", "the API key is a secret parameter")
        XCTAssertEqual(SpecWriter.text(of: spec), result.text)
        XCTAssertEqual(Lint.diagnostics(text: result.text, path: "draft.json").filter { $0.severity == .error }.map(\.description), [])
    }

    /// Every kind of warning is one the landmine document (or the Swagger kennel) gives, at its place (pinned in Expected/).
    func testEveryWarningKindIsGiven() throws {
        let result = try OpenAPIFixture.importing(OpenAPIFixture.landmines)
        let given = Set(result.warnings.map(\.kind) + (try OpenAPIFixture.importing(OpenAPIFixture.kennel)).warnings.map(\.kind))
        XCTAssertEqual(OpenAPIWarning.Kind.allCases.filter { !given.contains($0) }, [], "kinds the landmine document does not give")
        try ImportFixture.assertGolden(result.warnings.map(\.description).joined(separator: "\n") + "\n", "landmines.warnings")
        try ImportFixture.assertGolden(result.text, "landmines.json")
    }

    func testLandminesDraftTypeChecks() throws {
        try assertTypeChecks(OpenAPIFixture.importing(OpenAPIFixture.landmines).text, name: "ZooKeeper")
    }

    /// Export then import gives back each shipped spec, fact for fact and in the canonical layout, but for one fact
    /// OpenAPI has no place for: a response sample of an operation without a response body (Kaizala's generatePin
    /// answers `{}`), which the export cannot write as an example of content the operation does not have.
    func testExportThenImportGivesTheShippedSpecsBack() throws {
        for name in ["kaizala", "callbell"] {
            let path = ImportFixture.packageRoot.appendingPathComponent("schema/\(name).json").path
            let original = try XCTUnwrap(SpecLoader.load(path: path).specification)
            let exported = OpenAPIExporter.export(original).text
            let result = try OpenAPIImporter.importDocument(OpenAPIDocument.parse(exported, file: "\(name).openapi.json"),
                                                            draftPath: "schema/\(name).json")
            XCTAssertEqual(result.warnings.map(\.description), [], name)
            XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [], name)
            var expected = original
            var lost: [String] = []
            for index in expected.operations.indices where expected.operations[index].responseBody == nil {
                for sample in expected.operations[index].samples.indices where expected.operations[index].samples[sample].response != nil {
                    lost.append("\(expected.operations[index].name): \(expected.operations[index].samples[sample].title)")
                    expected.operations[index].samples[sample].responseNode = nil
                }
            }
            XCTAssertEqual(lost, name == "kaizala" ? ["generatePin: Generate a PIN"] : [], "the facts that cannot round-trip")
            XCTAssertEqual(result.text, SpecWriter.text(of: expected), "\(name) after export and import")
        }
    }

    /// Form bodies leave as `application/x-www-form-urlencoded` with their lists and objects stated `deepObject`, and come back
    /// as form bodies, written in place or by type, with no warning.
    func testFormBodiesSurviveExportThenImport() throws {
        let text = #"""
        {"$schema": "./apigen.schema.json", "name": "Shop", "baseURL": "https://shop.example",
         "types": [{"name": "Item", "fields": [{"name": "price", "type": "string"}, {"name": "quantity", "type": "int32", "optional": true}]}],
         "operations": [
           {"name": "createOrder", "summary": "Creates an order.", "group": "orders", "method": "POST", "path": "/orders",
            "requestBody": {"contentType": "form", "fields": [{"name": "items", "type": "[Item]"}, {"name": "metadata", "type": "{string}",
                            "optional": true}, {"name": "note", "type": "string", "optional": true}]},
            "responseBody": {"type": "Item"}},
           {"name": "putItem", "summary": "Stores an item.", "group": "orders", "method": "PUT", "path": "/items",
            "requestBody": {"contentType": "form", "type": "Item"}, "successStatus": 204}]}
        """#
        let original = try XCTUnwrap(SpecLoader.load(text: text, path: "shop.json").specification)
        let exported = OpenAPIExporter.export(original).text
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(exported.utf8)) as? [String: Any])
        let post = try XCTUnwrap(((document["paths"] as? [String: Any])?["/orders"] as? [String: Any])?["post"] as? [String: Any])
        let form = try XCTUnwrap(((post["requestBody"] as? [String: Any])?["content"] as? [String: Any])?["application/x-www-form-urlencoded"]
                                 as? [String: Any])
        XCTAssertEqual((form["encoding"] as? [String: Any]).map { $0.keys.sorted() }, ["items", "metadata"])
        let result = try OpenAPIImporter.importDocument(OpenAPIDocument.parse(exported, file: "shop.openapi.json"), draftPath: "shop.json")
        XCTAssertEqual(result.warnings.map(\.description), [])
        XCTAssertEqual(result.text, SpecWriter.text(of: original))
    }

    /// The OpenAPI Initiative's JSON examples import (every operation kept), lint clean, and the petstores type-check.
    func testOAIExamplesImportAndLintClean() throws {
        let corpus = try OpenAPIFixture.corpus()
        for version in ["v3.0", "v3.1"] {
            let folder = corpus.appendingPathComponent("oai-examples/\(version)")
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".json") {
                let result = try OpenAPIFixture.importing(folder.appendingPathComponent(file).path)
                XCTAssertEqual(Lint.diagnostics(text: result.text, path: file).filter { $0.severity == .error }.map(\.description), [], file)
                XCTAssertEqual(result.specification.operations.count, result.documentOperations, "\(file): every operation imported")
            }
        }
        for file in ["v3.0/petstore.json", "v3.0/petstore-expanded.json", "v3.1/webhook-example.json"] {
            try assertTypeChecks(OpenAPIFixture.importing(corpus.appendingPathComponent("oai-examples/\(file)").path).text,
                                 name: "Pets" + String(file.filter(\.isLetter).prefix(12)))
        }
    }

    /// Values that would share a Swift name keep their enum: signs are words (`plus1`, `minus1`), a value that differs only
    /// in case gets a numbered name with a note, `x-enum-varnames` names values, and a given name survives export and import.
    func testEnumValuesThatWouldShareANameKeepTheirEnum() throws {
        let text = #"""
        {"openapi": "3.0.3", "info": {"title": "Votes", "version": "1"}, "servers": [{"url": "https://votes.example"}],
         "paths": {"/votes": {"get": {"operationId": "listVotes",
         "responses": {"200": {"description": "The votes.", "content": {"application/json": {"schema": {"type": "object",
          "properties": {"content": {"$ref": "#/components/schemas/Content"}, "op": {"$ref": "#/components/schemas/Op"},
                         "size": {"$ref": "#/components/schemas/Size"}}}}}}}}}},
         "components": {"schemas": {"Content": {"type": "string", "enum": ["+1", "-1", "heart"]},
                                    "Op": {"type": "string", "enum": ["add", "Add", "remove"]},
                                    "Size": {"type": "string", "enum": ["S", "M"], "x-enum-varnames": ["small", "medium"]}}}}
        """#
        let result = try OpenAPIImporter.importDocument(OpenAPIDocument.parse(text, file: "votes.json"), draftPath: "votes.json")
        XCTAssertEqual(result.warnings.map(\.description), [])
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        func values(_ name: String) -> [String] {
            guard case .enumeration(let enumeration)? = result.specification.type(named: name)?.kind else { return [] }
            return enumeration.values.map { "\($0.value)\($0.name.map { " as \($0)" } ?? "")" }
        }
        XCTAssertEqual(values("Content"), ["+1", "-1", "heart"])
        XCTAssertEqual(values("Op"), ["add", "Add as add2", "remove"])
        XCTAssertEqual(values("Size"), ["S as small", "M as medium"])
        XCTAssertEqual(result.specification.type(named: "Op")?.note?.contains("Swift name add2 for 'Add'"), true)
        let exported = OpenAPIExporter.export(result.specification).text
        let again = try OpenAPIImporter.importDocument(OpenAPIDocument.parse(exported, file: "votes.openapi.json"),
                                                       draftPath: "votes.json")
        XCTAssertEqual(again.text, result.text, "names survive export and import")
        try assertTypeChecks(result.text, name: "Votes")
    }

    /// Error answers leave as responses by status, class (`4XX`) and `default`, their body types as JSON content,
    /// and come back as they were.
    func testErrorAnswersSurviveExportThenImport() throws {
        let (original, result) = try Self.exportedThenImported("Checks")
        func statuses(_ spec: APISpecification) -> [String] {
            spec.operations.first { $0.name == "listNotes" }?.statuses.map {
                "\($0.code) \($0.type?.description ?? "-") \($0.description)"
            } ?? []
        }
        XCTAssertEqual(statuses(result.specification), ["404 Problem No such tag.", "4XX [string] ", "410 - Notes of this tag were deleted.",
                                                        "503 Problem ", "default json "])
        XCTAssertEqual(statuses(result.specification), statuses(original))
    }

    /// Lists and maps that hold null (`[Person?]`, `{string?}`, `[[int32?]?]`) leave as `anyOf` with `null` and come back
    /// as they were, their items' limits and samples with them.
    func testNullItemsSurviveExportThenImport() throws {
        let (original, result) = try Self.exportedThenImported("Checks")
        func roster(_ spec: APISpecification) -> [String] {
            guard case .object(let object)? = spec.type(named: "Roster")?.kind else { return [] }
            return object.fields.map { "\($0.name): \($0.type) \(ClientLimits.constraints(for: $0.type, $0.constraints))" }
        }
        XCTAssertEqual(roster(result.specification).map { $0.prefix { $0 != " " } },
                       ["members:", "scores:", "nicknames:", "grid:"])
        XCTAssertEqual(roster(result.specification), roster(original))
        let samples = { (spec: APISpecification) in spec.operations.first { $0.name == "saveRoster" }?.samples.map(\.response) }
        XCTAssertEqual(samples(result.specification), samples(original))
        XCTAssertFalse(result.warnings.contains { $0.kind == .nullNotExpressible }, "\(result.warnings)")
    }

    /// Operations sharing a route leave as paths with the variant as their fragment, as APIs that share routes
    /// write them, and come back as the same operations with the same variants.
    func testRouteVariantsSurviveExportThenImport() throws {
        let (original, result) = try Self.exportedThenImported("Checks")
        let path = ImportFixture.packageRoot.appendingPathComponent("Tests/Fixtures/Checks/spec.json").path
        let exported = OpenAPIExporter.export(try XCTUnwrap(SpecLoader.load(path: path).specification)).text
        XCTAssertTrue(exported.contains(#""/roster#clear""#), "the variant is the path's fragment")
        let routes = { (spec: APISpecification) in
            spec.operations.filter { $0.path == "/roster" && $0.method == .PUT }.map { "\($0.name) \($0.routeKey)" }
        }
        XCTAssertEqual(routes(result.specification), ["saveRoster PUT /roster", "clearRoster PUT /roster#clear"])
        XCTAssertEqual(routes(result.specification), routes(original))
        XCTAssertFalse(result.warnings.contains { $0.kind == .operationLeftOut }, "\(result.warnings)")
    }

    /// A document that writes one route several times with fragments, as Box does, and without operationIds: each
    /// is an operation, named after its variant; a fragment with nothing a variant keeps is refused as before.
    func testFragmentPathsBecomeRouteVariants() throws {
        let document = #"""
            {"openapi": "3.0.0", "info": {"title": "Links", "version": "1"}, "paths": {
              "/files/{id}": {"put": {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                                      "responses": {"204": {"description": "Updated."}}}},
              "/files/{id}#add shared-link": {"put": {
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": {"204": {"description": "Linked."}}}},
              "/files/{id}#%%": {"put": {
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": {"204": {"description": "Nothing."}}}}}}
            """#
        let result = try OpenAPIImporter.importDocument(OpenAPIDocument.parse(document, file: "links.json"),
                                                        draftPath: "links.json")
        XCTAssertEqual(result.specification.operations.map(\.routeKey), ["PUT /files/{id}", "PUT /files/{id}#add_shared-link"])
        XCTAssertEqual(result.specification.operations.map(\.name), ["updateFile", "updateFileAddSharedLink"])
        XCTAssertEqual(result.warnings.filter { $0.kind == .operationLeftOut }.count, 1, "\(result.warnings)")
    }

    /// Basic credentials leave as HTTP basic and come back as basic; where a document offers bearer and basic as
    /// alternatives (Stripe), the client sends the bearer token and the other is named in a warning.
    func testBasicAuthSurvivesExportThenImportAndBearerIsPreferred() throws {
        let (original, result) = try Self.exportedThenImported("Scalars")
        XCTAssertEqual(result.specification.auth.kind, .basic)
        XCTAssertEqual(result.specification.auth.description, original.auth.description)
        func imported(_ security: String) throws -> OpenAPIImporter.Result {
            let document = #"""
                {"openapi": "3.0.0", "info": {"title": "Keys", "version": "1"}, "security": \#(security),
                 "components": {"securitySchemes": {"basicAuth": {"type": "http", "scheme": "basic"},
                                                    "bearerAuth": {"type": "http", "scheme": "bearer"}}},
                 "paths": {"/keys": {"get": {"responses": {"204": {"description": "None."}}}}}}
                """#
            return try OpenAPIImporter.importDocument(OpenAPIDocument.parse(document, file: "keys.json"),
                                                      draftPath: "keys.json")
        }
        let both = try imported(#"[{"basicAuth": []}, {"bearerAuth": []}]"#)
        XCTAssertEqual(both.specification.auth.kind, .bearer)
        let schemeWarnings = { (result: OpenAPIImporter.Result) in
            result.warnings.filter { $0.kind == .securityScheme }.map(\.pointer)
        }
        XCTAssertEqual(schemeWarnings(both), ["#/components/securitySchemes/basicAuth"])
        let basicOnly = try imported(#"[{"basicAuth": []}]"#)
        XCTAssertEqual(basicOnly.specification.auth.kind, .basic, "the scheme the document asks for")
        XCTAssertEqual(schemeWarnings(basicOnly), ["#/components/securitySchemes/bearerAuth"])
    }

    /// An object whose named properties are all of its `additionalProperties`' schema is that map (nothing is lost
    /// but the names, which the note keeps); one whose properties differ keeps its fields, and the other keys are
    /// named in a warning.
    func testObjectsOfUniformPropertiesAreMaps() throws {
        let document = #"""
            {"openapi": "3.0.0", "info": {"title": "Apps", "version": "1"}, "servers": [{"url": "https://apps.example"}],
             "paths": {"/app": {"get": {"responses": {
              "200": {"description": "The app.", "content": {"application/json": {"schema": {"type": "object",
                "required": ["permissions"], "properties": {
                  "permissions": {"type": "object", "required": ["issues"], "properties": {
                    "issues": {"type": "string", "description": "Issues."}, "checks": {"type": "string", "example": "read"}},
                    "additionalProperties": {"type": "string"}},
                  "limits": {"type": "object", "properties": {"issues": {"type": "integer"}},
                    "additionalProperties": {"type": "string"}},
                  "scopes": {"$ref": "#/components/schemas/Scopes"}}}}}}}}}},
             "components": {"schemas": {"Scopes": {"type": "object", "properties": {"read": {"type": "boolean"}},
                                                   "additionalProperties": {"type": "boolean"}}}}}
            """#
        let result = try OpenAPIImporter.importDocument(OpenAPIDocument.parse(document, file: "apps.json"),
                                                        draftPath: "apps.json")
        guard case .fields(let answer)? = result.specification.operations.first?.responseBody?.shape else {
            return XCTFail("the answer's fields")
        }
        // A component of that shape too: a map where it is used, no type of its own.
        XCTAssertEqual(answer.fields.map { "\($0.name): \($0.type)" },
                       ["permissions: {string}", "limits: GetAppResponseLimits", "scopes: {bool}"])
        XCTAssertNil(result.specification.type(named: "Scopes"))
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        XCTAssertEqual(answer.fields.first?.note, "A map: the document names the keys issues, checks, each of the same "
                       + "type as any other key. It requires issues, which a map does not check.")
        XCTAssertEqual(result.warnings.map(\.kind), [.additionalPropertiesBesideProperties])
        XCTAssertTrue(result.warnings.first?.pointer.hasSuffix("/limits/additionalProperties") ?? false)
    }

    /// A fixture's spec, and what importing its export gives.
    private static func exportedThenImported(_ fixture: String) throws -> (APISpecification, OpenAPIImporter.Result) {
        let path = ImportFixture.packageRoot.appendingPathComponent("Tests/Fixtures/\(fixture)/spec.json").path
        let original = try XCTUnwrap(SpecLoader.load(path: path).specification)
        let exported = OpenAPIExporter.export(original).text
        let name = fixture.lowercased()
        return (original, try OpenAPIImporter.importDocument(OpenAPIDocument.parse(exported, file: "\(name).openapi.json"),
                                                             draftPath: "\(name).json"))
    }

    /// A walk by `Link` header leaves as the header on the success answer, which other tools read as paging, and
    /// comes back as the same walk even from a document without the export's `x-apigen-pagination`.
    func testLinkHeaderWalksSurviveExportThenImport() throws {
        let path = ImportFixture.packageRoot.appendingPathComponent("Tests/Fixtures/Checks/spec.json").path
        let original = try XCTUnwrap(SpecLoader.load(path: path).specification)
        let exported = OpenAPIExporter.export(original).text
        XCTAssertTrue(exported.contains(#""Link""#), "the export states the Link header")
        func withoutPagination(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return object.filter { $0.key != "x-apigen-pagination" }.mapValues(withoutPagination)
            }
            if let array = value as? [Any] { return array.map(withoutPagination) }
            return value
        }
        let tree = withoutPagination(try JSONSerialization.jsonObject(with: Data(exported.utf8)))
        let plain = String(decoding: try JSONSerialization.data(withJSONObject: tree, options: [.sortedKeys]), as: UTF8.self)
        XCTAssertFalse(plain.contains("linkHeader"))
        for text in [exported, plain] {
            let result = try OpenAPIImporter.importDocument(OpenAPIDocument.parse(text, file: "checks.openapi.json"),
                                                            draftPath: "checks.json")
            func walk(_ name: String) -> String? {
                result.specification.operations.first { $0.name == name }?.pagination.map {
                    "\($0.style.rawValue) \($0.items ?? "-")"
                }
            }
            XCTAssertEqual([walk("listFiles"), walk("listFileNames")], ["linkHeader files", "linkHeader -"])
        }
    }

    /// Twilio's lists give the next page's address in the answer (`next_page_uri`), Jira's page types in `nextPage`: a
    /// `nextLink` walk, noted as read from the name. A `next` that is plain text (a cursor, perhaps) or an answer of
    /// two lists gives none.
    func testAnAnswersLinkToTheNextPageIsAWalk() throws {
        func answer(_ properties: String) -> String {
            #"{"200": {"description": "A page.", "content": {"application/json": {"schema": {"type": "object", "properties": {"#
                + properties + "}}}}}}"
        }
        let list = #""type": "array", "items": {"type": "string"}"#
        let calls = answer(#""calls": {\#(list)}, "next_page_uri": {"type": "string", "format": "uri", "nullable": true}"#)
        let notes = answer(#""notes": {\#(list)}, "next": {"type": "string"}"#)
        let pairs = answer(#""a": {\#(list)}, "b": {\#(list)}, "nextLink": {"type": "string"}"#)
        let document = #"""
            {"openapi": "3.0.3", "info": {"title": "Calls", "version": "1"}, "servers": [{"url": "https://calls.example"}],
             "paths": {
              "/calls": {"get": {"operationId": "listCalls", "responses": \#(calls)}},
              "/notes": {"get": {"operationId": "listNotes", "responses": \#(notes)}},
              "/pairs": {"get": {"operationId": "listPairs", "responses": \#(pairs)}},
              "/pages": {"get": {"operationId": "listPages", "responses": {"200": {"description": "A page.", "content":
                {"application/json": {"schema": {"$ref": "#/components/schemas/PageBeanString"}}}}}}}
             },
             "components": {"schemas": {"PageBeanString": {"type": "object", "properties": {"values": {\#(list)},
               "nextPage": {"type": "string", "format": "uri"}, "isLast": {"type": "boolean"}}}}}}
            """#
        let result = try OpenAPIImporter.importDocument(OpenAPIDocument.parse(document, file: "calls.json"),
                                                        draftPath: "calls.json")
        let listCalls = try XCTUnwrap(result.specification.operations.first { $0.name == "listCalls" })
        XCTAssertEqual(listCalls.pagination.map { "\($0.style.rawValue) \($0.nextLink ?? "-") \($0.items ?? "-")" },
                       "nextLink next_page_uri calls")
        XCTAssertTrue(listCalls.note?.contains("'next_page_uri', which its name says") == true, listCalls.note ?? "no note")
        XCTAssertNil(result.specification.operations.first { $0.name == "listNotes" }?.pagination)
        XCTAssertNil(result.specification.operations.first { $0.name == "listPairs" }?.pagination)
        // Jira's page types: the answer names an object type holding the list and the link.
        XCTAssertEqual(result.specification.operations.first { $0.name == "listPages" }?.pagination.map {
            "\($0.style.rawValue) \($0.nextLink ?? "-") \($0.items ?? "-")"
        }, "nextLink nextPage values")
        let errors = Lint.diagnostics(text: result.text, path: "calls.json").filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.description), [])
    }

    /// A walk lint refuses (here an `x-apigen-pagination` naming a parameter the operation lacks) is left out with a
    /// located warning; the operation stays.
    func testAWalkLintRefusesIsLeftOutNotItsOperation() throws {
        let document = #"""
            {"openapi": "3.0.3", "info": {"title": "Calls", "version": "1"}, "servers": [{"url": "https://calls.example"}],
             "paths": {"/calls": {"get": {"operationId": "listCalls",
               "x-apigen-pagination": {"style": "cursor", "parameter": "after", "nextCursor": "next", "items": "calls"},
               "responses": {"200": {"description": "A page.", "content": {"application/json": {"schema": {"type": "object",
                 "properties": {"calls": {"type": "array", "items": {"type": "string"}}, "next": {"type": "string"}}}}}}}}}}}
            """#
        let result = try OpenAPIImporter.importDocument(OpenAPIDocument.parse(document, file: "calls.json"),
                                                        draftPath: "calls.json")
        let calls = try XCTUnwrap(result.specification.operations.first { $0.name == "listCalls" })
        XCTAssertNil(calls.pagination)
        let leftOut = result.warnings.filter { $0.kind == .factLeftOut }.map(\.message)
        XCTAssertEqual(leftOut.first?.hasPrefix("the paged walk of listCalls"), true, "\(result.warnings.map(\.message))")
    }

    /// A union tagged in place leaves as a discriminated `anyOf` and comes back as it was, case names included.
    func testUnionsTaggedInPlaceSurviveExportThenImport() throws {
        let (original, result) = try Self.exportedThenImported("Unions")
        XCTAssertEqual(result.warnings.map(\.description), [])
        func describe(_ spec: APISpecification) -> [String] {
            guard case .taggedUnion(let pet)? = spec.type(named: "Pet")?.kind else { return [] }
            return [pet.tagKey, pet.contentKey ?? "in place"] + pet.variants.map { "\($0.tag ?? "") \($0.name ?? "-") \($0.type)" }
        }
        XCTAssertEqual(describe(result.specification), ["petType", "in place", "cat - Cat", "dog hound Dog"])
        XCTAssertEqual(describe(result.specification), describe(original))
        func values(_ spec: APISpecification) -> [String] {
            guard case .enumeration(let priority)? = spec.type(named: "Priority")?.kind else { return [] }
            return ["\(priority.isInteger)"] + priority.values.map { "\($0.value) \($0.name ?? "-") \($0.description)" }
        }
        XCTAssertEqual(values(result.specification), values(original), "an integer enum, its names and descriptions")
        XCTAssertEqual(values(original).first, "true")
    }

    /// `$ref`s to other files beside the document: a whole file, a pointer into another file, `#/…` written in another file
    /// (that file's own), a parameter from a shared file; a missing file and a remote reference are located warnings.
    func testReferencesToOtherFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-refs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("schemas"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = [
            "api.json": ##"""
            {"openapi": "3.0.3", "info": {"title": "Pets", "version": "1"}, "servers": [{"url": "https://pets.example"}],
             "components": {"schemas": {"Tag": {"type": "string", "enum": ["young", "old"]}}},
             "paths": {"/pets": {"get": {"operationId": "listPets", "parameters": [{"$ref": "common.json#/parameters/limit"},
                 {"name": "tag", "in": "query", "schema": {"$ref": "#/components/schemas/Tag"}}],
               "responses": {"200": {"description": "The pets.", "content": {"application/json": {"schema": {"type": "array",
                 "items": {"$ref": "./schemas/pet.yaml"}}}}}}}}}}
            """##,
            "schemas/pet.yaml": ##"""
            type: object
            required: [name]
            properties:
              name: {type: string}
              kind: {$ref: '#/$defs/Kind'}
              owner: {$ref: '../common.json#/components/schemas/Owner'}
              lost: {$ref: 'missing.json#/Thing'}
              far: {$ref: 'https://example.com/thing.json'}
              tag: {$ref: '../api.json#/components/schemas/Tag'}
            $defs:
              Kind: {type: string, enum: [cat, dog]}
            """##,
            "common.json": ##"""
            {"parameters": {"limit": {"name": "limit", "in": "query", "schema": {"type": "integer", "format": "int32"}}},
             "components": {"schemas": {"Owner": {"type": "object", "properties": {"email": {"type": "string", "format": "email"}}}}}}
            """##,
        ]
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let result = try OpenAPIImporter.importDocument(OpenAPIDocument.load(path: folder.appendingPathComponent("api.json").path))
        let spec = result.specification
        guard case .object(let pet)? = spec.type(named: "Pet")?.kind else { return XCTFail("Pet, named after its file") }
        XCTAssertEqual(pet.fields.map { "\($0.name): \($0.type)" },
                       ["name: string", "kind: Kind", "owner: Owner", "lost: json", "far: json", "tag: Tag"])
        XCTAssertEqual(spec.types.filter { $0.name.hasPrefix("Tag") }.map(\.name), ["Tag"], "the document naming itself is one type")
        XCTAssertNotNil(spec.type(named: "Owner"))
        XCTAssertEqual(spec.operations.first?.parameters.map { "\($0.field.name): \($0.field.type)" }, ["limit: int32", "tag: Tag"])
        let unresolved = result.warnings.filter { $0.kind == .unresolvedReference }.map(\.description)
        XCTAssertEqual(unresolved.count, 2, "\(unresolved)")
        XCTAssertTrue(unresolved.allSatisfy { $0.hasPrefix(folder.appendingPathComponent("schemas/pet.yaml").path + ":") }, "\(unresolved)")
        XCTAssertTrue(unresolved.contains { $0.contains("is in schemas/missing.json, which cannot be read") }, "\(unresolved)")
        XCTAssertTrue(unresolved.contains { $0.contains("remote reference") }, "\(unresolved)")
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [])
    }

    func testPetstoreExpandedFacts() throws {
        let corpus = try OpenAPIFixture.corpus()
        let spec = try OpenAPIFixture.importing(corpus.appendingPathComponent("oai-examples/v3.0/petstore-expanded.json").path).specification
        XCTAssertEqual(spec.operations.map(\.name), ["findPets", "addPet", "findPetById", "deletePet"])
        XCTAssertEqual(spec.operations[0].parameters.map { "\($0.field.name): \($0.field.type)" }, ["tags: [string]", "limit: int32"])
        guard case .object(let pet)? = spec.type(named: "Pet")?.kind else { return XCTFail("Pet") }
        XCTAssertEqual(pet.fields.map { "\($0.name)\($0.isOptional ? "?" : "")" }, ["name", "tag?", "id"], "allOf of NewPet and the id")
    }

    /// `anyOf` (or `oneOf`) of one schema is that schema, nullable where it says so (Stripe writes 177 fields so).
    func testAnyOfOneSchemaIsThatSchema() throws {
        let text = #"""
        {"openapi": "3.0.0", "info": {"title": "One", "version": "1"}, "servers": [{"url": "https://one.example"}], "paths": {},
         "components": {"schemas": {
           "account": {"type": "object", "properties": {
             "profile": {"anyOf": [{"$ref": "#/components/schemas/profile"}], "description": "The profile.", "nullable": true},
             "backup": {"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/profile"}]},
             "plain": {"oneOf": [{"type": "string", "maxLength": 3}]}}},
           "profile": {"type": "object", "properties": {"name": {"type": "string"}}}}}}
        """#
        let result = try OpenAPIImporter.importDocument(OpenAPIDocument.parse(text, file: "one.json"))
        guard case .object(let account)? = result.specification.type(named: "Account")?.kind else { return XCTFail("Account") }
        XCTAssertEqual(account.fields.map { "\($0.name): \($0.type)\($0.isNullable ? " nullable" : "") \($0.description)" },
                       ["profile: Profile nullable The profile.", "backup: Profile nullable ", "plain: string "])
        XCTAssertEqual(account.fields.last?.constraints.maxLength, 3)
        XCTAssertEqual(result.warnings.map(\.description), [])
    }

    func testSwaggerBeforeTwoIsALocatedError() throws {
        let document = try OpenAPIDocument.parse("{\n  \"swagger\": \"1.2\",\n  \"paths\": {}\n}", file: "old.json")
        XCTAssertThrowsError(try OpenAPIImporter.importDocument(document)) { error in
            guard let failure = error as? OpenAPIImporter.Failure else { return XCTFail("\(error)") }
            XCTAssertEqual(failure.kind, .unsupportedVersion)
            XCTAssertEqual([failure.location.line, failure.location.column], [2, 14])
        }
    }

    /// Swagger 2.0 is read as the OpenAPI 3.0 document it converts to, fact for fact, its warnings at its own lines.
    func testSwaggerTwoIsReadAsTheOpenAPIThreeDocumentItConvertsTo() throws {
        let result = try OpenAPIFixture.importing(OpenAPIFixture.kennel)
        let spec = result.specification
        XCTAssertEqual(spec.baseURL, "https://kennel.example/v1", "host, basePath and schemes, https preferred")
        XCTAssertEqual(spec.operations.map { "\($0.name) \($0.method.rawValue) \($0.path)" },
                       ["listDogs GET /dogs", "addDog POST /dogs", "uploadPhoto POST /dogs/{dogId}/photo", "logWalk POST /dogs/{dogId}/walks"])
        let list = spec.operations[0]
        XCTAssertEqual(list.parameters.map { "\($0.field.name): \($0.field.type) \($0.style?.rawValue ?? "-")" },
                       ["X-Trace: string -", "limit: int32 -", "breeds: [ListDogsBreed] comma", "ids: [int64] -", "names: [string] pipe"],
                       "the path's parameters, a shared one, and csv (the default), multi and pipes")
        XCTAssertEqual(list.statuses.map { "\($0.code) \($0.type?.description ?? "-")" }, ["200 -", "default Problem"])
        XCTAssertEqual(list.samples.map(\.title), ["Example"], "examples by media type are samples")
        let add = spec.operations[1]
        guard case .type(.named("NewDog"))? = add.requestBody?.shape else { return XCTFail("a shared body parameter is the request body") }
        XCTAssertEqual(add.statuses.map { "\($0.code) \($0.type?.description ?? "-")" }, ["201 -", "404 Problem", "422 Problem"],
                       "a shared answer is read through its reference")
        XCTAssertEqual(spec.operations[2].requestBody?.contentType, .multipart, "a file among form parameters")
        XCTAssertEqual(spec.operations[3].requestBody?.contentType, .form)
        XCTAssertEqual(spec.operations[3].requestBody?.formLists, .repeated, "collectionFormat multi")
        XCTAssertFalse(spec.operations[3].isAuthenticated)
        guard case .object(let pet)? = spec.type(named: "Pet")?.kind else { return XCTFail("Pet") }
        XCTAssertEqual(pet.fields.map { "\($0.name)\($0.isNullable ? " nullable" : "")" }, ["kind", "name", "nickname nullable"])
        XCTAssertEqual(result.warnings.first?.kind, .swaggerConverted)
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        try ImportFixture.assertGolden(result.warnings.map(\.description).joined(separator: "\n") + "\n", "kennel.warnings")
        try ImportFixture.assertGolden(result.text, "kennel.json")
        try assertTypeChecks(result.text, name: "Kennel")
    }

    /// A document in YAML imports as its JSON twin does (the OpenAPI Initiative's examples come in both), and its
    /// warnings point into the YAML file.
    func testYAMLDocumentsImportAsTheirJSONTwins() throws {
        let corpus = try OpenAPIFixture.corpus()
        var compared = 0
        for version in ["v3.0", "v3.1"] {
            let folder = corpus.appendingPathComponent("oai-examples/\(version)")
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".yaml") {
                let yaml = try OpenAPIFixture.importing(folder.appendingPathComponent(file).path)
                let json = try OpenAPIFixture.importing(folder.appendingPathComponent(file.replacingOccurrences(of: ".yaml", with: ".json")).path)
                XCTAssertEqual(yaml.text, json.text, file)
                XCTAssertEqual(yaml.warnings.map(\.kind), json.warnings.map(\.kind), file)
                XCTAssertTrue(yaml.warnings.allSatisfy { $0.description.hasPrefix(file) }, file)
                compared += 1
            }
        }
        XCTAssertEqual(compared, 8)
        XCTAssertThrowsError(try OpenAPIDocument.parse("openapi: 3.1.0\npaths:\n  /a: {}\n  /a: {}\n", file: "api.yaml")) { error in
            guard case .syntax(_, let location)? = error as? OpenAPIDocument.LoadError else { return XCTFail("\(error)") }
            XCTAssertEqual([location.line, location.column], [4, 3], "the key given twice")
        }
    }

    private func assertTypeChecks(_ text: String, name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let modules = try XCTUnwrap(SpecFuzzer.modulesFolder(), "APIRuntime.swiftmodule not found near \(CommandLine.arguments[0])")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-openapi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        switch SpecFuzzer.check(text, name: name, modules: modules, folder: folder) {
        case .compiled: break
        case .rejected(let why, _), .broken(let why): XCTFail("\(name): \(why)", file: file, line: line)
        }
    }
}
