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

    /// One line, whatever the spec's names and texts hold: control
    /// characters and line breaks are escaped.
    public var description: String {
        let context = jsonPath.isEmpty ? "" : " [\(Self.escaped(jsonPath))]"
        return "\(Self.escaped(file)):\(location.line):\(location.column): \(severity.rawValue): \(Self.escaped(message))\(context)"
    }

    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if isControl(scalar) { result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// At most 80 characters of a spec's text, for quoting in a message.
    public static func clipped(_ text: String) -> String {
        text.count > 80 ? String(text.prefix(80)) + "…" : text
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.location.line, lhs.location.column, lhs.message)
            < (rhs.file, rhs.location.line, rhs.location.column, rhs.message)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}

/// Collects diagnostics for one file while a stage (load, check, resolve) runs.
public struct DiagnosticSink: Sendable {
    public let file: String
    public private(set) var diagnostics: [Diagnostic] = []
    /// Types and fields that had a name but could not be read: later checks
    /// do not blame their uses again.
    var unreadableTypes: Set<String> = []
    var unreadableFields: Set<String> = []

    public init(file: String) {
        self.file = file
    }

    public mutating func error(_ message: String, at location: SourceLocation, _ path: JSONPath) {
        diagnostics.append(Diagnostic(.error, message, file: file, at: location, jsonPath: path.description))
    }

    public mutating func warning(_ message: String, at location: SourceLocation, _ path: JSONPath) {
        diagnostics.append(Diagnostic(.warning, message, file: file, at: location, jsonPath: path.description))
    }

    mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Takes over what a sink of the same file found (on another thread).
    mutating func absorb(_ other: DiagnosticSink) {
        diagnostics += other.diagnostics
        unreadableTypes.formUnion(other.unreadableTypes)
        unreadableFields.formUnion(other.unreadableFields)
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
