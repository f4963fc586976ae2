import APISpec
import Foundation

/// An OpenAPI document as a located tree: every value keeps its line and
/// column, and `$ref`s are followed inside it by JSON pointer. The one place
/// a document is read, chosen by the file's extension, so that another
/// syntax (YAML) plugs in here and nowhere else.
public struct OpenAPIDocument: Sendable {
    /// Why a document cannot be read at all: it cannot be opened, or a located syntax error.
    public enum LoadError: Error, Sendable {
        case unreadable(String)
        case syntax(message: String, location: SourceLocation)
    }

    public var file: String
    public var root: JSONNode

    public init(file: String, root: JSONNode) {
        self.file = file
        self.root = root
    }

    /// Reads the file at `path` by its extension: `.yaml` and `.yml` as YAML, anything else as JSON.
    public static func load(path: String) throws(LoadError) -> OpenAPIDocument {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable("cannot read \(path)") }
        guard let text = String(data: data, encoding: .utf8) else { throw .unreadable("\(path) is not UTF-8 text") }
        return try parse(text, file: path)
    }

    /// Reads the text of `file`: YAML when its name ends in `.yaml` or `.yml`, else JSON.
    public static func parse(_ text: String, file: String) throws(LoadError) -> OpenAPIDocument {
        let lowered = file.lowercased()
        if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") {
            return OpenAPIDocument(file: file, root: try YAMLDocument.tree(text))
        }
        do throws(JSONParser.SyntaxError) {
            return OpenAPIDocument(file: file, root: try JSONParser.parse(text))
        } catch {
            throw .syntax(message: error.message, location: error.location)
        }
    }

    /// The node a local JSON pointer (`#/components/schemas/Pet`) names; nil for another file's or a missing one.
    public func node(at reference: String) -> JSONNode? {
        guard reference == "#" || reference.hasPrefix("#/") else { return nil }
        var node = root
        for token in Self.tokens(of: reference) {
            if let members = node.members {
                guard let next = members.first(where: { $0.key == token })?.value else { return nil }
                node = next
            } else if let elements = node.elements, let index = Int(token), elements.indices.contains(index) {
                node = elements[index]
            } else {
                return nil
            }
        }
        return node
    }

    /// A pointer's unescaped steps (`~1` is `/`, `~0` is `~`, percent escapes of URI fragments decoded).
    static func tokens(of reference: String) -> [String] {
        // The steps after `#/`, in this document or another file's (`pet.yaml#/properties/kind`).
        guard let hash = reference.firstIndex(of: "#") else { return [] }
        let steps = reference[reference.index(after: hash)...].dropFirst()
        // Most steps hold no escape: Foundation's replacing costs thousands of instructions when it finds nothing.
        return steps.split(separator: "/", omittingEmptySubsequences: false).map { token in
            let plain = String(token)
            let text = plain.utf8.contains(UInt8(ascii: "%")) ? plain.removingPercentEncoding ?? plain : plain
            guard text.utf8.contains(UInt8(ascii: "~")) else { return text }
            return text.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }.filter { _ in !steps.isEmpty || reference.last != "#" }
    }

    /// A step escaped for a pointer.
    static func escaped(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        return token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}

/// A place in the document: its JSON pointer, and where it is written.
struct DocumentPlace: Sendable, Hashable {
    var pointer: String
    var location: SourceLocation

    func appending(_ token: String, _ node: JSONNode?) -> DocumentPlace {
        DocumentPlace(pointer: pointer + "/" + OpenAPIDocument.escaped(token), location: node?.location ?? location)
    }
}

extension JSONNode {
    /// The member's value as text, when it is a string.
    func string(_ key: String) -> String? { member(key)?.stringValue }

    func bool(_ key: String) -> Bool? {
        if case .bool(let flag)? = member(key)?.value { return flag }
        return nil
    }

    /// A number member's value, when it is one.
    func number(_ key: String) -> Double? {
        if case .number(let text)? = member(key)?.value { return Double(text) }
        return nil
    }

    func integer(_ key: String) -> Int? {
        number(key).flatMap { $0 >= 0 && $0 == $0.rounded() && $0 < 1e15 ? Int($0) : nil }
    }
}
