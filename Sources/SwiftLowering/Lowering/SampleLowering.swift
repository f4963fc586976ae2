import ResolvedAPI

/// The documented answers of the spec's samples, for `SampleTransport`:
/// a client that runs without the service (tests, previews, demos). Each
/// body is laid out as JSON in a raw multi-line literal, readable in review;
/// a body several answers share is one literal in `SampleBodies`.
struct SampleLowering {
    let context: LoweringContext

    /// The nested enum that holds the shared bodies. It is private to the
    /// samples file, so it shadows no type of the same name elsewhere.
    private static let sharedBodies = "SampleBodies"

    func lower() -> CodeNode? {
        let samples = context.resolved.samples
        let entries: [CodeNode] = samples.map { sample in
            let fields = "operation: \(SwiftLiteral.string(sample.operation)), title: \(SwiftLiteral.string(sample.title)), "
                + "method: .\(sample.method), path: \(SwiftLiteral.string(sample.path)), status: \(sample.status),"
            let body: CodeNode
            switch sample.bodyPlace {
            case .inline: body = bodyText(sample, lead: "body: ")
            case .shared(let name, _): body = .line("body: \(Self.sharedBodies).\(name)")
            }
            return .bracketed("\(RuntimeSymbols.sampleAnswer)(", [.line(fields), body], closing: "),")
        }
        guard !entries.isEmpty else { return nil }
        let declarations: [CodeNode] = samples.compactMap { sample in
            guard case .shared(let name, declares: true) = sample.bodyPlace else { return nil }
            return bodyText(sample, lead: "static let \(name) = ")
        }
        let a = context.access
        var members: [CodeNode] = [
            .doc(["The answers the docs show for each operation. A client whose transport is "
                  + "`APIRuntime.SampleTransport(\(context.clientName).samples)` runs without the service; "
                  + "requests are still validated."]),
            .bracketed("\(a)static let samples: [\(RuntimeSymbols.sampleAnswer)] = [", entries, closing: "]"),
        ]
        if !declarations.isEmpty {
            members += [.blank, .doc(["Answers that several operations document alike, written once."]),
                        .block("private enum \(Self.sharedBodies)", declarations)]
        }
        return .block("extension \(context.clientName)", members)
    }

    /// The body as the JSON laid out in a raw multi-line literal, or as an
    /// escaped literal where raw text could not hold it (a scalar the lexer
    /// must not see raw, or `\#`, which a raw literal reads as an escape).
    private func bodyText(_ sample: ResolvedSample, lead: String) -> CodeNode {
        let text = sample.laidOutBody
        guard !Self.breaksRawLiteral(text),
              !sample.canonicalBody.unicodeScalars.contains(where: SwiftLiteral.needsEscape) else {
            return .line(lead + SwiftLiteral.string(sample.canonicalBody))
        }
        return .multilineString(lead: lead, text: text, trail: "")
    }

    /// Whether the text holds `\#` or `"""`, which would escape from or end a raw multi-line literal. (A scan of the
    /// UTF-8 bytes: Foundation's substring search was a twentieth of generating GitHub's client.)
    private static func breaksRawLiteral(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var quotes = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "#"), previous == UInt8(ascii: "\\") { return true }
            quotes = byte == UInt8(ascii: "\"") ? quotes + 1 : 0
            if quotes == 3 { return true }
            previous = byte
        }
        return false
    }
}
