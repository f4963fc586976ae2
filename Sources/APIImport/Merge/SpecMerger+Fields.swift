import APISpec

/// The merge of parameters, fields and enum values.
extension SpecMerger {
    /// Whether a page given shows the operation or type: only then can its elements be gone from the docs.
    func isCovered(_ owner: ElementKey.Owner, describedTypes: Set<String>) -> Bool {
        switch owner {
        case .operation(let key): theirs.operations.contains { Self.operationKey($0) == key }
        case .type(let name): describedTypes.contains(name)
        }
    }

    /// Where an element new in the docs goes in the spec, if anywhere.
    func container(for key: ElementKey) -> FieldSlot.Container? {
        switch key {
        case .parameter(let operation, _, _), .bodyField(let operation, _, _):
            guard let index = merged.operations.firstIndex(where: { Self.operationKey($0) == operation }) else { return nil }
            if case .bodyField(_, let side, _) = key {
                return side == "responseHeaders" ? .responseHeaders(operation: index)
                    : .body(operation: index, response: side == "responseBody")
            }
            return .parameters(operation: index)
        case .typeField(let type, _):
            return merged.types.firstIndex { $0.name == type }.map { .type($0) }
        }
    }

    func location(of container: FieldSlot.Container) -> SourceLocation {
        switch container {
        case .parameters(let operation), .body(let operation, _), .responseHeaders(let operation):
            merged.operations[operation].location
        case .type(let index): merged.types[index].location
        }
    }

    mutating func mergeFields(skipping addedOperations: Set<String>) {
        let unpaired = { (name: String) in "\u{0}" + name }
        let baseSlots = base.fieldSlots { basePairs[$0] ?? unpaired($0) }
        let theirSlots = theirs.fieldSlots { theirPairs[$0] ?? unpaired($0) }
        let ourSlots = ours.fieldSlots { $0 }
        // The types a page given describes: a type no page given describes (built from samples alone) is left as it is.
        let theirTypes = Set(theirs.types.filter { coverage.describedTypes?.contains($0.name) ?? true }.map { theirPairs[$0.name] ?? unpaired($0.name) })
        // Keyed by the draft's names, as the import saw them.
        let undescribed = Set(coverage.undescribedFields.map { $0.renamingType { theirPairs[$0] ?? unpaired($0) } })
        let unsampledText = Set(coverage.unsampledTextFields.map { $0.renamingType { theirPairs[$0] ?? unpaired($0) } })
        var removals: [FieldSlot] = []
        var reportedTypes = Set<String>()
        var additions: [(field: Field, container: FieldSlot.Container, location: Parameter.Location?)] = []
        for key in Set(baseSlots.keys).union(theirSlots.keys).sorted() {
            let old = baseSlots[key].flatMap { base.field(at: $0) }
            let new = theirSlots[key].flatMap { theirs.field(at: $0) }
            let mine = ourSlots[key]
            if case .type = key.owner, !isCovered(key.owner, describedTypes: theirTypes) { continue }
            switch (old, new, mine) {
            case (nil, let new?, nil):
                if case .operation(let operation) = key.owner, addedOperations.contains(operation) { continue }
                if case .typeField(let type, _) = key, type.hasPrefix("\u{0}") {
                    let name = String(type.dropFirst())
                    guard reportedTypes.insert(name).inserted else { continue }
                    let docsPlace = coverage.typePlaces[name] ?? place(SourceLocation(line: 1, column: 1))
                    conflicts.append(conflict("type \(name) of the docs has fields new to the spec ('\(new.name)'…) and pairs with no type "
                        + "of the spec; add them by hand", at: docsPlace))
                    continue
                }
                guard let container = container(for: key), merged.holdsFields(container) else { continue }
                let facts = FieldFacts(new, typeName: { theirPairs[$0] })
                guard facts.unpairedNames.isEmpty else {
                    conflicts.append(conflict("\(key) is new in the docs, but its type \(new.type) is not one the spec has; add it by hand",
                                              at: place(location(of: container))))
                    continue
                }
                var field = new
                field.type = facts.type
                field.location = location(of: container)
                var parameterLocation: Parameter.Location?
                if case .parameter(_, let where_, _) = key { parameterLocation = Parameter.Location(rawValue: where_) }
                additions.append((field, container, parameterLocation))
                applied.append("added \(key)")
            case (let old?, nil, let mine?):
                guard isCovered(key.owner, describedTypes: theirTypes) else { continue }
                // A body whose object page was left out of this import is not a change.
                if case .bodyField(let operation, let side, _) = key,
                   coverage.unreadBodies.contains(BodyKey(operation: operation, side: side)) { continue }
                let mineField = ours.field(at: mine)!
                if FieldFacts(mineField, typeName: { $0 }) == FieldFacts(old, typeName: { basePairs[$0] }) {
                    removals.append(mine)
                    applied.append("removed \(key)")
                } else {
                    conflicts.append(conflict("\(key) is gone from the docs; the spec changed it, so it is kept", at: place(mineField.location)))
                }
            case (let old?, let new?, let mine?):
                var newFacts = FieldFacts(new, typeName: { theirPairs[$0] })
                let oldFacts = FieldFacts(old, typeName: { basePairs[$0] })
                // `json` standing for a type no page given describes states nothing about the type.
                if undescribed.contains(key), newFacts.type == .scalar(.json) { (newFacts.type, newFacts.unpairedNames) = (oldFacts.type, oldFacts.unpairedNames) }
                // Text no sample of this import shows does not refute a format samples gave before.
                if unsampledText.contains(key), oldFacts.type.isTextFormat(of: newFacts.type) { newFacts.type = oldFacts.type }
                guard oldFacts != newFacts else { continue }
                mergeFacts(key, old: oldFacts, new: newFacts, new, at: mine)
            default:
                continue
            }
        }
        for slot in removals.sorted(by: { $0.index > $1.index }) { merged.remove(slot) }
        for addition in additions { merged.append(addition.field, to: addition.container, location: addition.location) }
    }

