import APISpec

/// The documented answers of the spec's samples, for `SampleTransport`:
/// a client that runs without the service (tests, previews, demos). Each
/// body is laid out as JSON in a raw multi-line literal, readable in review.
struct SampleLowering {
    let context: LoweringContext

    func lower() -> CodeNode? {
        var entries: [CodeNode] = []
        for operation in context.resolved.groups.flatMap(\.operations) {
            let spec = operation.operation
            for sample in spec.samples {
                guard let body = sample.responseNode?.canonicalText else { continue }
                let fields = "operation: \(SwiftNamer.literal(spec.name)), title: \(SwiftNamer.literal(sample.title)), "
                    + "method: .\(spec.method.rawValue.lowercased()), path: \(SwiftNamer.literal(spec.path)), "
                    + "status: \(spec.successStatus),"
                entries.append(.bracketed("\(RuntimeSymbols.sampleAnswer)(", [.line(fields), bodyArgument(body)], closing: "),"))
            }
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
    private func bodyArgument(_ canonical: String) -> CodeNode {
        guard let node = try? JSONParser.parse(canonical), !canonical.contains("\\#"),
              !canonical.unicodeScalars.contains(where: SwiftNamer.needsEscape) else {
            return .line("body: \(SwiftNamer.literal(canonical))")
        }
        // Three levels in (extension, property, entry), the text a fourth.
        let width = CodePrinter.width - 16
        return .multilineString(lead: "body: ", text: OrderedJSON(node).printed(width: width, keepsRows: false), trail: "")
    }
}
