import APISpec

/// The limits a value is checked against: those the spec states (which
/// `LimitTable` has already matched to the value's type) and those its
/// type implies.
enum LimitResolution {
    static func limits(for type: TypeReference, _ constraints: Constraints) -> [Limit] {
        var result: [Limit] = []
        if let value = constraints.minLength { result.append(.minLength(value)) }
        if let value = constraints.maxLength { result.append(.maxLength(value)) }
        if let value = constraints.pattern { result.append(.pattern(value)) }
        if let value = constraints.minimum { result.append(.minimum(value)) }
        if let value = constraints.maximum { result.append(.maximum(value)) }
        if let value = constraints.minItems { result.append(.minItems(value)) }
        if let value = constraints.maxItems { result.append(.maxItems(value)) }
        switch type {
        case .scalar(.phone): result.append(.phoneNumber)
        case .scalar(.url): result.append(.absoluteURL)
        case .scalar(.email): result.append(.emailAddress)
        // A file's extensions are checked by its multipart part.
        case .scalar(.file): break
        case .scalar:
            if let extensions = constraints.fileExtensions { result.append(.fileExtension(extensions)) }
        case .array(let element), .map(let element):
            let inner = limits(for: element, constraints.items?.value ?? Constraints())
            if !inner.isEmpty { result.append(.items(inner)) }
            if let keys = constraints.keys {
                let keyLimits = limits(for: .scalar(.string), keys.value)
                if !keyLimits.isEmpty { result.append(.keys(keyLimits)) }
            }
        case .named:
            break
        }
        return result
    }
}
