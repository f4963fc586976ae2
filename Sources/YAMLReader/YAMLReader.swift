/// Reads YAML 1.2 text into located nodes: what an OpenAPI document written
/// in YAML needs, bounded on hostile input (nesting depth, alias expansion).
///
/// Left out on purpose: collections as mapping keys (OpenAPI's keys are
/// strings), tags beyond the core schema's (other tags leave a scalar a string),
/// and YAML 1.1's extra booleans and octals (`yes`, `0777` are a string and 777).
public enum YAMLReader {
    public struct Limits: Sendable {
        /// Collections nested deeper than this are refused: the parser keeps its own stack, but what
        /// walks the tree afterwards (JSON text, comparisons, the importer) recurses.
        public var maximumDepth: Int
        /// How many nodes aliases may produce in all, against "billion laughs".
        public var maximumAliasNodes: Int

        public init(maximumDepth: Int = 200, maximumAliasNodes: Int = 1_000_000) {
            self.maximumDepth = maximumDepth
            self.maximumAliasNodes = maximumAliasNodes
        }
    }

    /// One document of a stream and where it starts (its `---`, or its first node).
    public struct Document: Sendable, Equatable {
        public var root: YAMLNode
        public var line: Int
        public var column: Int
    }

    /// The single document of a stream; an empty stream is a null node. A
    /// stream of several documents is refused at the second one.
    public static func parse(_ text: String, limits: Limits = Limits()) throws(YAMLError) -> YAMLNode {
        let documents = try parseAll(text, limits: limits)
        if documents.count > 1 {
            let second = documents[1]
            throw YAMLError(
                line: second.line, column: second.column, message: "a second document where one was expected")
        }
        return documents.first?.root ?? YAMLNode(.scalar(YAMLScalar(text: "", value: .null)), line: 1, column: 1)
    }

    /// Every document of a stream, in order.
    public static func parseAll(_ text: String, limits: Limits = Limits()) throws(YAMLError) -> [Document] {
        var parser = Parser(text, limits: limits)
        return try parser.parseStream()
    }
}
