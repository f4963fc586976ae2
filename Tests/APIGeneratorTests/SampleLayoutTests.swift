@testable import APIGenerator
import APISpec
import ResolvedAPI
import XCTest

/// How the samples file writes documented answers: filled lines, so that a
/// large answer is not one line per member, and one literal for a body that
/// several operations share.
final class SampleLayoutTests: XCTestCase {
    private static let user: OrderedJSON = .object([
        ("avatar_url", .string("https://github.com/images/error/octocat_happy.gif")),
        ("events_url", .string("https://api.github.com/users/octocat/events{/privacy}")),
        ("id", .number("1")), ("login", .string("octocat")), ("site_admin", .bool(false)),
        ("gravatar_id", .string("")), ("plan", .null),
        ("permissions", .object([("admin", .bool(false)), ("pull", .bool(true))])),
        ("topics", .array((0..<30).map { .string("topic\($0)") })),
        ("bio", .string(String(repeating: "a long biography ", count: 10))),
        ("type", .string("User")),
    ])

    func testFilledLinesKeepTheWidthAndReadBackAsTheSameJSON() throws {
        let text = Self.user.filled(width: 80)
        let lines = text.split(separator: "\n")
        for line in lines where !line.contains("a long biography") {
            XCTAssertLessThanOrEqual(line.count, 80, String(line))
        }
        XCTAssertEqual(OrderedJSON(try JSONParser.parse(text)), Self.user)
        // Scalars and values that fit share lines; fewer lines than one member per line.
        XCTAssertTrue(text.contains(#""id": 1, "login": "octocat", "site_admin": false"#), text)
        XCTAssertTrue(text.contains(#""permissions": {"admin": false, "pull": true}"#), text)
        let oneMemberPerLine = Self.user.printed(width: 80, keepsRows: false).split(separator: "\n").count
        XCTAssertLessThan(lines.count, oneMemberPerLine)
        // A list too long for a line fills lines of its own; a string too long stands alone.
        XCTAssertTrue(text.contains("\n  \"topics\": [\n    \"topic0\", \"topic1\""), text)
        XCTAssertTrue(text.contains("\n  \"bio\": \"a long"), text)
        XCTAssertTrue(text.hasSuffix("biography \",\n  \"type\": \"User\"\n}"), text)
    }

    func testAValueThatFitsStaysOnOneLine() {
        let small: OrderedJSON = .object([("a", .array([.number("1"), .number("2")])), ("b", .null)])
        XCTAssertEqual(small.filled(width: 40), #"{"a": [1, 2], "b": null}"#)
        XCTAssertEqual(OrderedJSON.array([]).filled(width: 1), "[]")
    }

    private static let operations = #"""
        [{"name": "getA", "summary": "Reads.", "group": "g", "method": "GET", "path": "/a",
          "responseBody": {"fields": [{"name": "ok", "type": "bool"}]},
          "samples": [{"title": "first", "response": {"ok": true}}, {"title": "second", "response": {"ok": false}}]},
         {"name": "getB", "summary": "Reads.", "group": "g", "method": "GET", "path": "/b",
          "responseBody": {"fields": [{"name": "ok", "type": "bool"}]},
          "samples": [{"title": "same", "response": {"ok": false}}]},
         {"name": "getC", "summary": "Reads.", "group": "g", "method": "GET", "path": "/c",
          "responseBody": {"fields": [{"name": "ok", "type": "bool"}]},
          "samples": [{"title": "also the same", "response": {"ok": false}}]}]
        """#

    func testABodySeveralAnswersShareIsNamedAfterItsFirstAnswer() throws {
        let (resolved, errors) = ResolverTests.resolve(operations: Self.operations)
        XCTAssertEqual(errors, [])
        let places = try XCTUnwrap(resolved).samples.map { sample -> String in
            switch sample.bodyPlace {
            case .inline: return "inline"
            case .shared(let name, let declares): return declares ? "declares \(name)" : name
            }
        }
        XCTAssertEqual(places, ["inline", "declares getASample2", "getASample2", "getASample2"])
    }

    func testTheSamplesFileWritesASharedBodyOnce() throws {
        let text = #"{"name": "P", "baseURL": "https://x.example", "types": [], "operations": \#(Self.operations)}"#
        let spec = try XCTUnwrap(SpecLoader.load(text: text, path: "p.json").specification)
        let files = try Generator.generate(spec, options: GeneratorOptions(specPath: "p.json"))
        let samples = try XCTUnwrap(files.first { $0.path.hasSuffix("+Samples.swift") }).contents
        XCTAssertEqual(samples.components(separatedBy: "body: SampleBodies.getASample2").count - 1, 3, samples)
        XCTAssertEqual(samples.components(separatedBy: #"{"ok": false}"#).count - 1, 1, samples)
        XCTAssertTrue(samples.contains("private enum SampleBodies {\n        static let getASample2 = #\"\"\""), samples)
    }
}
