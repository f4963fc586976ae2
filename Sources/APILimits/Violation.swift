/// One broken rule: where (`actionBody.questions[0].options`), which rule,
/// and a message with the limit and the actual value (never a secret's).
public struct Violation: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var rule: String
    public var message: String

    public init(path: String, rule: String, message: String) {
        self.path = path
        self.rule = rule
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// Every violation found in a value, reported together so a form can show
/// them all at once.
public struct ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    public var violations: [Violation]

    public init(violations: [Violation]) {
        self.violations = violations
    }

    public var description: String {
        let count = violations.count
        return "\(count) validation error\(count == 1 ? "" : "s"):\n" + violations.map { "  - \($0)" }.joined(separator: "\n")
    }
}

/// A value whose documented limits can be checked before it is sent.
public protocol Validatable {
    /// Adds every violation of `self` to `validator`, at its current path.
    func validate(into validator: inout Validator)
}

extension Validatable {
    /// Nothing to check by default: generated types override this only when
    /// they (or what they contain) have limits.
    public func validate(into validator: inout Validator) {}

    /// Every violation, in field order; empty when the value is valid.
    public var violations: [Violation] {
        var validator = Validator()
        validate(into: &validator)
        return validator.violations
    }

    /// Throws every violation at once.
    public func validate() throws(ValidationError) {
        let found = violations
        if !found.isEmpty { throw ValidationError(violations: found) }
    }
}

/// Lists and maps of validatable values validate each element, so that a
/// union variant or a body that is a list checks what it holds.
extension Array: Validatable where Element: Validatable {
    public func validate(into validator: inout Validator) {
        for (index, element) in enumerated() { validator.nested(element, index: index) }
    }
}

/// A list's element or a map's value that may be `null` (`[T?]`):
/// `null` has nothing to check.
extension Optional: Validatable where Wrapped: Validatable {
    public func validate(into validator: inout Validator) {
        if case .some(let value) = self { value.validate(into: &validator) }
    }
}

extension Dictionary: Validatable where Key == String, Value: Validatable {
    public func validate(into validator: inout Validator) {
        for key in keys.sorted() {
            if let value = self[key] { validator.nested(value, mapKey: key) }
        }
    }
}
