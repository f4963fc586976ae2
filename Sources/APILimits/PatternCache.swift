import Foundation

/// Compiled patterns, shared across validations.
enum PatternCache {
    private final class Storage: @unchecked Sendable {
        let lock = NSLock()
        var expressions: [String: NSRegularExpression] = [:]
    }

    private static let storage = Storage()

    /// Whether `pattern` finds a match anywhere in `text`, as JSON Schema's `pattern` does.
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
