import APIGenerator
@testable import APIImport
import APISpec
import Foundation
import SpecFuzzing
import XCTest

/// Drafts from the test pages: what each family's reader and the shared
/// inference make of them, that they lint clean and compile, and that every
/// inference names its docs line.
final class DraftTests: XCTestCase {
    func testMicrosoftDocsPagesDraft() throws {
        let result = ImportFixture.importing(ImportFixture.widgets)
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        try ImportFixture.assertGolden(result.text, "widgets.json")
        let spec = try ImportFixture.load(result.text)
        XCTAssertEqual(spec.baseURL, "https://api.widgets.example/v1")
        XCTAssertEqual(spec.auth.kind, .tokenHeader)
        XCTAssertEqual([spec.auth.header, spec.auth.tokenOperation, spec.auth.expiryField, spec.auth.refreshTokenField], ["accessToken", "getToken", "accessTokenExpiry", "refreshToken"])
        XCTAssertEqual(spec.operations.map { "\($0.method.rawValue) \($0.path)" },
                       ["GET /token", "POST /workshops/{workshopId}/widgets", "GET /workshops/{workshopId}/widgets",
                        "DELETE /workshops/{workshopId}/widgets/{widgetId}", "GET /workshops/{workshopId}/widgets/{widgetId}/history",
                        "POST /workshops/{workshopId}/widgets/{widgetId}/events"])
        let create = try XCTUnwrap(spec.operations.first { $0.name == "createWidget" })
        XCTAssertEqual(create.parameters.map(\.field.name), ["workshopId"], "the auth header and Content-Type are not parameters")
        guard case .fields(let body)? = create.requestBody?.shape else { return XCTFail("inline body") }
        func field(_ name: String) throws -> Field { try XCTUnwrap(body.fields.first { $0.name == name }) }
        XCTAssertEqual(try field("label").constraints.maxLength, 80)
        XCTAssertEqual(try field("colour").type.description, "Colour")
        XCTAssertEqual(try field("colour").defaultValue, .string("Green"))
        XCTAssertEqual(try field("owners").type.description, "[phone]")
        XCTAssertEqual(try field("sizeInCm").constraints.maximum, 200)
        XCTAssertEqual(try field("callbackUrl").constraints.pattern, "^https://")
        XCTAssertEqual(try field("parts").type.description, "[Part]")
        guard case .fields(let answer)? = create.responseBody?.shape else { return XCTFail("inline answer") }
        XCTAssertEqual(answer.fields.map { "\($0.name): \($0.type)\($0.isOptional ? "?" : "")" },
                       ["widgetId: guid", "createdAt: epochMillis", "state: State?"])
        XCTAssertEqual(create.samples.count, 2, "the JavaScript-style request sample and the comma-less response sample are both read")
        let history = try XCTUnwrap(spec.operations.first { $0.path.hasSuffix("/history") })
        XCTAssertEqual(history.parameters.map { "\($0.field.name): \($0.field.type)" }, ["workshopId: guid", "widgetId: guid"],
                       "'Workshop Identifier' is the workshopId the other pages call a GUID")
        guard case .fields(let page)? = history.responseBody?.shape else { return XCTFail("inline answer") }
        XCTAssertEqual(page.fields.map { "\($0.name): \($0.type)" }, ["cursor: int64", "changes: [Change]"],
                       "the deeper 'Response body … object' table describes the one object field no table names")
        guard case .object(let change)? = spec.types.first(where: { $0.name == "Change" })?.kind else { return XCTFail("Change") }
        XCTAssertEqual(change.fields.map { "\($0.name): \($0.type)" }, ["changedAt: epochMillis", "changedBy: phone"])
        // A kind field and a body with a table per kind: one inline tagged union.
        let events = try XCTUnwrap(spec.operations.first { $0.path.hasSuffix("/events") })
        guard case .fields(let event)? = events.requestBody?.shape else { return XCTFail("inline body") }
        XCTAssertEqual(event.fields.map { "\($0.name): \($0.type)\($0.isInline ? " inline" : "")" }, ["event: EventPayload inline"])
        guard case .taggedUnion(let union)? = spec.types.first(where: { $0.name == "EventPayload" })?.kind else { return XCTFail("EventPayload") }
        XCTAssertEqual([union.tagKey, union.contentKey], ["eventType", "payload"])
        XCTAssertEqual(union.variants.map { "\($0.tag ?? ""): \($0.type)" }, ["Moved: MovedPayload", "Painted: PaintedPayload"])
    }

