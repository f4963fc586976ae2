@testable import APIImport
import Foundation
import XCTest

/// The importer on two APIs of families it was not first built on, at the
/// figures IMPORT.md records (floors: a change that lowers one is a
/// regression): Microsoft Graph's calendar pages and Mautic's Slate pages,
/// from `../shared/reference`. Skipped where those pages are not on disk.
final class NewReferenceDocsTests: XCTestCase {
    private func pages(_ folder: String, _ subfolders: [String]) throws -> [String] {
        let root = try ImportFixture.referenceDocs().appendingPathComponent(folder)
        guard FileManager.default.fileExists(atPath: root.path) else {
            throw XCTSkip("needs ../shared/reference/\(folder) (the reference docs beside the checkout); see README")
        }
        return try subfolders.flatMap { subfolder in
            let directory = subfolder.isEmpty ? root : root.appendingPathComponent(subfolder)
            return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".md") && $0 != "SOURCES.md" }
                .sorted().map { directory.appendingPathComponent($0).path }
        }
    }

    private func assertFloors(_ result: DocsImporter.Result, family: String, operations: Int, parameters: Int, bodyFields: Int,
                              samplesKept: Int, samplesWarned: Int, file: StaticString = #filePath, line: UInt = #line) {
        let figures = ImportFigures(result)
        XCTAssertEqual(Array(figures.families.keys), [family], file: file, line: line)
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [], file: file, line: line)
        XCTAssertGreaterThanOrEqual(figures.operations, operations, file: file, line: line)
        XCTAssertEqual(figures.malformedPaths, 0, file: file, line: line)
        XCTAssertGreaterThanOrEqual(figures.parameters, parameters, file: file, line: line)
        XCTAssertGreaterThanOrEqual(figures.bodyFields, bodyFields, file: file, line: line)
        XCTAssertGreaterThanOrEqual(figures.samplesKept, samplesKept, file: file, line: line)
        XCTAssertLessThanOrEqual(figures.samplesWarned, samplesWarned, file: file, line: line)
        // Every warning names a real file and a line inside it.
        for warning in result.warnings {
            let text = (try? String(contentsOfFile: warning.place.file, encoding: .utf8)) ?? ""
            XCTAssertTrue((1...max(1, text.splitLines().count)).contains(warning.place.line), warning.description, file: file, line: line)
            XCTAssertFalse(text.isEmpty, warning.description, file: file, line: line)
        }
    }

    func testGraphCalendarPages() throws {
        let result = DocsImporter.importPages(atPaths: try pages("msgraph-calendar", ["api", "resources"]))
        assertFloors(result, family: "Microsoft Graph", operations: 122, parameters: 275, bodyFields: 1890, samplesKept: 19, samplesWarned: 0)
        let spec = try ImportFixture.load(result.text)
        XCTAssertEqual(spec.baseURL, "https://graph.microsoft.com/v1.0")
        // "Authorization | Bearer {token}. Required." in every page's request headers: the client sends a bearer token.
        XCTAssertEqual(spec.auth.kind, .bearer)
        XCTAssertFalse(spec.operations.contains { $0.parameters.contains { $0.field.name == "Authorization" } })
        // `/users/{id | userPrincipalName}/calendarGroups/{id}/calendars/{id}`: one parameter per placeholder, named from its segment.
        let paths = Set(spec.operations.map(\.path))
        XCTAssertTrue(paths.contains("/users/{userId}/calendarGroups/{calendarGroupId}/calendars/{calendarId}"), "\(paths.sorted())")
        // "supply a JSON representation of [event](../resources/event.md)": the event page's properties are the body.
        let create = try XCTUnwrap(spec.operations.first { $0.method == .POST && $0.path == "/me/calendar/events" })
        guard case .fields(let body)? = create.requestBody?.shape else { return XCTFail("POST /me/calendar/events has no body of fields") }
        XCTAssertGreaterThan(body.fields.count, 30)
        // What the page marks read-only the server sets: not in the body, named in the note.
        XCTAssertFalse(body.fields.contains { ["id", "iCalUId", "onlineMeetingUrl"].contains($0.name) }, "\(body.fields.map(\.name))")
        XCTAssertTrue(create.note?.contains("iCalUId, id, onlineMeeting, onlineMeetingUrl, type") == true, create.note ?? "no note")
    }

    /// A re-import without the page whose samples showed a field's format (`transactionId`, a GUID on
    /// calendar-post-events.md) does not take the table's plain `string` for a change: nothing refutes the format.
    func testAReImportWithoutThePageWhoseSamplesGaveAFormatKeepsIt() throws {
        let all = try pages("msgraph-calendar", ["api", "resources"])
        let first = DocsImporter.importPages(atPaths: all)
        XCTAssertTrue(first.text.contains(#""name": "transactionId", "type": "guid""#), "the full import types it from the samples")
        let base = try XCTUnwrap(SpecMerger.baseRecord(of: first.text))
        let partial = DocsImporter.importPages(atPaths: all.filter { !$0.hasSuffix("calendar-post-events.md") })
        let merged = try XCTUnwrap(SpecMerger.merge(spec: first.text, specPath: "graph.json", base: base, incoming: partial.text,
                                                    coverage: partial.coverage))
        XCTAssertEqual(merged.applied.filter { $0.contains("transactionId") }, [])
        XCTAssertEqual(merged.errors.map(\.description), [])
        // Types made from samples keep their names whichever pages are read: `ResponseStatus` is not renamed
        // `CreateEventResponseStatus` for want of calendar-post-events.md, so nothing reads as a change of type.
        XCTAssertEqual(merged.applied, [])
        XCTAssertFalse(first.text.contains("CreateEventResponseStatus"), "a twin of ResponseStatus is that type")
    }

    func testMauticSlatePages() throws {
        let result = DocsImporter.importPages(atPaths: try pages("mautic-rest-slate", ["", "includes"]))
        assertFloors(result, family: "Slate", operations: 135, parameters: 191, bodyFields: 700, samplesKept: 60, samplesWarned: 0)
        let spec = try ImportFixture.load(result.text)
        XCTAssertEqual(spec.baseURL, "https://your-mautic.com/api")
        // `GET /assets/ID`: an upper-case segment is a placeholder.
        XCTAssertTrue(spec.operations.contains { $0.method == .GET && $0.path == "/assets/{id}" })
    }
}
