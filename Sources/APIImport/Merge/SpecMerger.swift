import APISpec

/// Merges a new import of the docs into a spec a person keeps, three ways:
/// the base is the import the spec last took in. Where the docs changed a
/// fact (type, optionality, a limit, a default, an enum value) and the spec
/// still says what the old docs said, the spec takes the new fact; where
/// the person changed it, the spec keeps theirs and the conflict is
/// reported. Elements new in the docs are added; elements gone from the
/// docs are removed unless the person changed them. Everything else (Swift
/// names, notes, rules, descriptions, samples, layout) stays as written.
public struct SpecMerger {
    public struct Result: Sendable {
        /// The merged spec's text; the same bytes when nothing changed.
        public var text: String
        /// What was applied, one line each.
        public var applied: [String]
        /// Docs changes the spec's own edits kept out.
        public var conflicts: [String]
    }

    public static func merge(spec specText: String, specPath: String, base baseText: String, incoming incomingText: String) -> Result? {
        guard let ours = try? JSONParser.parse(specText), let baseRoot = try? JSONParser.parse(baseText),
              let theirsRoot = try? JSONParser.parse(incomingText) else { return nil }
        let model = { (text: String, path: String) in
            let loaded = SpecLoader.load(text: text, path: path)
            return loaded.specification ?? loaded.partial
        }
        let ourLoad = SpecLoader.load(text: specText, path: specPath)
        guard let ourModel = ourLoad.specification ?? ourLoad.partial, let baseModel = model(baseText, "base.json"),
              let theirModel = model(incomingText, "incoming.json") else { return nil }
        // Draft names → the spec's names, through the types they pair with.
        let basePairs = SpecComparer.referenceNames(draft: baseModel, reference: ourModel)
        let theirPairs = SpecComparer.referenceNames(draft: theirModel, reference: ourModel)
        var merger = SpecMerger(text: specText,
                                ours: SpecElements(ours) { $0 },
                                base: SpecElements(baseRoot) { basePairs[$0] ?? "draft:" + $0 },
                                theirs: SpecElements(theirsRoot) { theirPairs[$0] ?? "draft:" + $0 },
                                theirNames: theirPairs)
        merger.run()
        guard !merger.edits.isEmpty else { return Result(text: specText, applied: merger.applied, conflicts: merger.conflicts) }
        var merged = merger.edits.applied()
        // A spec kept in the canonical layout stays in it: the edited text
        // goes through the one spec writer (a hand-laid spec keeps its own
        // layout, edited in place).
        if let clean = ourLoad.specification, SpecWriter.text(of: clean) == specText,
           let mergedSpec = SpecLoader.load(text: merged, path: specPath).specification {
            merged = SpecWriter.text(of: mergedSpec)
        }
        return Result(text: merged, applied: merger.applied, conflicts: merger.conflicts)
    }

    var edits: JSONTextEdits
    let ours: SpecElements
    let base: SpecElements
    let theirs: SpecElements
    let theirNames: [String: String]
    var applied: [String] = []
    var conflicts: [String] = []

    init(text: String, ours: SpecElements, base: SpecElements, theirs: SpecElements, theirNames: [String: String]) {
        self.edits = JSONTextEdits(text)
        self.ours = ours
        self.base = base
        self.theirs = theirs
        self.theirNames = theirNames
    }

    mutating func run() {
        mergeOperations()
        for key in Set(base.elements.keys).union(theirs.elements.keys).sorted() {
            mergeElement(key)
        }
        for name in Set(base.enums.keys).union(theirs.enums.keys).sorted() {
            mergeEnum(name)
        }
    }

    mutating func mergeOperations() {
        for key in theirs.operations.keys.sorted() where base.operations[key] == nil && ours.operations[key] == nil {
            guard let array = ours.operationsArray, let operation = theirs.operations[key] else { continue }
            let unknown = Self.typeNames(in: operation).filter { theirNames[$0] == nil }
            guard unknown.isEmpty else {
                conflicts.append("\(key) is new in the docs, but uses types the spec does not have (\(unknown.sorted().joined(separator: ", "))); add it by hand from a fresh draft")
                continue
            }
            edits.append(translatedText(operation), to: array)
            applied.append("added operation \(key)")
        }
        // An operation gone from the docs may be one the API dropped or one the docs lost: the person decides.
        for key in base.operations.keys.sorted() where theirs.operations[key] == nil && ours.operations[key] != nil {
            conflicts.append("\(key) is gone from the docs; the spec keeps it (remove it by hand if the API dropped it)")
        }
    }

    mutating func mergeElement(_ key: String) {
        let old = base.elements[key]
        let new = theirs.elements[key]
        let mine = ours.elements[key]
        switch (old, new, mine) {
        case (nil, let new?, nil):
            guard let container = containerInOurs(for: key) else { return }
            edits.append(translatedText(new.node), to: container)
            applied.append("added \(key)")
        case (let old?, nil, let mine?):
            if mine.facts == old.facts {
                edits.removeElement(at: mine.index, from: mine.container)
                applied.append("removed \(key)")
            } else {
                conflicts.append("\(key) is gone from the docs; the spec changed it, so it is kept")
            }
        case (let old?, let new?, let mine?) where old.facts != new.facts:
            mergeFacts(key, old: old.facts, new: new.facts, mine: mine)
        default:
            return
        }
    }

