import APISpec

/// Compares two lists of fields (an object's, a body's, or an operation's
/// parameters), matched by wire name, and judges each difference by the
/// direction the values travel.
struct FieldComparison {
    let scope: String
    let direction: Direction
    let names: SwiftNames
    private(set) var changes: [SpecChange] = []
    /// The old wire name of each field renamed, by its new name.
    private(set) var renamedFrom: [String: String] = [:]

    init(scope: String, direction: Direction, names: SwiftNames) {
        self.scope = scope
        self.direction = direction
        self.names = names
    }

    /// A verdict for code that sends the value, and one for code that receives it.
    private typealias Verdicts = (request: (SpecChange.Impact, String), response: (SpecChange.Impact, String))

    mutating func compare(_ old: [Field], _ new: [Field], at place: String) {
        let oldByName = Dictionary(old.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newNames = Set(new.map(\.name))
        let renames = FieldRenames.pairs(old: old, new: new)
        let renamed = Dictionary(renames.map { ($0.after.name, $0.before) }, uniquingKeysWith: { first, _ in first })
        renamedFrom.merge(renamed.mapValues(\.name)) { first, _ in first }
        let renamedOldNames = Set(renames.map(\.before.name))
        for field in old where !newNames.contains(field.name) && !renamedOldNames.contains(field.name) {
            record("field.removed", place, field, "\(code(field.name)) removed",
                   ((.breaking, "code that sets it no longer compiles"), (.breaking, "code that reads it no longer compiles")))
        }
        for field in new {
            if let before = renamed[field.name] {
                recordRename(from: before, to: field, at: place)
                compare(before, field, at: place, renamed: true)
                continue
            }
            guard let before = oldByName[field.name] else {
                if field.isOptional {
                    record("field.added", place, field, "optional \(code(field.name)) added",
                           ((.nonBreaking, "existing calls compile unchanged and send \(field.defaultValue.map { "the default \($0)" } ?? "nothing")"),
                            (.nonBreaking, "answers carry one more value")))
                } else {
                    record("field.added", place, field, "required \(code(field.name)) added",
                           ((.breaking, "callers must now pass it"), (.nonBreaking, "answers carry one more value")))
                }
                continue
            }
            compare(before, field, at: place, renamed: false)
        }
    }

    /// Judged by the Swift names: calling code names the property or argument, never the wire key.
    private mutating func recordRename(from old: Field, to new: Field, at place: String) {
        let declaration = SpecAnnotation.declarationScope(scope, place: place)
        let before = names.name(of: old.name, in: declaration, before: true)
        let after = names.name(of: new.name, in: declaration, before: false)
        // Without both clients (a spec that does not resolve), only an explicit swiftName kept counts.
        let explicitlyKept = old.swiftName != nil && old.swiftName == new.swiftName
        let kept = before.flatMap { before in after.map { before == $0 } } ?? explicitlyKept
        var swift = ""
        if let before, let after {
            swift = before == after ? " (Swift name \(code(after)) kept)" : " (Swift \(code(before)) → \(code(after)))"
        }
        let breaking = "code that names \(before.map(code) ?? "the Swift property or argument") no longer compiles"
        let verdicts: Verdicts = kept
            ? ((.nonBreaking, "calling code is unchanged; the regenerated client sends the new key"),
               (.nonBreaking, "calling code is unchanged; the regenerated client reads the new key"))
            : ((.breaking, breaking), (.breaking, breaking))
        record("field.renamed", place, new, "\(code(old.name)) renamed to \(code(new.name))\(swift)", verdicts,
               renamedFrom: old.name)
    }

    private mutating func compare(_ old: Field, _ new: Field, at place: String, renamed: Bool) {
        if old.type != new.type {
            let verdict = (SpecChange.Impact.breaking, "its Swift type changes")
            record("field.type.changed", place, new, "\(code(new.name)) type \(code("\(old.type)")) → \(code("\(new.type)"))", (verdict, verdict))
        }
        if old.isOptional != new.isOptional {
            if new.isOptional {
                record("field.optional", place, new, "\(code(new.name)) became optional",
                       ((.nonBreaking, "code that passes a value still compiles"), (.breaking, "the property becomes Optional: code that reads it must unwrap it")))
            } else {
                record("field.required", place, new, "\(code(new.name)) became required",
                       ((.breaking, "code that leaves it out no longer compiles"),
                        (.breaking, "the property is no longer Optional: `if let` and `?.` on it stop compiling")))
            }
        }
        if old.defaultValue != new.defaultValue {
            let before = old.defaultValue?.description ?? "none", after = new.defaultValue?.description ?? "none"
            record("field.default.changed", place, new, "\(code(new.name)) default \(code(before)) → \(code(after))",
                   ((.breaking, "code that leaves it out now sends \(after == "none" ? "nothing" : after) instead of \(before == "none" ? "nothing" : before)"),
                    (.nonBreaking, "defaults only shape what callers send")))
        }
        if old.isInline != new.isInline {
            let verdict = (SpecChange.Impact.breaking,
                           "the union's keys \(new.isInline ? "move into the enclosing object" : "move under \(code(new.name))")")
            record("field.inline.changed", place, new, "\(code(new.name)) \(new.isInline ? "is now inline" : "is no longer inline")",
                   (verdict, verdict))
        }
        if old.isNullable != new.isNullable {
            // A nullable field that may be left out is a `Nullable`; one that is always there, a `T?`.
            let mayBeLeftOut = new.isOptional || (new.defaultValue != nil && !new.isClientDefault)
            let shape = mayBeLeftOut ? "`Nullable`" : "optional (nil as null)"
            let verdict = (SpecChange.Impact.breaking, "the Swift type \(new.isNullable ? "becomes" : "is no longer") \(shape)")
            record("field.nullable.changed", place, new, "\(code(new.name)) \(new.isNullable ? "may now be null" : "is no longer null")", (verdict, verdict))
        }
        if old.isOneOrMany != new.isOneOrMany {
            record("field.oneOrMany.changed", place, new, "\(code(new.name)) \(new.isOneOrMany ? "may now arrive as one item" : "now always arrives as a list")",
                   ((.nonBreaking, "requests send a list either way"),
                    new.isOneOrMany ? (.nonBreaking, "a single item is read as a list of one") : (.breaking, "an answer with a single item no longer decodes")))
        }
        if old.isClientDefault != new.isClientDefault {
            let verdict = (SpecChange.Impact.breaking, new.isClientDefault
                ? "the client now sends the default itself: the Swift value is no longer optional"
                : "the default is left to the server: the Swift value becomes optional and is sent only when set")
            record("field.clientDefault.changed", place, new, "\(code(new.name)) default sent by \(new.isClientDefault ? "the client" : "the server")",
                   (verdict, verdict))
        }
        // A rename's verdict already says what became of the Swift name.
        if old.swiftName != new.swiftName && !renamed {
            let verdict = (SpecChange.Impact.breaking, "the Swift property is renamed")
            record("field.swiftName.changed", place, new, "\(code(new.name)) Swift name \(code(old.swiftName ?? "default")) → \(code(new.swiftName ?? "default"))", (verdict, verdict))
        }
        var known: [String] = [], knownItems: [String] = []
        switch old.defaultValue {
        case .string(let text)?: known.append(text)
        case .list(let items)?: knownItems = items.compactMap { if case .string(let text) = $0 { text } else { nil } }
        default: break
        }
        for limit in ConstraintComparison.compare(old.constraints, new.constraints, knownValues: known,
                                                  knownItems: knownItems) {
            switch limit.verdict {
            case .tightened:
                let evidence = limit.example.map { " (\(code($0)) among them)" } ?? ""
                record("constraint.tightened", place, new, "\(code(new.name)) \(limit.summary)",
                       ((.breaking, "values valid before are now rejected before sending\(evidence)"),
                        (.nonBreaking, "limits are not checked on what the client receives")))
            case .loosened:
                record("constraint.loosened", place, new, "\(code(new.name)) \(limit.summary)",
                       ((.nonBreaking, "every value valid before stays valid"), (.nonBreaking, "limits are not checked on what the client receives")))
            case .undecided:
                record("constraint.changed", place, new, "\(code(new.name)) \(limit.summary)",
                       ((.possiblyBreaking, "the new pattern may reject values accepted before; the two cannot be compared"),
                        (.nonBreaking, "limits are not checked on what the client receives")))
            }
        }
    }

    private mutating func record(_ kind: String, _ place: String, _ field: Field, _ summary: String, _ verdicts: Verdicts,
                                 renamedFrom: String? = nil) {
        let (impact, reason): (SpecChange.Impact, String)
        switch direction {
        case .request: (impact, reason) = verdicts.request
        case .response: (impact, reason) = verdicts.response
        case .both: (impact, reason) = verdicts.request.0.rank >= verdicts.response.0.rank ? verdicts.request : verdicts.response
        }
        changes.append(SpecChange(impact, scope: scope, kind: kind, path: place.isEmpty ? field.name : "\(place).\(field.name)",
                                  summary: summary + (place.isEmpty ? "" : " in the \(place)"), reason: reason, member: field.name,
                                  renamedFrom: renamedFrom))
    }
}
