import APISpec
import Foundation

/// Docs state a field's format where they first describe it (`groupId`:
/// "GUID representing the group") and write "Group Identifier" elsewhere.
/// A name with one format wherever evidence gives one takes that format
/// where it is a plain string, with a note naming the place that said so.
/// A name whose samples somewhere do not have the form (`objectId`:
/// "74943849802190eaea3810") has no format anywhere the samples alone gave it.
extension DraftSpec {
    mutating func unifyFormats(warnings: inout [ImportWarning]) {
        var evidence: [String: (format: ScalarType, place: DocsPlace)] = [:]
        var conflicting = Set<String>()
        var counterexamples: [String: (format: ScalarType, value: String, place: DocsPlace)] = [:]
        var allFields: [DraftField] = operations.flatMap { $0.parameters + ($0.requestFields ?? []) + ($0.responseFields ?? []) }
        for type in types { if case .object(let fields) = type.kind { allFields += fields } }
        for field in allFields {
            guard case .scalar(let item) = field.type.listItem, DraftBuilder.formats.contains(item) else { continue }
            if let seen = evidence[field.name], seen.format != item { conflicting.insert(field.name) }
            // The first place the docs say it, preferring one with a file to name.
            if evidence[field.name] == nil || (evidence[field.name]?.place.file.isEmpty == true && !field.place.file.isEmpty) {
                evidence[field.name] = (item, field.place)
            }
        }
        for field in allFields {
            guard let (format, _) = evidence[field.name], counterexamples[field.name] == nil,
                  let value = field.sampleStrings.first(where: { !DraftBuilder.fits($0, format) }) else { continue }
            counterexamples[field.name] = (format, value, field.place)
        }
        // `webhookId` names the `id` of a Webhook.
        var idsOfTypes: [String: (format: ScalarType, type: String)] = [:]
        for type in types {
            guard case .object(let fields) = type.kind, let id = fields.first(where: { $0.name == "id" }),
                  case .scalar(let format) = id.type, DraftBuilder.formats.contains(format) else { continue }
            let name = NameCase.camel(type.name) + "Id"
            if evidence[name] == nil { idsOfTypes[name] = (format, type.name) }
        }
        // A type no page or sample describes (Callbell's `source: Source`) is what the same name is elsewhere, when
        // every other field of that name has one scalar type (`source: "whatsapp"`).
        var scalarsByName: [String: (types: Set<TypeReference>, place: DocsPlace)] = [:]
        for field in allFields where !field.namesUndescribedType && DraftBuilder.jsonKind(of: field.type) != nil
            && !field.type.isArrayType && !field.type.isMapType {
            scalarsByName[field.name, default: ([], field.place)].types.insert(field.type)
        }
        func unify(_ field: inout DraftField) {
            if field.namesUndescribedType, let seen = scalarsByName[field.name], seen.types.count == 1, let type = seen.types.first {
                let place = field.place
                warnings.removeAll { $0.kind == .undescribedType && $0.place.file == place.file && $0.place.line == place.line }
                field.type = type
                field.notes.append("\(type): no page describes its type, and '\(field.name)' is \(type) elsewhere\(seen.place.file.isEmpty ? "" : " (\(seen.place.short))").")
                return
            }
            if let (format, type) = idsOfTypes[field.name], field.type == .scalar(.string),
               field.sampleStrings.allSatisfy({ DraftBuilder.fits($0, format) }) {
                field.type = .scalar(format)
                field.notes.append("\(format.rawValue): it names the id of a \(type), a \(format.rawValue).")
                return
            }
            if let counter = counterexamples[field.name], field.isFormatFromSamples,
               field.type.listItem == .scalar(counter.format) {
                field.type = field.type.keepingList(.scalar(.string))
                field.notes.append("string: '\(counter.value.prefix(40))' under this name is not a \(counter.format.rawValue) "
                                   + "(\(counter.place.short)).")
                return
            }
            guard let (format, place) = evidence[field.name], !conflicting.contains(field.name), counterexamples[field.name] == nil,
                  field.sampleStrings.allSatisfy({ DraftBuilder.fits($0, format) }) else { return }
            guard field.type.listItem == .scalar(.string) else { return }
            field.type = field.type.keepingList(.scalar(format))
            field.notes.append(place.file.isEmpty ? "\(format.rawValue) as '\(field.name)' is in other samples."
                               : "\(format.rawValue) as '\(field.name)' is at \(place.short).")
        }
        for index in operations.indices {
            for parameter in operations[index].parameters.indices { unify(&operations[index].parameters[parameter]) }
            if var fields = operations[index].requestFields {
                for field in fields.indices { unify(&fields[field]) }
                operations[index].requestFields = fields
            }
            if var fields = operations[index].responseFields {
                for field in fields.indices { unify(&fields[field]) }
                operations[index].responseFields = fields
            }
        }
        for index in types.indices {
            guard case .object(var fields) = types[index].kind else { continue }
            for field in fields.indices { unify(&fields[field]) }
            types[index].kind = .object(fields)
        }
    }
}

extension DraftBuilder {
    static let formats: Set<ScalarType> = [.guid, .url, .phone, .email, .dateTime]

    /// A sample string has the form a format names. Docs mangle their sample GUIDs (groups left out, shortened,
    /// `853654b2-guid-462d-…`); dashed groups of hex digits still say the field holds GUIDs.
    static func fits(_ value: String, _ format: ScalarType) -> Bool {
        switch format {
        case .guid:
            UUID(uuidString: value) != nil
                || value.split(separator: "-", omittingEmptySubsequences: false).count >= 3
                && value.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && ($0.allSatisfy(\.isHexDigit) || $0 == "guid") }
        case .url: value.hasPrefix("https://") || value.hasPrefix("http://")
        case .phone: looksLikePhone(value)
        case .email: looksLikeEmail(value)
        case .dateTime: looksLikeDateTime(value)
        default: true
        }
    }
}
