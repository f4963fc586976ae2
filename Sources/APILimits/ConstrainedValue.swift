import Foundation

/// A value kind that `Constraint`s apply to.
public protocol ConstrainedValue {
    func check(_ constraint: Constraint, at path: String, secret: Bool, into validator: inout Validator)
}

private func shown(_ text: String, secret: Bool) -> String {
    if secret { return "<redacted>" }
    let limit = 60
    let clipped = text.count > limit ? String(text.prefix(limit)) + "…" : text
    return "\"" + clipped + "\""
}

private func format(_ number: Double) -> String {
    number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
}

extension String: ConstrainedValue {
    public func check(_ constraint: Constraint, at path: String, secret: Bool, into validator: inout Validator) {
        switch constraint {
        case .minLength(let limit):
            if count < limit { validator.report(path, "minLength", "must be at least \(limit) characters (is \(count))") }
        case .maxLength(let limit):
            if count > limit { validator.report(path, "maxLength", "must be at most \(limit) characters (is \(count))") }
        case .pattern(let pattern):
            if !PatternCache.matches(self, pattern) {
                validator.report(path, "pattern", "must match \(pattern) (is \(shown(self, secret: secret)))")
            }
        case .phoneNumber:
            if !TextFormats.isPhoneNumber(self) {
                validator.report(path, "phoneNumber",
                                 "must be a phone number with country code, like +911999999999 (is \(shown(self, secret: secret)))")
            }
        case .absoluteURL:
            if !TextFormats.isAbsoluteURL(self) {
                validator.report(path, "absoluteURL", "must be an absolute URL (is \(shown(self, secret: secret)))")
            }
        case .emailAddress:
            if !TextFormats.isEmailAddress(self) {
                validator.report(path, "emailAddress",
                                 "must be an email address, like name@example.com (is \(shown(self, secret: secret)))")
            }
        case .fileExtension(let allowed):
            if !allowed.contains(TextFormats.fileExtension(of: self)) {
                validator.report(path, "fileExtension",
                                 "must end in one of .\(allowed.joined(separator: ", .")) (is \(shown(self, secret: secret)))")
            }
        // Limits of numbers and collections: the spec checker never places
        // them on text (LimitTable), so a string has nothing to check.
        case .minimum, .maximum, .exclusiveMinimum, .exclusiveMaximum, .multipleOf, .minItems, .maxItems, .uniqueItems,
             .items, .keys:
            break
        }
    }
}

/// Numbers share one implementation through Double.
public protocol ConstrainedNumber: ConstrainedValue {
    var doubleValue: Double { get }
}

extension ConstrainedNumber {
    public func check(_ constraint: Constraint, at path: String, secret: Bool, into validator: inout Validator) {
        let value = doubleValue
        let actual = secret ? "<redacted>" : format(value)
        switch constraint {
        case .minimum(let limit):
            if value < limit { validator.report(path, "minimum", "must be at least \(format(limit)) (is \(actual))") }
        case .maximum(let limit):
            if value > limit { validator.report(path, "maximum", "must be at most \(format(limit)) (is \(actual))") }
        case .exclusiveMinimum(let limit):
            if !(value > limit) {
                validator.report(path, "exclusiveMinimum", "must be greater than \(format(limit)) (is \(actual))")
            }
        case .exclusiveMaximum(let limit):
            if !(value < limit) {
                validator.report(path, "exclusiveMaximum", "must be less than \(format(limit)) (is \(actual))")
            }
        case .multipleOf(let step):
            if !NumberSteps.isMultiple(value, of: step) {
                validator.report(path, "multipleOf", "must be a multiple of \(format(step)) (is \(actual))")
            }
        // Text and collection limits never sit on a number (LimitTable).
        case .minLength, .maxLength, .pattern, .phoneNumber, .absoluteURL, .emailAddress, .fileExtension, .minItems,
             .maxItems, .uniqueItems, .items, .keys:
            break
        }
    }
}

extension Int32: ConstrainedNumber { public var doubleValue: Double { Double(self) } }
extension Int64: ConstrainedNumber { public var doubleValue: Double { Double(self) } }
extension Double: ConstrainedNumber { public var doubleValue: Double { self } }