    func testDocusaurusPagesDraft() throws {
        let result = ImportFixture.importing(ImportFixture.notes)
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        XCTAssertEqual(result.warnings.map(\.description),
                       ["Tests/APIImportTests/Pages/docusaurus/examples/delete_note.sh.md:2:1: warning: example calls DELETE /v2/notes, not DELETE /notes/{uuid}; its body is not used as a sample [#ExampleOfAnotherPath]"])
        try ImportFixture.assertGolden(result.text, "notes.json")
        let spec = try ImportFixture.load(result.text)
        XCTAssertEqual(spec.auth.kind, .bearer)
        let send = try XCTUnwrap(spec.operations.first { $0.path == "/notes/send" })
        guard case .fields(let body)? = send.requestBody?.shape else { return XCTFail("inline body") }
        XCTAssertEqual(body.fields.map { "\($0.name): \($0.type)\($0.isOptional ? "?" : "")" },
                       ["reader: email", "body: NoteBody", "tone: Tone?", "extras: string?", "labels: {string}?"])
        let labels = try XCTUnwrap(body.fields.last)
        XCTAssertEqual([labels.constraints.maxItems, labels.constraints.keys?.value.maxLength, labels.constraints.items?.value.maxLength], [5, 20, 100])
        XCTAssertEqual(body.fields[3].constraints.pattern, "^(reader|thread)(,(reader|thread))*$")
        XCTAssertEqual(spec.operations.first { $0.method == .DELETE }?.successStatus, 204)
        XCTAssertEqual(spec.operations.map(\.name), ["deleteNote", "sendNotes", "getNote"], "a page with two request-line headings gives two operations")
    }

    /// Every limit, default, format and sample-only field the importer infers says where it came from.
    func testEveryInferenceHasANote() throws {
        for pages in [ImportFixture.widgets, ImportFixture.notes] {
            let spec = try ImportFixture.load(ImportFixture.importing(pages).text)
            let fields = spec.operations.flatMap { operation -> [Field] in
                var fields = operation.parameters.map(\.field)
                if case .fields(let body)? = operation.requestBody?.shape { fields += body.fields }
                if case .fields(let body)? = operation.responseBody?.shape { fields += body.fields }
                return fields
            } + spec.types.flatMap { type -> [Field] in
                // A type built from samples alone says so once, for all its fields.
                guard case .object(let object) = type.kind, !(type.note ?? "").hasPrefix("Fields from the samples") else { return [] }
                return object.fields
            }
            for field in fields where !field.constraints.isEmpty || field.defaultValue != nil || field.description.isEmpty {
                XCTAssertNotNil(field.note, "\(field.name) has an inferred limit, default or origin without a note")
                XCTAssertTrue(field.note?.contains(".md:") ?? false, "\(field.name): \(field.note ?? "")")
            }
        }
    }

    /// The promise of lint holds for drafts: a clean draft generates a client that type-checks.
    func testDraftsGenerateClientsThatTypeCheck() throws {
        let modules = try XCTUnwrap(SpecFuzzer.modulesFolder(), "APIRuntime.swiftmodule not found near \(CommandLine.arguments[0])")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, pages) in [("Widgets", ImportFixture.widgets), ("Notes", ImportFixture.notes)] {
            switch SpecFuzzer.check(ImportFixture.importing(pages).text, name: name, modules: modules, folder: folder) {
            case .compiled: continue
            case .rejected(let why, _), .broken(let why): XCTFail("\(name): \(why)")
            }
        }
    }

    func testUnreadablePagesAreWarnings() {
        let result = DocsImporter.importPages(atPaths: ["/nonexistent/page.md"])
        XCTAssertEqual(result.warnings.map(\.description), ["/nonexistent/page.md:1:1: warning: cannot read the file [#UnreadableFile]"])
    }
}
