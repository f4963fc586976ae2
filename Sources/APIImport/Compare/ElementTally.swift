/// Precision and recall of one element kind: how many the draft has, how
/// many the reference has, how many agree.
public struct ElementTally: Sendable, Hashable {
    public var kind: String
    public var draft = 0
    public var reference = 0
    public var agreeing = 0
    /// Reference elements the draft lacks or gets wrong, for the report.
    public var misses: [String] = []
    /// Draft elements the reference does not have.
    public var extras: [String] = []

    public var precision: Double { draft == 0 ? 1 : Double(agreeing) / Double(draft) }
    public var recall: Double { reference == 0 ? 1 : Double(agreeing) / Double(reference) }

    mutating func count(draft draftSet: Set<String>, reference referenceSet: Set<String>) {
        draft += draftSet.count
        reference += referenceSet.count
        agreeing += draftSet.intersection(referenceSet).count
        misses += referenceSet.subtracting(draftSet).sorted()
        extras += draftSet.subtracting(referenceSet).sorted()
    }
}

public struct SpecComparison: Sendable {
    public var tallies: [ElementTally]

    /// A Markdown table: kind, draft, reference, agreeing, precision, recall.
    public var table: String {
        var lines = ["| element | draft | reference | agreeing | precision | recall |", "|---|---:|---:|---:|---:|---:|"]
        for tally in tallies {
            lines.append("| \(tally.kind) | \(tally.draft) | \(tally.reference) | \(tally.agreeing) | \(Self.percent(tally.precision)) | \(Self.percent(tally.recall)) |")
        }
        return lines.joined(separator: "\n")
    }

    public func tally(_ kind: String) -> ElementTally? { tallies.first { $0.kind == kind } }

    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
