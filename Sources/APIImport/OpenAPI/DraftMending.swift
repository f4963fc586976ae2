import APIGenerator
import APISpec

/// Lints the draft and mends what the lint refuses, round by round: a
/// sample the types refuse is left out, a default or limit the type cannot
/// have is left out, a value that cannot be sent as text is dropped or sent
/// as a string, and what cannot be mended otherwise (an operation, a field)
/// is left out or typed `json`. Every change is a located warning.
struct DraftMending {
    let mapper: OpenAPIMapper
    let path: String

    /// Mends the draft as held in memory, round by round, until lint finds no error in it (or the rounds run out);
    /// each round then costs a lint of the model, not a text written and read back. Returns the rounds it took.
    func mendModel(_ spec: inout APISpecification) -> Int {
        var diagnostics = Lint.diagnostics(spec: spec, path: path)
        var round = 0
        while round < Self.rounds, diagnostics.hasErrors, mendRound(round, diagnostics, &spec) {
            round += 1
            diagnostics = Lint.diagnostics(spec: spec, path: path)
        }
        return round
    }

    /// What lint says of the written draft (no errors, unless the rounds ran out), and the text it linted when that
    /// is still the draft's (writing a large draft costs as much as a third of linting it: it is not written twice).
    /// After `mendModel`, the first lint of the text normally finds nothing to mend; what it does find, the
    /// rounds from `firstRound` mend.
    func mend(_ spec: inout APISpecification, firstRound: Int = 0) -> (diagnostics: [Diagnostic], text: String?) {
        var text = SpecWriter.text(of: spec)
        var diagnostics = Lint.diagnostics(text: text, path: path)
        for round in firstRound..<(firstRound + Self.rounds) where diagnostics.hasErrors {
            guard mendRound(round, diagnostics, &spec) else { return (diagnostics, nil) }
            text = SpecWriter.text(of: spec)
            diagnostics = Lint.diagnostics(text: text, path: path)
        }
        return (diagnostics, text)
    }

    private static let rounds = 12

    /// Mends what `diagnostics` refuse; false when nothing could be (the draft is left as it was).
    private func mendRound(_ round: Int, _ diagnostics: [Diagnostic], _ spec: inout APISpecification) -> Bool {
        var plan = Plan(round: round)
        for diagnostic in diagnostics where diagnostic.severity == .error {
            mend(diagnostic, in: &spec, plan: &plan)
        }
        // Mending may have changed the draft even when it left nothing out.
        guard plan.changed else { return false }
        plan.apply(to: &spec)
        return true
    }

    /// Removals are made after a round, last first, so that the round's paths stay true.
    struct Plan {
        /// Numbers the Swift names given in this round, so that a later round's differ.
        var round: Int
        var changed = false
        var samples: Set<[Int]> = []  // [operation, sample], operation -1 for webhooks
        var parameters: Set<[Int]> = []
        var responseHeaders: Set<[Int]> = []
        /// Number fields typed as string this round (`NumbersAsText`), so that each is warned of once, and those
        /// kept numbers, so that each is judged once; which way each type travels, found once a round.
        var numbersAsText: Set<[Int]> = []
        var numbersKept: Set<[Int]> = []
        var typeUsage: TypeUsage?
        var operations: Set<Int> = []

        func apply(to spec: inout APISpecification) {
            for address in samples.sorted(by: { $0[1] > $1[1] }) {
                if address[0] < 0 { spec.webhooks?.samples.remove(at: address[1]) } else if !operations.contains(address[0]) {
                    spec.operations[address[0]].samples.remove(at: address[1])
                }
            }
            for address in parameters.sorted(by: { $0[1] > $1[1] }) where !operations.contains(address[0]) {
                spec.operations[address[0]].parameters.remove(at: address[1])
            }
            for address in responseHeaders.sorted(by: { $0[1] > $1[1] }) where !operations.contains(address[0]) {
                spec.operations[address[0]].responseHeaders.remove(at: address[1])
            }
            for index in operations.sorted(by: >) { spec.operations.remove(at: index) }
        }
    }

    private static let sampleCodes: Set<DiagnosticCode> = [
        .sampleKindMismatch, .sampleMissingField, .sampleUnexpectedNull, .sampleNoVariant, .sampleViolatesLimit, .sampleViolatesRule,
    ]
    private static let factCodes: Set<DiagnosticCode> = [
        .limitNotApplicable, .invalidPattern, .invalidLimit, .contradictoryLimits, .defaultTypeMismatch, .defaultViolatesLimit,
        .defaultNotInEnum, .clientDefaultWithoutDefault,
    ]

