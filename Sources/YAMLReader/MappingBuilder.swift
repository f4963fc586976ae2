/// Collects a mapping's pairs: keys must be scalars and unique (by text, as a
/// JSON object's would be). Pairs merged in with `<<` come first and give way
/// to the mapping's own keys; among merged mappings, the first one wins.
struct MappingBuilder {
    private var ownPairs: [YAMLPair] = []
    private var ownKeys: Set<String> = []
    private var mergedPairs: [YAMLPair] = []
    private var mergedKeys: Set<String> = []

    mutating func add(key: YAMLNode, value: YAMLNode, isMerge: Bool) throws(YAMLError) {
        guard case .scalar(let scalar) = key.content else {
            throw YAMLError(
                .collectionKey, line: key.line, column: key.column,
                message: "a mapping key must be a scalar (collections as keys are not supported)")
        }
        if isMerge { return try merge(value) }
        guard ownKeys.insert(scalar.text).inserted else {
            throw YAMLError(
                .duplicateKey, line: key.line, column: key.column,
                message: "duplicate key '\(scalar.text)' in a mapping")
        }
        ownPairs.append(YAMLPair(key: key, value: value))
    }

    private mutating func merge(_ value: YAMLNode) throws(YAMLError) {
        switch value.content {
        case .mapping(let pairs):
            for pair in pairs where mergedKeys.insert(pair.key.scalarText ?? "").inserted {
                mergedPairs.append(pair)
            }
        case .sequence(let items):
            for item in items {
                guard case .mapping = item.content else {
                    throw YAMLError(line: item.line, column: item.column, message: "'<<' merges only mappings")
                }
                try merge(item)
            }
        case .scalar:
            throw YAMLError(line: value.line, column: value.column, message: "'<<' merges only mappings")
        }
    }

    func pairs() -> [YAMLPair] {
        if mergedPairs.isEmpty { return ownPairs }
        return mergedPairs.filter { !ownKeys.contains($0.key.scalarText ?? "") } + ownPairs
    }
}
