/// Why a YAML stream was refused, and where (1-based line and column, in
/// Unicode scalars), to print as `file:LINE:COL: error: MESSAGE`.
/// Callers switch on `kind`, never on the message.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The text is not YAML (or not YAML this reader reads).
        case syntax
        /// A key a mapping already has (keys compare by text, as JSON's do).
        case duplicateKey
        /// A collection as a mapping key: valid YAML, left out (OpenAPI's keys are strings).
        case collectionKey
        /// Nesting deeper than, or aliases expanding to more than, `YAMLReader.Limits` allows.
        case limitExceeded
    }

    public var kind: Kind
    public var line: Int
    public var column: Int
    public var message: String

    public init(_ kind: Kind = .syntax, line: Int, column: Int, message: String) {
        self.kind = kind
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(line):\(column): \(message)" }
}

/// A position in the source: the byte offset and what a reader sees.
struct Mark: Sendable {
    var index: Int
    var line: Int
    var column: Int

    func error(_ message: String, kind: YAMLError.Kind = .syntax) -> YAMLError {
        YAMLError(kind, line: line, column: column, message: message)
    }
}
