import APISpec
import Foundation

/// Turns what the type column says into the draft's type: nested
/// objects from the tables that describe them or from sample values, named
/// types from object pages or samples, and formats the description or the
/// sample values state.
extension DraftBuilder {
    mutating func resolve(_ type: InferredType, row: DocsRow, values: [JSONNode], context: Context,
                          notes: inout [String]) -> TypeReference {
        switch type {
        case .scalar(let scalar):
            return .scalar(scalar)
        case .timestamp:
            // A cursor is opaque to the client, whatever it counts.
            if row.name.lowercased().hasSuffix("cursor") {
                notes.append("int64: a cursor the client passes back unread, though the docs call it \(row.type.plain) "
                             + "(\(row.typePlace.short)).")
                return .scalar(.int64)
            }
            return instantType(row: row, values: values, isList: false, notes: &notes)
        case .list(.timestamp):
            // `field` checks the samples' kind first; a list nested deeper is a list of instants.
            return instantType(row: row, values: values, isList: true, notes: &notes)
        case .list(let item):
            let items = Self.items(of: values)
            return .array(resolve(item, row: row, values: items, context: context, notes: &notes))
        case .map(let item):
            return .map(resolve(item, row: row, values: values, context: context, notes: &notes))
        case .unknownList:
            let items = Self.items(of: values)
            let text = DocsVocabulary.fold(row.description.plain)
            if ["string array", "array of string", "tableau de chaine", "zeichenfolgenarray", "string-array"].contains(where: text.contains) {
                notes.append("[string] from '\(row.description.plain.prefix(30))…' (\(row.descriptionPlace.short)).")
                return .array(.scalar(.string))
            }
            return .array(resolve(.unknownObject, row: row, values: items, context: context, notes: &notes))
        case .unknownObject:
            return objectType(for: row, values: values, context: context, notes: &notes)
        case .named(let name):
            return namedType(name, row: row, values: values, context: context, notes: &notes)
        }
    }

    /// The items of sample lists; an object where the table says a list stands for one item (`followSamples`
    /// then decides whether the field is one).
    static func items(of values: [JSONNode]) -> [JSONNode] {
        values.flatMap { $0.elements ?? ($0.members != nil ? [$0] : []) }
    }

    /// A "JSON Object": the table that describes it, else the shape its sample values show.
    mutating func objectType(for row: DocsRow, values: [JSONNode], context: Context, notes: inout [String]) -> TypeReference {
        var described = context.structures.filter { mentions($0.title, row.name) }
        // "… each individual action in the array actions[]" names `actions`; "actionBody … for the action 'Job'" only its singular.
        let exact = described.filter { mentions($0.title, row.name, singularToo: false) }
        if described.count > 1, exact.count == 1 { described = exact }
        // A table no field's name claims ("Response body summary object") describes the one object field no table claims.
        if described.isEmpty, context.unclaimedStructures.count == 1, context.objectRowsWithoutTable == [row.name] {
            described = context.unclaimedStructures
            notes.append("Its content is the table \"\(described[0].title)\" (\(described[0].place.short)), the one table no field names.")
        }
        let typeName = NameCase.pascal(NameCase.singular(row.name))
        if described.count == 1 {
            return .named(structureType(described[0], name: typeName, values: values, context: context))
        }
        if described.count > 1 {
            // Each sample value goes to the table whose rows share most of its keys.
            let objects = values.filter { $0.members != nil }
            func overlap(_ value: JSONNode, _ structure: DocsStructure) -> Int {
                let keys = Set((value.members ?? []).map { $0.key.lowercased() })
                return structure.rows.filter { keys.contains($0.name.lowercased()) }.count
            }
            let variants = described.map { structure in
                let mine = objects.filter { value in
                    let score = overlap(value, structure)
                    return score > 0 && described.allSatisfy { overlap(value, $0) <= score }
                }
                let labels = variantLabels(structure.title, field: row.name)
                let type = structureType(structure, name: labels[0] + NameCase.pascal(row.name), values: mine, context: context)
                return UnionVariant(labels: labels, typeName: type, rows: Set(structure.rows.map { $0.name.lowercased() }),
                                    place: structure.place)
            }
            // A sibling field that says which kind it is turns these into a tagged union (`formUnions`).
            variantsByField[context.owner + "." + row.name] = variants
            let names = variants.map(\.typeName).joined(separator: ", ")
            notes.append("The docs describe its content per kind in \(variants.count) tables "
                         + "(\(described[0].place.short)…): \(names).")
            return .scalar(.json)
        }
        if values.isEmpty {
            if !row.type.plain.isEmpty {
                notes.append("No table or sample says what '\(row.name)' holds (\(row.typePlace.short)).")
            }
            return .scalar(.json)
        }
        return sampleType(of: values, name: row.name, owner: context.owner)
    }

