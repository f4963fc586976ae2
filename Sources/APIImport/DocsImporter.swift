import APIGenerator
import APISpec
import Foundation

/// `apigen import`: docs pages in, a spec draft out. Pages are read by
/// their family's reader, the draft built, linted, and samples the lint
/// refuses left out with a warning at their docs place.
public enum DocsImporter {
    public struct Result: Sendable {
        /// The draft spec's text.
        public var text: String
        /// What the importer could not read, at docs places.
        public var warnings: [ImportWarning]
        /// The draft's own lint diagnostics (errors only when the docs leave no way round them).
        public var diagnostics: [Diagnostic]
        /// Whether the pages described anything: an operation, a type or a webhook payload.
        public var foundAnything: Bool
    }

    /// Reads the pages at `paths`; an unreadable file is a warning.
    public static func importPages(atPaths paths: [String], name: String? = nil, draftPath: String = "draft.json") -> Result {
        var pages: [(file: String, text: String)] = []
        var unreadable: [ImportWarning] = []
        for path in paths {
            if let text = try? String(contentsOfFile: path, encoding: .utf8) {
                pages.append((path, text))
            } else {
                unreadable.append(ImportWarning(message: "cannot read the file", place: DocsPlace(file: path, line: 1, column: 1)))
            }
        }
        var result = importPages(pages, name: name, draftPath: draftPath) { file, example in
            let directory = (file as NSString).deletingLastPathComponent
            let candidate = (directory as NSString).appendingPathComponent("examples/\(example).sh.md")
            return (try? String(contentsOfFile: candidate, encoding: .utf8)).map { ($0, candidate) }
        }
        result.warnings = unreadable + result.warnings
        return result
    }

    /// Reads pages given as text; `example` finds a Docusaurus page's example file by name.
    public static func importPages(_ pages: [(file: String, text: String)], name: String? = nil, draftPath: String = "draft.json",
                                   example: @escaping @Sendable (String, String) -> (text: String, file: String)? = { _, _ in nil }) -> Result {
        var reading = DocsReading()
        for page in pages {
            let markdown = MarkdownPage(file: page.file, text: page.text)
            if DocusaurusReader.recognizes(page.text) {
                DocusaurusReader(page: markdown, example: { example(page.file, $0) }).read(into: &reading)
            } else {
                MicrosoftDocsReader(page: markdown, text: page.text).read(into: &reading)
            }
        }
        var builder = DraftBuilder(objects: reading.objects)
        var spec = builder.build(reading, name: name)
        var warnings = builder.warnings
        var diagnostics = Lint.diagnostics(text: spec.text, path: draftPath)
        // A sample the inferred types refuse is the docs contradicting themselves: keep the types, drop the sample.
        // Two wire names that would be one Swift name: the later one gets a Swift name of its own.
        // A default or limit the lint refuses (the docs state two facts that cannot both hold) is left out.
        func mendable(_ diagnostic: Diagnostic) -> Bool {
            guard diagnostic.severity == .error else { return false }
            if SampleAddress(diagnostic.jsonPath) != nil { return true }
            guard let address = FieldAddress(diagnostic.jsonPath) else { return false }
            return diagnostic.message.contains("would both be") || address.key.map(FieldAddress.factKeys.contains) == true
        }
        for round in 0..<8 where diagnostics.contains(where: mendable) {
            var dropped: [SampleAddress] = []
            var renamed: [FieldAddress] = []
            for diagnostic in diagnostics where mendable(diagnostic) {
                if let address = FieldAddress(diagnostic.jsonPath), let key = address.key, FieldAddress.factKeys.contains(key),
                   !diagnostic.message.contains("would both be") {
                    address.update(in: &spec) { field in
                        if key == "default" { field.defaultValue = nil } else { field.limits.removeAll { $0.key == key } }
                        warnings.append(ImportWarning(message: "\(key) of '\(field.name)' left out: \(diagnostic.message)", place: field.place))
                    }
                    continue
                }
                if let address = FieldAddress(diagnostic.jsonPath) {
                    guard !renamed.contains(address) else { continue }
                    renamed.append(address)
                    address.update(in: &spec) { field in
                        let base = NameCase.camel(field.name).filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
                        field.swiftName = (base.first?.isLetter == true ? base : "field" + base) + "\(round + 2)"
                        field.notes.append("Swift name \(field.swiftName ?? ""): \(diagnostic.message).")
                    }
                    continue
                }
                guard let address = SampleAddress(diagnostic.jsonPath), !dropped.contains(address) else { continue }
                dropped.append(address)
                let place = address.sample(in: spec).places.first ?? spec.operations.first?.place
                if let place { warnings.append(ImportWarning(message: "sample left out: \(diagnostic.message)", place: place)) }
            }
            for address in dropped.sorted(by: { $0.index > $1.index }) { address.remove(from: &spec) }
            diagnostics = Lint.diagnostics(text: spec.text, path: draftPath)
        }
        return Result(text: written(spec.text, path: draftPath), warnings: warnings.sorted { ($0.place.file, $0.place.line) < ($1.place.file, $1.place.line) },
                      diagnostics: diagnostics, foundAnything: !spec.operations.isEmpty || !spec.types.isEmpty)
    }

}

