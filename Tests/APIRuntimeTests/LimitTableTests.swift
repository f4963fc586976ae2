import APIRuntime
import APISpec
import Foundation
import XCTest

/// The checker accepts a limit on a kind of value only where
/// `LimitTable` allows it; here every allowed pair is pinned to the runtime:
/// a value of the Swift type that kind lowers to, breaking that limit, must
/// be reported. A pair the table allows without a case here fails.
final class LimitTableTests: XCTestCase {
    struct Loud: OpenEnum {
        let rawValue: String
        init(rawValue: String) { self.rawValue = rawValue }
        static let knownValues: [Loud] = []
    }

    /// A runtime value of `shape` that breaks `limit`, with the constraint.
    private func breaking(_ limit: LimitTable.Limit, on shape: LimitTable.Shape) -> (any ConstrainedValue, Constraint)? {
        switch (shape, limit) {
        case (.text, .minLength): return ("ab", .minLength(3))
        case (.text, .maxLength): return ("abcd", .maxLength(3))
        case (.text, .pattern): return ("abc", .pattern("^x"))
        case (.text, .fileExtensions): return ("a.exe", .fileExtension(["pdf"]))
        case (.enumeration, .minLength): return (Loud(rawValue: "ab"), .minLength(3))
        case (.enumeration, .maxLength): return (Loud(rawValue: "abcd"), .maxLength(3))
        case (.enumeration, .pattern): return (Loud(rawValue: "abc"), .pattern("^x"))
        case (.integer, .minimum): return (Int32(1), .minimum(2))
        case (.integer, .maximum): return (Int64(3), .maximum(2))
        case (.double, .minimum): return (1.5, .minimum(2))
        case (.double, .maximum): return (2.5, .maximum(2))
        case (.integer, .exclusiveMinimum): return (Int32(2), .exclusiveMinimum(2))
        case (.integer, .exclusiveMaximum): return (Int64(2), .exclusiveMaximum(2))
        case (.integer, .multipleOf): return (Int64(10), .multipleOf(3))
        case (.double, .exclusiveMinimum): return (0.0, .exclusiveMinimum(0))
        case (.double, .exclusiveMaximum): return (2.5, .exclusiveMaximum(2.5))
        case (.double, .multipleOf): return (1.2, .multipleOf(0.5))
        case (.epoch, .exclusiveMinimum): return (EpochSeconds(rawValue: 1), .exclusiveMinimum(1))
        case (.epoch, .exclusiveMaximum): return (EpochMilliseconds(rawValue: 3), .exclusiveMaximum(3))
        case (.epoch, .multipleOf): return (EpochSeconds(rawValue: 7), .multipleOf(2))
        case (.epoch, .minimum): return (EpochMilliseconds(rawValue: 1), .minimum(2))
        case (.epoch, .maximum): return (EpochSeconds(rawValue: 3), .maximum(2))
        // A file's extension is checked on its name, by its multipart part.
        case (.file, .fileExtensions): return ("a.exe", .fileExtension(["pdf"]))
        case (.array, .minItems): return ([Loud](), .minItems(1))
        case (.array, .maxItems): return ([1.0, 2.0], .maxItems(1))
        case (.array, .items): return ([Loud(rawValue: "long")], .items([.maxLength(2)]))
        case (.array, .uniqueItems): return ([Loud(rawValue: "a"), Loud(rawValue: "b"), Loud(rawValue: "a")], .uniqueItems)
        case (.map, .minItems): return ([String: Double](), .minItems(1))
        case (.map, .maxItems): return (["a": 1.0, "b": 2.0], .maxItems(1))
        case (.map, .items): return (["a": EpochSeconds(rawValue: 1)], .items([.minimum(2)]))
        case (.map, .keys): return (["long": 1.0], .keys([.maxLength(2)]))
        default: return nil
        }
    }

    func testEveryLimitTheCheckerAcceptsIsEnforcedByTheRuntime() {
        for shape in LimitTable.Shape.allCases {
            for limit in LimitTable.allowed(for: shape) {
                guard let (value, constraint) = breaking(limit, on: shape) else {
                    XCTFail("the checker accepts '\(limit.rawValue)' on \(shape) values, but nothing shows the runtime enforces it")
                    continue
                }
                var validator = Validator()
                validator.checkExistential(value, "value", [constraint])
                XCTAssertEqual(validator.violations.count, 1, "'\(limit.rawValue)' on \(shape): \(validator.violations)")
            }
        }
    }

