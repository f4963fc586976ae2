import APIGenerator
import APISpec
import SeededRandomness
import XCTest

/// Operation paths by their grammar (`PathTemplate`): what the runtime can
/// fill in lints clean, and every way to break it is a located error of its
/// own code, found also when random damage is done to good templates.
final class PathTemplateTests: XCTestCase {
    static let validTemplates = ["/", "/users", "/users/{id}", "/groups/{groupId}/members/{memberId}", "/files/{name}.json",
                                 "/{a}-{b}", "/v1/things/{thing_id}/parts", "/x/{名前}/y", "/a/{a b}"]

    /// The errors of a spec with one GET operation on `path`, with `parameters` in the path.
    static func lint(_ path: String, parameters: [String]) -> [Diagnostic] {
        let list = parameters.map { #"{"name": "\#(JSONNode.quoted($0).dropFirst().dropLast())", "in": "path", "type": "string"}"# }
        let text = #"""
            {"name": "P", "baseURL": "https://x.example", "operations": [
              {"name": "op", "summary": "S.", "group": "g", "method": "GET", "path": \#(JSONNode.quoted(path)),
               "parameters": [\#(list.joined(separator: ", "))]}]}
            """#
        return Lint.diagnostics(text: text, path: "p.json").filter { $0.severity == .error }
    }

    func testValidTemplatesLintClean() {
        for template in Self.validTemplates {
            let parsed = PathTemplate(template)
            XCTAssertEqual(parsed.problems, [], template)
            XCTAssertEqual(Self.lint(template, parameters: parsed.placeholders).map(\.description), [], template)
        }
        XCTAssertEqual(PathTemplate("/groups/{groupId}/members/{memberId}").placeholders, ["groupId", "memberId"])
        XCTAssertEqual(PathTemplate("/{a}-{b}").shape, "/{}-{}")
    }

    func testEachBrokenTemplateHasItsOwnCodeAtThePath() {
        let cases: [(String, [String], DiagnosticCode)] = [
            ("/users/{id", ["id"], .pathUnbalancedBraces),
            ("/users/id}", [], .pathUnbalancedBraces),
            ("/a/{{id}}", ["id"], .pathUnbalancedBraces),
            ("/a/{}", [], .pathMalformedPlaceholder),
            ("/a/{x?y}", ["x?y"], .pathMalformedPlaceholder),
            ("/groups/{id}/members/{id}", ["id"], .pathDuplicatePlaceholder),
            ("/groups/{groupId}", [], .pathPlaceholderWithoutParameter),
            ("/groups", ["groupId"], .pathParameterWithoutPlaceholder),
            ("/users?active=true", [], .pathQueryOrFragment),
            ("/a#b", [], .pathQueryOrFragment),
            ("users/{id}", ["id"], .pathNotAbsolute),
            ("", [], .pathNotAbsolute),
        ]
        for (template, parameters, code) in cases {
            let errors = Self.lint(template, parameters: parameters)
            XCTAssertEqual(errors.map(\.code), [code], "\(template): \(errors.map(\.description))")
            let expectedPath: [JSONPath.Component] = code == .pathParameterWithoutPlaceholder
                ? [.key("operations"), .index(0), .key("parameters"), .index(0), .key("name")]
                : [.key("operations"), .index(0), .key("path")]
            XCTAssertEqual(errors.first?.path.components, expectedPath, template)
            if code != .pathParameterWithoutPlaceholder {
                XCTAssertTrue(errors.first?.message.contains("'\(template)'") ?? false, "names the template: \(errors)")
                XCTAssertEqual(errors.first?.location.line, 2, "at the path's own line: \(errors)")
            }
        }
    }

    func testRoutesDifferingOnlyInPlaceholderNamesAreOne() {
        let text = #"""
            {"name": "P", "baseURL": "https://x.example", "operations": [
              {"name": "a", "summary": "S.", "group": "g", "method": "GET", "path": "/u/{id}", "parameters": [{"name": "id", "in": "path", "type": "string"}]},
              {"name": "b", "summary": "S.", "group": "g", "method": "GET", "path": "/u/{userId}", "parameters": [{"name": "userId", "in": "path", "type": "string"}]},
              {"name": "c", "summary": "S.", "group": "g", "method": "PUT", "path": "/u/{userId}", "parameters": [{"name": "userId", "in": "path", "type": "string"}]}]}
            """#
        let errors = Lint.diagnostics(text: text, path: "p.json")
        XCTAssertEqual(errors.map(\.code), [.duplicateRoute])
        XCTAssertEqual(errors.first?.path.components, [.key("operations"), .index(1), .key("path")])
    }

    /// Operations may share a route on purpose, each with a variant of its own; the variant is part of the route.
    func testRouteVariantsLetOperationsShareARoute() {
        func operation(_ name: String, _ variant: String?) -> String {
            let variantMember = variant.map { #", "routeVariant": \#(JSONNode.quoted($0))"# } ?? ""
            return #"{"name": "\#(name)", "summary": "S.", "group": "g", "method": "PUT", "path": "/f/{id}"\#(variantMember), "#
                + #""parameters": [{"name": "id", "in": "path", "type": "string"}]}"#
        }
        func codes(_ operations: [String]) -> [DiagnosticCode] {
            let text = #"{"name": "P", "baseURL": "https://x.example", "operations": [\#(operations.joined(separator: ",\n"))]}"#
            return Lint.diagnostics(text: text, path: "p.json").map(\.code)
        }
        XCTAssertEqual(codes([operation("update", nil), operation("addLink", "add_link"), operation("dropLink", "drop-link.v2")]), [])
        XCTAssertEqual(codes([operation("addLink", "add_link"), operation("addLinkAgain", "add_link")]), [.duplicateRoute])
        XCTAssertEqual(codes([operation("update", nil), operation("updateAgain", nil)]), [.duplicateRoute])
        for bad in ["", "two words", "a#b", "é", "a/b"] {
            XCTAssertEqual(codes([operation("update", nil), operation("addLink", bad)]), [.invalidRouteVariant], bad)
        }
    }

    /// Good templates damaged at random: a brace, a `?` or `#` dropped in
    /// anywhere, a placeholder repeated, `{}` added, the leading `/` lost.
    func testRandomlyDamagedTemplatesAreEachRefused() {
        var random = SeededRandom(seed: 20_260_611)
        let templates = Self.validTemplates.filter { $0 != "/" } + ["/a/{b}/c/{d}/e"]
        var refused = 0
        for _ in 0..<400 {
            let template = random.pick(templates)
            let placeholders = PathTemplate(template).placeholders
            var characters = Array(template)
            let position = random.int(1...characters.count)
            let damage = random.below(placeholders.isEmpty ? 5 : 6)
            let expected: Set<DiagnosticCode>
            switch damage {
            case 0:
                characters.insert("{", at: position)
                expected = [.pathUnbalancedBraces]
            case 1:
                characters.insert("}", at: position)
                expected = [.pathUnbalancedBraces]
            case 2:
                characters.insert(random.pick(["?", "#"]), at: position)
                expected = [.pathQueryOrFragment, .pathMalformedPlaceholder]
            case 3:
                characters.insert(contentsOf: "{}", at: position)
                expected = [.pathMalformedPlaceholder, .pathUnbalancedBraces]
            case 4:
                characters.removeFirst()
                expected = [.pathNotAbsolute]
            default:
                characters += "/{\(random.pick(placeholders))}"
                expected = [.pathDuplicatePlaceholder]
            }
            let damaged = String(characters)
            let codes = Set(Self.lint(damaged, parameters: placeholders).map(\.code))
            XCTAssertFalse(codes.isDisjoint(with: expected), "'\(damaged)' (from '\(template)'): \(codes), expected one of \(expected)")
            XCTAssertFalse(PathTemplate(damaged).problems.isEmpty, damaged)
            if !codes.isEmpty { refused += 1 }
        }
        XCTAssertEqual(refused, 400)
    }
}
