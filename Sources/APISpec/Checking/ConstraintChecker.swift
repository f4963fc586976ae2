import APILimits
import Foundation

/// Constraints must fit the type they limit (`LimitTable`), agree with each
/// other, and a default must satisfy them and be writable in Swift.
enum ConstraintChecker {
    static func check(_ field: Field, _ path: JSONPath, types: [String: NamedType], sink: inout DiagnosticSink) {
        // A field of an unknown type has its one error already.
        if case .named(let name) = field.type.leaf, types[name] == nil { return }
        // Most fields state no limit: nothing to fit or compare.
        if !field.constraints.isEmpty {
            check(field.constraints, for: field.type, field: field.name, at: field.location, path, types: types,
                  sink: &sink)
        }
        if let value = field.defaultValue {
            checkDefault(value, type: field.type, field.constraints, at: field.location, path.key("default"), types: types,
                         sink: &sink)
        }
    }

    private static func check(_ constraints: Constraints, for type: TypeReference, field: String, at location: SourceLocation,
                              _ path: JSONPath, types: [String: NamedType], sink: inout DiagnosticSink) {
        let allowed = LimitTable.allowed(for: LimitTable.shape(of: type, types: types))
        for limit in LimitTable.present(in: constraints) where !allowed.contains(limit) {
            sink.error(.limitNotApplicable, "'\(limit.rawValue)' applies to \(LimitTable.describe(limit)), but '\(field)' is \(type)",
                       at: location, path.key(limit.rawValue))
        }
        // An item that may be null is held to its limits when it is not (`[[double]?]` items: the `[double]`).
        let collection = type.withoutNull
        if constraints.uniqueItems != nil, case .array(let element) = collection,
           !LimitTable.allowsUniqueItems(of: element, types: types) {
            sink.error(.limitNotApplicable, "'uniqueItems' applies to lists of strings, enums, whole numbers and "
                       + "objects holding no union, but '\(field)' is \(type)", at: location, path.key("uniqueItems"))
        }
        if let pattern = constraints.pattern, (try? NSRegularExpression(pattern: pattern)) == nil {
            sink.error(.invalidPattern, "'pattern' is not a valid regular expression: \(pattern)",
                       at: location, path.key("pattern"))
        }
        for (low, high, lowKey) in [(constraints.minLength.map(Double.init), constraints.maxLength.map(Double.init), "minLength"),
                                    (constraints.minimum, constraints.maximum, "minimum"),
                                    (constraints.minItems.map(Double.init), constraints.maxItems.map(Double.init), "minItems")] {
            if let low, let high, low > high {
                sink.error(.contradictoryLimits, "'\(lowKey)' \(format(low)) is greater than its maximum \(format(high))",
                           at: location, path.key(lowKey))
            }
        }
        for (value, key) in [(constraints.minLength, "minLength"), (constraints.maxLength, "maxLength"),
                             (constraints.minItems, "minItems"), (constraints.maxItems, "maxItems")] {
            if let value, value < 0 { sink.error(.invalidLimit, "'\(key)' cannot be negative", at: location, path.key(key)) }
        }
        checkExclusiveBounds(constraints, at: location, path, sink: &sink)
        if let step = constraints.multipleOf, !(step > 0) {
            sink.error(.invalidLimit, "'multipleOf' must be greater than 0", at: location, path.key("multipleOf"))
        }
        let numbers = [(constraints.minimum, "minimum"), (constraints.maximum, "maximum"),
                       (constraints.exclusiveMinimum, "exclusiveMinimum"),
                       (constraints.exclusiveMaximum, "exclusiveMaximum"), (constraints.multipleOf, "multipleOf")]
        for (value, key) in numbers {
            if let value, !value.isFinite { sink.error(.invalidLimit, "'\(key)' must be a finite number",
                                                       at: location, path.key(key)) }
            // The generated code writes the limit as a literal, which Swift warns about when it underflows.
            if let value, value.isSubnormal {
                sink.error(.invalidLimit, "'\(key)' is too close to zero for a Double to hold; write 0",
                           at: location, path.key(key))
            }
        }
        switch collection {
        case .array(let element), .map(let element):
            if let items = constraints.items {
                check(items.value, for: element, field: field + " items", at: location, path.key("items"), types: types,
                      sink: &sink)
            }
            if let keys = constraints.keys, case .map = collection {
                check(keys.value, for: .scalar(.string), field: field + " keys", at: location, path.key("keys"),
                      types: types, sink: &sink)
            }
        default:
            break
        }
    }