    mutating func structureType(_ structure: DocsStructure, name: String, values: [JSONNode], context: Context) -> String {
        let objects = values.filter { $0.members != nil }
        let inner = Context(side: context.side, samples: objects, structures: context.structures.filter { $0 != structure },
                            owner: name, samplePlace: context.samplePlace)
        let fields = fields(structure.rows, inner)
        let registered = registry.register(DraftType(name: name, kind: .object(fields), description: structure.title), owner: context.owner)
        return registered
    }

    /// A type the docs name: its object page, else what its sample values show.
    mutating func namedType(_ name: String, row: DocsRow, values: [JSONNode], context: Context,
                            notes: inout [String]) -> TypeReference {
        let typeName = NameCase.pascal(name)
        if let page = objectPages[typeName] {
            if registry.type(named: typeName) != nil {
                absorb(values, into: typeName, place: context.samplePlace)
            } else if !building.contains(typeName) {
                building.insert(typeName)
                let inner = Context(side: .response, samples: values.filter { $0.members != nil }, structures: [], owner: typeName,
                                    samplePlace: context.samplePlace)
                let fields = fields(page.rows, inner)
                _ = registry.register(DraftType(name: typeName, kind: .object(fields), description: page.summary), owner: "", isPage: true)
                building.remove(typeName)
            }
            return .named(typeName)
        }
        if let structure = context.structures.first(where: { mentions($0.title, name) }) {
            return .named(structureType(structure, name: typeName, values: values, context: context))
        }
        let strings = values.compactMap(\.stringValue)
        if !strings.isEmpty, strings.count == values.count, let format = stringFormat(strings, name: row.name) {
            notes.append("No page describes \(name) (\(row.typePlace.short)); its sample values are \(format).")
            return .scalar(format)
        }
        if !strings.isEmpty, strings.count == values.count {
            var seen = Set<String>()
            let cases = strings.filter { seen.insert($0).inserted }
            let registered = registry.register(DraftType(name: typeName, kind: .enumeration(cases), description: row.description.plain,
                                                         notes: ["No page lists the values of \(name) (\(row.typePlace.short)); these are the ones the samples show."]),
                                               owner: context.owner)
            return .named(registered)
        }
        if values.contains(where: { $0.members != nil }) {
            let type = sampleType(of: values, name: name, owner: context.owner)
            if let named = type.typeName { typesNamedByDocs.insert(named) }
            notes.append("No page describes \(name) (\(row.typePlace.short)); its fields are the samples'.")
            return type
        }
        warnings.append(ImportWarning(.undescribedType, "no page or sample describes type '\(name)'; 'json' used", place: row.typePlace))
        notes.append("No page or sample describes \(name) (\(row.typePlace.short)).")
        return .scalar(.json)
    }

