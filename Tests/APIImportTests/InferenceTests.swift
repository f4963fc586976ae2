@testable import APIImport
import APISpec
import Foundation
import SpecFuzzing
import XCTest

/// Inference across a page: formats of identifiers wherever a name appears, rules stated in descriptions,
/// values of several kinds, and what a request sample leaves out.
final class InferenceTests: XCTestCase {
    func testAFormatHoldsOnlyWhereNoSampleContradictsIt() throws {
        let result = ImportFixture.importing(ImportFixture.paths("inference", ["gadgets.md"]))
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        let spec = try ImportFixture.load(result.text)
        let create = try XCTUnwrap(spec.operations.first { $0.method.rawValue == "POST" })
        guard case .fields(let request)? = create.requestBody?.shape, case .fields(let answer)? = create.responseBody?.shape else {
            return XCTFail("inline bodies")
        }
        XCTAssertEqual(request.fields.map { "\($0.name): \($0.type)" }, ["ownerId: string"])
        XCTAssertEqual(answer.fields.map { "\($0.name): \($0.type)" }, ["gadgetId: guid"], "a gadgetId is the id of a Gadget, a GUID in the samples")
        XCTAssertEqual(answer.fields[0].note, "guid: it names the id of a Gadget, a guid.")
        guard case .object(let gadget)? = spec.types.first(where: { $0.name == "Gadget" })?.kind else { return XCTFail("Gadget") }
        XCTAssertEqual(gadget.fields.map { "\($0.name): \($0.type)" }, ["id: guid", "ownerId: string", "makerId: guid"],
                       "ownerId's GUIDs here do not make it one where the request sends another form; a shortened GUID is still one")
        let list = try XCTUnwrap(spec.operations.first { $0.method.rawValue == "GET" })
        guard case .fields(let listed)? = list.responseBody?.shape else { return XCTFail("inline answer") }
        XCTAssertEqual(listed.fields.map { "\($0.name): \($0.type)" }, ["gadgets: [Gadget]", "colourCountMap: {int32}"],
                       "a name ending in Map is a map, although its sample's keys are words")
        let owner = try XCTUnwrap(gadget.fields.first { $0.name == "ownerId" })
        XCTAssertTrue(owner.note?.contains("'74943849802190eaea3810' under this name is not a guid (gadgets.md:") == true, owner.note ?? "no note")
    }

    func testRulesFromDescriptionsAndAnswersOfSeveralKinds() throws {
        let result = ImportFixture.importing(ImportFixture.paths("inference", ["orders.md"]))
        XCTAssertEqual(result.diagnostics.map(\.description), [], "the sample fits the rules and the union")
        let spec = try ImportFixture.load(result.text)
        let order = try XCTUnwrap(spec.operations.first)
        guard case .fields(let body)? = order.requestBody?.shape else { return XCTFail("inline body") }
        XCTAssertEqual(body.fields.map { "\($0.name): \($0.type)\($0.isOptional ? "?" : "")" },
                       ["shopId: string?", "kioskId: string?", "deliveryKind: DeliveryKind", "address: string?", "phone: string?",
                        "email: email?", "note: string?", "answers: [Answer]"],
                       "the rules' fields are optional; a field the table does not mark and the sample leaves out is optional")
        XCTAssertEqual(body.rules.map(\.kind), [.anyOf(["shopId", "kioskId"]),
                                                .requiredWhen(field: "address", when: "deliveryKind", values: ["Courier", "Post"]),
                                                .anyOf(["phone", "email"])])
        XCTAssertEqual(body.rules[0].description, "At least one of shopId and kioskId (orders.md:15).")
        XCTAssertTrue(body.fields[0].note?.contains("Optional but for a rule: {\"anyOf\": [\"shopId\", \"kioskId\"]") == true, body.fields[0].note ?? "no note")
        XCTAssertTrue(body.fields[6].note?.contains("a request sample leaves it out (") == true, body.fields[6].note ?? "no note")
        XCTAssertEqual(order.samples.map { [$0.request != nil, $0.response != nil] }, [[true, false], [false, true]],
                       "a JSON block right under the answer's table, with no sample heading, is the answer's sample")
        guard case .untaggedUnion(let answer)? = spec.types.first(where: { $0.name == "Answer" })?.kind else { return XCTFail("Answer") }
        XCTAssertEqual(answer.variants.map { "\($0.name): \($0.type)" }, ["text: string", "list: [string]", "number: double", "object: AnswerObject"])
        guard case .object(let location)? = spec.types.first(where: { $0.name == "AnswerObject" })?.kind else { return XCTFail("AnswerObject") }
        XCTAssertEqual(location.fields.map { "\($0.name): \($0.type)" }, ["lt: double", "lg: int32"])
    }

