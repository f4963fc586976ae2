import APISpec

/// Types new in an import: neither the last import nor the spec has them (by
/// name or by pairing), so they are added to the spec as the import has
/// them, before the merge; the operations and fields new in the import that
/// use them are then merged as any other. A type the last import had and
/// the spec does not was removed by a person, and stays removed.
extension SpecMerger {
    static func newTypes(theirs: APISpecification, base: APISpecification, kept: APISpecification,
                         pairs: [String: String]) -> [NamedType] {
        let baseNames = Set(base.types.map(\.name)), keptNames = Set(kept.types.map(\.name))
        let location = kept.types.last?.location ?? kept.nameLocation ?? SourceLocation(line: 1, column: 1)
        let name = { (draftName: String) in pairs[draftName] ?? draftName }
        return theirs.types.filter { pairs[$0.name] == nil && !baseNames.contains($0.name) && !keptNames.contains($0.name) }
            .map { type in
                var type = type
                type.location = location
                switch type.kind {
                case .object(var object):
                    for index in object.fields.indices {
                        object.fields[index].type = FieldFacts.translated(object.fields[index].type, name)
                        object.fields[index].location = location
                    }
                    type.kind = .object(object)
                case .enumeration:
                    break
                case .taggedUnion(var union):
                    for index in union.variants.indices {
                        union.variants[index].type = FieldFacts.translated(union.variants[index].type, name)
                    }
                    type.kind = .taggedUnion(union)
                case .untaggedUnion(var union):
                    for index in union.variants.indices {
                        union.variants[index].type = FieldFacts.translated(union.variants[index].type, name)
                    }
                    type.kind = .untaggedUnion(union)
                }
                return type
            }
    }
}
