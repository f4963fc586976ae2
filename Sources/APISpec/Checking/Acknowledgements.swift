/// Holds a spec's acknowledgements against the warnings its checks gave:
/// a warning an acknowledgement names by code and place is set aside (not
/// printed); an acknowledgement that names an error's code, repeats another
/// or matches nothing is itself a finding, at the acknowledgement.
enum Acknowledgements {
    struct Outcome {
        /// What to print: the unacknowledged diagnostics and the findings
        /// about acknowledgements, sorted.
        var diagnostics: [Diagnostic]
        var acknowledged: [AcknowledgedWarning]
    }

    static func apply(_ acknowledgements: [Acknowledgement], to diagnostics: [Diagnostic], file: String) -> Outcome {
        guard !acknowledgements.isEmpty else { return Outcome(diagnostics: diagnostics, acknowledged: []) }
        var findings: [Diagnostic] = []
        var usable: [(index: Int, acknowledgement: Acknowledgement)] = []
        for (index, acknowledgement) in acknowledgements.enumerated() {
            let path = JSONPath.root.key("acknowledged").index(index)
            let code = acknowledgement.code.rawValue
            guard acknowledgement.code.isAcknowledgeable else {
                let message = acknowledgement.code.severity == .error
                    ? "\(code) is an error, and errors cannot be acknowledged: fix what it reports"
                    : "\(code) reports an acknowledgement that matches nothing: correct or remove that acknowledgement instead"
                findings.append(Diagnostic(.error, .acknowledgementNotApplicable, message, file: file,
                                           at: acknowledgement.location, path: path))
                continue
            }
            if let earlier = usable.first(where: { $0.acknowledgement.code == acknowledgement.code
                                                   && $0.acknowledgement.place == acknowledgement.place }) {
                let line = earlier.acknowledgement.location.line
                findings.append(Diagnostic(.error, .duplicateAcknowledgement,
                                           "\(code) at '\(acknowledgement.place)' is already acknowledged (line \(line))",
                                           file: file, at: acknowledgement.location, path: path))
                continue
            }
            usable.append((index, acknowledgement))
        }
        var shown: [Diagnostic] = []
        var acknowledged: [AcknowledgedWarning] = []
        var matched: Set<Int> = []
        for diagnostic in diagnostics {
            guard let match = usable.first(where: { $0.acknowledgement.matches(diagnostic) }) else {
                shown.append(diagnostic)
                continue
            }
            matched.insert(match.index)
            acknowledged.append(AcknowledgedWarning(diagnostic: diagnostic, reason: match.acknowledgement.reason))
        }
        for (index, acknowledgement) in usable where !matched.contains(index) {
            let message = "no \(acknowledgement.code.rawValue) warning at '\(acknowledgement.place)' to acknowledge"
                + hint(for: acknowledgement, among: shown)
            findings.append(Diagnostic(.warning, .unmatchedAcknowledgement, message, file: file, at: acknowledgement.location,
                                       path: JSONPath.root.key("acknowledged").index(index)))
        }
        return Outcome(diagnostics: (shown + findings).sorted(), acknowledged: acknowledged)
    }

    /// Where the warning the author meant probably is: another code at the
    /// same place, or the same code at a place a few characters away (an
    /// index that moved, a key misspelt); else that the warning is gone.
    private static func hint(for acknowledgement: Acknowledgement, among diagnostics: [Diagnostic]) -> String {
        let warnings = diagnostics.filter { $0.severity == .warning && $0.code.isAcknowledgeable }
        if let there = warnings.first(where: { $0.jsonPath == acknowledgement.place }) {
            return "; the warning there is \(there.code.rawValue)"
        }
        let limit = max(2, acknowledgement.place.count / 4)
        let near = warnings.filter { $0.code == acknowledgement.code }
            .map { ($0.jsonPath, Suggestion.editDistance($0.jsonPath, acknowledgement.place)) }
            .filter { $0.1 <= limit }
            .min { $0.1 < $1.1 }
        if let near { return "; did you mean '\(near.0)'?" }
        return "; if the warning is gone, remove the acknowledgement"
    }
}