extension DocsImporter {
    /// The draft as the one spec writer writes it (`SpecWriter`), once it
    /// reads as a spec; a draft the loader refuses stays as built, beside
    /// the diagnostics that say why.
    static func written(_ text: String, path: String) -> String {
        guard let spec = SpecLoader.load(text: text, path: path).specification else { return text }
        return SpecWriter.text(of: spec, schemaReference: SpecWriter.schemaReference(in: text))
    }
}

/// Where a sample sits in a draft: `operations[3].samples[1]…` or `webhooks.samples[2]…`.
struct SampleAddress: Equatable {
    /// The operation's index; nil for a webhook sample.
    var operation: Int?
    var index: Int

    init?(_ path: String) {
        func number(after prefix: String, in text: Substring) -> (Int, Substring)? {
            guard text.hasPrefix(prefix), let close = text.firstIndex(of: "]"), let value = Int(text[text.index(text.startIndex, offsetBy: prefix.count)..<close])
            else { return nil }
            return (value, text[text.index(after: close)...])
        }
        if let (operation, rest) = number(after: "operations[", in: path[...]), let (index, _) = number(after: ".samples[", in: rest) {
            self.operation = operation
            self.index = index
        } else if let (index, _) = number(after: "webhooks.samples[", in: path[...]) {
            self.operation = nil
            self.index = index
        } else {
            return nil
        }
    }

    func sample(in spec: DraftSpec) -> DraftSample {
        operation.map { spec.operations[$0].samples[index] } ?? spec.webhookSamples[index]
    }

    func remove(from spec: inout DraftSpec) {
        if let operation { spec.operations[operation].samples.remove(at: index) } else { spec.webhookSamples.remove(at: index) }
    }
}

/// Where a field sits in a draft: `operations[2].parameters[0]…`, `operations[2].requestBody.fields[3]…`,
/// `types[4].fields[1]…`.
struct FieldAddress: Equatable {
    enum Owner: Equatable { case parameter(Int), request(Int), response(Int), type(Int) }
    var owner: Owner
    var index: Int
    /// The field's key the path ends in (`default`, `maxLength`), if any.
    var key: String?

    /// The facts a draft may drop with a warning: a default, and every limit
    /// kind but those that hold others (`items`, `keys`).
    static let factKeys: Set<String> = Set(["default"] + LimitTable.Limit.allCases.filter { $0 != .items && $0 != .keys }.map(\.rawValue))

    init?(_ path: String) {
        let numbers = path.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        let shape = path.filter { !$0.isNumber }
        func starts(_ prefix: String) -> Bool { shape.hasPrefix(prefix) && numbers.count >= 2 }
        if starts("operations[].parameters[]") { owner = .parameter(numbers[0]) }
        else if starts("operations[].requestBody.fields[]") { owner = .request(numbers[0]) }
        else if starts("operations[].responseBody.fields[]") { owner = .response(numbers[0]) }
        else if starts("types[].fields[]") { owner = .type(numbers[0]) }
        else { return nil }
        index = numbers[1]
        let last = path.split(separator: ".").last.map(String.init)
        key = last?.contains("[") == false ? last : nil
    }

    static func == (lhs: FieldAddress, rhs: FieldAddress) -> Bool { lhs.owner == rhs.owner && lhs.index == rhs.index }

    func update(in spec: inout DraftSpec, _ change: (inout DraftField) -> Void) {
        switch owner {
        case .parameter(let operation): change(&spec.operations[operation].parameters[index])
        case .request(let operation):
            guard var fields = spec.operations[operation].requestFields else { return }
            change(&fields[index])
            spec.operations[operation].requestFields = fields
        case .response(let operation):
            guard var fields = spec.operations[operation].responseFields else { return }
            change(&fields[index])
            spec.operations[operation].responseFields = fields
        case .type(let type):
            guard case .object(var fields) = spec.types[type].kind else { return }
            change(&fields[index])
            spec.types[type].kind = .object(fields)
        }
    }
}
