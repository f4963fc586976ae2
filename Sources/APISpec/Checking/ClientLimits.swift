import APILimits

/// The limits a generated client checks a value against: those the spec
/// states (which `LimitTable` has matched to the value's type) and those its
/// type implies (a `phone` is a phone number). The resolver lowers exactly
/// these, and lint checks defaults and request samples against exactly
/// these, with the runtime's own code.
public enum ClientLimits {
    public static func constraints(for type: TypeReference, _ stated: Constraints) -> [Constraint] {
        var result: [Constraint] = []
        for limit in LimitTable.Limit.allCases {
            switch limit {
            case .minLength: if let value = stated.minLength { result.append(.minLength(value)) }
            case .maxLength: if let value = stated.maxLength { result.append(.maxLength(value)) }
            case .pattern: if let value = stated.pattern { result.append(.pattern(value)) }
            case .minimum: if let value = stated.minimum { result.append(.minimum(value)) }
            case .maximum: if let value = stated.maximum { result.append(.maximum(value)) }
            case .exclusiveMinimum: if let value = stated.exclusiveMinimum { result.append(.exclusiveMinimum(value)) }
            case .exclusiveMaximum: if let value = stated.exclusiveMaximum { result.append(.exclusiveMaximum(value)) }
            case .multipleOf: if let value = stated.multipleOf { result.append(.multipleOf(value)) }
            case .minItems: if let value = stated.minItems { result.append(.minItems(value)) }
            case .maxItems: if let value = stated.maxItems { result.append(.maxItems(value)) }
            case .uniqueItems: if stated.uniqueItems == true { result.append(.uniqueItems) }
            // A file's extensions are checked on its name by its multipart
            // part; other scalars holding file names check their text.
            case .fileExtensions:
                if let value = stated.fileExtensions, case .scalar(let scalar) = type, scalar != .file {
                    result.append(.fileExtension(value))
                }
            case .items:
                guard let element = type.elementOfCollection else { continue }
                let inner = constraints(for: element, stated.items?.value ?? Constraints())
                if !inner.isEmpty { result.append(.items(inner)) }
            case .keys:
                guard case .map = type, let keys = stated.keys else { break }
                let inner = constraints(for: .scalar(.string), keys.value)
                if !inner.isEmpty { result.append(.keys(inner)) }
            }
        }
        if case .scalar(let scalar) = type, let implied = impliedConstraint(of: scalar) {
            result.append(implied)
        }
        return result
    }

    /// The check a scalar type carries with it, whatever the spec states.
    static func impliedConstraint(of scalar: ScalarType) -> Constraint? {
        switch scalar {
        case .phone: return .phoneNumber
        case .url: return .absoluteURL
        case .email: return .emailAddress
        case .string, .guid, .int32, .int64, .double, .bool, .dateTime, .date, .epochSeconds, .epochMillis, .json, .file:
            return nil
        }
    }
}

extension TypeReference {
    /// What an array holds or a map maps to, without its `?`: limits
    /// look at values, and `null` passes them.
    var elementOfCollection: TypeReference? {
        switch self {
        case .array(let element), .map(let element): return element.withoutNull
        case .scalar, .named, .orNull: return nil
        }
    }
}

extension Constraint {
    /// False for limits on what a collection holds, which a walk that visits
    /// every element checks there.
    var appliesToTheValueItself: Bool {
        switch self {
        case .items, .keys: return false
        case .minLength, .maxLength, .pattern, .minimum, .maximum, .exclusiveMinimum, .exclusiveMaximum, .multipleOf,
             .minItems, .maxItems, .uniqueItems, .phoneNumber, .absoluteURL, .emailAddress, .fileExtension:
            return true
        }
    }
}