extension Array: ConstrainedValue {
    public func check(_ constraint: Constraint, at path: String, secret: Bool, into validator: inout Validator) {
        switch constraint {
        case .minItems(let limit):
            if count < limit {
                validator.report(path, "minItems", "must have at least \(limit) item\(limit == 1 ? "" : "s") (has \(count))")
            }
        case .maxItems(let limit):
            if count > limit { validator.report(path, "maxItems", "must have at most \(limit) items (has \(count))") }
        case .uniqueItems:
            if let (first, again) = firstRepeat() {
                validator.report(path, "uniqueItems", "must hold each item once (item \(again) repeats item \(first))")
            }
        case .items(let constraints):
            for (index, element) in enumerated() {
                guard let element = element as? any ConstrainedValue else { continue }
                for inner in constraints { element.check(inner, at: path + "[\(index)]", secret: secret, into: &validator) }
            }
        // Only maps have keys; text and number limits never sit on a list (LimitTable).
        case .keys, .minLength, .maxLength, .pattern, .phoneNumber, .absoluteURL, .emailAddress, .fileExtension, .minimum,
             .exclusiveMinimum, .exclusiveMaximum, .multipleOf,
             .maximum:
            break
        }
    }
}

extension Dictionary: ConstrainedValue where Key == String {
    public func check(_ constraint: Constraint, at path: String, secret: Bool, into validator: inout Validator) {
        switch constraint {
        case .minItems(let limit):
            if count < limit {
                validator.report(path, "minItems", "must have at least \(limit) entr\(limit == 1 ? "y" : "ies") (has \(count))")
            }
        case .maxItems(let limit):
            if count > limit { validator.report(path, "maxItems", "must have at most \(limit) entries (has \(count))") }
        case .items(let constraints):
            for key in keys.sorted() {
                guard let value = self[key] as? any ConstrainedValue else { continue }
                for inner in constraints { value.check(inner, at: path + "[\"\(key)\"]", secret: secret, into: &validator) }
            }
        case .keys(let constraints):
            for key in keys.sorted() {
                for inner in constraints { key.check(inner, at: path + "[\"\(key)\"]", secret: secret, into: &validator) }
            }
        // Text and number limits never sit on a map (LimitTable).
        case .minLength, .maxLength, .pattern, .phoneNumber, .absoluteURL, .emailAddress, .fileExtension, .minimum, .maximum,
             .exclusiveMinimum, .exclusiveMaximum, .multipleOf, .uniqueItems:
            break
        }
    }
}

extension Array {
    /// The indices of the first element equal to an earlier one, and of that
    /// earlier one. `Hashable` elements (text, enums, whole numbers) are
    /// hashed; other `Equatable` ones (generated objects and unions) are
    /// compared with each earlier one, as Swift compares them: field by field,
    /// the values the client sends. Elements that are neither never repeat.
    func firstRepeat() -> (first: Int, again: Int)? {
        // Decided by an item that is not nil; a list of nils alone repeats its first.
        guard let head = first(where: { !isNone($0) }) else { return count > 1 ? (0, 1) : nil }
        guard head as? AnyHashable == nil, head is any Equatable else { return firstHashableRepeat() }
        // Each item cast once; a pair then costs one cast and its `==` (n²/2 pairs: lists in a request are short).
        let items: [(any Equatable)?] = map { isNone($0) ? nil : $0 as? any Equatable }
        for index in items.indices.dropFirst() {
            for earlier in 0..<index where Self.same(items[earlier], items[index]) { return (earlier, index) }
        }
        return nil
    }

    private func firstHashableRepeat() -> (first: Int, again: Int)? {
        var seen: [AnyHashable: Int] = [:]
        for (index, element) in enumerated() {
            guard let key = element as? AnyHashable else { return nil }
            if let first = seen[key] { return (first, index) }
            seen[key] = index
        }
        return nil
    }

    /// Two items of a list of `Equatable` values; `nil` items (of a list of optionals) are one value.
    private static func same(_ left: (any Equatable)?, _ right: (any Equatable)?) -> Bool {
        guard let left, let right else { return left == nil && right == nil }
        return isEqual(left, right)
    }
}

private func isEqual<Value: Equatable>(_ left: Value, _ right: Any) -> Bool {
    guard let right = right as? Value else { return false }
    return left == right
}

/// Whether a value is an optional's `nil`, whatever it wraps.
private func isNone(_ value: Any) -> Bool {
    (value as? any OptionalValue)?.isNone ?? false
}

private protocol OptionalValue {
    var isNone: Bool { get }
}

extension Optional: OptionalValue {
    var isNone: Bool { self == nil }
}
