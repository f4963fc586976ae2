import ResolvedAPI

/// The documented answers of the spec's samples, for `SampleTransport`:
/// a client that runs without the service (tests, previews, demos). Each
/// body is laid out as JSON in a raw multi-line literal, readable in review.
struct SampleLowering {
    let context: LoweringContext

    func lower() -> CodeNode? {
        let entries: [CodeNode] = context.resolved.samples.map { sample in
            let fields = "operation: \(SwiftLiteral.string(sample.operation)), title: \(SwiftLiteral.string(sample.title)), "
                + "method: .\(sample.method), path: \(SwiftLiteral.string(sample.path)), status: \(sample.status),"
            return .bracketed("\(RuntimeSymbols.sampleAnswer)(", [.line(fields), bodyArgument(sample)], closing: "),")
        }
        guard !entries.isEmpty else { return nil }
        let a = context.access
        return .block("extension \(context.clientName)", [
            .doc(["The answers the docs show for each operation. A client whose transport is "
                  + "`APIRuntime.SampleTransport(\(context.clientName).samples)` runs without the service; "
                  + "requests are still validated."]),
            .bracketed("\(a)static let samples: [\(RuntimeSymbols.sampleAnswer)] = [", entries, closing: "]"),
        ])
    }

    /// `body:` as the JSON laid out in a raw multi-line literal, or as an
    /// escaped literal where raw text could not hold it (a scalar the lexer
    /// must not see raw, or `\#`, which a raw literal reads as an escape).
    private func bodyArgument(_ sample: ResolvedSample) -> CodeNode {
        let text = sample.laidOutBody
        guard !text.contains("\\#"), !text.contains("\"\"\""), !sample.canonicalBody.unicodeScalars.contains(where: SwiftLiteral.needsEscape) else {
            return .line("body: \(SwiftLiteral.string(sample.canonicalBody))")
        }
        return .multilineString(lead: "body: ", text: text, trail: "")
    }
}
