import APISpec

/// A type built from one operation's samples meets others' samples: keys
/// it lacks become optional fields, fields required only because earlier
/// samples all had them become optional when a sample lacks them.
extension DraftBuilder {
    mutating func absorb(_ values: [JSONNode], into name: String, place: DocsPlace?, depth: Int = 0) {
        guard depth < 16, case .object(var fields)? = registry.type(named: name)?.kind else { return }
        let objects = values.filter { $0.members != nil }
        guard !objects.isEmpty else { return }
        let keyed = objects.map(\.keyedMembers)
        let where_ = place.map { " (\($0.short))" } ?? ""
        for index in fields.indices {
            let present = keyed.compactMap { $0[fields[index].name] }
            if present.count < objects.count, fields[index].isRequiredBySamples {
                fields[index].optional = true
                fields[index].isRequiredBySamples = false
                fields[index].notes.removeAll { $0.hasPrefix("Optional:") }
                fields[index].notes.append("Optional: a sample lacks it\(where_).")
            }
            // A type no page describes, drafted before any sample showed it: a later sample's objects describe it.
            if fields[index].type == .scalar(.json), fields[index].namesUndescribedType, !present.isEmpty,
                present.allSatisfy({ $0.members != nil }) {
                let fieldPlace = fields[index].place
                fields[index].type = sampleType(of: present, name: fields[index].name, owner: name)
                fields[index].namesUndescribedType = false
                fields[index].notes.append("Its fields are the samples'\(where_).")
                warnings.removeAll {
                    $0.kind == .undescribedType && $0.place.file == fieldPlace.file && $0.place.line == fieldPlace.line
                }
            }
            // A field drafted before any sample showed it: a later sample can show its strings have no zone.
            if fields[index].type == .scalar(.string), fields[index].sampleStrings.isEmpty,
               !fields[index].notes.contains(where: { $0.hasPrefix(Self.zonelessPrefix) }),
               let note = Self.zonelessNote(Self.strings(in: present), place: where_) {
                fields[index].notes.append(note)
            }
            // `Contact` or `[Contact]`: the samples' objects describe it too.
            if let nested = fields[index].type.listItem.typeName {
                let items = fields[index].type.isArrayType ? present.flatMap { $0.elements ?? [] } : present
                absorb(items, into: nested, place: place, depth: depth + 1)
            }
        }
        var known = Set(fields.map(\.name))
        for object in objects {
            for member in object.members ?? [] where !known.contains(member.key) {
                known.insert(member.key)
                let values = keyed.compactMap { $0[member.key] }
                let type = sampleType(of: values, name: member.key, owner: name)
                let note = place.map { "Only in the sample (\($0.short))." } ?? "Only in the samples."
                var field = DraftField(name: member.key, type: type, optional: true, description: "", notes: [note],
                                       place: place ?? DocsPlace(file: "", line: 0, column: 0))
                field.sampleStrings = Self.strings(in: values)
                field.isFormatFromSamples = true
                field.isOnlyInSamples = true
                fields.append(field)
            }
        }
        registry.replaceFields(of: name, with: fields)
    }
}