    /// The type sample values show: scalars by their form, objects with
    /// identifier keys as types, objects keyed by data (phone numbers) as maps.
    mutating func sampleType(of values: [JSONNode], name: String, owner: String) -> TypeReference {
        let present = values.filter { if case .null = $0.value { false } else { true } }
        guard let first = present.first else { return .scalar(.json) }
        if Set(present.map(\.kindName)).count > 1 { return .named(oneOf(present, name: name, owner: owner)) }
        switch first.value {
        case .bool: return .scalar(.bool)
        case .number:
            let texts = present.compactMap { if case .number(let text) = $0.value { text } else { nil } }
            if texts.contains(where: { $0.contains(".") || $0.contains("e") || $0.contains("E") }) { return .scalar(.double) }
            let numbers = texts.compactMap { Int64($0) }
            if let epoch = Self.epochFormat(numbers, name: name) { return .scalar(epoch) }
            return .scalar(numbers.contains { $0 > Int64(Int32.max) || $0 < Int64(Int32.min) } ? .int64 : .int32)
        case .string:
            return .scalar(stringFormat(present.compactMap(\.stringValue), name: name) ?? .string)
        case .array:
            let items = present.flatMap { $0.elements ?? [] }
            return .array(items.isEmpty ? .scalar(.json) : sampleType(of: items, name: NameCase.singular(name), owner: owner))
        case .object:
            let objects = present.filter { $0.members != nil }
            let keys = objects.flatMap { ($0.members ?? []).map(\.key) }
            // Keys that are data (phone numbers), or a name that says so (`reactionsCountMap`): a map.
            let namedMap = name.hasSuffix("Map") && Set(objects.flatMap { ($0.members ?? []).map(\.value.kindName) }).count == 1
            // Keys with spaces (`"Billing Address"`) are user data too.
            let dataKeys = keys.allSatisfy { !($0.first?.isLetter ?? false) } || keys.contains { $0.contains(" ") }
            if !keys.isEmpty, namedMap || dataKeys {
                let items = objects.flatMap { ($0.members ?? []).map(\.value) }
                return .map(sampleType(of: items, name: NameCase.singular(name), owner: owner))
            }
            let typeName = NameCase.pascal(NameCase.singular(name))
            let inner = Context(side: .response, samples: objects, structures: [], owner: typeName, samplePlace: nil)
            let fields = fields([], inner).map { field -> DraftField in
                var field = field
                field.notes = []
                return field
            }
            return .named(registry.register(DraftType(name: typeName, kind: .object(fields), description: "",
                                                      notes: ["Fields from the samples; no table describes them."],
                                                      isFromSamples: true), owner: owner))
        case .null:
            return .scalar(.json)
        }
    }

    /// Values of several JSON kinds in one place (`"Opt1"`, `["MOpt1"]`, `123`, `{"lt": 1}`): an untagged union
    /// with a variant per kind, in the order the samples show them. Numbers are doubles, which read integers too.
    mutating func oneOf(_ values: [JSONNode], name: String, owner: String) -> String {
        var variants: [(name: String, type: TypeReference)] = []
        var kinds: [String] = []
        for value in values where !kinds.contains(value.kindName) { kinds.append(value.kindName) }
        for kind in kinds {
            let same = values.filter { $0.kindName == kind }
            switch same[0].value {
            case .string: variants.append(("text", sampleType(of: same, name: name, owner: owner)))
            case .number: variants.append(("number", .scalar(.double)))
            case .bool: variants.append(("flag", .scalar(.bool)))
            case .array: variants.append(("list", sampleType(of: same, name: name, owner: owner)))
            case .object: variants.append(("object", sampleType(of: same, name: NameCase.singular(name) + "Object", owner: owner)))
            case .null: continue
            }
        }
        let typeName = NameCase.pascal(NameCase.singular(name))
        return registry.register(DraftType(name: typeName, kind: .untaggedUnion(variants), description: "",
                                           notes: ["The samples send \(kinds.joined(separator: ", ")) here; one variant per kind."]), owner: owner)
    }

    /// guid, url, dateTime or email when every sample string has that form; phone when the name says so too.
    func stringFormat(_ strings: [String], name: String) -> ScalarType? {
        guard !strings.isEmpty else { return nil }
        if strings.allSatisfy({ UUID(uuidString: $0) != nil }) { return .guid }
        if strings.allSatisfy({ $0.hasPrefix("https://") || $0.hasPrefix("http://") }) { return .url }
        if strings.allSatisfy(Self.looksLikeDateTime) { return .dateTime }
        if strings.allSatisfy(Self.looksLikeEmail) { return .email }
        let lowered = name.lowercased()
        // Docs shorten their sample GUIDs; an identifier whose values are all GUIDs, some shortened, is one.
        if lowered.hasSuffix("id"), strings.contains(where: { UUID(uuidString: $0) != nil }),
           strings.allSatisfy({ Self.fits($0, .guid) }) {
            return .guid
        }
        if lowered.contains("mobile") || lowered.contains("phone"), strings.allSatisfy(Self.looksLikePhone) { return .phone }
        return nil
    }

