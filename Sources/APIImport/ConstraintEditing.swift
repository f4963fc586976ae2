import APISpec

/// Limits an importer sets from what the docs state, or leaves out when lint refuses them; shared by the docs
/// and the OpenAPI importers.
extension Constraints {
    /// Sets a limit the docs state as a whole number: a length, a count or a bound.
    mutating func set(_ limit: LimitTable.Limit, count: Int) {
        switch limit {
        case .minLength: minLength = count
        case .maxLength: maxLength = count
        case .minItems: minItems = count
        case .maxItems: maxItems = count
        case .minimum: minimum = Double(count)
        case .maximum: maximum = Double(count)
        case .exclusiveMinimum: exclusiveMinimum = Double(count)
        case .exclusiveMaximum: exclusiveMaximum = Double(count)
        case .multipleOf: multipleOf = Double(count)
        case .pattern, .uniqueItems, .fileExtensions, .items, .keys:
            assertionFailure("\(limit.rawValue) is no whole number")
        }
    }

    /// Leaves out the limit of that kind (one lint refused).
    mutating func remove(_ limit: LimitTable.Limit) {
        switch limit {
        case .minLength: minLength = nil
        case .maxLength: maxLength = nil
        case .minItems: minItems = nil
        case .maxItems: maxItems = nil
        case .minimum: minimum = nil
        case .maximum: maximum = nil
        case .exclusiveMinimum: exclusiveMinimum = nil
        case .exclusiveMaximum: exclusiveMaximum = nil
        case .multipleOf: multipleOf = nil
        case .pattern: pattern = nil
        case .uniqueItems: uniqueItems = nil
        case .fileExtensions: fileExtensions = nil
        case .items: items = nil
        case .keys: keys = nil
        }
    }
}