    private func mend(_ diagnostic: Diagnostic, in spec: inout APISpecification, plan: inout Plan) {
        let steps = diagnostic.path.components
        func index(_ at: Int) -> Int? {
            guard steps.count > at, case .index(let value) = steps[at] else { return nil }
            return value
        }
        func key(_ at: Int) -> String? {
            guard steps.count > at, case .key(let value) = steps[at] else { return nil }
            return value
        }
        // Samples, of an operation or of the webhooks.
        if Self.sampleCodes.contains(diagnostic.code) {
            if key(0) == "operations", let operation = index(1), key(2) == "samples", let sample = index(3) {
                if diagnostic.code == .sampleKindMismatch, retypeNumberGivenAsText(steps, in: &spec, plan: &plan) {
                    return
                }
                let owner = spec.operations[operation]
                if plan.samples.insert([operation, sample]).inserted {
                    let title = owner.samples[sample].title
                    let place = mapper.origins[OriginKey.sample(owner.name, title)]
                        ?? mapper.origins[OriginKey.operation(owner.name)]
                    let keys = SampleAddress.keyPath(steps)
                    let refused = place.map { refusedValuePlace(steps, owner.name, title, in: $0) }
                    warn(.sampleLeftOut, "sample '\(title)' of \(owner.name) left out at \(keys): " + diagnostic.message,
                         refused)
                }
                plan.changed = true
                return
            }
            if key(0) == "webhooks", key(1) == "samples", let sample = index(2) {
                if plan.samples.insert([-1, sample]).inserted {
                    warn(.sampleLeftOut, "webhook sample left out: \(diagnostic.message)", nil)
                }
                plan.changed = true
                return
            }
        }
        if key(0) == "operations", let operation = index(1) {
            let name = spec.operations[operation].name
            if key(2) == "parameters", let parameter = index(3) {
                let place = mapper.origins[OriginKey.parameter(name, spec.operations[operation].parameters[parameter].field.name)]
                if diagnostic.code == .textValueRequired, spec.operations[operation].parameters[parameter].location != .path {
                    if plan.parameters.insert([operation, parameter]).inserted {
                        warn(.parameterLeftOut, "parameter '\(spec.operations[operation].parameters[parameter].field.name)' of \(name) left out: "
                             + diagnostic.message, place)
                    }
                    plan.changed = true
                    return
                }
                if diagnostic.code == .styleNotApplicable {
                    spec.operations[operation].parameters[parameter].style = nil
                    plan.changed = true
                    return
                }
                mendField(&spec.operations[operation].parameters[parameter].field, diagnostic, steps.dropFirst(4), place, asText: true,
                          plan: &plan)
                return
            }
            if let which = key(2), which == "requestBody" || which == "responseBody", key(3) == "fields", let field = index(4) {
                let owner = SwiftNamer.typeName(name) + (which == "requestBody" ? "Request" : "Response")
                guard var body = which == "requestBody" ? spec.operations[operation].requestBody : spec.operations[operation].responseBody,
                      case .fields(var object) = body.shape else { return }
                let place = mapper.origins[OriginKey.field(owner, object.fields[field].name)]
                mendField(&object.fields[field], diagnostic, steps.dropFirst(5), place, asText: false, plan: &plan)
                body.shape = .fields(object)
                if which == "requestBody" { spec.operations[operation].requestBody = body } else { spec.operations[operation].responseBody = body }
                return
            }
            if key(2) == "responseHeaders", diagnostic.code == .nameCollision, let header = index(3) {
                // Two names of one Swift member (`X-RateLimit-Reset`, `X-Rate-Limit-Reset`): the later gets its own.
                var field = spec.operations[operation].responseHeaders[header]
                field.swiftName = Self.numberedName(field.name, round: plan.round, prefix: "header")
                let why = "Swift name \(field.swiftName ?? ""): \(diagnostic.message)."
                field.note = [field.note, why].compactMap { $0 }.joined(separator: " ")
                spec.operations[operation].responseHeaders[header] = field
                plan.changed = true
                return
            }
            if key(2) == "responseHeaders" {
                // A header lint refuses (two spellings of one name, a name that is no HTTP token, a type text cannot
                // hold) is left out; the call and the other headers stay. A struct name taken leaves them all out.
                let headers = spec.operations[operation].responseHeaders
                let refused = index(3).map { [$0] } ?? Array(headers.indices)
                for header in refused where plan.responseHeaders.insert([operation, header]).inserted {
                    warn(.responseHeaders, "response header '\(headers[header].name)' of \(name) left out: "
                         + diagnostic.message, mapper.origins[OriginKey.responseHeader(name, headers[header].name)])
                }
                plan.changed = true
                return
            }
            if key(2) == "pagination", spec.operations[operation].pagination != nil {
                // A walk the document implies (a `Link` header, a next page's address) that lint refuses: the
                // operation stays, without its page functions.
                spec.operations[operation].pagination = nil
                warn(.factLeftOut, "the paged walk of \(name) is left out: \(diagnostic.message)",
                     mapper.origins[OriginKey.operation(name)])
                plan.changed = true
                return
            }
            let isEmptyMark = diagnostic.code == .emptyAnswerNotApplicable
            if key(2) == "statuses", let status = index(3),
               isEmptyMark || spec.operations[operation].statuses[status].type != nil {
                // The answer stays documented: read as the success is, or its body shown as a snippet, not decoded.
                let code = spec.operations[operation].statuses[status].code
                let what: String
                if isEmptyMark {
                    spec.operations[operation].statuses[status].isEmptyAnswer = false
                    what = "\(name)'s \(code) answer is read as the success"
                } else {
                    spec.operations[operation].statuses[status].type = nil
                    what = "the body of \(name)'s \(code) answer is not read"
                }
                warn(.responseNotExpressible, "\(what): \(diagnostic.message)", mapper.origins[OriginKey.status(name, code)])
                plan.changed = true
                return
            }
            let bodyCodes: [DiagnosticCode] = [.multipartFieldsRequired, .formBodyNotApplicable,
                                               .requestBodyNotApplicable]
            if bodyCodes.contains(diagnostic.code) {
                spec.operations[operation].requestBody = nil
                // Left out after the round, as other samples are, so that this round's sample paths stay true.
                for (index, sample) in spec.operations[operation].samples.enumerated()
                where sample.request != nil && sample.response == nil {
                    plan.samples.insert([operation, index])
                }
                for index in spec.operations[operation].samples.indices { spec.operations[operation].samples[index].requestNode = nil }
                let method = spec.operations[operation].method.rawValue
                let why = switch diagnostic.code {
                case .multipartFieldsRequired:
                    "a multipart body whose schema is not an object's properties (its parts), or that keeps no part, "
                        + "is not one the spec format sends"
                case .formBodyNotApplicable:
                    "a form body that is not an object's members is not one the spec format sends"
                default: "a \(method) request carries no body the client can send"
                }
                let kind: OpenAPIWarning.Kind = diagnostic.code == .requestBodyNotApplicable
                    ? .requestBodyNotSent : .requestContentType
                warn(kind, "\(why); \(name) has no body", mapper.origins[OriginKey.body(name, request: true)])
                plan.changed = true
                return
            }
            if diagnostic.code == .noContentWithBody {
                spec.operations[operation].responseBody = nil
                plan.changed = true
                return
            }
            if diagnostic.code == .nameCollision, key(2) == "name" {
                spec.operations[operation].name = name + "Operation"
                mapper.renameOperation(name, to: name + "Operation")
                plan.changed = true
                return
            }
            if plan.operations.insert(operation).inserted {
                warn(.operationLeftOut, "\(spec.operations[operation].routeKey) left out: "
                     + diagnostic.message, mapper.origins[OriginKey.operation(name)])
            }
            plan.changed = true
            return
        }
        if key(0) == "types", let type = index(1) {
            let typeName = spec.types[type].name
            if key(2) == "fields", let field = index(3), case .object(var object) = spec.types[type].kind {
                mendField(&object.fields[field], diagnostic, steps.dropFirst(4),
                          mapper.origins[OriginKey.field(typeName, object.fields[field].name)], asText: false, plan: &plan)
                spec.types[type].kind = .object(object)
                return
            }
            if diagnostic.code == .nameCollision, key(2) == "values", let value = index(3),
               case .enumeration(var enumeration) = spec.types[type].kind {
                // Values that differ only in case (`Add`, `add`): the later one gets a Swift name of its own.
                let text = enumeration.values[value].value
                let name = Self.numberedName(text, round: plan.round)
                enumeration.values[value].name = name
                spec.types[type].kind = .enumeration(enumeration)
                let why = "Swift name \(name) for '\(text)': \(diagnostic.message)."
                spec.types[type].note = [spec.types[type].note, why].compactMap { $0 }.joined(separator: " ")
                plan.changed = true
                return
            }
            if diagnostic.code == .malformedUnion, case .taggedUnion(let union) = spec.types[type].kind, union.contentKey == nil {
                spec.types[type] = Self.triedInOrder(spec.types[type], union)
                warn(.discriminatorTriedInOrder, "discriminator '\(union.tagKey)' of '\(typeName)' cannot be read as a tag "
                     + "(\(diagnostic.message)): an untagged union, variants tried in order",
                     mapper.origins[OriginKey.type(typeName)])
                plan.changed = true
                return
            }
            // A type the format cannot have as written: an object of no fields keeps its name and uses.
            if case .object(let object) = spec.types[type].kind, object.fields.isEmpty { return }
            warn(.typedAsJSON, "type '\(typeName)' cannot be written as the document has it (\(diagnostic.message)); it is an object "
                 + "of no fields in the draft", mapper.origins[OriginKey.type(typeName)])
            spec.types[type].kind = .object(ObjectType(fields: []))
            plan.changed = true
            return
        }
        if key(0) == "auth" {
            warn(.securityScheme, "the document's auth cannot be written in the spec format (\(diagnostic.message)); the draft has none", nil)
            spec.auth = AuthScheme(kind: .none)
            plan.changed = true
        }
    }

