extension KeyedEncodingContainer {
    /// Writes one variant of a tagged union: its tag beside its content.
    public mutating func encodeTagged<Content: Encodable>(_ tag: String, _ content: Content, tag tagKey: Key, content contentKey: Key) throws {
        try encode(tag, forKey: tagKey)
        try encode(content, forKey: contentKey)
    }
}
