import APISpec

/// Compares two versions of a named type.
struct TypeComparison {
    let direction: Direction
    let names: SwiftNames
    private(set) var changes: [SpecChange] = []

    init(direction: Direction, names: SwiftNames) {
        self.direction = direction
        self.names = names
    }

    mutating func compare(_ old: NamedType, _ new: NamedType) {
        let scope = "type \(new.name)"
        switch (old.kind, new.kind) {
        case (.object(let a), .object(let b)):
            var fields = FieldComparison(scope: scope, direction: direction, names: names)
            fields.compare(a.fields, b.fields, at: "")
            changes += fields.changes
            changes += RuleComparison.compare(a, b, scope: scope, place: "", direction: direction)
        case (.enumeration(let a), .enumeration(let b)) where a.isInteger == b.isInteger:
            compareValues(a.values.map(\.value), b.values.map(\.value), scope: scope)
        case (.taggedUnion(let a), .taggedUnion(let b)):
            compareVariants(a.variants.map { ($0.tag ?? "key \($0.key ?? "")", $0.type) }, b.variants.map { ($0.tag ?? "key \($0.key ?? "")", $0.type) }, scope: scope)
            if a.tagKey != b.tagKey || a.contentKey != b.contentKey {
                changes.append(SpecChange(.nonBreaking, scope: scope, kind: "union.keys.changed",
                                          summary: "wire keys \(code(Self.keys(a))) → \(code(Self.keys(b)))",
                                          reason: "only the wire format changes; the client follows"))
            }
        case (.untaggedUnion(let a), .untaggedUnion(let b)):
            let before = a.variants.map { ($0.name, $0.type) }, after = b.variants.map { ($0.name, $0.type) }
            compareVariants(before, after, scope: scope)
            let common = Set(before.map(\.0)).intersection(after.map(\.0))
            if before.map(\.0).filter(common.contains) != after.map(\.0).filter(common.contains) {
                changes.append(SpecChange(direction.receives ? .breaking : .nonBreaking, scope: scope, kind: "union.order.changed",
                                          summary: "variants are tried in a new order",
                                          reason: direction.receives ? "a value received may now decode as another variant" : "only decoding order changes"))
            }
        default:
            changes.append(SpecChange(.breaking, scope: scope, kind: "type.kind.changed", summary: "\(Self.kindName(old)) → \(Self.kindName(new))",
                                      reason: "the Swift declaration changes shape"))
        }
    }

    private mutating func compareValues(_ old: [String], _ new: [String], scope: String) {
        for value in old where !new.contains(value) {
            let reason = direction.sends ? "the server no longer accepts it, and its static member is gone"
                                         : "its static member is gone: code that compares with it no longer compiles"
            changes.append(SpecChange(.breaking, scope: scope, kind: "enum.value.removed", path: value, summary: "value \(code(value)) removed", reason: reason))
        }
        for value in new where !old.contains(value) {
            changes.append(SpecChange(.nonBreaking, scope: scope, kind: "enum.value.added", path: value, summary: "value \(code(value)) added",
                                      reason: "enums are open: older clients decode it as an unknown value"))
        }
    }

    private mutating func compareVariants(_ old: [(String, TypeReference)], _ new: [(String, TypeReference)], scope: String) {
        let before = Dictionary(old, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new, uniquingKeysWith: { first, _ in first })
        for (name, _) in old where after[name] == nil {
            changes.append(SpecChange(.breaking, scope: scope, kind: "union.variant.removed", path: name, summary: "variant \(code(name)) removed",
                                      reason: "its enum case is gone: code that builds or matches it no longer compiles"))
        }
        for (name, type) in new {
            guard let previous = before[name] else {
                let breaks = direction.receives
                changes.append(SpecChange(breaks ? .breaking : .nonBreaking, scope: scope, kind: "union.variant.added", path: name,
                                          summary: "variant \(code(name)) (\(type)) added",
                                          reason: breaks ? "exhaustive `switch` statements over the enum need the new case"
                                                         : "callers only build values; existing ones stay valid"))
                continue
            }
            if previous != type {
                changes.append(SpecChange(.breaking, scope: scope, kind: "union.variant.type.changed", path: name,
                                          summary: "variant \(code(name)) type \(previous) → \(type)", reason: "the case's associated value changes type"))
            }
        }
    }

    /// `actionType/actionBody`, or the tag alone for a union whose variants carry it.
    static func keys(_ union: TaggedUnion) -> String {
        union.contentKey.map { "\(union.tagKey)/\($0)" } ?? union.tagKey
    }

    static func kindName(_ type: NamedType) -> String {
        switch type.kind {
        case .object: return "object"
        case .enumeration(let enumeration): return enumeration.isInteger ? "integer enum" : "enum"
        case .taggedUnion: return "tagged union"
        case .untaggedUnion: return "untagged union"
        }
    }
}

/// Rules across fields: a new one can reject a value that passed before,
/// unless the old fields already implied it (a rule "`to` or `bsuid`" added
/// where `to` was required rejects nothing valid before).
enum RuleComparison {
    static func compare(_ old: ObjectType, _ new: ObjectType, scope: String, place: String, direction: Direction) -> [SpecChange] {
        let before = old.rules.map(\.kind), after = new.rules.map(\.kind)
        var changes: [SpecChange] = []
        for rule in before where !after.contains(rule) {
            changes.append(SpecChange(.nonBreaking, scope: scope, kind: "rule.removed", path: place, summary: "rule removed: \(describe(rule))",
                                      reason: "every value valid before stays valid"))
        }
        for rule in after where !before.contains(rule) {
            let reason: (SpecChange.Impact, String)
            if !direction.sends {
                reason = (.nonBreaking, "rules are not checked on what the client receives")
            } else if let implied = impliedReason(rule, by: old) {
                reason = (.nonBreaking, implied)
            } else {
                reason = (.breaking, "values valid before may now be rejected before sending")
            }
            changes.append(SpecChange(reason.0, scope: scope, kind: "rule.added", path: place, summary: "rule added: \(describe(rule))", reason: reason.1))
        }
        return changes
    }

    /// Why every value valid under `old` satisfies `rule`, or nil when some may not.
    private static func impliedReason(_ rule: Rule.Kind, by old: ObjectType) -> String? {
        let required = Set(old.fields.filter { !$0.isOptional }.map(\.name)), known = Set(old.fields.map(\.name))
        switch rule {
        case .anyOf(let fields):
            return fields.first(where: required.contains).map { "\(code($0)) was required, so every value valid before satisfies it" }
        case .requires(let field, let needed):
            if !known.contains(field) { return "\(code(field)) is new, so no value valid before sets it" }
            return needed.allSatisfy(required.contains) ? "what it requires was required already" : nil
        case .requiredWhen(let field, let when, _):
            if required.contains(field) { return "\(code(field)) was required already" }
            return known.contains(when) ? nil : "\(code(when)) is new, so no value valid before sets it"
        }
    }

    static func describe(_ rule: Rule.Kind) -> String {
        switch rule {
        case .anyOf(let fields): return "one of " + fields.map(code).joined(separator: ", ") + " is required"
        case .requires(let field, let required): return "\(code(field)) requires " + required.map(code).joined(separator: ", ")
        case .requiredWhen(let field, let when, let values): return "\(code(field)) is required when \(code(when)) is " + values.map(code).joined(separator: " or ")
        }
    }
}
