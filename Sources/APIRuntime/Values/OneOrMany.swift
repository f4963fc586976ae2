/// Lists the server may also send as a single element: read either way,
/// always a list in Swift.
extension KeyedDecodingContainer {
    public func decodeOneOrMany<Element: Decodable>(_ type: Element.Type, forKey key: Key) throws -> [Element] {
        do {
            return try decode([Element].self, forKey: key)
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.count == codingPath.count + 1 {
            // Not a list at all (a mismatch inside an element goes on): one element.
            return [try decode(Element.self, forKey: key)]
        }
    }

    public func decodeOneOrManyIfPresent<Element: Decodable>(_ type: Element.Type, forKey key: Key) throws -> [Element]? {
        guard contains(key), !(try decodeNil(forKey: key)) else { return nil }
        return try decodeOneOrMany(Element.self, forKey: key)
    }
}
