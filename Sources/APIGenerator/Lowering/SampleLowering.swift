/// The documented answers of the spec's samples, for `SampleTransport`:
/// a client that runs without the service (tests, previews, demos).
struct SampleLowering {
    let context: LoweringContext

    func lower() -> CodeNode? {
        var entries: [CodeNode] = []
        for operation in context.resolved.groups.flatMap(\.operations) {
            let spec = operation.operation
            for sample in spec.samples {
                guard let body = sample.responseNode?.canonicalText else { continue }
                let status = spec.successStatus
                entries.append(.line("    \(RuntimeSymbols.sampleAnswer)(operation: \(SwiftNamer.literal(spec.name)), title: \(SwiftNamer.literal(sample.title)), "
                                     + "method: .\(spec.method.rawValue.lowercased()), path: \(SwiftNamer.literal(spec.path)), status: \(status), "
                                     + "body: \(SwiftNamer.literal(body))),"))
            }
        }
        guard !entries.isEmpty else { return nil }
        let a = context.access
        return .block("extension \(context.clientName)", [
            .doc(["The answers the docs show for each operation. A client whose transport is",
                  "`APIRuntime.SampleTransport(\(context.clientName).samples)` runs without the service; requests are still validated."]),
            .group([.line("\(a)static let samples: [\(RuntimeSymbols.sampleAnswer)] = [")] + entries + [.line("]")]),
        ])
    }
}
