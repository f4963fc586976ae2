import APIRuntime
import APISpec
import Foundation
import SeededRandomness
import XCTest

/// Lint's verdict on a request sample equals the generated client's: over
/// random types, limits and values, a value lint accepts is one the runtime
/// decodes and validates without a violation, and each violation the runtime
/// finds is one error lint reports.
final class LintAgreesWithRuntimeTests: XCTestCase {
    private enum Element: CaseIterable {
        case string, phone, email, url, guid, int32, int64, double

        var specName: String { "\(self)" }
        var isText: Bool { [.string, .phone, .email, .url, .guid].contains(self) }
    }

    private enum Shape {
        case scalar(Element), array(Element), map(Element)

        var specType: String {
            switch self {
            case .scalar(let element): return element.specName
            case .array(let element): return "[\(element.specName)]"
            case .map(let element): return "{\(element.specName)}"
            }
        }

        var typeReference: TypeReference {
            switch self {
            case .scalar(let element): return .scalar(ScalarType(rawValue: element.specName)!)
            case .array(let element): return .array(.scalar(ScalarType(rawValue: element.specName)!))
            case .map(let element): return .map(.scalar(ScalarType(rawValue: element.specName)!))
            }
        }
    }

    private static let texts = [
        "", "a", "abc", "+911999999999", "+0123456789", "+91", "911999999999", "me@example.com", "me@example", "a b@c.d",
        "https://example.com/x", "relative/path", "mailto:x", "report.pdf", "photo.PNG", "a.exe", "noextension",
        "853654b2-guid-4bd5-a5ba-2f5ff8ea7fe5", "ÄÖÜ straße", "x.y.z",
    ]
    private static let numbers = ["0", "1", "-1", "2.5", "-40", "2147483647", "2147483648", "9007199254740993", "1e3", "100"]
    private static let patterns = ["^[a-z]+$", "^\\+", "example", "^.{0,3}$", "\\d"]

    private func limits(for element: Element, _ random: inout SeededRandom) -> [String: Any] {
        var result: [String: Any] = [:]
        if element.isText {
            if random.chance(0.4) { result["minLength"] = random.int(0...4) }
            if random.chance(0.4) { result["maxLength"] = random.int(4...14) }
            if random.chance(0.3) { result["pattern"] = random.pick(Self.patterns) }
            if random.chance(0.2) { result["fileExtensions"] = random.pick([["pdf"], ["png", "jpg"], ["exe"]]) }
        } else {
            if random.chance(0.4) { result["minimum"] = random.pick([-10, 0, 1.5]) }
            if random.chance(0.4) { result["maximum"] = random.pick([2, 100, 2147483647]) }
        }
        return result
    }

    private func value(of element: Element, _ random: inout SeededRandom) -> String {
        // Mostly values of the right JSON kind, sometimes not, so decoding
        // failures are compared too.
        let textual = element.isText ? !random.chance(0.1) : random.chance(0.1)
        return textual ? JSONNode.quoted(random.pick(Self.texts)) : random.pick(Self.numbers)
    }

    private func json(_ object: Any) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .fragmentsAllowed]), as: UTF8.self)
    }

    /// The runtime's verdict: nil when the value does not decode as the
    /// client's Swift type, else the violations its validator finds.
    private func runtimeViolations(_ shape: Shape, _ valueText: String, _ field: Field) -> [Violation]? {
        let data = Data(valueText.utf8)
        let limits = ClientLimits.constraints(for: shape.typeReference, field.constraints)
        var validator = Validator()
        func run<Value: Decodable & ConstrainedValue>(_ type: Value.Type) -> [Violation]? {
            guard let value = try? JSONCoding.decodeValue(type, from: data) else { return nil }
            validator.check(value, "v", limits)
            return validator.violations
        }
        switch shape {
        case .scalar(let element):
            switch element {
            case .string, .phone, .email, .url, .guid: return run(String.self)
            case .int32: return run(Int32.self)
            case .int64: return run(Int64.self)
            case .double: return run(Double.self)
            }
        case .array(let element):
            switch element {
            case .string, .phone, .email, .url, .guid: return run([String].self)
            case .int32: return run([Int32].self)
            case .int64: return run([Int64].self)
            case .double: return run([Double].self)
            }
        case .map(let element):
            switch element {
            case .string, .phone, .email, .url, .guid: return run([String: String].self)
            case .int32: return run([String: Int32].self)
            case .int64: return run([String: Int64].self)
            case .double: return run([String: Double].self)
            }
        }
    }

    func testLintAcceptsARequestSampleExactlyWhenTheClientDoes() throws {
        var random = SeededRandom(seed: 20261206)
        var compared = 0, refused = 0
        for _ in 0..<2000 {
            let element = random.pick(Element.allCases)
            let shape: Shape = random.chance(0.5) ? .scalar(element) : random.chance(0.5) ? .array(element) : .map(element)
            var field: [String: Any] = ["name": "v", "type": shape.specType]
            var valueText: String
            switch shape {
            case .scalar:
                field.merge(limits(for: element, &random)) { $1 }
                valueText = value(of: element, &random)
            case .array, .map:
                if random.chance(0.4) { field["minItems"] = random.int(0...2) }
                if random.chance(0.4) { field["maxItems"] = random.int(2...4) }
                let items = limits(for: element, &random)
                if !items.isEmpty { field["items"] = items }
                if case .map = shape, element.isText || random.chance(0.5), random.chance(0.4) {
                    field["keys"] = ["maxLength": random.int(1...3)]
                }
                let values = (0..<random.int(0...5)).map { _ in value(of: element, &random) }
                if case .array = shape {
                    valueText = "[" + values.joined(separator: ",") + "]"
                } else {
                    let keys = ["a", "bb", "ccc", "dddd", "eeeee"]
                    valueText = "{" + values.enumerated().map { "\"\(keys[$0.offset])\":\($0.element)" }.joined(separator: ",") + "}"
                }
            }
            let spec = """
            {"name": "Agree", "baseURL": "https://example.com",
             "operations": [{"name": "send", "summary": "Sends.", "group": "things", "method": "POST", "path": "/things",
               "requestBody": {"fields": [\(json(field))]},
               "samples": [{"title": "One", "request": {"v": \(valueText)}}]}]}
            """
            let loaded = SpecLoader.load(text: spec, path: "agree.json")
            let errors = loaded.diagnostics.filter { $0.severity == .error }
            let specErrors = errors.filter { !$0.jsonPath.hasPrefix("operations[0].samples") }
            XCTAssertEqual(specErrors, [], "the generated limits should be valid:\n\(spec)")
            guard specErrors.isEmpty, let partial = loaded.specification ?? loaded.partial,
                  case .fields(let object)? = partial.operations.first?.requestBody?.shape,
                  let stated = object.fields.first else { continue }
            let sampleErrors = errors.count
            compared += 1
            guard let violations = runtimeViolations(shape, valueText, stated) else {
                XCTAssertGreaterThan(sampleErrors, 0, "the client cannot decode \(valueText) as \(shape.specType); lint said nothing")
                refused += 1
                continue
            }
            if !violations.isEmpty { refused += 1 }
            XCTAssertEqual(sampleErrors, violations.count,
                           "\(json(field)) with \(valueText): lint \(errors.map(\.message)), runtime \(violations)")
        }
        XCTAssertGreaterThan(compared, 1900)
        // Both verdicts occur often enough to mean something.
        XCTAssertGreaterThan(refused, 300)
        XCTAssertGreaterThan(compared - refused, 300)
    }
}