    /// Mends one field: a fact left out, a flag cleared, a Swift name given, or the field typed as text or `json`.
    private func mendField(_ field: inout Field, _ diagnostic: Diagnostic, _ rest: ArraySlice<JSONPath.Component>, _ place: DocumentPlace?,
                           asText: Bool, plan: inout Plan) {
        plan.changed = true
        // A list default's item (`default[1]`) is the default's fact: the last key of the path names it.
        let lastKey: String? = rest.reversed().lazy.compactMap { step -> String? in
            if case .key(let key) = step { key } else { nil }
        }.first
        switch diagnostic.code {
        case _ where Self.factCodes.contains(diagnostic.code) && lastKey != nil:
            let key = lastKey ?? ""
            if rest.contains(.key("items")) || rest.contains(.key("keys")) {
                field.constraints.items = nil
                field.constraints.keys = nil
            } else {
                switch key {
                case "default", "clientDefault": field.defaultValue = nil; field.isClientDefault = false
                default:
                    if let limit = LimitTable.Limit(rawValue: key) {
                        field.constraints.remove(limit)
                    } else {
                        field.constraints = Constraints()
                    }
                }
            }
            warn(.factLeftOut, "\(key) of '\(field.name)' left out: \(diagnostic.message)", place)
        case .nullableNotApplicable:
            // A list whose items may be null where no item can be (a multipart field's parts), or a field that may.
            if case .array(.orNull(let item)) = field.type, lastKey == "type" {
                field.type = .array(item)
            } else {
                field.isNullable = false
            }
            // `json` holds null already: nothing is lost, so nothing to warn about.
            if field.type != .scalar(.json) {
                warn(.nullNotExpressible,
                     "'\(field.name)' cannot be null here in the spec format: \(diagnostic.message)", place)
            }
        case .oneOrManyNotApplicable:
            field.isOneOrMany = false
        case .nameCollision:
            field.swiftName = Self.numberedName(field.name, round: plan.round, prefix: "field")
            field.note = [field.note, "Swift name \(field.swiftName ?? ""): \(diagnostic.message)."].compactMap { $0 }.joined(separator: " ")
        case .optionalPathParameter:
            field.isOptional = false
            field.defaultValue = nil
        default:
            let type: TypeReference = asText ? .scalar(.string) : .scalar(.json)
            guard field.type != type else {
                warn(.typedAsJSON, "'\(field.name)' cannot be mended: \(diagnostic.message)", place)
                return
            }
            warn(.typedAsJSON, "'\(field.name)' is \(type) in the draft: \(diagnostic.message)", place)
            field.type = type
            field.constraints = Constraints()
            field.defaultValue = nil
            field.isInline = false
            field.isOneOrMany = false
        }
    }

