import APISpec

/// Turns a field's limits into runtime `Constraint` expressions and into
/// the sentences its doc comment states.
enum ConstraintLowering {
    /// Expressions such as `.maxLength(4000)` and `.items([.phoneNumber])`,
    /// including the limits a scalar type implies (phone numbers, URLs).
    static func expressions(for type: TypeReference, _ constraints: Constraints) -> [String] {
        var result: [String] = []
        if let value = constraints.minLength { result.append(".minLength(\(value))") }
        if let value = constraints.maxLength { result.append(".maxLength(\(value))") }
        if let value = constraints.pattern { result.append(".pattern(\(SwiftNamer.literal(value)))") }
        if let value = constraints.minimum { result.append(".minimum(\(format(value)))") }
        if let value = constraints.maximum { result.append(".maximum(\(format(value)))") }
        if let value = constraints.minItems { result.append(".minItems(\(value))") }
        if let value = constraints.maxItems { result.append(".maxItems(\(value))") }
        switch type {
        case .scalar(.phone): result.append(".phoneNumber")
        case .scalar(.url): result.append(".absoluteURL")
        case .scalar(.file): break
        case .scalar:
            if let extensions = constraints.fileExtensions { result.append(".fileExtension([\(extensions.map(SwiftNamer.literal).joined(separator: ", "))])") }
        case .array(let element), .map(let element):
            let inner = expressions(for: element, constraints.items?.value ?? Constraints())
            if !inner.isEmpty { result.append(".items([\(inner.joined(separator: ", "))])") }
            if let keys = constraints.keys {
                let keyExpressions = expressions(for: .scalar(.string), keys.value)
                if !keyExpressions.isEmpty { result.append(".keys([\(keyExpressions.joined(separator: ", "))])") }
            }
        case .named:
            break
        }
        return result
    }

    /// "At most 4000 characters." and the like, for doc comments.
    static func sentences(for type: TypeReference, _ constraints: Constraints) -> [String] {
        var result: [String] = []
        switch (constraints.minLength, constraints.maxLength) {
        case let (min?, max?): result.append("From \(min) to \(max) characters.")
        case let (min?, nil): result.append("At least \(min) character\(min == 1 ? "" : "s").")
        case let (nil, max?): result.append("At most \(max) characters.")
        default: break
        }
        if let pattern = constraints.pattern { result.append("Matches `\(pattern)`.") }
        switch (constraints.minimum, constraints.maximum) {
        case let (min?, max?): result.append("From \(format(min)) to \(format(max)).")
        case let (min?, nil): result.append("At least \(format(min)).")
        case let (nil, max?): result.append("At most \(format(max)).")
        default: break
        }
        func unit(_ count: Int) -> String { type.isMap ? (count == 1 ? "entry" : "entries") : (count == 1 ? "item" : "items") }
        switch (constraints.minItems, constraints.maxItems) {
        case let (min?, max?): result.append("From \(min) to \(max) \(unit(max)).")
        case let (min?, nil): result.append("At least \(min) \(unit(min)).")
        case let (nil, max?): result.append("At most \(max) \(unit(max)).")
        default: break
        }
        if let extensions = constraints.fileExtensions {
            result.append("File types: " + extensions.map { "." + $0 }.joined(separator: ", ") + ".")
        }
        switch type {
        case .scalar(.phone): result.append("A phone number with country code, like `+911999999999`.")
        case .scalar(.url): result.append("An absolute URL.")
        case .array(let element), .map(let element):
            let inner = sentences(for: element, constraints.items?.value ?? Constraints())
            if !inner.isEmpty { result.append("Each \(type.isMap ? "value" : "item"): " + lowercasedFirst(inner.joined(separator: " "))) }
            if let keys = constraints.keys {
                let keySentences = sentences(for: .scalar(.string), keys.value)
                if !keySentences.isEmpty { result.append("Each key: " + lowercasedFirst(keySentences.joined(separator: " "))) }
            }
        default: break
        }
        return result
    }

    private static func lowercasedFirst(_ text: String) -> String {
        text.prefix(1).lowercased() + text.dropFirst()
    }

    static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }
}

extension TypeReference {
    var isMap: Bool {
        if case .map = self { return true }
        return false
    }
}