    /// Each kind of element `uniqueItems` may sit on, compared as Swift compares it: the very values it sends.
    func testUniqueItemsComparesElementsAsTheyAreSent() {
        func violations<Element>(_ list: [Element]) -> [String] {
            var validator = Validator()
            validator.check(list, "list", .uniqueItems)
            return validator.violations.map(\.description)
        }
        XCTAssertEqual(violations(["a", "b", "a", "b"]), ["list: must hold each item once (item 2 repeats item 0)"])
        // One text in two Unicode spellings is one string to Swift, and one item.
        XCTAssertEqual(violations(["\u{E9}", "e\u{301}"]), ["list: must hold each item once (item 1 repeats item 0)"])
        XCTAssertEqual(violations([Int64(1), 2, 3]), [])
        XCTAssertEqual(violations([Int32(7), 7]), ["list: must hold each item once (item 1 repeats item 0)"])
        XCTAssertEqual(violations([Loud(rawValue: "x"), Loud(rawValue: "X")]), [])
        XCTAssertEqual(violations([String]()), [])
        // Objects and unions (generated types are Equatable) field by field; nil items of a list of optionals are one.
        XCTAssertEqual(violations([Point(x: 1, label: nil), Point(x: 1, label: "a"), Point(x: 1, label: nil)]),
                       ["list: must hold each item once (item 2 repeats item 0)"])
        XCTAssertEqual(violations([Point(x: 1, label: nil), Point(x: 2, label: nil)]), [])
        XCTAssertEqual(violations([nil, Point(x: 1, label: nil), nil] as [Point?]),
                       ["list: must hold each item once (item 2 repeats item 0)"])
        XCTAssertEqual(violations([nil, nil] as [Point?]), ["list: must hold each item once (item 1 repeats item 0)"])
        XCTAssertEqual(violations([nil, nil] as [String?]), ["list: must hold each item once (item 1 repeats item 0)"])
        XCTAssertEqual(violations([Shape.circle(1), .square(1), .circle(1.0)]),
                       ["list: must hold each item once (item 2 repeats item 0)"])
        XCTAssertEqual(LimitTable.distinctElements, [.text, .enumeration, .integer, .integerEnumeration, .structured])
    }

    /// As generated objects and unions are: Equatable, not Hashable.
    private struct Point: Equatable {
        var x: Double
        var label: String?
    }

    private enum Shape: Equatable {
        case circle(Double), square(Double)
    }

    /// `multipleOf` in decimal, as the number is written: binary doubles cannot hold 0.1, and 0.3 / 0.1 is not 3 in them.
    func testMultiplesAreJudgedInDecimal() {
        XCTAssertTrue(NumberSteps.isMultiple(0.3, of: 0.1))
        XCTAssertTrue(NumberSteps.isMultiple(1.5, of: 0.5))
        XCTAssertTrue(NumberSteps.isMultiple(-4, of: 2))
        XCTAssertTrue(NumberSteps.isMultiple(0, of: 0.01))
        XCTAssertTrue(NumberSteps.isMultiple(1e20, of: 1e-5))
        XCTAssertTrue(NumberSteps.isMultiple(9_007_199_254_740_992, of: 2))
        XCTAssertFalse(NumberSteps.isMultiple(1.2, of: 0.5))
        XCTAssertFalse(NumberSteps.isMultiple(10, of: 3))
        XCTAssertFalse(NumberSteps.isMultiple(0.35, of: 0.1))
        XCTAssertFalse(NumberSteps.isMultiple(1e-7, of: 1e-6))
        XCTAssertFalse(NumberSteps.isMultiple(.nan, of: 1))
        XCTAssertFalse(NumberSteps.isMultiple(1, of: 0))
    }

    func testKindsWithoutLimitsAreRefusedLimits() {
        for shape: LimitTable.Shape in [.dateTime, .date, .bool, .json, .structured] {
            XCTAssertEqual(LimitTable.allowed(for: shape), [], "\(shape)")
        }
    }
}

private extension Validator {
    mutating func checkExistential(_ value: any ConstrainedValue, _ key: String, _ constraints: [Constraint]) {
        func open<Value: ConstrainedValue>(_ value: Value) { check(value, key, constraints) }
        open(value)
    }
}
