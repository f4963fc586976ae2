import APISpec

/// From table rows (and the samples that show them) to draft fields: the
/// type column read, nested objects named from the tables that describe
/// them or from sample values, formats and limits read from the
/// description, fields only the samples show added, translated names
/// recovered. Every inference from prose or samples leaves a note.
extension DraftBuilder {
    enum Side { case request, response }

    struct Context {
        var side: Side
        /// The objects in samples where these fields live.
        var samples: [JSONNode]
        var structures: [DocsStructure]
        /// Type-name prefix for nested types that need qualifying.
        var owner: String
        /// Where the first sample is, for notes on fields only samples show.
        var samplePlace: DocsPlace?
        /// The operation's paragraphs under headings of their own.
        var prose: [DocsProse] = []
        /// The fields are a body's own, not a nested object's.
        var isTopLevel = false
        /// The page is a translation, whose names may be translated words.
        var isTranslated = false
        /// A multipart form: flat parts, no unions and no rules.
        var isForm = false
        /// Tables whose titles name none of the fields, and the object fields no table title names.
        var unclaimedStructures: [DocsStructure] = []
        var objectRowsWithoutTable: [String] = []
        /// Each sample's members by key, once `fields` has indexed them: a sample of many keys is looked up
        /// once per field, so a list search per look-up would make it quadratic.
        var keyedSamples: [[String: JSONNode]] = []

        /// The values the samples give `key`, in the samples' order.
        func values(of key: String) -> [JSONNode] {
            guard keyedSamples.count == samples.count else { return samples.compactMap { $0.member(key) } }
            return keyedSamples.compactMap { $0[key] }
        }
    }

    mutating func fields(_ rows: [DocsRow], _ context: Context) -> [DraftField] {
        var context = context
        context.keyedSamples = context.samples.map(\.keyedMembers)
        var listed = Set<String>()
        let renamed = recoverNames(rows, samples: context.samples, translated: context.isTranslated).filter { row in
            guard listed.insert(row.name).inserted else {
                warnings.append(ImportWarning(.rowListedAgain, "'\(row.name)' is listed again; the first row is kept", place: row.place))
                return false
            }
            return true
        }
        context.unclaimedStructures = context.structures.filter { structure in !renamed.contains { mentions(structure.title, $0.name) } }
        context.objectRowsWithoutTable = renamed.filter { row in
            let type = TypeColumn.read(row.type)
            return (type == .unknownObject || type == .unknownList || type == .list(.unknownObject))
                && !context.structures.contains { mentions($0.title, row.name) }
        }.map(\.name)
        var result = renamed.map { field($0, context) }
        var seen = Set(result.map(\.name))
        // Keys the samples show that no table lists.
        for sample in context.samples {
            for member in sample.members ?? [] where !seen.contains(member.key) {
                seen.insert(member.key)
                let values = context.values(of: member.key)
                let type = sampleType(of: values, name: member.key, owner: context.owner)
                let place = context.samplePlace ?? DocsPlace(file: "", line: 0, column: 0)
                // Identifiers every sample of an answer shows are required, as for documented fields.
                // A key a sample sends as null may be absent.
                let required = context.side == .response && Self.isIdentifier(member.key) && values.count == context.samples.count
                    && !values.contains { if case .null = $0.value { true } else { false } }
                var notes = ["Only in the sample (\(place.short))."]
                var field = DraftField(name: member.key, type: type, optional: !required, description: "", notes: [], place: place)
                field.isRequiredBySamples = required
                field.sampleStrings = Self.strings(in: values)
                field.isFormatFromSamples = true
                field.isOnlyInSamples = true
                sampleEnum(&field, values: values, owner: context.owner, notes: &notes)
                field.notes = notes
                result.append(field)
            }
        }
        guard !context.isForm else { return result }
        formUnions(&result, context)
        inferRules(renamed, &result)
        return result
    }

