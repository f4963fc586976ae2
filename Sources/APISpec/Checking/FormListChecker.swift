extension SpecChecker {
    /// `formLists` is a form body's; `repeated` writes `name=a&name=b`,
    /// which can only carry plain values: a list of objects needs numbers to
    /// keep each item's members together (`items[0][price]`), and a list of
    /// lists needs them to keep the inner lists apart.
    /// Errors point at the body's `formLists` (the setting to change), located
    /// at the field holding the list where the body lists its fields.
    mutating func checkFormLists(_ body: Body, _ path: JSONPath) {
        guard let lists = body.formLists else { return }
        guard body.contentType == .form else {
            sink.error(.formListsNotApplicable, "'formLists' says how a form body writes its lists; this body is "
                       + body.contentType.rawValue, at: body.location, path.key("formLists"))
            return
        }
        guard lists == .repeated else { return }
        var seen: Set<String> = []
        switch body.shape {
        case .fields(let object):
            for field in object.fields {
                if let list = unrepeatableList(field.type, named: field.name, seen: &seen) {
                    reportUnrepeatable(list, at: field.location, path.key("formLists"))
                }
            }
        case .type(let reference):
            if let list = unrepeatableList(reference, named: nil, seen: &seen) {
                reportUnrepeatable(list, at: body.location, path.key("formLists"))
            }
        }
    }

    private mutating func reportUnrepeatable(_ list: (name: String, type: TypeReference), at location: SourceLocation,
                                             _ path: JSONPath) {
        sink.error(.formListsNotApplicable, "repeated form lists write 'name=a&name=b', but '\(list.name)' is "
                   + "\(list.type), whose items are not plain values; use indexed lists", at: location, path)
    }

    /// The first list reachable through the value whose items are not a
    /// scalar or an enum, with the form name that leads to it.
    private func unrepeatableList(_ reference: TypeReference, named name: String?,
                                  seen: inout Set<String>) -> (name: String, type: TypeReference)? {
        let shown = name ?? "the body"
        switch reference {
        case .scalar:
            return nil
        case .orNull(let inner):
            return unrepeatableList(inner, named: name, seen: &seen)
        case .array(let item):
            return isPlain(item) ? nil : (shown, reference)
        case .map(let value):
            return unrepeatableList(value, named: name.map { "\($0)[key]" }, seen: &seen)
        case .named(let typeName):
            guard seen.insert(typeName).inserted, let type = typesByName[typeName] else { return nil }
            switch type.kind {
            case .enumeration:
                return nil
            case .object(let object):
                return firstUnrepeatable(object.fields.map { ($0.name, $0.type) }, under: name, seen: &seen)
            case .taggedUnion(let union):
                let members = union.variants.map { ($0.key ?? union.contentKey, $0.type) }
                return firstUnrepeatable(members, under: name, seen: &seen)
            case .untaggedUnion(let union):
                return firstUnrepeatable(union.variants.map { (nil, $0.type) }, under: name, seen: &seen)
            }
        }
    }

    private func firstUnrepeatable(_ members: [(String?, TypeReference)], under name: String?,
                                   seen: inout Set<String>) -> (name: String, type: TypeReference)? {
        for (member, type) in members {
            let nested = member.map { member in name.map { "\($0)[\(member)]" } ?? member } ?? name
            if let list = unrepeatableList(type, named: nested, seen: &seen) { return list }
        }
        return nil
    }

    private func isPlain(_ item: TypeReference) -> Bool {
        switch item {
        case .scalar(let scalar): return scalar != .json
        case .named(let name):
            guard let type = typesByName[name] else { return true }
            if case .enumeration = type.kind { return true }
            return false
        // A form has no way to send `null` among a list's items.
        case .array, .map, .orNull: return false
        }
    }
}
