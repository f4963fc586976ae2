/// One finding about a spec, printed in the format compilers, editors and CI
/// annotators understand: `path:line:column: error: message [#Code] [json.path]`.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    /// What kind of finding this is: what tools switch on (the message is for people).
    public var code: DiagnosticCode
    public var message: String
    public var file: String
    public var location: SourceLocation
    /// Where in the document the culprit sits, step by step (`operations`, 3, `parameters`, 0).
    public var path: JSONPath

    public init(_ severity: Severity, _ code: DiagnosticCode, _ message: String, file: String, at location: SourceLocation,
                path: JSONPath) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.location = location
        self.path = path
    }

    /// The path as text, e.g. `operations[3].parameters[0]`; empty at the document's root.
    public var jsonPath: String { path.description }

    /// One line, whatever the spec's names and texts hold: control
    /// characters and line breaks are escaped. The code follows the message,
    /// as the Swift compiler prints its diagnostic groups.
    public var description: String {
        let text = jsonPath
        let context = text.isEmpty ? "" : " [\(Self.escaped(text))]"
        return "\(Self.escaped(file)):\(location.line):\(location.column): \(severity.rawValue): \(Self.escaped(message))"
            + " [#\(code.rawValue)]\(context)"
    }

    public static func escaped(_ text: String) -> String {
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
    /// Whether messages may cite a line of the spec (`value 'add' (line 12)`): not for a spec made in memory, whose
    /// positions are not those of the text it is written as.
    public let citesLines: Bool

    public init(file: String, citesLines: Bool = true) {
        self.file = file
        self.citesLines = citesLines
    }

    public mutating func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, _ path: JSONPath) {
        assert(code.severity == .error, "\(code) is a warning's code")
        diagnostics.append(Diagnostic(.error, code, message, file: file, at: location, path: path))
    }

    public mutating func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, _ path: JSONPath) {
        assert(code.severity == .warning, "\(code) is an error's code")
        diagnostics.append(Diagnostic(.warning, code, message, file: file, at: location, path: path))
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
