import APIGenerator
import APISpec

/// Lints the docs draft and mends what the lint refuses, by each error's
/// code and path (`Mending`), round by round, until lint finds nothing it
/// can mend.
enum DocsDraftMending {
    /// Rounds of mending, at most, of the model and the text together: each settles what the last one's changes
    /// let lint see.
    static let rounds = 8

    /// Mends `spec`; every change is a located warning. Returns the draft's text, as the spec writer writes it,
    /// and what lint still says of it at `path`.
    static func mend(_ spec: inout DraftSpec, path: String,
                     warnings: inout [ImportWarning]) -> (text: String, diagnostics: [Diagnostic]) {
        // The rounds lint the model in memory: what a round quotes of lint in a note or warning cites no line of
        // a text that is not the draft's (a field's line moves as later rounds leave samples out).
        var round = 0
        var diagnostics = Lint.diagnostics(spec: spec.specification, path: path)
        while round < rounds, mendRound(round, diagnostics, &spec, &warnings) {
            round += 1
            diagnostics = Lint.diagnostics(spec: spec.specification, path: path)
        }
        // The written text is linted for the lines of what is left, and mended further if the loader's own
        // checks find what the model's did not.
        var text = spec.text
        diagnostics = Lint.diagnostics(text: text, path: path)
        while round < rounds, mendRound(round, diagnostics, &spec, &warnings) {
            round += 1
            text = spec.text
            diagnostics = Lint.diagnostics(text: text, path: path)
        }
        return (text, diagnostics)
    }

    /// One round: a sample the inferred types refuse is the docs contradicting themselves (keep the types, drop
    /// the sample); two wire names that would be one Swift name (the later one gets a Swift name of its own); a
    /// default or limit the lint refuses (the docs state two facts that cannot both hold: it is left out). False
    /// when lint refused nothing a round mends.
    private static func mendRound(_ round: Int, _ diagnostics: [Diagnostic], _ spec: inout DraftSpec,
                                  _ warnings: inout [ImportWarning]) -> Bool {
        guard diagnostics.contains(where: { Mending($0) != nil }) else { return false }
        var dropped: [SampleAddress] = []
        var renamed: [FieldAddress] = []
        var droppedValues: [(type: Int, value: Int)] = []
        for diagnostic in diagnostics {
            switch Mending(diagnostic) {
            case .leaveOut(let address, let fact)?:
                address.update(in: &spec) { field in
                    switch fact {
                    case .defaultValue: field.defaultValue = nil
                    case .limit(let limit): field.constraints.remove(limit)
                    }
                    let message = "\(fact.key) of '\(field.name)' left out: \(diagnostic.message)"
                    warnings.append(ImportWarning(.factLeftOut, message, place: field.place))
                }
            case .rename(let address)?:
                guard !renamed.contains(address) else { continue }
                renamed.append(address)
                address.update(in: &spec) { field in
                    let base = NameCase.camel(field.name).filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
                    field.swiftName = (base.first?.isLetter == true ? base : "field" + base) + "\(round + 2)"
                    field.notes.append("Swift name \(field.swiftName ?? ""): \(diagnostic.message).")
                }
            case .dropValue(let type, let value)?:
                guard !droppedValues.contains(where: { $0 == (type, value) }) else { continue }
                droppedValues.append((type, value))
                guard case .enumeration(let values) = spec.types[type].kind, value < values.count else { continue }
                let place = spec.place(using: spec.types[type].name) ?? spec.operations.first?.place
                spec.types[type].notes.append("Value '\(values[value])' left out: \(diagnostic.message).")
                if let place {
                    warnings.append(ImportWarning(.factLeftOut,
                                                  "value '\(values[value])' of enum '\(spec.types[type].name)' left out: "
                                                      + diagnostic.message, place: place))
                }
            case .dropSample(let address)?:
                guard !dropped.contains(address) else { continue }
                dropped.append(address)
                let place = address.sample(in: spec).places.first ?? spec.operations.first?.place
                guard let place else { continue }
                let title = address.sample(in: spec).title
                let keys = SampleAddress.keyPath(diagnostic.path.components)
                warnings.append(ImportWarning(.sampleLeftOut,
                                              "sample '\(title)' left out at \(keys): \(diagnostic.message)", place: place))
            case nil:
                continue
            }
        }
        for address in dropped.sorted(by: { $0.index > $1.index }) { address.remove(from: &spec) }
        for (type, value) in droppedValues.sorted(by: { $0.value > $1.value }) {
            guard case .enumeration(var values) = spec.types[type].kind, value < values.count else { continue }
            values.remove(at: value)
            spec.types[type].kind = .enumeration(values)
        }
        return true
    }
}

