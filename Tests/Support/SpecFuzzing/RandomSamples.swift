import APILimits
import APISpec
import SeededRandomness

extension RandomSpec {
    /// The spec with samples: drawn after everything else, from the spec as
    /// the loader reads it, so that a seed's types and operations stay as
    /// they were without samples. A spec the loader cannot read gets none.
    mutating func addingSamples(to spec: JSONText) -> JSONText {
        let loaded = SpecLoader.load(text: spec.text, path: "random.json")
        guard let model = loaded.specification ?? loaded.partial, case .object(let members) = spec else { return spec }
        var maker = RandomSamples(spec: model, random: random, errorRandom: statusRandom)
        defer { (random, statusRandom) = (maker.random, maker.errorRandom) }
        let operations = Dictionary(model.operations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        return .object(members.map { key, value -> (String, JSONText) in
            switch (key, value) {
            case ("operations", .array(let list)):
                return (key, .array(list.map { operation -> JSONText in
                    guard case .object(let fields) = operation,
                          case .string(let name)? = fields.first(where: { $0.0 == "name" })?.1,
                          let model = operations[name], let samples = maker.samples(of: model) else { return operation }
                    return operation.adding("samples", samples)
                }))
            case ("webhooks", _):
                guard let webhooks = model.webhooks, let samples = maker.samples(of: webhooks) else {
                    return (key, value)
                }
                return (key, value.adding("samples", samples))
            default:
                return (key, value)
            }
        })
    }
}

/// Samples for a random spec, drawn from the spec as the loader reads it:
/// request and response bodies and webhook payloads, mostly ones its client
/// accepts (values that fit their limits, required members present, rules
/// kept), the rest with a value out of its limits, a member left out, a
/// single element for a list, an undocumented key or tag, so that both
/// lint's verdicts and the client's are put to the test.
struct RandomSamples {
    var random: SeededRandom
    /// Draws for samples of error answers, added later: a stream of their own keeps earlier seeds' samples.
    var errorRandom: SeededRandom
    let types: [String: NamedType]
    /// How often a value fits its limits; lower inside a union value drawn to test which variant is held to them.
    private var fitting = RandomValues.fitting
    /// How deep values nest before lists and maps are left empty.
    private let maximumDepth = 4

    init(spec: APISpecification, random: SeededRandom, errorRandom: SeededRandom) {
        self.random = random
        self.errorRandom = errorRandom
        var types: [String: NamedType] = [:]
        for type in spec.types where types[type.name] == nil { types[type.name] = type }
        self.types = types
    }

    /// The samples of one operation, or nil for none.
    mutating func samples(of operation: Operation) -> JSONText? {
        guard random.chance(0.8) else { return nil }
        var samples: [JSONText] = []
        for index in 0..<random.int(1...2) {
            let title = random.chance(0.7) ? "Sample \(index)" : random.pick(Landmines.texts) + "\(index)"
            var members: [(String, JSONText)] = [("title", .string(title))]
            if let body = operation.requestBody, body.shape == .type(.scalar(.file))
                ? random.chance(0.05) : body.contentType == .json || random.chance(0.2) {
                members.append(("request", value(of: body)))
            }
            if let body = operation.responseBody, operation.successStatus != 204,
               body.shape != .type(.scalar(.file)) || random.chance(0.05) {
                members.append(("response", value(of: body)))
            }
            if members.count > 1 { samples.append(.object(members)) }
        }
        if let error = errorSample(of: operation) { samples.append(error) }
        return samples.isEmpty ? nil : .array(samples)
    }

    /// Now and then a sample of an error answer whose body the operation documents, at a status its code, class or
    /// `default` covers; rarely one at a status nothing covers, which lint refuses.
    private mutating func errorSample(of operation: Operation) -> JSONText? {
        swap(&random, &errorRandom)
        defer { swap(&random, &errorRandom) }
        let typed = operation.statuses.filter { $0.type != nil }
        guard !typed.isEmpty, random.chance(0.5) else { return nil }
        var status = switch random.pick(typed).code {
        case .exact(let code): code
        case .range(let digit): digit * 100 + random.int(0...99)
        case .otherwise: random.pick([302, 400, 404, 418, 500, 503])
        }
        if random.chance(0.02) { status = 299 }
        guard let type = operation.errorBodyType(forStatus: status) else {
            return .object([("title", .string("Error \(status)")), ("status", .number(String(status))), ("response", .object([]))])
        }
        return .object([("title", .string("Error \(status)")), ("status", .number(String(status))),
                        ("response", value(type, Constraints(), depth: 0))])
    }

    /// The samples of a spec's webhooks, or nil for none.
    mutating func samples(of webhooks: Webhooks) -> JSONText? {
        guard random.chance(0.8) else { return nil }
        return .array((0..<random.int(1...2)).map { index in
            .object([("title", .string("Callback \(index)")),
                     ("payload", value(webhooks.payload, Constraints(), depth: 0))])
        })
    }

    private mutating func value(of body: Body) -> JSONText {
        switch body.shape {
        case .fields(let object): return self.object(object, depth: 0)
        case .type(let type): return value(type, Constraints(), depth: 0)
        }
    }

