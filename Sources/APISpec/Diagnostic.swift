/// One finding about a spec, printed in the format compilers, editors and CI
/// annotators understand: `path:line:column: error: message`.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    public var message: String
    public var file: String
    public var location: SourceLocation
    /// Where in the document the culprit sits, e.g. `operations[3].parameters[0]`.
    public var jsonPath: String

    public init(_ severity: Severity, _ message: String, file: String, at location: SourceLocation, jsonPath: String) {
        self.severity = severity
        self.message = message
        self.file = file
        self.location = location
        self.jsonPath = jsonPath
    }

    public var description: String {
        let context = jsonPath.isEmpty ? "" : " [\(jsonPath)]"
        return "\(file):\(location.line):\(location.column): \(severity.rawValue): \(message)\(context)"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.location.line, lhs.location.column, lhs.message)
            < (rhs.file, rhs.location.line, rhs.location.column, rhs.message)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}

/// Collects diagnostics for one file during loading and checking.
struct DiagnosticSink {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    mutating func error(_ message: String, at location: SourceLocation, _ path: JSONPath) {
        diagnostics.append(Diagnostic(.error, message, file: file, at: location, jsonPath: path.description))
    }

    mutating func warning(_ message: String, at location: SourceLocation, _ path: JSONPath) {
        diagnostics.append(Diagnostic(.warning, message, file: file, at: location, jsonPath: path.description))
    }
}

/// A path into the spec document such as `types[2].fields[0].maxLength`.
///
/// Paths are made for every node the reader visits but printed only for
/// diagnostics, so a path is a chain of steps and its text is built on demand.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    private final class Step: Sendable {
        let parent: Step?
        let key: String?
        let index: Int

        init(parent: Step?, key: String?, index: Int) {
            self.parent = parent
            self.key = key
            self.index = index
        }
    }

    private let last: Step?

    public static let root = JSONPath(last: nil)

    private init(last: Step?) {
        self.last = last
    }

    public func key(_ key: String) -> JSONPath {
        JSONPath(last: Step(parent: last, key: key, index: 0))
    }

    public func index(_ index: Int) -> JSONPath {
        JSONPath(last: Step(parent: last, key: nil, index: index))
    }

    public var description: String {
        var steps: [Step] = []
        var step = last
        while let current = step {
            steps.append(current)
            step = current.parent
        }
        var text = ""
        for step in steps.reversed() {
            if let key = step.key {
                if !text.isEmpty { text += "." }
                text += key
            } else {
                text += "[\(step.index)]"
            }
        }
        return text
    }

    public static func == (lhs: JSONPath, rhs: JSONPath) -> Bool { lhs.description == rhs.description }
    public func hash(into hasher: inout Hasher) { hasher.combine(description) }
}
