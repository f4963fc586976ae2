/// A warning the spec knows about and keeps, with why (`acknowledged`): the
/// docs' own sample sends a value their tables leave out, say. An
/// acknowledged warning is not printed (`apigen lint --show-acknowledged`
/// shows it); one that no longer happens is reported, so acknowledgements
/// cannot outlive what they excuse.
public struct Acknowledgement: Sendable, Hashable {
    /// The kind of warning: a warning's code, never an error's.
    public var code: DiagnosticCode
    /// Where the warning is: its JSON path as diagnostics print it
    /// (`webhooks.samples[8].payload.eventType`).
    public var place: String
    /// Why the warning stays, in the spec author's words.
    public var reason: String
    public var location: SourceLocation

    public init(code: DiagnosticCode, place: String, reason: String,
                location: SourceLocation = SourceLocation(line: 0, column: 0)) {
        self.code = code
        self.place = place
        self.reason = reason
        self.location = location
    }

    /// Whether `diagnostic` is the warning this acknowledges. Places are
    /// compared as printed, which is what the author copied: a sample key
    /// holding a dot (`@odata.type`) prints as itself, and would be two
    /// steps if the text were split back into steps.
    public func matches(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.severity == .warning && diagnostic.code == code && diagnostic.jsonPath == place
    }
}

/// A warning a spec acknowledges, kept beside the diagnostics so that
/// `apigen lint --show-acknowledged` can show it with its reason.
public struct AcknowledgedWarning: Sendable, Hashable, CustomStringConvertible {
    public var diagnostic: Diagnostic
    public var reason: String

    public init(diagnostic: Diagnostic, reason: String) {
        self.diagnostic = diagnostic
        self.reason = reason
    }

    /// The warning's own line, then the reason: still one line, so that
    /// what reads diagnostics reads these too.
    public var description: String {
        diagnostic.description + " (acknowledged: \(Diagnostic.escaped(reason)))"
    }
}