/// How the importer mends a draft the lint refuses, by the error's code and path.
enum Mending {
    /// A default or limit of a field.
    case leaveOut(FieldAddress, fact: StatedFact)
    /// A field whose Swift name another field takes.
    case rename(FieldAddress)
    case dropSample(SampleAddress)
    /// An enum value whose Swift name another value of the enum takes (`!empty` beside `empty`).
    case dropValue(type: Int, value: Int)

    /// What the docs can contradict about a default or limit.
    static let factCodes: Set<DiagnosticCode> = [
        .limitNotApplicable, .invalidPattern, .invalidLimit, .contradictoryLimits,
        .defaultTypeMismatch, .defaultViolatesLimit, .defaultNotInEnum,
    ]
    /// What a sample can contradict about its types.
    static let sampleCodes: Set<DiagnosticCode> = [
        .sampleKindMismatch, .sampleMissingField, .sampleUnexpectedNull, .sampleNoVariant,
        .sampleViolatesLimit, .sampleViolatesRule,
    ]

    /// Nil when the diagnostic is no error the importer can mend.
    init?(_ diagnostic: Diagnostic) {
        guard diagnostic.severity == .error else { return nil }
        let components = diagnostic.path.components
        if Self.sampleCodes.contains(diagnostic.code), let address = SampleAddress(components) {
            self = .dropSample(address)
        } else if diagnostic.code == .nameCollision, components.count >= 4, components[0] == .key("types"),
                  case .index(let type) = components[1], components[2] == .key("values"), case .index(let value) = components[3] {
            self = .dropValue(type: type, value: value)
        } else if diagnostic.code == .nameCollision, let address = FieldAddress(components) {
            self = .rename(address)
        } else if Self.factCodes.contains(diagnostic.code), let address = FieldAddress(components),
                  let fact = address.key.flatMap(StatedFact.init(key:)) {
            self = .leaveOut(address, fact: fact)
        } else {
            return nil
        }
    }
}

/// A fact the draft may drop from a field with a warning: a default, and every limit but those that hold others
/// (`items`, `keys`).
enum StatedFact: Equatable {
    case defaultValue
    case limit(LimitTable.Limit)

    /// By the field's key a diagnostic's path ends in; nil for any other key.
    init?(key: String) {
        if key == "default" {
            self = .defaultValue
        } else if let limit = LimitTable.Limit(rawValue: key), limit != .items, limit != .keys {
            self = .limit(limit)
        } else {
            return nil
        }
    }

    var key: String {
        switch self {
        case .defaultValue: "default"
        case .limit(let limit): limit.rawValue
        }
    }
}

/// Where a sample sits in a draft: `operations[3].samples[1]…` or `webhooks.samples[2]…`.
struct SampleAddress: Equatable {
    /// The operation's index; nil for a webhook sample.
    var operation: Int?
    var index: Int

    init?(_ path: [JSONPath.Component]) {
        if path.count >= 4, path[0] == .key("operations"), case .index(let operation) = path[1], path[2] == .key("samples"),
           case .index(let index) = path[3] {
            (self.operation, self.index) = (operation, index)
        } else if path.count >= 3, path[0] == .key("webhooks"), path[1] == .key("samples"), case .index(let index) = path[2] {
            (self.operation, self.index) = (nil, index)
        } else {
            return nil
        }
    }

    /// The key path inside the sample a diagnostic points at (`$.location.address`).
    static func keyPath(_ path: [JSONPath.Component]) -> String {
        guard let start = path.firstIndex(where: { $0 == .key("request") || $0 == .key("response") }) else { return "$" }
        return path[(start + 1)...].reduce("$") { text, component in
            switch component {
            case .key(let key): text + "." + key
            case .index(let index): text + "[\(index)]"
            }
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

    init?(_ path: [JSONPath.Component]) {
        func number(_ at: Int) -> Int? {
            guard path.count > at, case .index(let value) = path[at] else { return nil }
            return value
        }
        let steps: Int
        if path.first == .key("types"), let type = number(1), path.count > 2, path[2] == .key("fields"), let field = number(3) {
            (owner, index, steps) = (.type(type), field, 4)
        } else if path.first == .key("operations"), let operation = number(1), path.count > 2 {
            switch path[2] {
            case .key("parameters"):
                guard let field = number(3) else { return nil }
                (owner, index, steps) = (.parameter(operation), field, 4)
            case .key("requestBody"), .key("responseBody"):
                guard path.count > 3, path[3] == .key("fields"), let field = number(4) else { return nil }
                owner = path[2] == .key("requestBody") ? .request(operation) : .response(operation)
                (index, steps) = (field, 5)
            default:
                return nil
            }
        } else {
            return nil
        }
        if path.count > steps, case .key(let last)? = path.last { key = last } else { key = nil }
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
