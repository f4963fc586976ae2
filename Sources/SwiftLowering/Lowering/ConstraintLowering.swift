import ResolvedAPI
/// Spells resolved limits as runtime `Constraint` expressions and as the
/// sentences doc comments state.
enum ConstraintLowering {
    /// `.maxLength(4000)`, `.items([.phoneNumber])`.
    static func expressions(_ limits: [Limit]) -> [String] {
        limits.map { limit in
            switch limit {
            case .minLength(let value): return ".minLength(\(value))"
            case .maxLength(let value): return ".maxLength(\(value))"
            case .pattern(let value): return ".pattern(\(SwiftLiteral.string(value)))"
            case .minimum(let value): return ".minimum(\(format(value)))"
            case .maximum(let value): return ".maximum(\(format(value)))"
            case .exclusiveMinimum(let value): return ".exclusiveMinimum(\(format(value)))"
            case .exclusiveMaximum(let value): return ".exclusiveMaximum(\(format(value)))"
            case .multipleOf(let value): return ".multipleOf(\(format(value)))"
            case .minItems(let value): return ".minItems(\(value))"
            case .maxItems(let value): return ".maxItems(\(value))"
            case .uniqueItems: return ".uniqueItems"
            case .phoneNumber: return ".phoneNumber"
            case .absoluteURL: return ".absoluteURL"
            case .emailAddress: return ".emailAddress"
            case .fileExtension(let allowed): return ".fileExtension([\(allowed.map(SwiftLiteral.string).joined(separator: ", "))])"
            case .items(let inner): return ".items([\(expressions(inner).joined(separator: ", "))])"
            case .keys(let inner): return ".keys([\(expressions(inner).joined(separator: ", "))])"
            }
        }
    }

    /// "At most 4000 characters." and the like.
    static func sentences(_ limits: [Limit], isMap: Bool = false) -> [String] {
        var minLength: Int?, maxLength: Int?, minimum: Double?, maximum: Double?, minItems: Int?, maxItems: Int?
        var result: [String] = []
        var patternSentence: [String] = []
        var fileSentence: [String] = []
        var trailing: [String] = []
        var unique: [String] = []
        var numberSentences: [String] = []
        for limit in limits {
            switch limit {
            case .minLength(let value): minLength = value
            case .maxLength(let value): maxLength = value
            case .minimum(let value): minimum = value
            case .maximum(let value): maximum = value
            case .exclusiveMinimum(let value): numberSentences.append("Greater than \(format(value)).")
            case .exclusiveMaximum(let value): numberSentences.append("Less than \(format(value)).")
            case .multipleOf(let value): numberSentences.append("A multiple of \(format(value)).")
            case .minItems(let value): minItems = value
            case .maxItems(let value): maxItems = value
            case .uniqueItems: unique.append("No item twice.")
            case .pattern(let pattern): patternSentence.append("Matches `\(pattern)`.")
            case .phoneNumber: trailing.append("A phone number with country code, like `+911999999999`.")
            case .absoluteURL: trailing.append("An absolute URL.")
            case .emailAddress: trailing.append("An email address, like `name@example.com`.")
            case .fileExtension(let allowed): fileSentence.append("File types: " + allowed.map { "." + $0 }.joined(separator: ", ") + ".")
            case .items(let inner):
                let text = sentences(inner).joined(separator: " ")
                if !text.isEmpty { trailing.append("Each \(isMap ? "value" : "item"): " + lowercasedFirst(text)) }
            case .keys(let inner):
                let text = sentences(inner).joined(separator: " ")
                if !text.isEmpty { trailing.append("Each key: " + lowercasedFirst(text)) }
            }
        }
        switch (minLength, maxLength) {
        case let (min?, max?): result.append("From \(min) to \(max) characters.")
        case let (min?, nil): result.append("At least \(min) character\(min == 1 ? "" : "s").")
        case let (nil, max?): result.append("At most \(max) characters.")
        default: break
        }
        result += patternSentence
        switch (minimum, maximum) {
        case let (min?, max?): result.append("From \(format(min)) to \(format(max)).")
        case let (min?, nil): result.append("At least \(format(min)).")
        case let (nil, max?): result.append("At most \(format(max)).")
        default: break
        }
        result += numberSentences
        func unit(_ count: Int) -> String { isMap ? (count == 1 ? "entry" : "entries") : (count == 1 ? "item" : "items") }
        switch (minItems, maxItems) {
        case let (min?, max?): result.append("From \(min) to \(max) \(unit(max)).")
        case let (min?, nil): result.append("At least \(min) \(unit(min)).")
        case let (nil, max?): result.append("At most \(max) \(unit(max)).")
        default: break
        }
        return result + unique + fileSentence + trailing
    }

    private static func lowercasedFirst(_ text: String) -> String {
        text.prefix(1).lowercased() + text.dropFirst()
    }

    static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }
}
