/// Docs state a field's format where they first describe it (`groupId`:
/// "GUID representing the group") and write "Group Identifier" elsewhere.
/// A name with one format wherever evidence gives one takes that format
/// where it is a plain string, with a note naming the place that said so.
extension DraftBuilder {
    static let formats: Set<String> = ["guid", "url", "phone", "email", "dateTime"]

    mutating func unifyFormats(_ spec: inout DraftSpec) {
        var evidence: [String: (format: String, place: DocsPlace)] = [:]
        var conflicting = Set<String>()
        func observe(_ field: DraftField) {
            let item = field.type.hasPrefix("[") ? String(field.type.dropFirst().dropLast()) : field.type
            guard Self.formats.contains(item) else { return }
            if let seen = evidence[field.name], seen.format != item { conflicting.insert(field.name) }
            // The first place the docs say it, preferring one with a file to name.
            if evidence[field.name] == nil || (evidence[field.name]?.place.file.isEmpty == true && !field.place.file.isEmpty) {
                evidence[field.name] = (item, field.place)
            }
        }
        for operation in spec.operations {
            (operation.parameters + (operation.requestFields ?? []) + (operation.responseFields ?? [])).forEach(observe)
        }
        for type in registry.types { if case .object(let fields) = type.kind { fields.forEach(observe) } }
        func unify(_ field: inout DraftField) {
            guard let (format, place) = evidence[field.name], !conflicting.contains(field.name) else { return }
            let isList = field.type == "[string]"
            guard field.type == "string" || isList else { return }
            field.type = isList ? "[\(format)]" : format
            field.notes.append(place.file.isEmpty ? "\(format) as '\(field.name)' is in other samples." : "\(format) as '\(field.name)' is at \(place.short).")
        }
        for index in spec.operations.indices {
            for parameter in spec.operations[index].parameters.indices { unify(&spec.operations[index].parameters[parameter]) }
            if var fields = spec.operations[index].requestFields {
                for field in fields.indices { unify(&fields[field]) }
                spec.operations[index].requestFields = fields
            }
            if var fields = spec.operations[index].responseFields {
                for field in fields.indices { unify(&fields[field]) }
                spec.operations[index].responseFields = fields
            }
        }
        for type in registry.types {
            guard case .object(var fields) = type.kind else { continue }
            for field in fields.indices { unify(&fields[field]) }
            registry.replaceFields(of: type.name, with: fields)
        }
    }
}
