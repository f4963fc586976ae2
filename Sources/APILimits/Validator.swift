/// Collects violations while generated `validate(into:)` methods walk a
/// value; keeps the path of the field being checked.
public struct Validator: Sendable {
    public private(set) var violations: [Violation] = []
    private var path: String = ""

    public init() {}

    private func path(_ key: String?) -> String {
        guard let key else { return path }
        return path.isEmpty ? key : path + "." + key
    }

    mutating func report(_ path: String, _ rule: String, _ message: String) {
        violations.append(Violation(path: path, rule: rule, message: message))
    }

    /// Checks a present value against its constraints; `secret` keeps the
    /// value out of messages.
    public mutating func check<Value: ConstrainedValue>(_ value: Value?, _ key: String, _ constraints: Constraint..., secret: Bool = false) {
        check(value, key, constraints, secret: secret)
    }

    /// Checks a present value against a list of constraints, as generated
    /// types declare them beside each property.
    public mutating func check<Value: ConstrainedValue>(_ value: Value?, _ key: String, _ constraints: [Constraint], secret: Bool = false) {
        guard let value else { return }
        let fieldPath = path(key)
        for constraint in constraints {
            value.check(constraint, at: fieldPath, secret: secret, into: &self)
        }
    }

    /// Validates a nested value; a nil key keeps the current path (for a
    /// union whose keys sit in the enclosing object).
    public mutating func nested<Value: Validatable>(_ value: Value?, _ key: String?) {
        guard let value else { return }
        let saved = path
        path = path(key)
        value.validate(into: &self)
        path = saved
    }

    public mutating func nested<Value: Validatable>(_ values: [Value]?, _ key: String) {
        guard let values else { return }
        let base = path(key)
        for (index, value) in values.enumerated() { nested(value, at: base + "[\(index)]") }
    }

    public mutating func nested<Value: Validatable>(_ values: [String: Value]?, _ key: String) {
        guard let values else { return }
        let base = path(key)
        for key in values.keys.sorted() {
            if let value = values[key] { nested(value, at: base + "[\"\(key)\"]") }
        }
    }

    /// Validates one element of a collection at `[index]` below the current path.
    public mutating func nested<Value: Validatable>(_ value: Value, index: Int) {
        nested(value, at: path + "[\(index)]")
    }

    /// Validates one value of a map at `["key"]` below the current path.
    public mutating func nested<Value: Validatable>(_ value: Value, mapKey: String) {
        nested(value, at: path + "[\"\(mapKey)\"]")
    }

    private mutating func nested<Value: Validatable>(_ value: Value, at fullPath: String) {
        let saved = path
        path = fullPath
        value.validate(into: &self)
        path = saved
    }

    /// At least one of the named fields must be present.
    public mutating func requireAny(_ fields: KeyValuePairs<String, Bool>) {
        // Checked in place: generated validators call this on every request.
        guard !fields.contains(where: { $0.value }) else { return }
        reportNoneOf(fields.map(\.key))
    }

    /// At least one of the named fields must be present (the spec checker's
    /// form, for a list of fields it reads from a sample).
    public mutating func requireAny(_ fields: [(name: String, isPresent: Bool)]) {
        guard !fields.contains(where: { $0.isPresent }) else { return }
        reportNoneOf(fields.map(\.name))
    }

    private mutating func reportNoneOf(_ names: [String]) {
        report(path(names.first), "anyOf", "one of \(names.joined(separator: ", ")) is required")
    }

    /// When `field` is present, `required` must be present too.
    public mutating func require(_ required: String, _ isPresent: Bool, whenPresent field: String, _ fieldIsPresent: Bool) {
        guard fieldIsPresent && !isPresent else { return }
        report(path(required), "requires", "\(required) is required when \(field) is present")
    }

    /// A variant of a union without a content key carries its tag in a field
    /// of its own, which must hold the tag of the case it is sent as.
    public mutating func requireTag(_ key: String, _ actual: String, _ tag: String) {
        guard actual != tag else { return }
        report(path(key), "tag", "must be \(tag) for this variant (is \(actual))")
    }

    /// `field` must be present when `other` has one of `values`.
    public mutating func require(_ field: String, _ isPresent: Bool, when other: String, is actual: String?, in values: [String]) {
        guard !isPresent, let actual, values.contains(actual) else { return }
        report(path(field), "requiredWhen", "\(field) is required when \(other) is \(actual)")
    }
}