    func testAnOperationDocumentedOnTwoPagesIsOne() throws {
        let result = ImportFixture.importing(ImportFixture.paths("inference", ["orders.md", "gift_orders.md"]))
        XCTAssertEqual(result.diagnostics.map(\.description), [])
        XCTAssertEqual(result.warnings.map(\.description), [
            "Tests/APIImportTests/Pages/inference/gift_orders.md:11:1: warning: POST /v1/orders is documented again (first at orders.md:9); "
                + "its rows, tables and samples are added to the first [#OperationDocumentedAgain]",
            "Tests/APIImportTests/Pages/inference/orders.md:9:1: warning: no page states the base URL; set 'baseURL' by hand [#NoBaseURL]",
        ])
        let spec = try ImportFixture.load(result.text)
        XCTAssertEqual(spec.operations.count, 1)
        guard case .fields(let body)? = spec.operations[0].requestBody?.shape else { return XCTFail("inline body") }
        XCTAssertEqual(body.fields.map(\.name), ["shopId", "kioskId", "deliveryKind", "address", "phone", "email", "note", "answers", "giftWrap"],
                       "the first page's rows, then the rows only the second has")
        XCTAssertEqual(spec.operations[0].samples.count, 3)
    }

    func testDocsThatContradictThemselvesStillGiveADraftThatLints() throws {
        let result = ImportFixture.importing(ImportFixture.paths("inference", ["awkward.md"]))
        XCTAssertEqual(result.diagnostics.map(\.description), [])
        let warnings = result.warnings
        XCTAssertTrue(warnings.contains { $0.kind == .rowListedAgain && $0.message.contains("'label'") }, "\(warnings)")
        XCTAssertTrue(warnings.contains { $0.kind == .factLeftOut && $0.message.hasPrefix("default of 'label'") }, "\(warnings)")
        let spec = try ImportFixture.load(result.text)
        XCTAssertEqual(spec.operations.map(\.name), ["updateThings", "updateThings2", "updateThings3"], "three update operations, three names")
        let things = spec.operations[0]
        XCTAssertEqual(things.parameters.first.map { "\($0.field.name): \($0.field.type)" }, "filter: string", "a query parameter is text")
        XCTAssertTrue(things.parameters[0].field.note?.contains("Sent as text") == true)
        guard case .fields(let body)? = things.requestBody?.shape else { return XCTFail("inline body") }
        XCTAssertEqual(body.fields.map { "\($0.name)\($0.swiftName.map { " as " + $0 } ?? ""): \($0.type)" },
                       ["label: string", "Transport: string", "transport as transport2: string", "3d: Value3d"],
                       "two names that would be one Swift name get two; a type name starts with a letter")
        XCTAssertEqual(body.fields[0].constraints.maxLength, 3, "the limit stays; the default it refuses goes")
        XCTAssertNil(body.fields[0].defaultValue)
    }

    func testTypeNamesAreSpecNamesAndLeaveBodiesTheirs() {
        var registry = TypeRegistry()
        func object(_ name: String, _ field: String) -> DraftType {
            DraftType(name: name, kind: .object([DraftField(name: field, type: .scalar(.string), optional: true, description: "",
                                                            place: DocsPlace(file: "", line: 0, column: 0))]), description: "")
        }
        XCTAssertEqual(registry.register(object("3d", "a"), owner: ""), "Value3d")
        XCTAssertEqual(registry.register(object("Public", "a"), owner: ""), "Public")
        XCTAssertEqual(registry.register(object("public", "b"), owner: "3d"), "Value3dPublic", "qualified by an owner that starts with a digit")
        XCTAssertEqual(registry.register(object("PUBLIC", "c"), owner: ""), "PUBLIC2", "names differing only in case are one file")
        registry.reserveBodies(of: "updateSelf")
        XCTAssertEqual(registry.register(object("Request", "a"), owner: ""), "Request")
        XCTAssertEqual(registry.register(object("Request", "b"), owner: "UpdateSelf"), "Request2", "UpdateSelfRequest is the operation's body")
        XCTAssertEqual(registry.register(object("Request", "b"), owner: "Other"), "OtherRequest", "a type's owner is no operation")
        XCTAssertEqual(registry.register(object("Request", "b"), owner: "UpdateSelf"), "Request2", "the same shape is the numbered type")
        XCTAssertEqual(registry.register(DraftType(name: "Kind", kind: .enumeration(["a", "b", "a"]), description: ""), owner: ""), "Kind")
        guard case .enumeration(let values)? = registry.type(named: "Kind")?.kind else { return XCTFail("Kind") }
        XCTAssertEqual(values, ["a", "b"])
    }

