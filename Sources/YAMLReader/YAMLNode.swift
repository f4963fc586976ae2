/// One node of a YAML document: a mapping, a sequence or a scalar, with the
/// 1-based line and column (in Unicode scalars) where it starts in the source.
///
/// Aliases are expanded: an alias yields a copy of the node its anchor names
/// (cheap, the arrays are shared until changed), located where the anchor's node is.
public struct YAMLNode: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        /// Key/value pairs in source order; keys are scalar nodes, unique by text.
        case mapping([YAMLPair])
        case sequence([YAMLNode])
        case scalar(YAMLScalar)
    }

    public var content: Content
    public var line: Int
    public var column: Int

    public init(_ content: Content, line: Int, column: Int) {
        self.content = content
        self.line = line
        self.column = column
    }
}

public struct YAMLPair: Sendable, Equatable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

/// A scalar's text (after quoting, escapes and folding are undone) and the
/// value the YAML 1.2 core schema, or the node's tag, gives it.
public struct YAMLScalar: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        /// An integer that fits 64 bits; larger ones resolve to `.float`.
        case int(Int)
        case float(Double)
        case string(String)
    }

    public var text: String
    public var value: Value

    public init(text: String, value: Value) {
        self.text = text
        self.value = value
    }
}

extension YAMLNode {
    /// The value of a key in a mapping node, compared by the keys' text.
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = content else { return nil }
        return pairs.first { $0.key.scalarText == key }?.value
    }

    /// The text of a scalar node; nil for collections.
    public var scalarText: String? {
        if case .scalar(let scalar) = content { return scalar.text }
        return nil
    }
}
