/// Why a YAML stream was refused, and where (1-based line and column, in
/// Unicode scalars), to print as `file:LINE:COL: error: MESSAGE`.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
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

    func error(_ message: String) -> YAMLError {
        YAMLError(line: line, column: column, message: message)
    }
}
