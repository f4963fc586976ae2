import Foundation

/// Constraints must fit the type they limit, agree with each other, and a
/// default must satisfy them.
enum ConstraintChecker {
    private enum Shape {
        case text, number, integer, bool, collection, map, file, other
    }

    static func check(_ field: Field, _ path: JSONPath, types: [String: NamedType], sink: inout DiagnosticSink) {
        check(field.constraints, for: field.type, field: field.name, at: field.location, path, types: types, sink: &sink)
        if let value = field.defaultValue {
            checkDefault(value, of: field, path.key("default"), types: types, sink: &sink)
        }
    }

    private static func shape(of type: TypeReference, types: [String: NamedType]) -> Shape {
        switch type {
        case .array: return .collection
        case .map: return .map
        case .scalar(let scalar):
            if scalar == .int32 || scalar == .int64 || scalar == .epochSeconds || scalar == .epochMillis { return .integer }
            if scalar == .double { return .number }
            if scalar == .bool { return .bool }
            if scalar == .file { return .file }
            return scalar.isText ? .text : .other
        case .named(let name):
            if case .enumeration = types[name]?.kind { return .text }
            return .other
        }
    }

    private static func check(_ constraints: Constraints, for type: TypeReference, field: String, at location: SourceLocation,
                              _ path: JSONPath, types: [String: NamedType], sink: inout DiagnosticSink) {
        let shape = shape(of: type, types: types)
        func misplaced(_ key: String, _ wants: String) {
            sink.error("'\(key)' applies to \(wants), but '\(field)' is \(type)", at: location, path.key(key))
        }
        if constraints.minLength != nil && shape != .text { misplaced("minLength", "strings") }
        if constraints.maxLength != nil && shape != .text { misplaced("maxLength", "strings") }
        if constraints.pattern != nil && shape != .text { misplaced("pattern", "strings") }
        if constraints.minimum != nil && shape != .number && shape != .integer { misplaced("minimum", "numbers") }
        if constraints.maximum != nil && shape != .number && shape != .integer { misplaced("maximum", "numbers") }
        if constraints.minItems != nil && shape != .collection && shape != .map { misplaced("minItems", "arrays and maps") }
        if constraints.maxItems != nil && shape != .collection && shape != .map { misplaced("maxItems", "arrays and maps") }
        if constraints.fileExtensions != nil && shape != .file && shape != .text { misplaced("fileExtensions", "files and file names") }
        if constraints.keys != nil && shape != .map { misplaced("keys", "maps") }
        if let pattern = constraints.pattern, (try? NSRegularExpression(pattern: pattern)) == nil {
            sink.error("'pattern' is not a valid regular expression: \(pattern)", at: location, path.key("pattern"))
        }
        for (low, high, lowKey) in [(constraints.minLength.map(Double.init), constraints.maxLength.map(Double.init), "minLength"),
                                    (constraints.minimum, constraints.maximum, "minimum"),
                                    (constraints.minItems.map(Double.init), constraints.maxItems.map(Double.init), "minItems")] {
            if let low, let high, low > high {
                sink.error("'\(lowKey)' \(format(low)) is greater than its maximum \(format(high))", at: location, path.key(lowKey))
            }
        }
        for (value, key) in [(constraints.minLength, "minLength"), (constraints.maxLength, "maxLength"),
                             (constraints.minItems, "minItems"), (constraints.maxItems, "maxItems")] {
            if let value, value < 0 { sink.error("'\(key)' cannot be negative", at: location, path.key(key)) }
        }
        switch type {
        case .array(let element), .map(let element):
            if let items = constraints.items {
                check(items.value, for: element, field: field + " items", at: location, path.key("items"), types: types, sink: &sink)
            }
            if let keys = constraints.keys {
                check(keys.value, for: .scalar(.string), field: field + " keys", at: location, path.key("keys"), types: types, sink: &sink)
            }
        default:
            if constraints.items != nil { misplaced("items", "arrays and maps") }
        }
    }

    private static func checkDefault(_ value: DefaultValue, of field: Field, _ path: JSONPath, types: [String: NamedType],
                                     sink: inout DiagnosticSink) {
        let shape = shape(of: field.type, types: types)
        let fits: Bool
        switch (value, shape) {
        case (.bool, .bool), (.string, .text): fits = true
        case (.number(let text), .integer): fits = Int64(text) != nil
        case (.number, .number): fits = true
        default: fits = false
        }
        guard fits else {
            sink.error("default \(value) does not fit type \(field.type)", at: field.location, path)
            return
        }
        let constraints = field.constraints
        if let number = value.numberValue {
            if let minimum = constraints.minimum, number < minimum {
                sink.error("default \(value) is below the minimum \(format(minimum))", at: field.location, path)
            }
            if let maximum = constraints.maximum, number > maximum {
                sink.error("default \(value) is above the maximum \(format(maximum))", at: field.location, path)
            }
        }
        if case .string(let text) = value {
            if let maxLength = constraints.maxLength, text.count > maxLength {
                sink.error("default \(value) is longer than maxLength \(maxLength)", at: field.location, path)
            }
            if let minLength = constraints.minLength, text.count < minLength {
                sink.error("default \(value) is shorter than minLength \(minLength)", at: field.location, path)
            }
            if case .named(let name) = field.type, case .enumeration(let enumeration) = types[name]?.kind,
               !enumeration.values.contains(where: { $0.value == text }) {
                let allowed = enumeration.values.map { "'\($0.value)'" }.joined(separator: ", ")
                sink.error("default \(value) is not a value of enum '\(name)' (\(allowed))", at: field.location, path)
            }
        }
    }

    static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }
}