    /// A field that may be left out ends the cycle (the client boxes it); one that every value must have does not,
    /// and is json.
    func testAnObjectThatHoldsItselfThroughARequiredFieldHoldsItAsJSON() throws {
        let result = ImportFixture.importing(ImportFixture.paths("inference", ["node.md", "get_node.md"]))
        XCTAssertEqual(result.diagnostics.map(\.description), [], "a cycle no value ends would be refused")
        let spec = try ImportFixture.load(result.text)
        guard case .object(let node)? = spec.types.first(where: { $0.name == "Node" })?.kind else { return XCTFail("Node") }
        XCTAssertEqual(node.fields.map { "\($0.name): \($0.type)\($0.isOptional ? "?" : "")" },
                       ["name: string", "parent: Node?", "kind: string?", "origin: json"],
                       "Kind, which no page describes, is what 'kind' is elsewhere")
        XCTAssertEqual(node.fields[3].note, "json: Node holds Node again, through required fields only, so no value ends.")
    }

    /// A form's parts are files, text and lists of text; a form of text alone stays a form.
    func testAFormsPartsAreTextOrFiles() throws {
        let result = ImportFixture.importing(ImportFixture.paths("inference", ["upload.md"]))
        XCTAssertEqual(result.diagnostics.map(\.description), [])
        XCTAssertEqual(result.warnings.map(\.kind), [.noBaseURL], "\(result.warnings)")
        let spec = try ImportFixture.load(result.text)
        XCTAssertEqual(spec.operations.map { $0.requestBody?.contentType.rawValue ?? "" }, ["multipart", "multipart"])
        guard case .fields(let form)? = spec.operations[0].requestBody?.shape else { return XCTFail("inline body") }
        XCTAssertEqual(form.fields.map { "\($0.name): \($0.type)" }, ["files: file", "tags: [string]", "note: string"],
                       "a form's other parts are text, a list a part per item")
        XCTAssertEqual(form.rules, [], "a form has no rules")
        guard case .fields(let labels)? = spec.operations[1].requestBody?.shape else { return XCTFail("inline body") }
        XCTAssertEqual(labels.fields.map { "\($0.name): \($0.type)" }, ["label: string"])
    }

    func testATableOfValuesGivesTheKindsOfItsPagesTable() throws {
        let result = ImportFixture.importing(ImportFixture.paths("inference", ["posts.md", "files.md"]))
        XCTAssertEqual(result.diagnostics.map(\.description), [])
        let spec = try ImportFixture.load(result.text)
        guard case .fields(let body)? = spec.operations.first?.requestBody?.shape, let union = body.fields.first(where: \.isInline),
              case .named(let name) = union.type, case .taggedUnion(let posts)? = spec.types.first(where: { $0.name == name })?.kind else {
            return XCTFail("an inline union")
        }
        XCTAssertEqual(posts.variants.map(\.tag), ["Text", "Link", "Picture", "Film"],
                       "the titles' kinds, the sample's kind, and the other kind the files page lists for its one table")
        XCTAssertEqual(posts.variants[2].type, posts.variants[3].type)
    }

    func testUniqueNamesStayUnique() {
        var taken = Set<String>()
        XCTAssertEqual(["updateThings", "updateThings", "updateThings", "Sample", "Sample"].map { DraftBuilder.unique($0, in: &taken) },
                       ["updateThings", "updateThings2", "updateThings3", "Sample", "Sample 2"])
    }

    func testTheDraftsCompile() throws {
        let modules = try XCTUnwrap(SpecFuzzer.modulesFolder(), "APIRuntime.swiftmodule not found near \(CommandLine.arguments[0])")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-inference-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for pages in [["gadgets"], ["orders", "gift_orders"], ["awkward"], ["node", "get_node"], ["upload"], ["posts", "files"]] {
            let page = pages[0]
            let draft = ImportFixture.importing(ImportFixture.paths("inference", pages.map { "\($0).md" }), name: page.capitalized).text
            switch SpecFuzzer.check(draft, name: page.capitalized, modules: modules, folder: folder) {
            case .compiled: continue
            case .rejected(let why, _), .broken(let why): XCTFail("\(page): \(why.prefix(2000))")
            }
        }
    }
}