    mutating func mergeFacts(_ key: String, old: SpecElements.Facts, new: SpecElements.Facts, mine: SpecElements.Element) {
        func apply(_ what: String, _ oldValue: String?, _ newValue: String?, _ myValue: String?, edit: (inout JSONTextEdits) -> Void) {
            guard oldValue != newValue, myValue != newValue else { return }
            guard myValue == oldValue else {
                conflicts.append("\(key): the docs changed \(what) from \(oldValue ?? "none") to \(newValue ?? "none"); the spec says \(myValue ?? "none"), kept")
                return
            }
            edit(&edits)
            applied.append("\(key): \(what) \(oldValue ?? "none") → \(newValue ?? "none")")
        }
        if new.type.contains("draft:"), old.type != new.type {
            conflicts.append("\(key): the docs changed its type from \(old.type) to \(new.type), a type the spec does not have; change it by hand")
        } else {
            apply("type", old.type, new.type, mine.facts.type) { edits in
                if let node = mine.node.member("type") { edits.replace(node, with: JSONNode.quoted(new.type)) }
            }
        }
        apply("optional", String(old.optional), String(new.optional), String(mine.facts.optional)) { edits in
            if new.optional {
                if let node = mine.node.member("optional") { edits.replace(node, with: "true") } else { edits.insert("optional", "true", into: mine.node) }
            } else {
                edits.remove("optional", from: mine.node)
            }
        }
        for limit in SpecElements.limitKeys {
            apply(limit, old.limits[limit], new.limits[limit], mine.facts.limits[limit]) { edits in
                Self.set(limit, new.limits[limit], in: mine.node, &edits)
            }
        }
        apply("default", old.defaultValue, new.defaultValue, mine.facts.defaultValue) { edits in
            Self.set("default", new.defaultValue, in: mine.node, &edits)
        }
    }

    static func set(_ key: String, _ value: String?, in node: JSONNode, _ edits: inout JSONTextEdits) {
        switch (node.member(key), value) {
        case (let existing?, let value?): edits.replace(existing, with: value)
        case (nil, let value?): edits.insert(key, value, into: node)
        case (.some, nil): edits.remove(key, from: node)
        case (nil, nil): return
        }
    }

    mutating func mergeEnum(_ name: String) {
        guard let mine = ours.enums[name] else { return }
        let old = Set(base.enums[name]?.values ?? [])
        let new = theirs.enums[name]?.values ?? []
        for value in new where !old.contains(value) && !mine.values.contains(value) {
            edits.append(JSONNode.quoted(value), to: mine.node)
            applied.append("\(ours.localTypeNames[name] ?? name): added value \(value)")
        }
        for value in old.subtracting(new).sorted() {
            guard let index = mine.values.firstIndex(of: value) else { continue }
            edits.removeElement(at: index, from: mine.node)
            applied.append("\(ours.localTypeNames[name] ?? name): removed value \(value)")
        }
    }

    /// The array a new element goes into: the operation's parameters or body fields, or a type's fields.
    func containerInOurs(for key: String) -> JSONNode? {
        for (operationKey, operation) in ours.operations where key.hasPrefix(operationKey + " ") {
            let rest = key.dropFirst(operationKey.count + 1)
            if rest.hasPrefix("requestBody ") { return operation.member("requestBody")?.member("fields") }
            if rest.hasPrefix("responseBody ") { return operation.member("responseBody")?.member("fields") }
            return operation.member("parameters")
        }
        guard let dot = key.firstIndex(of: ".") else { return nil }
        return ours.typeFields[String(key[..<dot])]
    }

    /// A draft node's text with its type names translated to the spec's.
    func translatedText(_ node: JSONNode) -> String {
        func walk(_ node: JSONNode, key: String?) -> DraftJSON {
            switch node.value {
            case .object(let members):
                return .object(members.map { (key: $0.key, value: walk($0.value, key: $0.key)) })
            case .array(let elements):
                return .array(elements.map { walk($0, key: nil) })
            case .string(let text) where key == "type":
                return .string(SpecElements.translated(text) { theirNames[$0] ?? $0 })
            default:
                return DraftJSON(node)
            }
        }
        return walk(node, key: nil).compact
    }

    static func typeNames(in node: JSONNode) -> Set<String> {
        var names = Set<String>()
        func walk(_ node: JSONNode) {
            for member in node.members ?? [] {
                if member.key == "type", let text = member.value.stringValue {
                    names.formUnion(text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter { $0.first?.isUppercase == true })
                }
                walk(member.value)
            }
            node.elements?.forEach(walk)
        }
        walk(node)
        return names
    }
}

extension SpecMerger {
    /// What a merge needs of an import, kept beside the spec as the next
    /// merge's base: the draft without its prose (descriptions, notes) and
    /// samples, so no docs text is stored twice.
    public static func baseRecord(of draftText: String) -> String? {
        guard let root = try? JSONParser.parse(draftText) else { return nil }
        func strip(_ node: JSONNode) -> DraftJSON {
            switch node.value {
            case .object(let members):
                return .object(members.filter { !["$schema", "description", "note", "samples", "title"].contains($0.key) }
                    .map { (key: $0.key, value: strip($0.value)) })
            case .array(let elements):
                return .array(elements.map(strip))
            default:
                return DraftJSON(node)
            }
        }
        return strip(root).printed() + "\n"
    }
}