    /// A discriminated union whose variants do not hold their tag: the same variants, tried in order.
    private static func triedInOrder(_ type: NamedType, _ union: TaggedUnion) -> NamedType {
        var seen: Set<String> = []
        let variants = union.variants.map { variant in
            var name = variant.name ?? variant.tag ?? "variant"
            while !seen.insert(SwiftNamer.memberName(name)).inserted { name += "2" }
            return UntaggedUnion.Variant(name: name, type: variant.type, description: variant.description,
                                         location: variant.location)
        }
        var result = type
        result.kind = .untaggedUnion(UntaggedUnion(variants: variants))
        let note = "The document tells variants apart by '\(union.tagKey)'; the client tries them in order."
        result.note = [type.note, note].compactMap { $0 }.joined(separator: " ")
        return result
    }

    /// A Swift name for the loser of a collision: the spec name, numbered by the round that gave it.
    private static func numberedName(_ specName: String, round: Int, prefix: String = "value") -> String {
        let base = NameCase.camel(specName).filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return (base.first?.isLetter == true ? base : prefix + base) + "\(round + 2)"
    }

    private func warn(_ kind: OpenAPIWarning.Kind, _ message: String, _ place: DocumentPlace?) {
        mapper.warn(kind, message, at: place ?? DocumentPlace(pointer: "#", location: mapper.document.root.location))
    }
}
