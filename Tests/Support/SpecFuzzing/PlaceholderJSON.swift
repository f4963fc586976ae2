import APISpec

/// JSON that decodes as a value of a spec type, whatever it holds: the
/// harness passes such values where a call needs an argument it does not
/// test (the other members beside a client default), and looks only at the
/// violations of what it tests. Nil for a type no JSON stands for (a file),
/// and for types that hold themselves deeper than any decoder needs.
struct PlaceholderJSON {
    let types: [String: NamedType]

    init(spec: APISpecification) {
        var types: [String: NamedType] = [:]
        for type in spec.types where types[type.name] == nil { types[type.name] = type }
        self.types = types
    }

    func value(_ type: TypeReference, depth: Int = 0) -> String? {
        guard depth < 24 else { return nil }
        switch type {
        case .scalar(let scalar):
            switch scalar {
            case .string, .guid, .phone, .url, .email: return #""""#
            case .int32, .int64, .double, .epochSeconds, .epochMillis: return "0"
            case .bool: return "false"
            case .dateTime: return #""2020-01-01T00:00:00Z""#
            case .date: return #""2020-01-01""#
            // An object: a required `json` member's `null` would read as absent.
            case .json: return "{}"
            case .file: return nil
            }
        case .array: return "[]"
        case .map: return "{}"
        case .orNull: return "null"
        case .named(let name):
            switch types[name]?.kind {
            case .object(let object)?: return self.object(object, depth: depth + 1)
            case .enumeration(let enumeration)?: return enumeration.isInteger ? "0" : #""""#
            case .taggedUnion(let union)?: return "{" + unknownTag(union) + "}"
            case .untaggedUnion(let union)?:
                // The first variant is the one a decoder tries first.
                return union.variants.first.flatMap { value($0.type, depth: depth + 1) }
            case nil: return nil
            }
        }
    }

    /// The members a decoder requires: fields that are neither optional nor
    /// defaulted by the server, and an inline union's tag.
    func object(_ object: ObjectType, depth: Int = 0) -> String? {
        var members: [String] = []
        for field in object.fields {
            if field.isInline, case .named(let name) = field.type, case .taggedUnion(let union)? = types[name]?.kind {
                members.append(unknownTag(union))
                continue
            }
            guard !field.isOptional, field.defaultValue == nil || field.isClientDefault else { continue }
            if field.isNullable {
                members.append(JSONNode.quoted(field.name) + ":null")
            } else {
                guard let value = value(field.type, depth: depth) else { return nil }
                members.append(JSONNode.quoted(field.name) + ":" + value)
            }
        }
        return "{" + members.joined(separator: ",") + "}"
    }

    /// A tag no variant documents: the union decodes as `.unknown`, with no content to hold.
    private func unknownTag(_ union: TaggedUnion) -> String {
        var tag = "fuzz-unknown"
        while union.variants.contains(where: { $0.tag == tag }) { tag += "-" }
        return JSONNode.quoted(union.tagKey) + ":" + JSONNode.quoted(tag)
    }
}