    /// Machine translation turns names into words (`abonnés`, `Abonnenten`): a
    /// row whose name the samples do not show takes the page's untranslated
    /// original, or else the one sample key no row claims.
    func recoverNames(_ rows: [DocsRow], samples: [JSONNode], translated: Bool) -> [DocsRow] {
        let keys = Set(samples.flatMap { ($0.members ?? []).map(\.key) })
        var rows = rows
        for index in rows.indices {
            let row = rows[index]
            if let original = row.originalName, original != row.name, original.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                rows[index].name = original
            }
        }
        guard !keys.isEmpty else { return rows }
        // `groupImageURL` in the table, `groupImageUrl` in the sample: the sample shows what is sent.
        var keysByLowercase: [String: String] = [:]
        for key in keys.sorted() where keysByLowercase[key.lowercased()] == nil { keysByLowercase[key.lowercased()] = key }
        for index in rows.indices where !keys.contains(rows[index].name) {
            if let key = keysByLowercase[rows[index].name.lowercased()] {
                rows[index].originalName = rows[index].name
                rows[index].name = key
            }
        }
        let claimed = Set(rows.map(\.name))
        // A key every sample sends that no row names, and a row no sample shows that reads like a translated word,
        // is required, or sits on a translated page: the same field, when exactly one such row has the key's kind.
        let everywhere = samples.dropFirst().reduce(Set((samples.first?.members ?? []).map(\.key))) { $0.intersection(($1.members ?? []).map(\.key)) }
        var strays = rows.indices.filter { index in
            !keys.contains(rows[index].name) && (translated || !isIdentifier(rows[index].name, like: keys) || rows[index].isOptional == false)
        }
        let firstSample = samples.first?.keyedMembers ?? [:]
        for key in everywhere.subtracting(claimed).sorted() {
            let kind = firstSample[key]?.kindName
            let matching = strays.filter { index in
                return TypeColumn.read(rows[index].type).flatMap(Self.jsonKind(of:)).map { $0 == kind } ?? true
            }
            guard matching.count == 1, let index = matching.first else { continue }
            rows[index].originalName = rows[index].name
            rows[index].name = key
            strays.removeAll { $0 == index }
        }
        return rows
    }

    /// A name that reads like the API's identifiers (camelCase or snake_case)
    /// rather than a translated word.
    func isIdentifier(_ name: String, like keys: Set<String>) -> Bool {
        let asciiIdentifier = name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        let hasInnerCapital = name.dropFirst().contains { $0.isUppercase } || name.contains("_")
        return asciiIdentifier && (hasInnerCapital || name.first?.isLowercase == true) && !(name.first?.isUppercase ?? false)
    }

    mutating func field(_ row: DocsRow, _ context: Context) -> DraftField {
        var notes: [String] = []
        if let original = row.originalName, original != row.name {
            notes.append("The table names it '\(original)' (\(row.place.short)); the sample's key is used.")
        }
        let values = context.values(of: row.name)
        var inferred = TypeColumn.read(row.type)
        if inferred == nil {
            warnings.append(ImportWarning(.typeNotRecognised, "type '\(row.type.plain)' of '\(row.name)' not recognised; read from the samples", place: row.typePlace))
        }
        let prose = proseAbout(row.name, context)
        let isMap = inferred == .unknownObject && (Self.saysKeyValue(row.description) || prose.contains { Self.saysKeyValue($0.text) })
        if isMap { inferred = .map(.unknownObject) }
        var type: TypeReference
        if isMap {
            type = .map(sampleType(of: values.flatMap { ($0.members ?? []).map(\.value) }, name: row.name, owner: context.owner)
                .jsonAsText)
            type = followSamples(type, row: row, values: values, context: context, notes: &notes)
            type = refineFormat(type, row: row, values: values, notes: &notes)
        } else if inferred == .list(.timestamp) {
            // A list of instants, unless the samples send no lists: then the samples' type.
            let listed: TypeReference = .array(.scalar(.dateTime))
            let followed = followSamples(listed, row: row, values: values, context: context, notes: &notes)
            type = followed == listed ? instantType(row: row, values: values, isList: true, notes: &notes)
                : refineFormat(followed, row: row, values: values, notes: &notes)
        } else {
            type = resolve(inferred ?? .unknownObject, row: row, values: values, context: context, notes: &notes)
            if inferred == nil, values.isEmpty { (type, inferred) = (.scalar(.string), .scalar(.string)) }
            // An instant's form is decided already, by its samples and prose (a cursor's int64 by its name).
            if inferred != .timestamp {
                type = followSamples(type, row: row, values: values, context: context, notes: &notes)
                type = refineFormat(type, row: row, values: values, notes: &notes)
            }
        }
        let facts = ProseFacts(row.description)

        var field = DraftField(name: row.name, kind: row.kind, type: type, optional: false, description: row.description.plain,
                               notes: [], place: row.place)
        field.sampleStrings = Self.strings(in: values)
        field.isFormatFromSamples = Self.isFormatFromSamples(type, stated: inferred, description: row.description.plain)
        if case .named? = inferred, type == .scalar(.json), values.isEmpty { field.namesUndescribedType = true }
        field.optional = optionality(row, values: values, context: context, notes: &notes)
        field.isRequiredBySamples = !field.optional && row.isOptional == nil && context.side == .response
        apply(facts, to: &field, row: row, owner: context.owner, notes: &notes)
        if isMap { mapLimits(prose, into: &field.constraints, notes: &notes) }
        sampleEnum(&field, values: values, owner: context.owner, notes: &notes)
        field.notes = notes
        return field
    }

    /// The strings sample values send, list items included; placeholders (`{…}`, `<…>`, `xxx`) and empty strings left out.
    static func strings(in values: [JSONNode]) -> [String] {
        values.flatMap { $0.elements ?? [$0] }.compactMap(\.stringValue)
            .filter { !$0.hasPrefix("{") && !$0.hasPrefix("<") && !$0.isEmpty && !$0.lowercased().contains("xxx") }
    }

    /// A format the type column does not give and the description does not name: only the samples said it.
    static func isFormatFromSamples(_ type: TypeReference, stated: InferredType?, description: String) -> Bool {
        guard case .scalar(let item) = type.listItem, formats.contains(item), stated?.reference != type else { return false }
        let words: [ScalarType: [String]] = [.guid: ["guid", "uuid"], .url: ["url", "uri", "link"],
                                             .phone: ["phone", "mobile"], .email: ["email", "e-mail"],
                                             .dateTime: ["iso 8601", "iso8601", "date"]]
        let text = DocsVocabulary.fold(description)
        return !(words[item] ?? []).contains { containsWord(text, $0) }
    }

    /// `id`, `uuid`, `groupId`, `channel_uuid`, `user_id`: camelCase and snake_case identifiers.
    static func isIdentifier(_ name: String) -> Bool {
        ["id", "uuid", "guid"].contains(name) || ["Id", "ID", "Uuid", "UUID", "_id", "_uuid"].contains(where: name.hasSuffix)
    }

    /// The samples show what is sent: where every sample value is of another
    /// JSON kind than the table's type, the samples' type is used.
    mutating func followSamples(_ type: TypeReference, row: DocsRow, values: [JSONNode], context: Context,
                                notes: inout [String]) -> TypeReference {
        let present = values.filter { if case .null = $0.value { false } else { true } }
        guard let first = present.first, let expected = Self.jsonKind(of: type) else { return type }
        let kinds = Set(present.map(\.kindName))
        guard kinds.count == 1, first.kindName != expected else { return type }
        // "JSON object array specific to the action type" with a table per kind, and objects in the samples: one
        // object of the kind's table, the content of a tagged union (`formUnions`).
        if type == .array(.scalar(.json)), first.members != nil, variantsByField[context.owner + "." + row.name] != nil {
            notes.append("The table says \(row.type.plain) (\(row.typePlace.short)); the samples send one object, of the table for its kind.")
            return .scalar(.json)
        }
        let sampled = sampleType(of: present, name: row.name, owner: context.owner)
        notes.append("The table says \(row.type.plain) (\(row.typePlace.short)); the samples send \(first.kindName), which is followed.")
        warnings.append(ImportWarning(.tableContradictsSamples,
                                      "'\(row.name)' is \(row.type.plain) in the table, but every sample "
                                          + "sends \(first.kindName); the draft follows the samples", place: row.typePlace))
        return sampled
    }

    /// The JSON kind of the values a type column states, where the column alone tells it (lists and maps of
    /// anything, scalars but instants, whose form the samples decide).
    static func jsonKind(of inferred: InferredType) -> String? {
        switch inferred {
        case .list: jsonKind(of: TypeReference.array(.scalar(.json)))
        case .map: jsonKind(of: TypeReference.map(.scalar(.json)))
        default: inferred.reference.flatMap(jsonKind(of:))
        }
    }

    /// The JSON kind a draft type is written as, as `JSONNode.kindName` names it; nil when it cannot be told.
    static func jsonKind(of type: TypeReference) -> String? {
        let sample: JSONNode.Value? = switch type {
        case .array: .array([])
        case .map: .object([])
        case .scalar(.string), .scalar(.guid), .scalar(.url), .scalar(.email), .scalar(.phone),
             .scalar(.dateTime): .string("")
        case .scalar(.int32), .scalar(.int64), .scalar(.double), .scalar(.epochMillis),
             .scalar(.epochSeconds): .number("0")
        case .scalar(.bool): .bool(false)
        default: nil
        }
        return sample.map { JSONNode($0, at: SourceLocation(line: 1, column: 1)).kindName }
    }

    mutating func optionality(_ row: DocsRow, values: [JSONNode], context: Context, notes: inout [String]) -> Bool {
        // A sample that sends null for it shows it may be absent: the samples are the truth, whatever the table says.
        if values.contains(where: { if case .null = $0.value { true } else { false } }) {
            if row.isOptional == false {
                notes.append("Optional: a sample sends null for it (\((context.samplePlace ?? row.place).short)), "
                             + "though the table says it is required.")
            }
            return true
        }
        if let stated = row.isOptional {
            // A sample the docs show without it is one the server takes or sends: the samples are the truth, and
            // the note keeps the table's word for a reviewer.
            if !stated, values.count < context.samples.count, let place = context.samplePlace {
                notes.append("Optional: not every sample shows it (see the samples at \(place.short)), though the "
                             + "table says it is required.")
                return true
            }
            return stated
        }
        let text = DocsVocabulary.fold(row.description.plain)
        if ["optional", "facultatif", "optionnel"].contains(where: text.contains) { return true }
        // "The value is Null till …": a field that may be null may be left out.
        if Self.containsWord(text, "null") { return true }
        switch context.side {
        case .request:
            // The table does not say; a request the docs show without it is one the server takes.
            if values.count < context.samples.count, let place = context.samplePlace {
                notes.append("Optional: a request sample leaves it out (\(place.short)); the table does not say.")
                return true
            }
            return false
        case .response:
            // A client that requires a field the server leaves out fails the whole answer; one that makes it optional
            // loses nothing. Only identifiers every sample shows are required.
            // The answer's own fields, and identifiers, are required when every sample shows them.
            let always = values.count == context.samples.count
            return !((Self.isIdentifier(row.name) || context.isTopLevel) && always)
        }
    }
}

extension JSONNode {
    func member(_ key: String) -> JSONNode? { members?.first { $0.key == key }?.value }

    /// The members by key, the first of a repeated key winning as in `member`.
    var keyedMembers: [String: JSONNode] {
        var keyed: [String: JSONNode] = [:]
        for member in members ?? [] where keyed[member.key] == nil { keyed[member.key] = member.value }
        return keyed
    }
}
