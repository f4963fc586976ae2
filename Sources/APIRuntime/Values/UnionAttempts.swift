/// Decodes an untagged union by trying each variant in order, remembering
/// why each failed, so that when none fits the error says so per variant:
/// `Contact: team.uuid missing; [Contact]: expected an array`.
public struct UnionAttempts {
    private var failures: [String] = []
    private let basePathCount: Int

    public init(_ container: any SingleValueDecodingContainer) {
        basePathCount = container.codingPath.count
    }

    /// The value as `type`, or nil (and the reason kept) when it is not one.
    public mutating func decode<Value: Decodable>(_ type: Value.Type, _ variant: String, from container: any SingleValueDecodingContainer) -> Value? {
        do {
            return try container.decode(Value.self)
        } catch {
            failures.append("\(variant): \(describe(error))")
            return nil
        }
    }

    /// The error to throw when no variant fitted.
    public func failure(_ container: any SingleValueDecodingContainer) -> DecodingError {
        DecodingError.dataCorruptedError(in: container, debugDescription: "no variant matched: " + failures.joined(separator: "; "))
    }

    private func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        func place(_ path: [any CodingKey]) -> String { CodingPathText.render(path.dropFirst(basePathCount)) }
        switch error {
        case .keyNotFound(let key, let context):
            let path = place(context.codingPath + [key])
            return "\(path) missing"
        case .typeMismatch(let type, let context):
            let path = place(context.codingPath)
            return "expected \(Self.kind(of: type))" + (path.isEmpty ? "" : " at \(path)")
        case .valueNotFound(let type, let context):
            let path = place(context.codingPath)
            return "null where \(Self.kind(of: type)) is required" + (path.isEmpty ? "" : " at \(path)")
        case .dataCorrupted(let context):
            let path = place(context.codingPath)
            return context.debugDescription + (path.isEmpty ? "" : " at \(path)")
        @unknown default:
            return String(describing: error)
        }
    }

    private static func kind(of type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Array") || name.hasPrefix("[") && !name.contains(":") { return "an array" }
        if name.hasPrefix("Dictionary") || name.contains(":") { return "an object" }
        switch name {
        case "String": return "a string"
        case "Bool": return "true or false"
        case "Int", "Int32", "Int64", "Double", "Float", "UInt64": return "a number"
        default: return name
        }
    }
}