    /// Numbers of a field named like a time (`creationTime`, `sentAt`, `ts`) in the range of epoch seconds or
    /// milliseconds since 2001.
    static func epochFormat(_ numbers: [Int64], name: String) -> ScalarType? {
        let lowered = name.lowercased()
        guard !numbers.isEmpty, lowered.hasSuffix("time") || lowered.hasSuffix("at") || lowered.hasSuffix("date") || lowered == "ts" else { return nil }
        if numbers.allSatisfy({ (978_307_200_000...4_102_444_800_000).contains($0) }) { return .epochMillis }
        if numbers.allSatisfy({ (978_307_200...4_102_444_800).contains($0) }) { return .epochSeconds }
        return nil
    }

    /// `ada@example.com`: one @, a dot after it, no spaces.
    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(" ")
    }

    static func looksLikeDateTime(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count >= 20, characters[4] == "-", characters[7] == "-", characters[10] == "T" else { return false }
        return text.hasSuffix("Z") || text.dropFirst(19).contains("+") || text.dropFirst(19).contains("-")
    }

    /// `2017-08-29T04:00:00.0000000`: a date and a time of day with no zone offset.
    static func looksLikeZonelessDateTime(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count >= 19, characters[4] == "-", characters[7] == "-", characters[10] == "T",
              characters[13] == ":", characters[16] == ":", !looksLikeDateTime(text) else { return false }
        return characters.allSatisfy { $0.isASCII && ($0.isNumber || "-T:.".contains($0)) }
    }

    /// A title that names the field: `groups[]`, 'actionBody', "Location object".
    func mentions(_ title: String, _ name: String, singularToo: Bool = true) -> Bool {
        let words = title.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map { DocsVocabulary.fold(String($0)) }
        return words.contains(DocsVocabulary.fold(name)) || singularToo && words.contains(DocsVocabulary.fold(NameCase.singular(name)))
    }

    /// "actionBody object structure for the action 'Job'" → Job; "actionBody for a Poll Action" → Poll.
    func variantLabel(_ title: String, field: String) -> String {
        variantLabels(title, field: field)[0]
    }

    /// The kinds a per-kind table is for: its quoted names ("'ActionCreated' / 'SurveyCreated'", "'Let's Meet'"),
    /// else the words after "for" ("actionBody for a Poll Action" → Poll).
    func variantLabels(_ title: String, field: String) -> [String] {
        let quoted = Self.quotedNames(title).map { NameCase.pascal($0.replacingOccurrences(of: "'", with: "")) }.filter { !$0.isEmpty }
        if !quoted.isEmpty { return quoted }
        let fieldWords = Set(NameCase.camelWords(field).map { $0.lowercased() })
        let skipped: Set<String> = ["a", "an", "the", "for", "object", "structure", "of", "or", "action", "package", "instance", "id"]
        // "Let's Meet" is one name: LetsMeet.
        let tail = (title.range(of: " for ").map { String(title[$0.upperBound...]) } ?? title)
            .replacingOccurrences(of: "'s ", with: "s ").replacingOccurrences(of: "’s ", with: "s ")
        let words = tail.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
            .filter { !fieldWords.contains($0.lowercased()) && !skipped.contains($0.lowercased()) }
        return [NameCase.pascal(words.prefix(2).joined(separator: " "))]
    }

    /// Names in single quotes; a quote followed by a letter is an apostrophe, not the end of a name.
    static func quotedNames(_ text: String) -> [String] {
        let characters = Array(text)
        var names: [String] = []
        var open: Int?
        for (index, character) in characters.enumerated() where character == "'" {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if let start = open {
                if !next.isLetter {
                    names.append(String(characters[(start + 1)..<index]))
                    open = nil
                }
            } else if next.isLetter {
                open = index
            }
        }
        return names
    }
}

extension NameCase {
    /// `actionBody` → action, Body.
    static func camelWords(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in name {
            if character.isUppercase, !current.isEmpty { words.append(current); current = "" }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