    /// Mostly right for its type and limits; now and then not.
    mutating func value(_ type: TypeReference, _ constraints: Constraints, depth: Int,
                        oneOrMany: Bool = false) -> JSONText {
        switch type {
        case .scalar(let scalar):
            return self.scalar(scalar, constraints)
        case .orNull(let inner):
            return random.chance(0.3) ? .null : value(inner, constraints, depth: depth, oneOrMany: oneOrMany)
        case .array(let element):
            let items = constraints.items?.value ?? Constraints()
            if oneOrMany, random.chance(0.25) { return value(element, items, depth: depth + 1) }
            let elements = (0..<count(constraints, depth: depth)).map { _ in value(element, items, depth: depth + 1) }
            return .array(constraints.uniqueItems == true ? Self.distinct(elements) : elements)
        case .map(let element):
            let items = constraints.items?.value ?? Constraints()
            var keys: [String] = []
            for _ in 0..<count(constraints, depth: depth) {
                let key = RandomValues.text(.scalar(.string), constraints.keys?.value ?? Constraints(), &random)
                if !keys.contains(key) { keys.append(key) }
            }
            return .object(keys.map { ($0, value(element, items, depth: depth + 1)) })
        case .named(let name):
            switch types[name]?.kind {
            case .object(let object)?: return self.object(object, depth: depth + 1)
            case .enumeration(let enumeration)? where enumeration.isInteger:
                guard random.chance(0.9), !enumeration.values.isEmpty else { return .number(String(random.int(-5...5))) }
                return .number(random.pick(enumeration.values).value)
            case .enumeration(let enumeration)?:
                // An undocumented value is a warning: the client keeps it.
                if random.chance(0.9), !enumeration.values.isEmpty {
                    return .string(random.pick(enumeration.values).value)
                }
                return .string(RandomValues.text(type, constraints, &random))
            case .taggedUnion(let union)?: return .object(tagged(union, depth: depth + 1))
            case .untaggedUnion(let union)?:
                guard !union.variants.isEmpty else { return .null }
                // Now and then the first variant's shape with values out of its
                // limits, which a later variant may take.
                guard random.chance(0.2) else {
                    return value(random.pick(union.variants).type, Constraints(), depth: depth + 1)
                }
                let saved = fitting
                fitting = 0.5
                defer { fitting = saved }
                return value(union.variants[0].type, Constraints(), depth: depth + 1)
            case nil: return .null
            }
        }
    }

    private mutating func scalar(_ scalar: ScalarType, _ constraints: Constraints) -> JSONText {
        // Now and then a value of another JSON kind.
        if random.chance(0.01) {
            let others: [JSONText] = [.null, .bool(true), .string("1"), .number("1"), .array([])]
            return random.pick(others)
        }
        switch scalar {
        case .string, .guid, .phone, .url, .email:
            return .string(RandomValues.text(.scalar(scalar), constraints, &random, fitting: fitting))
        case .int32, .int64, .double, .epochSeconds, .epochMillis:
            return .number(RandomValues.number(scalar, constraints, &random, fitting: fitting))
        case .bool: return .bool(random.chance(0.5))
        case .dateTime:
            let fits = random.chance(RandomValues.fitting)
            return .string(random.pick(fits ? RandomValues.dateTimes : RandomValues.notDateTimes))
        case .date:
            return .string(random.pick(random.chance(RandomValues.fitting) ? RandomValues.dates : RandomValues.notDates))
        case .json:
            let values: [JSONText] = [.null, .object([]), .array([.number("1"), .string("a")]), .string("x"), .number("3"),
                                      .object([("a", .object([("b", .array([.bool(true), .null]))]))])]
            return random.pick(values)
        case .file: return .string("report.pdf")
        }
    }

    /// The elements without repeats, as lint and the client tell them apart (a text, a whole number's value).
    static func distinct(_ elements: [JSONText]) -> [JSONText] {
        var seen = Set<String>()
        return elements.filter { element in
            switch element {
            case .string(let text): seen.insert("s" + text).inserted
            case .number(let text):
                seen.insert("n" + (JSONNumberText.wholeNumber(Substring(text), as: Int64.self).map { "\($0)" } ?? text)).inserted
            default: true
            }
        }
    }

    /// How many elements a list or map gets: within its limits, mostly.
    private mutating func count(_ constraints: Constraints, depth: Int) -> Int {
        guard depth < maximumDepth else { return 0 }
        let low = constraints.minItems ?? 0, high = max(low, constraints.maxItems ?? 3)
        return random.chance(RandomValues.fitting) ? random.int(low...min(high, low + 3)) : random.int(0...high + 1)
    }

    // MARK: - Objects and unions

