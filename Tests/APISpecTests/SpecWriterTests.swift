import APISpec
import Foundation
import XCTest

/// The spec writer loses nothing and settles at once: reading what it
/// writes gives the model it wrote (positions aside), and writing that
/// again gives the same text.
final class SpecWriterTests: XCTestCase {
    static func specFiles() throws -> [URL] {
        let root = ShippedSpecTests.root
        let fixtures = root.appendingPathComponent("Tests/Fixtures")
        let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted()
        return [root.appendingPathComponent("schema/kaizala.json"), root.appendingPathComponent("schema/callbell.json")]
            + names.map { fixtures.appendingPathComponent("\($0)/spec.json") }
                .filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    func testWritingLosesNothingAndIsIdempotent() throws {
        let files = try Self.specFiles()
        XCTAssertGreaterThanOrEqual(files.count, 8)
        for file in files {
            let original = SpecLoader.load(path: file.path)
            let spec = try XCTUnwrap(original.specification, "\(file.lastPathComponent) does not load")
            let written = SpecWriter.text(of: spec)
            let reloaded = SpecLoader.load(text: written, path: file.path)
            XCTAssertEqual(reloaded.diagnostics.filter { $0.severity == .error }.map(\.description), [], file.lastPathComponent)
            let again = try XCTUnwrap(reloaded.specification, file.lastPathComponent)
            XCTAssertEqual(again.withoutPositions, spec.withoutPositions, "\(file.lastPathComponent) changed in writing")
            XCTAssertEqual(SpecWriter.text(of: again), written,
                           "\(file.lastPathComponent): writing is not idempotent")
        }
    }

    func testTheLayoutKeepsOneFieldToALineAndLeavesDefaultsOut() throws {
        let text = """
        {"name": "Tiny", "baseURL": "https://example.com", "operations": [{"name": "getThing", "summary": "Gets.",
         "group": "things", "method": "GET", "path": "/things/{id}", "authenticated": true, "successStatus": 200,
         "parameters": [{"name": "id", "in": "path", "type": "guid", "optional": false}],
         "responseBody": {"contentType": "json", "fields": [{"name": "count", "type": "int32", "maximum": 50.0}]}}]}
        """
        let spec = try XCTUnwrap(SpecLoader.load(text: text, path: "tiny.json").specification)
        XCTAssertEqual(SpecWriter.text(of: spec), """
        {
          "name": "Tiny",
          "baseURL": "https://example.com",
          "operations": [
            {
              "name": "getThing",
              "summary": "Gets.",
              "group": "things",
              "method": "GET",
              "path": "/things/{id}",
              "parameters": [{"name": "id", "in": "path", "type": "guid"}],
              "responseBody": {"fields": [{"name": "count", "type": "int32", "maximum": 50}]}
            }
          ]
        }

        """)
    }
}

/// The model with every source position set to zero, so that models read
/// from differently laid out texts compare equal when they say the same.
extension APISpecification {
    var withoutPositions: APISpecification {
        var copy = self
        let zero = SourceLocation(line: 0, column: 0)
        copy.sourcePath = ""
        copy.nameLocation = nameLocation.map { _ in zero }
        copy.auth.location = zero
        copy.types = types.map { $0.withoutPositions }
        copy.operations = operations.map { operation in
            var operation = operation
            operation.location = zero
            operation.pathLocation = operation.pathLocation.map { _ in zero }
            operation.parameters = operation.parameters.map { parameter in
                var parameter = parameter
                parameter.field = parameter.field.withoutPositions
                parameter.styleLocation = parameter.styleLocation.map { _ in zero }
                return parameter
            }
            operation.requestBody = operation.requestBody?.withoutPositions
            operation.responseBody = operation.responseBody?.withoutPositions
            operation.responseHeaders = operation.responseHeaders.map(\.withoutPositions)
            operation.pagination?.location = zero
            for index in operation.statuses.indices { operation.statuses[index].location = zero }
            return operation
        }
        copy.webhooks?.location = zero
        copy.acknowledgements = acknowledgements.map { acknowledgement in
            var acknowledgement = acknowledgement
            acknowledgement.location = zero
            return acknowledgement
        }
        return copy
    }
}

extension NamedType {
    var withoutPositions: NamedType {
        var copy = self
        let zero = SourceLocation(line: 0, column: 0)
        copy.location = zero
        switch kind {
        case .object(let object): copy.kind = .object(object.withoutPositions)
        case .enumeration(var enumeration):
            for index in enumeration.values.indices { enumeration.values[index].location = zero }
            copy.kind = .enumeration(enumeration)
        case .taggedUnion(var union):
            for index in union.variants.indices { union.variants[index].location = zero }
            copy.kind = .taggedUnion(union)
        case .untaggedUnion(var union):
            for index in union.variants.indices { union.variants[index].location = zero }
            copy.kind = .untaggedUnion(union)
        }
        return copy
    }
}

extension ObjectType {
    var withoutPositions: ObjectType {
        var copy = self
        copy.fields = fields.map { $0.withoutPositions }
        for index in copy.rules.indices { copy.rules[index].location = SourceLocation(line: 0, column: 0) }
        return copy
    }
}

extension Field {
    var withoutPositions: Field {
        var copy = self
        copy.location = SourceLocation(line: 0, column: 0)
        return copy
    }
}

extension Body {
    var withoutPositions: Body {
        var copy = self
        copy.location = SourceLocation(line: 0, column: 0)
        if case .fields(let object) = shape { copy.shape = .fields(object.withoutPositions) }
        return copy
    }
}

/// The shipped specs are kept in the canonical layout (`apigen fmt`).
final class ShippedSpecLayoutTests: XCTestCase {
    func testTheShippedSpecsAreFormatted() throws {
        for name in ["kaizala.json", "callbell.json"] {
            let url = ShippedSpecTests.root.appendingPathComponent("schema/\(name)")
            let text = try String(contentsOf: url, encoding: .utf8)
            let spec = try XCTUnwrap(SpecLoader.load(text: text, path: name).specification, name)
            XCTAssertEqual(SpecWriter.text(of: spec), text, "run apigen fmt schema/\(name)")
        }
    }
}

/// `apigen fmt --check` names the first line that leaves the layout.
final class LayoutDiagnosticTests: XCTestCase {
    func testTheFirstLineOutOfLayoutIsNamed() throws {
        let url = ShippedSpecTests.root.appendingPathComponent("schema/callbell.json")
        let canonical = try String(contentsOf: url, encoding: .utf8)
        var lines = canonical.components(separatedBy: "\n")
        lines[9] = "    " + lines[9]
        let untidy = lines.joined(separator: "\n")
        let spec = try XCTUnwrap(SpecLoader.load(text: untidy, path: "callbell.json").specification)
        let diagnostic = try XCTUnwrap(SpecWriter.layoutDiagnostic(of: spec, text: untidy))
        XCTAssertEqual(diagnostic.code, .notCanonicalLayout)
        XCTAssertEqual(diagnostic.location.line, 10)
        let tidy = try XCTUnwrap(SpecLoader.load(text: canonical, path: "callbell.json").specification)
        XCTAssertNil(SpecWriter.layoutDiagnostic(of: tidy, text: canonical))
    }
}
