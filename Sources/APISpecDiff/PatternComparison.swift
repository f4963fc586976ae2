import Foundation

/// Whether a new pattern accepts everything the old one did. Patterns
/// cannot be compared in general, but many can be decided: the values the
/// old pattern spells out (`^(contact|conversation)$` has two) and the old
/// default are tried against the new one. A value rejected now proves a
/// tightening; an old pattern whose every value is spelled out and still
/// accepted proves a widening; anything else stays undecided.
enum PatternComparison {
    enum Verdict: Equatable {
        case widened
        /// With a value valid before and rejected now.
        case narrowed(example: String)
        case undecided
    }

    static func compare(_ old: String, _ new: String, knownValues: [String] = []) -> Verdict {
        guard let newExpression = try? NSRegularExpression(pattern: new), let oldExpression = try? NSRegularExpression(pattern: old) else {
            return .undecided
        }
        let spelled = FiniteLanguage.values(of: old)
        // Shortest first: the example a reviewer reads is the simplest one.
        let candidates = ((spelled?.values ?? []) + knownValues.filter { matches(oldExpression, $0) })
            .sorted { ($0.count, $0) < ($1.count, $1) }
        if let rejected = candidates.first(where: { !matches(newExpression, $0) }) { return .narrowed(example: rejected) }
        if let spelled, spelled.isAnchored { return .widened }
        return .undecided
    }

    static func matches(_ expression: NSRegularExpression, _ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}

/// The strings a simple regular expression matches, when there are few:
/// literals, escaped characters, groups, alternatives and `?`. Anything
/// that matches unboundedly many strings (`*`, `+`, classes, `.`) gives nil.
enum FiniteLanguage {
    struct Result {
        var values: [String]
        /// `^…$`: the values are all the pattern accepts, not parts of longer texts.
        var isAnchored: Bool
    }

    static let limit = 256

    static func values(of pattern: String) -> Result? {
        var scalars = Array(pattern.unicodeScalars)
        let anchoredStart = scalars.first == "^", anchoredEnd = scalars.last == "$" && !(scalars.count >= 2 && scalars[scalars.count - 2] == "\\")
        if anchoredStart { scalars.removeFirst() }
        if anchoredEnd { scalars.removeLast() }
        var parser = Parser(scalars: scalars)
        guard let values = parser.alternatives(), parser.position == scalars.count else { return nil }
        return Result(values: values, isAnchored: anchoredStart && anchoredEnd)
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var position = 0

        /// `a|b|c` up to a closing parenthesis or the end.
        mutating func alternatives() -> [String]? {
            var result: [String] = []
            while true {
                guard let branch = sequence() else { return nil }
                result += branch
                guard result.count <= FiniteLanguage.limit else { return nil }
                if position < scalars.count, scalars[position] == "|" { position += 1; continue }
                return result
            }
        }

        private mutating func sequence() -> [String]? {
            var result = [""]
            while position < scalars.count, scalars[position] != "|", scalars[position] != ")" {
                guard var atom = self.atom() else { return nil }
                if position < scalars.count, scalars[position] == "?" {
                    position += 1
                    atom.append("")
                }
                result = result.flatMap { prefix in atom.map { prefix + $0 } }
                guard result.count <= FiniteLanguage.limit else { return nil }
            }
            return result
        }

        private mutating func atom() -> [String]? {
            let scalar = scalars[position]
            position += 1
            switch scalar {
            case "(":
                if position + 1 < scalars.count, scalars[position] == "?", scalars[position + 1] == ":" { position += 2 }
                guard let inner = alternatives(), position < scalars.count, scalars[position] == ")" else { return nil }
                position += 1
                return inner
            case "\\":
                guard position < scalars.count else { return nil }
                let escaped = scalars[position]
                position += 1
                // `\d`, `\w`, `\s` and the like are classes; punctuation stands for itself.
                guard !escaped.properties.isAlphabetic, !("0"..."9").contains(escaped) else { return nil }
                return [String(escaped)]
            case "*", "+", "{", "}", "[", "]", ".", "^", "$", "?":
                return nil
            default:
                return [String(scalar)]
            }
        }
    }
}