    mutating func object(_ object: ObjectType, depth: Int) -> JSONText {
        // A cycle of required fields no value ends (a landmine lint refuses) would recurse without end, and one of
        // two or more such fields doubles at each level (seed 96093 hung at 64): past this depth an object is left
        // empty, a sample lint refuses.
        guard depth < 20 else { return .object([]) }
        var members: [(String, JSONText)] = []
        for field in object.fields {
            if field.isInline, case .named(let name) = field.type, case .taggedUnion(let union)? = types[name]?.kind {
                members += tagged(union, depth: depth)
                continue
            }
            let required = !field.isOptional && field.defaultValue == nil
            // A client default left out is allowed by lint: its value is the spec's.
            let include = random.chance(required ? 0.995 : field.isClientDefault && !field.isOptional ? 0.9 : 0.5)
            // Types that hold themselves end where optional fields stop being filled in.
            guard include, required || depth < 8 else { continue }
            members.append((field.name, member(field, depth: depth)))
        }
        pickRuleValues(object, &members)
        if random.chance(RandomValues.fitting) { keepRules(object, &members, depth: depth) }
        // An undocumented key is a warning: the client ignores it.
        if random.chance(0.05), !members.contains(where: { $0.0 == "undocumented" }) {
            members.append(("undocumented", .number("1")))
        }
        return .object(members)
    }

    private mutating func member(_ field: Field, depth: Int) -> JSONText {
        if field.isNullable, random.chance(0.15) { return .null }
        return value(field.type, field.constraints, depth: depth, oneOrMany: field.isOneOrMany)
    }

    /// Now and then gives a field a `requiredWhen` rule looks at one of the
    /// rule's values, a number spelled as JSON allows (`3`, `3.0`, `3e0`).
    private mutating func pickRuleValues(_ object: ObjectType, _ members: inout [(String, JSONText)]) {
        for rule in object.rules {
            guard case .requiredWhen(_, let when, let values) = rule.kind, !values.isEmpty, random.chance(0.5),
                  let field = object.fields.first(where: { $0.name == when && !$0.isInline }) else { continue }
            let value = random.pick(values)
            let spelled: JSONText
            switch field.type {
            case .scalar(.bool): spelled = .bool(value == "true")
            case .scalar(.int32), .scalar(.int64), .scalar(.epochSeconds), .scalar(.epochMillis):
                spelled = .number(random.pick([value, value + ".0", value + "e0"]))
            default: spelled = .string(value)
            }
            members.removeAll { $0.0 == when }
            members.append((when, spelled))
        }
    }

    /// Adds what the object's rules require, where the members drawn break one.
    private mutating func keepRules(_ object: ObjectType, _ members: inout [(String, JSONText)], depth: Int) {
        func isPresent(_ name: String) -> Bool {
            members.contains { $0.0 == name && !$0.1.isNull }
        }
        func add(_ name: String) {
            guard let field = object.fields.first(where: { $0.name == name && !$0.isInline }) else { return }
            members.removeAll { $0.0 == name }
            var value = member(field, depth: depth)
            if value.isNull { value = self.value(field.type, field.constraints, depth: depth) }
            members.append((name, value))
        }
        for rule in object.rules {
            switch rule.kind {
            case .anyOf(let names):
                if !names.contains(where: isPresent), let first = names.first { add(first) }
            case .requires(let field, let required):
                if isPresent(field) { for name in required where !isPresent(name) { add(name) } }
            case .requiredWhen(let field, let when, let values):
                let actual: String?
                switch members.first(where: { $0.0 == when })?.1 {
                case .string(let text)?: actual = text
                case .number(let text)?: actual = text
                case .bool(let flag)?: actual = flag ? "true" : "false"
                default: actual = nil
                }
                if let actual, values.contains(actual), !isPresent(field) { add(field) }
            }
        }
    }

    /// The tag and content of a variant (or a keyed variant's key and content), now and then an undocumented tag.
    private mutating func tagged(_ union: TaggedUnion, depth: Int) -> [(String, JSONText)] {
        guard let contentKey = union.contentKey else { return taggedInPlace(union, depth: depth) }
        guard !union.variants.isEmpty, random.chance(0.95) else {
            return [(union.tagKey, .string("undocumented")), (contentKey, .object([]))]
        }
        let variant = random.pick(union.variants)
        let content = value(variant.type, Constraints(), depth: depth)
        if let key = variant.key {
            let value = RandomValues.text(.scalar(.string), Constraints(), &random)
            var members: [(String, JSONText)] = [(key, .string(value))]
            if random.chance(0.9) { members.append((contentKey, content)) }
            return members
        }
        return [(union.tagKey, .string(variant.tag ?? "")), (contentKey, content)]
    }

    /// A variant's object with its tag field set to the variant's tag (now and then an undocumented tag).
    private mutating func taggedInPlace(_ union: TaggedUnion, depth: Int) -> [(String, JSONText)] {
        // An undocumented tag ends a chain of variants that hold the union again (lint refuses the spec, but its
        // samples are made first).
        guard !union.variants.isEmpty, depth < 8, random.chance(0.95) else { return [(union.tagKey, .string("undocumented"))] }
        let variant = random.pick(union.variants)
        guard case .object(let members) = value(variant.type, Constraints(), depth: depth) else { return [] }
        return members.map { $0.0 == union.tagKey ? ($0.0, .string(variant.tag ?? "")) : $0 }
    }
}
