import APISpec

/// One per-kind table of a field: "actionBody for a Job Action".
struct UnionVariant: Sendable {
    /// The kinds it is for; one table may serve several ("'SurveyResponse' / 'ActionResponse'").
    var labels: [String]
    var typeName: String
    /// Its rows' names, lower-cased, to tell which table a sample's content follows.
    var rows: Set<String>
    var place: DocsPlace
}

/// Docs write a tagged union as two rows, a kind (`actionType`) and a body
/// (`actionBody`) with one table per kind. Where a field has such tables and
/// a sibling is named for its kind, the two become one inline tagged union:
/// each variant's tag is the value the samples send with content like its
/// table, else the table's label.
extension DraftBuilder {
    mutating func formUnions(_ fields: inout [DraftField], _ context: Context) {
        for content in fields where content.type == .scalar(.json) {
            // An inline union is always there: only a kind that is required, or that every sample sends, makes one.
            guard let variants = variantsByField[context.owner + "." + content.name], variants.count > 1,
                  let tagField = tagSibling(of: content.name, in: fields, variants: variants, samples: context.samples),
                  !tagField.optional || (!context.samples.isEmpty && context.samples.allSatisfy { $0.member(tagField.name) != nil })
            else { continue }
            var notes: [String] = []
            var tags: [(tag: String, type: TypeReference)] = []
            for variant in variants {
                for label in variant.labels {
                    let sent = sampleTag(for: label, variant: variant, tagField: tagField.name, content: content.name, samples: context.samples)
                    let tag = sent ?? NameCase.pascal(label)
                    if sent == nil { notes.append("The tag \(tag) comes from the table's title (\(variant.place.short)); no sample sends it.") }
                    guard !tags.contains(where: { $0.tag == tag }) else { continue }
                    tags.append((tag, .named(variant.typeName)))
                }
                // The only per-kind table of its page, on a page with a table listing the tag's values (media's
                // "| Media Type | ActionType | Extension |"): every value listed is a kind this table describes.
                guard variants.filter({ $0.place.file == variant.place.file }).count == 1,
                      let column = valueColumns.first(where: { $0.place.file == variant.place.file
                          && DocsVocabulary.fold($0.header) == DocsVocabulary.fold(tagField.name) }) else { continue }
                let listed = column.values.filter { value in value.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } && !tags.contains { $0.tag == value } }
                tags += listed.map { ($0, .named(variant.typeName)) }
                if !listed.isEmpty { notes.append("Tags \(listed.joined(separator: ", ")) from the table of \(column.header) values (\(column.place.short)).") }
            }
            let prefix = Self.kindPrefix(tagField.name)
            let unionName = NameCase.pascal(prefix) + NameCase.pascal(Self.removingPrefix(prefix, from: content.name))
            let name = registry.register(DraftType(name: unionName, kind: .taggedUnion(tag: tagField.name, content: content.name, variants: tags),
                                                   description: tagField.description, notes: notes), owner: context.owner)
            var union = DraftField(name: prefix.isEmpty ? content.name : prefix, type: .named(name), optional: false,
                                   description: content.description, place: content.place)
            union.isInline = true
            union.notes = ["\(tagField.name) and \(content.name) as one tagged union: the docs give \(content.name) a table per kind (\(variants[0].place.short)…)."]
            let at = fields.firstIndex { $0.name == tagField.name || $0.name == content.name } ?? fields.count
            fields.removeAll { $0.name == tagField.name || $0.name == content.name }
            fields.insert(union, at: min(at, fields.count))
        }
    }

    /// `actionType` beside `actionBody`, or the kind field whose sample values name the tables (`eventType` beside `data`).
    func tagSibling(of content: String, in fields: [DraftField], variants: [UnionVariant], samples: [JSONNode]) -> DraftField? {
        let candidates = fields.filter { field in
            field.name != content && !field.type.isArrayType && !Self.integersAndFlags.contains(field.type)
                && (field.name.hasSuffix("Type") || field.name.hasSuffix("Kind") || ["type", "kind"].contains(field.name))
        }
        let prefix = NameCase.camelWords(content).first?.lowercased() ?? content
        if let named = candidates.first(where: { Self.kindPrefix($0.name).lowercased() == prefix }) { return named }
        let labels = Set(variants.flatMap(\.labels).map { $0.lowercased().filter { $0.isLetter || $0.isNumber } })
        let scored = candidates.map { candidate in
            (candidate, samples.compactMap { $0.member(candidate.name)?.stringValue?.lowercased().filter { $0.isLetter || $0.isNumber } }
                .filter(labels.contains).count)
        }
        return scored.filter { $0.1 > 0 }.max { $0.1 < $1.1 }?.0
    }

    static let integersAndFlags: Set<TypeReference> = Set([ScalarType.int32, .int64, .double, .bool, .json].map {
        TypeReference.scalar($0)
    })

    /// `actionType` → action; `type` → "".
    static func kindPrefix(_ name: String) -> String {
        for suffix in ["Type", "Kind"] where name.hasSuffix(suffix) { return String(name.dropLast(suffix.count)) }
        return ""
    }

    static func removingPrefix(_ prefix: String, from name: String) -> String {
        guard !prefix.isEmpty, name.lowercased().hasPrefix(prefix.lowercased()), name.count > prefix.count else { return name }
        return String(name.dropFirst(prefix.count))
    }

    /// The tag samples send for this label: spelled like it, else (for a table of one kind) beside content that
    /// follows the table most closely.
    func sampleTag(for label: String, variant: UnionVariant, tagField: String, content: String, samples: [JSONNode]) -> String? {
        let normalizedLabel = label.lowercased().filter { $0.isLetter || $0.isNumber }
        var best: (tag: String, score: Int)?
        for sample in samples {
            guard let tag = sample.member(tagField)?.stringValue else { continue }
            if tag.lowercased().filter({ $0.isLetter || $0.isNumber }) == normalizedLabel { return tag }
            let keys = Set((sample.member(content)?.members ?? []).map { $0.key.lowercased() })
            let score = keys.intersection(variant.rows).count
            if variant.labels.count == 1, score > 0, score == keys.count, score > (best?.score ?? 0) { best = (tag, score) }
        }
        return best?.tag
    }
}
