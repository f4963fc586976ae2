import APISpec
import Foundation

extension DiffRules {
    /// A project's own verdicts for some rules.
    public struct Policy: Sendable {
        public var overrides: [String: SpecChange.Impact] = [:]

        public init(overrides: [String: SpecChange.Impact] = [:]) {
            self.overrides = overrides
        }

        /// Every problem of a rules file, in file order.
        public struct Failure: Error, CustomStringConvertible {
            public var diagnostics: [Diagnostic]
            /// One diagnostic a line.
            public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
        }

        /// Reads `{"overrides": {"rule.id": "breaking" | "possibly-breaking" | "non-breaking"}}`
        /// strictly: every problem is named at its own line and column, and
        /// a rule listed twice is an error rather than the last verdict
        /// winning unseen.
        public init(contentsOf path: String) throws(Failure) {
            var sink = DiagnosticSink(file: path)
            guard let data = FileManager.default.contents(atPath: path) else {
                sink.error(.unreadableFile, "cannot read rules file", at: SourceLocation(line: 1, column: 1), .root)
                throw Failure(diagnostics: sink.diagnostics)
            }
            let root: JSONNode
            do {
                var parser = JSONParser(bytes: Array(data))
                root = try parser.parseDocument()
            } catch {
                sink.error(.invalidJSON, error.message, at: error.location, .root)
                throw Failure(diagnostics: sink.diagnostics)
            }
            if let entries = Self.overridesObject(in: root, sink: &sink) {
                overrides = Self.verdicts(entries, sink: &sink)
            }
            guard sink.diagnostics.isEmpty else { throw Failure(diagnostics: sink.diagnostics.sorted()) }
        }

        /// The members of the one `overrides` object; nil (after
        /// diagnostics) when there is none to read.
        private static func overridesObject(in root: JSONNode,
                                            sink: inout DiagnosticSink) -> [JSONNode.Member]? {
            let shape = #"expected {"overrides": {"rule.id": "breaking"}}"#
            guard let members = root.members else {
                sink.error(.wrongValueKind, shape + ", found \(root.kindName)", at: root.location, .root)
                return nil
            }
            var found: JSONNode.Member?
            for member in members {
                if member.key != "overrides" {
                    let suggestion = didYouMean(member.key, among: ["overrides"])
                    let message = "unknown key '\(member.key)' in the rules file\(suggestion)"
                    sink.error(.unknownKey, message, at: member.keyLocation, .root)
                } else if let first = found {
                    let message = "duplicate key 'overrides' (first at line \(first.keyLocation.line))"
                    sink.error(.duplicateKey, message, at: member.keyLocation, .root)
                } else {
                    found = member
                }
            }
            guard let found else {
                sink.error(.missingKey, shape + "; 'overrides' is missing", at: root.location, .root)
                return nil
            }
            guard let entries = found.value.members else {
                let message = "expected 'overrides' to be an object, found \(found.value.kindName)"
                sink.error(.wrongValueKind, message, at: found.value.location, .root)
                return nil
            }
            return entries
        }

        /// Each entry's verdict; every unknown rule, duplicate and bad
        /// verdict reported.
        private static func verdicts(_ entries: [JSONNode.Member],
                                     sink: inout DiagnosticSink) -> [String: SpecChange.Impact] {
            var verdicts: [String: SpecChange.Impact] = [:]
            var firstLines: [String: Int] = [:]
            for entry in entries {
                let id = entry.key
                if let line = firstLines[id] {
                    sink.error(.duplicateKey, "rule '\(id)' listed twice (first at line \(line))", at: entry.keyLocation, .root)
                } else {
                    firstLines[id] = entry.keyLocation.line
                    if DiffRules.rule(id) == nil {
                        let suggestion = didYouMean(id, among: DiffRules.catalogue.map(\.id))
                        let message = "no rule '\(id)'\(suggestion) (see DIFF-RULES.md)"
                        sink.error(.unknownKey, message, at: entry.keyLocation, .root)
                    }
                }
                guard let verdict = entry.value.stringValue, let impact = SpecChange.Impact(rawValue: verdict) else {
                    let message = "the verdict for '\(id)' must be one of breaking, possibly-breaking, non-breaking"
                    sink.error(.unknownKeyword, message, at: entry.value.location, .root)
                    continue
                }
                verdicts[id] = impact
            }
            return verdicts
        }

        private static func didYouMean(_ word: String, among candidates: [String]) -> String {
            Suggestion.closest(to: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
        }

        public func apply(_ change: SpecChange) -> SpecChange {
            guard let impact = overrides[change.kind], impact != change.impact else { return change }
            var changed = change
            changed.impact = impact
            changed.reason += " (verdict set by the project's rules)"
            return changed
        }
    }
}
