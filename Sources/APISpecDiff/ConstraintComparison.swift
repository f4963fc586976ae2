import APILimits
import APISpec

/// A limit that changed: tightened when some value valid before is now
/// invalid, loosened when every value valid before stays valid.
struct LimitChange: Hashable {
    enum Verdict: Hashable {
        case tightened
        case loosened
        /// Patterns that cannot be compared.
        case undecided
    }

    var name: String
    var old: String
    var new: String
    var verdict: Verdict
    /// A value valid before and rejected now, where one is known.
    var example: String?

    init(name: String, old: String, new: String, tightened: Bool) {
        self.init(name: name, old: old, new: new, verdict: tightened ? .tightened : .loosened)
    }

    init(name: String, old: String, new: String, verdict: Verdict, example: String? = nil) {
        self.name = name
        self.old = old
        self.new = new
        self.verdict = verdict
        self.example = example
    }

    var summary: String { "\(name) \(code(old)) → \(code(new))" }
}

enum ConstraintComparison {
    /// `knownValues`: values valid under the old spec (its default), tried
    /// against a changed pattern; `knownItems` the same for the items' limits (a list default's text items).
    static func compare(_ old: Constraints, _ new: Constraints, prefix: String = "", knownValues: [String] = [],
                        knownItems: [String] = []) -> [LimitChange] {
        var changes: [LimitChange] = []
        func bound<Value: Comparable & CustomStringConvertible>(_ name: String, _ a: Value?, _ b: Value?, upper: Bool) {
            guard a != b else { return }
            let tightened: Bool
            switch (a, b) {
            case (nil, _): tightened = true
            case (_, nil): tightened = false
            case (let a?, let b?): tightened = upper ? b < a : b > a
            }
            changes.append(LimitChange(name: prefix + name, old: a.map(\.description) ?? "none", new: b.map(\.description) ?? "none", tightened: tightened))
        }
        // Every limit kind is compared: a new kind fails to compile here
        // until the diff says what tightening it means.
        for limit in LimitTable.Limit.allCases {
            let name = limit.rawValue
            switch limit {
            // No lower bound on a length or a count is the bound 0.
            case .minLength: bound(name, old.minLength ?? 0, new.minLength ?? 0, upper: false)
            case .maxLength: bound(name, old.maxLength, new.maxLength, upper: true)
            case .minimum: bound(name, old.minimum.map(Number.init), new.minimum.map(Number.init), upper: false)
            case .maximum: bound(name, old.maximum.map(Number.init), new.maximum.map(Number.init), upper: true)
            case .exclusiveMinimum:
                bound(name, old.exclusiveMinimum.map(Number.init), new.exclusiveMinimum.map(Number.init), upper: false)
            case .exclusiveMaximum:
                bound(name, old.exclusiveMaximum.map(Number.init), new.exclusiveMaximum.map(Number.init), upper: true)
            case .multipleOf:
                // A new step refuses what the old one took unless it divides the old one (2 after 4 loosens).
                guard old.multipleOf != new.multipleOf else { continue }
                let loosened = new.multipleOf.map { step in old.multipleOf.map { NumberSteps.isMultiple($0, of: step) } ?? false }
                    ?? true
                changes.append(LimitChange(name: prefix + name, old: old.multipleOf.map { Number($0).description } ?? "none",
                                           new: new.multipleOf.map { Number($0).description } ?? "none", tightened: !loosened))
            case .minItems: bound(name, old.minItems ?? 0, new.minItems ?? 0, upper: false)
            case .maxItems: bound(name, old.maxItems, new.maxItems, upper: true)
            case .uniqueItems:
                // Stated, every list with a repeat is refused: a tightening; dropped, a loosening.
                guard old.uniqueItems != new.uniqueItems else { continue }
                changes.append(LimitChange(name: prefix + name, old: old.uniqueItems == true ? "true" : "none",
                                           new: new.uniqueItems == true ? "true" : "none", tightened: new.uniqueItems == true))
            case .pattern: changes += comparePatterns(old.pattern, new.pattern, prefix: prefix, knownValues: knownValues)
            case .fileExtensions:
                guard old.fileExtensions != new.fileExtensions else { continue }
                let before = Set(old.fileExtensions ?? []), after = Set(new.fileExtensions ?? [])
                let tightened = new.fileExtensions != nil && (old.fileExtensions == nil || !before.isSubset(of: after))
                changes.append(LimitChange(name: prefix + name, old: old.fileExtensions.map(list) ?? "any",
                                           new: new.fileExtensions.map(list) ?? "any", tightened: tightened))
            case .items:
                guard old.items != nil || new.items != nil else { continue }
                let (before, after) = (old.items?.value ?? Constraints(), new.items?.value ?? Constraints())
                changes += compare(before, after, prefix: prefix + "items.", knownValues: knownItems)
            case .keys:
                guard old.keys != nil || new.keys != nil else { continue }
                changes += compare(old.keys?.value ?? Constraints(), new.keys?.value ?? Constraints(), prefix: prefix + "keys.")
            }
        }
        return changes
    }

    private static func comparePatterns(_ old: String?, _ new: String?, prefix: String, knownValues: [String]) -> [LimitChange] {
        guard old != new else { return [] }
        let verdict: LimitChange.Verdict
        var example: String?
        switch (old, new) {
        case (_, nil): verdict = .loosened
        case (nil, _): verdict = .tightened
        case (let before?, let after?):
            switch PatternComparison.compare(before, after, knownValues: knownValues) {
            case .widened: verdict = .loosened
            case .narrowed(let value): (verdict, example) = (.tightened, value)
            case .undecided: verdict = .undecided
            }
        }
        return [LimitChange(name: prefix + "pattern", old: old ?? "none", new: new ?? "none", verdict: verdict, example: example)]
    }

    private static func list(_ values: [String]) -> String {
        values.joined(separator: ", ")
    }

    /// A limit printed as the docs write it: `50`, not `50.0`.
    private struct Number: Comparable, CustomStringConvertible {
        let value: Double
        init(_ value: Double) { self.value = value }
        static func < (lhs: Number, rhs: Number) -> Bool { lhs.value < rhs.value }
        var description: String { value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value) }
    }
}