    private static func checkDefault(_ value: DefaultValue, type: TypeReference, _ constraints: Constraints,
                                     at location: SourceLocation, _ path: JSONPath, types: [String: NamedType],
                                     sink: inout DiagnosticSink) {
        if case .list(let items) = value {
            checkListDefault(items, type: type, constraints, at: location, path, types: types, sink: &sink)
            return
        }
        let fits: Bool
        switch (value, type) {
        case (.bool, .scalar(.bool)): fits = true
        case (.string, _): fits = [.text, .enumeration].contains(LimitTable.shape(of: type, types: types))
        case (.number(let text), .scalar(.int32)): fits = Int32(text) != nil
        case (.number(let text), .scalar(.int64)), (.number(let text), .scalar(.epochSeconds)),
             (.number(let text), .scalar(.epochMillis)):
            fits = Int64(text) != nil
        case (.number(let text), .scalar(.double)): fits = DoubleLiteral.isExact(text)
        case (.number(let text), .named):
            fits = LimitTable.shape(of: type, types: types) == .integerEnumeration && Int64(text) != nil
        default: fits = false
        }
        guard fits else {
            let why: String
            switch (value, type) {
            case (.number, .scalar(.int32)): why = "; it must be a whole number from \(Int32.min) to \(Int32.max)"
            case (.number, .scalar(.int64)), (.number, .scalar(.epochSeconds)), (.number, .scalar(.epochMillis)):
                why = "; it must be a whole number from \(Int64.min) to \(Int64.max)"
            case (_, .scalar(.dateTime)), (_, .scalar(.date)):
                why = "; a \(type) cannot have a default (say it in the description)"
            case (.number(let text), .scalar(.double)) where Double(text)?.isFinite == true:
                why = "; a Double does not hold it as written (a whole number it rounds, or a number so close to zero it underflows)"
            default: why = ""
            }
            sink.error(.defaultTypeMismatch, "default \(value) does not fit type \(type)\(why)", at: location, path)
            return
        }
        // The generated client checks a default it fills in, and a server
        // default is what the server assumes: both must pass the limits the
        // client checks, by the client's own code.
        var validator = Validator()
        let limits = ClientLimits.constraints(for: type, constraints)
        switch value {
        case .string(let text): validator.check(text, "", limits)
        case .number(let text): validator.check(Double(text), "", limits)
        case .bool, .list: break
        }
        for violation in validator.violations {
            sink.error(.defaultViolatesLimit, "default \(value) is refused by the generated client: \(violation.message)",
                       at: location, path)
        }
        if case .string(let text) = value {
            if case .named(let name) = type, case .enumeration(let enumeration) = types[name]?.kind,
               !enumeration.values.contains(where: { $0.value == text }) {
                let allowed = enumeration.values.map { "'\($0.value)'" }.joined(separator: ", ")
                sink.error(.defaultNotInEnum, "default \(value) is not a value of enum '\(name)' (\(allowed))",
                           at: location, path)
            }
        }
        if case .number(let text) = value {
            if case .named(let name) = type, case .enumeration(let enumeration) = types[name]?.kind,
               !enumeration.values.contains(where: { Int64($0.value) == Int64(text) }) {
                let allowed = enumeration.values.map { "'\($0.value)'" }.joined(separator: ", ")
                sink.error(.defaultNotInEnum, "default \(value) is not a value of enum '\(name)' (\(allowed))",
                           at: location, path)
            }
        }
    }

    /// A list's default: a list type of scalars or enums, each item a default of the item type (its limits and
    /// values), and the list within the list's own limits, as the client checks it.
    private static func checkListDefault(_ items: [DefaultValue], type: TypeReference, _ constraints: Constraints,
                                         at location: SourceLocation, _ path: JSONPath, types: [String: NamedType],
                                         sink: inout DiagnosticSink) {
        let value = DefaultValue.list(items)
        // An empty list fits any list; items fit a list of scalars, each as a default of the item type.
        guard case .array(let element) = type, items.isEmpty
                || [.text, .enumeration, .integer, .double, .epoch, .integerEnumeration, .bool]
                    .contains(LimitTable.shape(of: element.withoutNull, types: types)) else {
            sink.error(.defaultTypeMismatch, "default \(value) does not fit type \(type); a list default is for "
                       + "a list of strings, numbers, booleans or enum values", at: location, path)
            return
        }
        let itemConstraints = constraints.items?.value ?? Constraints()
        for (index, item) in items.enumerated() {
            checkDefault(item, type: element.withoutNull, itemConstraints, at: location, path.index(index), types: types,
                         sink: &sink)
        }
        var validator = Validator()
        let limits = ClientLimits.constraints(for: type, constraints).filter { limit in
            if case .items = limit { false } else { true }
        }
        let texts = items.compactMap { item -> String? in if case .string(let text) = item { text } else { nil } }
        let numbers = items.compactMap(\.numberValue)
        let flags = items.compactMap { item -> Bool? in if case .bool(let flag) = item { flag } else { nil } }
        if texts.count == items.count {
            validator.check(texts, "", limits)
        } else if numbers.count == items.count {
            validator.check(numbers, "", limits)
        } else if flags.count == items.count {
            validator.check(flags, "", limits)
        }
        for violation in validator.violations {
            sink.error(.defaultViolatesLimit, "default \(value) is refused by the generated client: \(violation.message)",
                       at: location, path)
        }
    }

    /// A bound that excludes itself leaves no value when it meets the other bound (`exclusiveMinimum` 5, `maximum` 5).
    private static func checkExclusiveBounds(_ constraints: Constraints, at location: SourceLocation, _ path: JSONPath,
                                             sink: inout DiagnosticSink) {
        let pairs: [(low: Double?, lowKey: String, high: Double?, highKey: String)] = [
            (constraints.minimum, "minimum", constraints.exclusiveMaximum, "exclusiveMaximum"),
            (constraints.exclusiveMinimum, "exclusiveMinimum", constraints.maximum, "maximum"),
            (constraints.exclusiveMinimum, "exclusiveMinimum", constraints.exclusiveMaximum, "exclusiveMaximum"),
        ]
        for pair in pairs {
            guard let low = pair.low, let high = pair.high, low >= high else { continue }
            sink.error(.contradictoryLimits,
                       "'\(pair.lowKey)' \(format(low)) and '\(pair.highKey)' \(format(high)) leave no value",
                       at: location, path.key(pair.lowKey))
        }
    }

    static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }
}
