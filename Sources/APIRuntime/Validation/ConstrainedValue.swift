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
        case .minLength(let limit) where count < limit:
            validator.report(path, "minLength", "must be at least \(limit) characters (is \(count))")
        case .maxLength(let limit) where count > limit:
            validator.report(path, "maxLength", "must be at most \(limit) characters (is \(count))")
        case .pattern(let pattern) where !PatternCache.matches(self, pattern):
            validator.report(path, "pattern", "must match \(pattern) (is \(shown(self, secret: secret)))")
        case .phoneNumber where !isPhoneNumber:
            validator.report(path, "phoneNumber", "must be a phone number with country code, like +911999999999 (is \(shown(self, secret: secret)))")
        case .absoluteURL where !isAbsoluteURL:
            validator.report(path, "absoluteURL", "must be an absolute URL (is \(shown(self, secret: secret)))")
        case .emailAddress where !isEmailAddress:
            validator.report(path, "emailAddress", "must be an email address, like name@example.com (is \(shown(self, secret: secret)))")
        case .fileExtension(let allowed) where !allowed.contains(fileExtension):
            validator.report(path, "fileExtension",
                             "must end in one of .\(allowed.joined(separator: ", .")) (is \(shown(self, secret: secret)))")
        default:
            break
        }
    }

    private var isPhoneNumber: Bool {
        let digits = utf8.dropFirst()
        return utf8.first == UInt8(ascii: "+") && (7...15).contains(digits.count)
            && digits.first != UInt8(ascii: "0") && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    private var isEmailAddress: Bool {
        let parts = split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return !contains(where: \.isWhitespace)
    }

    private var isAbsoluteURL: Bool {
        guard let components = URLComponents(string: self) else { return false }
        return components.scheme != nil && !(components.host ?? "").isEmpty
    }

    var fileExtension: String {
        guard let dot = lastIndex(of: ".") else { return "" }
        return self[index(after: dot)...].lowercased()
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
        case .minimum(let limit) where value < limit:
            validator.report(path, "minimum", "must be at least \(format(limit)) (is \(actual))")
        case .maximum(let limit) where value > limit:
            validator.report(path, "maximum", "must be at most \(format(limit)) (is \(actual))")
        default:
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
        case .minItems(let limit) where count < limit:
            validator.report(path, "minItems", "must have at least \(limit) item\(limit == 1 ? "" : "s") (has \(count))")
        case .maxItems(let limit) where count > limit:
            validator.report(path, "maxItems", "must have at most \(limit) items (has \(count))")
        case .items(let constraints):
            for (index, element) in enumerated() {
                guard let element = element as? any ConstrainedValue else { continue }
                for inner in constraints { element.check(inner, at: path + "[\(index)]", secret: secret, into: &validator) }
            }
        default:
            break
        }
    }
}

extension Dictionary: ConstrainedValue where Key == String {
    public func check(_ constraint: Constraint, at path: String, secret: Bool, into validator: inout Validator) {
        switch constraint {
        case .minItems(let limit) where count < limit:
            validator.report(path, "minItems", "must have at least \(limit) entr\(limit == 1 ? "y" : "ies") (has \(count))")
        case .maxItems(let limit) where count > limit:
            validator.report(path, "maxItems", "must have at most \(limit) entries (has \(count))")
        case .items(let constraints):
            for key in keys.sorted() {
                guard let value = self[key] as? any ConstrainedValue else { continue }
                for inner in constraints { value.check(inner, at: path + "[\"\(key)\"]", secret: secret, into: &validator) }
            }
        case .keys(let constraints):
            for key in keys.sorted() {
                for inner in constraints { key.check(inner, at: path + "[\"\(key)\"]", secret: secret, into: &validator) }
            }
        default:
            break
        }
    }
}

/// Compiled patterns, shared across validations.
enum PatternCache {
    private final class Storage: @unchecked Sendable {
        let lock = NSLock()
        var expressions: [String: NSRegularExpression] = [:]
    }

    private static let storage = Storage()

    static func matches(_ text: String, _ pattern: String) -> Bool {
        storage.lock.lock()
        let cached = storage.expressions[pattern]
        storage.lock.unlock()
        let expression: NSRegularExpression
        if let cached {
            expression = cached
        } else {
            // Generated patterns were checked by the spec loader; an invalid
            // one written by hand matches nothing rather than crashing.
            guard let compiled = try? NSRegularExpression(pattern: pattern) else { return false }
            storage.lock.lock()
            storage.expressions[pattern] = compiled
            storage.lock.unlock()
            expression = compiled
        }
        let range = NSRange(text.startIndex..., in: text)
        return expression.firstMatch(in: text, range: range) != nil
    }
}