    mutating func mergeFacts(_ key: ElementKey, old: FieldFacts, new: FieldFacts, _ newField: Field, at slot: FieldSlot) {
        guard let mineField = ours.field(at: slot) else { return }
        let mine = FieldFacts(mineField, typeName: { $0 })
        let at = place(mineField.location)
        func apply(_ what: String, _ oldValue: String?, _ newValue: String?, _ myValue: String?, edit: (inout Field) -> Void) {
            guard oldValue != newValue, myValue != newValue else { return }
            guard myValue == oldValue else {
                conflicts.append(conflict("\(key): the docs changed \(what) from \(oldValue ?? "none") to \(newValue ?? "none"); "
                    + "the spec says \(myValue ?? "none"), kept", at: at))
                return
            }
            merged.update(slot, edit)
            applied.append("\(key): \(what) \(oldValue ?? "none") → \(newValue ?? "none")")
        }
        if !new.unpairedNames.isEmpty, old.type != new.type {
            conflicts.append(conflict("\(key): the docs changed its type from \(old.type) to \(new.type), a type the spec does not have; "
                + "change it by hand", at: at))
        } else {
            apply("type", old.type.description, new.type.description, mine.type.description) { $0.type = new.type }
        }
        apply("optional", String(old.optional), String(new.optional), String(mine.optional)) { $0.isOptional = new.optional }
        for limit in FieldLimit.all {
            apply(limit.name, old.limits[limit.name], new.limits[limit.name], mine.limits[limit.name]) { limit.copy(&$0.constraints, newField.constraints) }
        }
        apply("default", old.defaultValue?.description, new.defaultValue?.description, mine.defaultValue?.description) {
            $0.defaultValue = new.defaultValue
        }
    }

    /// Enum values by the spec's enum names: draft enums several of which pair with one spec enum give all their values.
    static func enumValues(of spec: APISpecification, name: (String) -> String?) -> [String: [String]] {
        var values: [String: [String]] = [:]
        for type in spec.types {
            guard case .enumeration(let enumeration) = type.kind, let paired = name(type.name) else { continue }
            let known = values[paired] ?? []
            values[paired] = known + enumeration.values.map(\.value).filter { !known.contains($0) }
        }
        return values
    }

    mutating func mergeEnums() {
        let old = Self.enumValues(of: base) { basePairs[$0] }
        let new = Self.enumValues(of: theirs) { theirPairs[$0] }
        for index in merged.types.indices {
            guard case .enumeration(var enumeration) = merged.types[index].kind else { continue }
            let name = merged.types[index].name
            // An enum no page given describes keeps its values.
            guard let newValues = new[name] else { continue }
            let oldValues = Set(old[name] ?? [])
            let mine = Set(enumeration.values.map(\.value))
            for value in newValues where !oldValues.contains(value) && !mine.contains(value) {
                enumeration.values.append(EnumType.Value(value: value, location: merged.types[index].location))
                applied.append("\(name): added value \(value)")
            }
            for value in oldValues.subtracting(newValues).sorted() where mine.contains(value) {
                enumeration.values.removeAll { $0.value == value }
                applied.append("\(name): removed value \(value)")
            }
            merged.types[index].kind = .enumeration(enumeration)
        }
    }
}
