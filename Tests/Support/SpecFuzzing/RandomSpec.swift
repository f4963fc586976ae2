import SeededRandomness

/// Random specs built from valid building blocks and a vocabulary of
/// "landmines": every Swift keyword, the runtime's public names, standard
/// library and Foundation names, members the generated code declares,
/// odd wire names and texts. Each seed gives the same spec.
public struct RandomSpec {
    var random: SeededRandom
    var typeNames: [String] = []
    private var enumValues: [String: [String]] = [:]
    var kinds: [String: String] = [:]
    /// Types with required fields are never referenced by themselves
    /// (a struct cannot hold itself), only inside arrays and maps.
    private var declared: Set<String> = []
    /// The tag and content keys of each tagged union.
    private var unionKeys: [String: [String]] = [:]
    /// Tagged unions without a content key: their tag key and variant objects, and the tag field each such object holds.
    private var inPlaceUnions: [String: (tag: String, objects: [String])] = [:]
    private var tagFields: [String: String] = [:]
    private var integerEnums: Set<String> = []
    static let integerValues = ["0", "1", "-1", "2", "42", "1000000", "9007199254740993", "-9223372036854775808",
                                "9223372036854775807"]

    /// Draws for features added later, so that adding them left the specs of earlier seeds as they were.
    var laterRandom: SeededRandom
    var integerRandom: SeededRandom
    var statusRandom: SeededRandom
    var nullElementRandom: SeededRandom
    var routeAndAuthRandom: SeededRandom

    public init(seed: UInt64) {
        random = SeededRandom(seed: seed)
        laterRandom = SeededRandom(seed: seed ^ 0x5EED_1A7E)
        integerRandom = SeededRandom(seed: seed ^ 0x1_E7E6)
        statusRandom = SeededRandom(seed: seed ^ 0x5_7A7E)
        nullElementRandom = SeededRandom(seed: seed ^ 0x2_0771)
        routeAndAuthRandom = SeededRandom(seed: seed ^ 0x7_0A7E)
    }

    /// The spec's JSON text.
    public static func text(seed: UInt64) -> String {
        var generator = RandomSpec(seed: seed)
        return generator.make().text
    }

    mutating func make() -> JSONText {
        let apiName = random.pick(["P", "Api", "名前", "Swift", "X1", "Client", "Validator"])
        let typeCount = random.int(1...7)
        for index in 0..<typeCount {
            var name = random.pick(Landmines.typeNames)
            if typeNames.contains(name) { name += "\(index)" }
            typeNames.append(name)
            kinds[name] = random.pick(["object", "object", "object", "enum", "taggedUnion", "untaggedUnion"])
            if kinds[name] == "enum" {
                var values: [String] = []
                for _ in 0..<random.int(1...5) {
                    let value = random.pick(Landmines.wireNames)
                    if !values.contains(value) { values.append(value) }
                }
                enumValues[name] = values
                if integerRandom.chance(0.3) {
                    // An integer enum instead: whole numbers, the largest and smallest of 64 bits among them.
                    integerEnums.insert(name)
                    let count = integerRandom.int(1...5)
                    enumValues[name] = Array(Set((0..<count).map { _ in integerRandom.pick(Self.integerValues) })).sorted()
                }
            }
        }
        for name in typeNames where kinds[name] == "taggedUnion" && laterRandom.chance(0.35) {
            let objects = typeNames.filter { kinds[$0] == "object" && tagFields[$0] == nil }
            guard !objects.isEmpty else { continue }
            let tag = laterRandom.pick(Landmines.wireNames)
            let chosen = Array(objects.shuffled(using: &laterRandom).prefix(laterRandom.int(1...3)))
            inPlaceUnions[name] = (tag, chosen)
            for object in chosen { tagFields[object] = tag }
        }
        var types: [JSONText] = []
        for name in typeNames {
            types.append(type(name))
            declared.insert(name)
        }
        var operations: [JSONText] = []
        var operationNames: Set<String> = []
        for index in 0..<random.int(1...5) {
            var name = random.pick(Landmines.wireNames)
            if operationNames.contains(name) { name += "\(index)" }
            operationNames.insert(name)
            operations.append(operation(name, index))
        }
        if let shared = sharedRoute(operations.last, taken: operationNames) { operations.append(shared) }
        var members: [(String, JSONText)] = [
            ("name", .string(apiName)), ("title", .string(random.pick(Landmines.texts))),
            ("description", .string(random.pick(Landmines.texts))), ("baseURL", .string("https://example.com/v1")),
            ("types", .array(types)),
        ]
        if random.chance(0.3) {
            let scheme = routeAndAuthRandom.chance(0.5) ? "basic" : "bearer"
            members.append(("auth", .object([("scheme", .string(scheme))])))
        } else if random.chance(0.3) {
            let (auth, tokenOperation) = tokenAuth()
            members.append(("auth", auth))
            operations.append(tokenOperation)
        }
        if random.chance(0.2), let payload = typeNames.first {
            members.append(("webhooks", .object([("payload", .string(payload)), ("tokenHeader", .string("X-Token")),
                                                 ("validationParameter", .string("validationToken"))])))
        }
        if random.chance(0.3) { members.append(("notes", .array([.string(random.pick(Landmines.texts))]))) }
        members.append(("operations", .array(operations)))
        return addingSamples(to: .object(members))
    }

    // MARK: - Types

    private mutating func type(_ name: String) -> JSONText {
        var members: [(String, JSONText)] = [("name", .string(name)), ("description", .string(random.pick(Landmines.texts)))]
        switch kinds[name] {
        case "enum":
            members.append(("kind", .string("enum")))
            let isInteger = integerEnums.contains(name)
            members.append(("values", .array((enumValues[name] ?? []).map { value in
                let literal: JSONText = isInteger ? .number(value) : .string(value)
                if random.chance(0.5) { return literal }
                return .object([("value", literal), ("description", .string(random.pick(Landmines.texts)))])
            })))
        case "taggedUnion" where inPlaceUnions[name] != nil:
            let (tag, objects) = inPlaceUnions[name] ?? ("", [])
            members += [("kind", .string("taggedUnion")), ("tag", .string(tag))]
            var tags: Set<String> = []
            let variants = objects.compactMap { object -> JSONText? in
                let value = random.pick(Landmines.wireNames)
                guard tags.insert(value).inserted else { return nil }
                return .object([("tag", .string(value)), ("type", .string(object))])
            }
            members.append(("variants", .array(variants)))
        case "taggedUnion":
            members.append(("kind", .string("taggedUnion")))
            let tag = random.pick(Landmines.wireNames), content = random.pick(Landmines.wireNames)
            guard tag != content else { return self.type(name) }
            members.append(("tag", .string(tag)))
            members.append(("content", .string(content)))
            unionKeys[name] = [tag, content]
            var variants: [JSONText] = []
            var tags: Set<String> = [], keys: Set<String> = [tag, content]
            for _ in 0..<random.int(1...4) {
                let typeText = valueType(depth: 0, allowFile: false)
                if random.chance(0.2) {
                    let key = random.pick(Landmines.wireNames)
                    guard keys.insert(key).inserted else { continue }
                    variants.append(.object([("key", .string(key)), ("name", .string(random.pick(Landmines.wireNames))), ("type", .string(typeText))]))
                } else {
                    let value = random.pick(Landmines.wireNames)
                    guard tags.insert(value).inserted else { continue }
                    variants.append(.object([("tag", .string(value)), ("type", .string(typeText)),
                                             ("description", .string(random.pick(Landmines.texts)))]))
                }
            }
            members.append(("variants", .array(variants)))
        case "untaggedUnion":
            members.append(("kind", .string("untaggedUnion")))
            var variants: [JSONText] = (0..<random.int(2...4)).map { index in
                .object([("name", .string(random.pick(Landmines.wireNames) + (index == 0 ? "" : "\(index)"))),
                         ("type", .string(valueType(depth: 0, allowFile: false)))])
            }
            // Anything else, last, as docs often have it: a value the first variants refuse still decodes.
            if random.chance(0.3) { variants.append(.object([("name", .string("other")), ("type", .string("json"))])) }
            members.append(("variants", .array(variants)))
        default:
            var fields = nullable(fieldList(count: random.int(1...6), allowFile: false))
            if let tag = tagFields[name] {
                // A variant of a union tagged in place holds the tag in a required string field.
                fields.removeAll { $0.name == tag }
                fields.insert(FieldDraft(name: tag, type: "string", optional: false,
                                         json: .object([("name", .string(tag)), ("type", .string("string"))])), at: 0)
            }
            // A type that holds itself, or another, in place: boxed by the client when a value can end the cycle
            // (now and then the field is required, and lint refuses a cycle no value ends). Not in the rules.
            var loop: FieldDraft?
            if laterRandom.chance(0.15),
               let other = typeNames.filter({ kinds[$0] != "enum" }).randomElement(using: &laterRandom) {
                let target = laterRandom.chance(0.5) ? name : other
                let key = "loop" + String(laterRandom.int(0...9))
                var json: [(String, JSONText)] = [("name", .string(key)), ("type", .string(target))]
                let optional = laterRandom.chance(0.9)
                if optional { json.append(("optional", .bool(true))) }
                if laterRandom.chance(0.3) { json.append(("nullable", .bool(true))) }
                if !fields.contains(where: { $0.name == key }) {
                    loop = FieldDraft(name: key, type: target, optional: optional, json: .object(json))
                }
            }
            var extraRules: [JSONText] = []
            // An inline union: its tag and content keys in this object.
            if random.chance(0.3),
               let union = typeNames.first(where: { kinds[$0] == "taggedUnion" && inPlaceUnions[$0] == nil && declared.contains($0) }),
               let keys = unionKeys[union], !fields.contains(where: { keys.contains($0.name) }) {
                fields.append(FieldDraft(name: "inline", type: union, optional: false,
                                         json: .object([("name", .string(random.pick(Landmines.wireNames))), ("type", .string(union)),
                                                        ("inline", .bool(true))])))
                if let optional = fields.first(where: { $0.optional && $0.type != union }) {
                    extraRules.append(.object([("field", .string(optional.name)), ("requiredWhen", .string(keys[0])),
                                               ("in", .array([.string(random.pick(Landmines.wireNames))]))]))
                }
            }
            members.append(("fields", .array((fields + (loop.map { [$0] } ?? [])).map(\.json))))
            let plainFields = fields.filter { $0.name != "inline" || kinds[$0.type] != "taggedUnion" }
            var allRules: [JSONText] = []
            if let rules = rules(plainFields), case .array(let list) = rules { allRules = list }
            allRules += extraRules
            if !allRules.isEmpty { members.append(("rules", .array(allRules))) }
        }
        return .object(members)
    }

    /// A type for a value: scalar, named, array or map.
    private mutating func valueType(depth: Int, allowFile: Bool) -> String {
        let roll = random.int(0...9)
        if roll < 4 || depth >= 2 {
            let scalars = allowFile ? Landmines.scalars + ["file"] : Landmines.scalars
            return random.pick(scalars)
        }
        if roll < 6, let named = namedReference(contained: depth > 0) { return named }
        let inner = valueType(depth: depth + 1, allowFile: false)
        // Now and then the elements or values may be null (not json's, which holds null already).
        let orNull = inner != "json" && nullElementRandom.chance(0.15) ? "?" : ""
        return roll < 8 ? "[\(inner)\(orNull)]" : "{\(inner)\(orNull)}"
    }

    /// A declared type (or, inside an array or map, any type).
    private mutating func namedReference(contained: Bool) -> String? {
        let candidates = contained ? typeNames : typeNames.filter { declared.contains($0) || kinds[$0] == "enum" }
        guard !candidates.isEmpty else { return nil }
        return random.pick(candidates)
    }

    /// A form body's keys: `application/x-www-form-urlencoded`, its lists indexed (the default) or repeated.
    private mutating func formBody() -> [(String, JSONText)] {
        var keys: [(String, JSONText)] = [("contentType", .string("form"))]
        switch laterRandom.int(0...2) {
        case 0: keys.append(("formLists", .string("repeated")))
        case 1: keys.append(("formLists", .string("indexed")))
        default: break
        }
        return keys
    }

    struct FieldDraft {
        let name: String
        let type: String
        let optional: Bool
        let json: JSONText
    }

    /// The field as a list of what it held, its limits those of the list's items (a multipart field's parts).
    private static func listed(_ field: FieldDraft, maxItems: Int) -> FieldDraft {
        guard case .object(let members) = field.json else { return field }
        let kept: Set<String> = ["name", "optional", "description", "secret", "swiftName"]
        let type = "[\(field.type)]"
        let dropped: Set<String> = ["type", "default", "clientDefault", "oneOrMany"]
        let limits = members.filter { !kept.contains($0.0) && !dropped.contains($0.0) }
        var listed = members.filter { kept.contains($0.0) } + [("type", JSONText.string(type)),
                                                                 ("maxItems", .number(String(maxItems)))]
        if !limits.isEmpty { listed.append(("items", .object(limits))) }
        return FieldDraft(name: field.name, type: type, optional: field.optional, json: .object(listed))
    }

    private mutating func fieldList(count: Int, allowFile: Bool) -> [FieldDraft] {
        var names: Set<String> = []
        var fields: [FieldDraft] = []
        for _ in 0..<count {
            let name = random.pick(Landmines.wireNames)
            guard names.insert(name).inserted else { continue }
            fields.append(field(name, type: valueType(depth: 0, allowFile: allowFile)))
        }
        return fields
    }

    /// What selects the page: left out, defaulted (by the server or the client) or, wrongly, nullable.
    private mutating func pageParameter(named name: String, type: String) -> JSONText {
        var members: [(String, JSONText)] = [("name", .string(name)), ("type", .string(type))]
        switch random.int(0...5) {
        case 0, 1: members.append(("default", type == "string" ? .string("start") : .number("1")))
                   members.append(("clientDefault", .bool(random.chance(0.5))))
        case 2: members += [("optional", .bool(true)), ("nullable", .bool(true))]
        default: members.append(("optional", .bool(true)))
        }
        return .object(members)
    }

    /// Some fields of a JSON object may be null.
    private mutating func nullable(_ fields: [FieldDraft]) -> [FieldDraft] {
        fields.map { draft in
            guard draft.type != "json", random.chance(0.2), case .object(let members) = draft.json,
                  !members.contains(where: { $0.0 == "oneOrMany" }) else { return draft }
            return FieldDraft(name: draft.name, type: draft.type, optional: draft.optional, json: draft.json.adding("nullable", .bool(true)))
        }
    }

    private mutating func field(_ name: String, type: String) -> FieldDraft {
        let optional = random.chance(0.5)
        var members: [(String, JSONText)] = [("name", .string(name)), ("type", .string(type))]
        if optional { members.append(("optional", .bool(true))) }
        if random.chance(0.5) { members.append(("description", .string(random.pick(Landmines.texts)))) }
        if random.chance(0.1) { members.append(("secret", .bool(true))) }
        if random.chance(0.1) { members.append(("swiftName", .string(random.pick(Landmines.wireNames)))) }
        if type.hasPrefix("["), !type.hasPrefix("[["), !type.hasPrefix("[{"), type != "[json]", !type.hasSuffix("?]"),
           random.chance(0.3) {
            members.append(("oneOrMany", .bool(true)))
        }
        let limits = limits(for: type)
        members += limits
        if random.chance(0.3), let value = defaultValue(type, limits) {
            members.append(("default", value))
            if random.chance(0.5) { members.append(("clientDefault", .bool(true))) }
        }
        return FieldDraft(name: name, type: type, optional: optional, json: .object(members))
    }

    /// A default for the type: a scalar's or enum's, or a list of them for a list of one (its items' limits from
    /// `items`, their count mostly within the list's `minItems` and `maxItems`, repeats mostly left out where it
    /// states `uniqueItems`: a default lint refuses now and then).
    private mutating func defaultValue(_ type: String, _ limits: [(String, JSONText)]) -> JSONText? {
        // The item type, whether or not the list may hold null (`[Tone?]`: its default's items are never null).
        var element = String(type.dropFirst().dropLast())
        if element.hasSuffix("?") { element.removeLast() }
        guard type.hasPrefix("["), type.hasSuffix("]"), !element.contains(where: { "[]{}?".contains($0) }) else {
            return RandomValues.defaultValue(type, RandomValues.constraints(of: limits), enumValues: enumValues[type],
                                             integer: integerEnums.contains(type), &random)
        }
        var itemLimits: [(String, JSONText)] = []
        if case .object(let members)? = limits.first(where: { $0.0 == "items" })?.1 { itemLimits = members }
        func stated(_ key: String) -> Int? {
            if case .number(let text)? = limits.first(where: { $0.0 == key })?.1 { Int(text) } else { nil }
        }
        let fitting = random.chance(RandomValues.fittingDefault)
        let least = fitting ? stated("minItems") ?? 0 : 0
        let most = fitting ? max(least, min(stated("maxItems") ?? 3, 3)) : 3
        var items = (0..<random.int(least...most)).compactMap { _ in
            RandomValues.defaultValue(element, RandomValues.constraints(of: itemLimits), enumValues: enumValues[element],
                                      integer: integerEnums.contains(element), &random)
        }
        if fitting, limits.contains(where: { $0.0 == "uniqueItems" }) {
            var seen: Set<String> = []
            items = items.filter { seen.insert("\($0)").inserted }
        }
        return items.isEmpty && random.chance(0.5) ? nil : .array(items)
    }

    /// Limits that apply to the type (and, for arrays and maps, their elements).
    private mutating func limits(for type: String) -> [(String, JSONText)] {
        var result: [(String, JSONText)] = []
        if type.hasPrefix("[") || type.hasPrefix("{") {
            if random.chance(0.4) { result.append(("minItems", .number(random.pick(["1", "2"])))) }
            if random.chance(0.4) { result.append(("maxItems", .number("3"))) }
            var inner = String(type.dropFirst().dropLast())
            if inner.hasSuffix("?") { inner.removeLast() }
            // Mostly on lists of text, whole numbers, enums, objects and unions; now and then on others, which lint
            // refuses.
            let distinct = ["string", "guid", "phone", "url", "email", "int32", "int64"].contains(inner)
                || kinds[inner] != nil
            if type.hasPrefix("["), laterRandom.chance(distinct ? 0.25 : 0.02) { result.append(("uniqueItems", .bool(true))) }
            let items = limits(for: inner)
            if !items.isEmpty, random.chance(0.6) { result.append(("items", .object(items))) }
            if type.hasPrefix("{"), random.chance(0.3) { result.append(("keys", .object([("maxLength", .number("8"))]))) }
            return result
        }
        switch type {
        case "string", "guid", "phone", "url", "email":
            if random.chance(0.4) { result.append(("minLength", .number(random.pick(["1", "3"])))) }
            if random.chance(0.4) { result.append(("maxLength", .number(random.pick(["5", "40"])))) }
            if random.chance(0.2) { result.append(("pattern", .string(random.pick(Landmines.patterns)))) }
            if random.chance(0.1) { result.append(("fileExtensions", .array([.string("pdf"), .string("png")]))) }
        case "int32", "int64", "double", "epochSeconds", "epochMillis":
            if random.chance(0.4) { result.append(("minimum", .number(random.pick(["0", "-5", "1"])))) }
            if random.chance(0.4) { result.append(("maximum", .number(random.pick(["7", "100000", "2147483647"])))) }
            if laterRandom.chance(0.1) { result.append(("exclusiveMinimum", .number(laterRandom.pick(["-1", "0", "0.5"])))) }
            if laterRandom.chance(0.1) { result.append(("exclusiveMaximum", .number(laterRandom.pick(["10", "2147483647"])))) }
            if laterRandom.chance(0.1) { result.append(("multipleOf", .number(laterRandom.pick(["1", "2", "0.5", "0.1"])))) }
        case "file":
            if random.chance(0.5) { result.append(("fileExtensions", .array([.string("pdf")]))) }
        default:
            if kinds[type] == "enum", random.chance(0.3) { result.append(("maxLength", .number("60"))) }
        }
        return result
    }

    private mutating func rules(_ fields: [FieldDraft]) -> JSONText? {
        guard fields.count >= 2, random.chance(0.4) else { return nil }
        var rules: [JSONText] = []
        let first = fields[0], second = fields[1]
        rules.append(.object([("anyOf", .array([.string(first.name), .string(second.name)]))]))
        if random.chance(0.5) {
            rules.append(.object([("field", .string(first.name)), ("requires", .array([.string(second.name)]))]))
        }
        let plain = ["string", "guid", "bool", "int32", "int64"] + typeNames.filter { kinds[$0] == "enum" }
        if let when = fields.first(where: { plain.contains($0.type) && $0.name != first.name }) {
            let value: String
            switch when.type {
            case "bool": value = "true"
            case "int32", "int64": value = "3"
            default: value = enumValues[when.type]?.first ?? "x"
            }
            rules.append(.object([("field", .string(first.name)), ("requiredWhen", .string(when.name)), ("in", .array([.string(value)]))]))
        }
        return .array(rules)
    }

    // MARK: - Operations

    /// Now and then a second operation on `operation`'s route, told apart by a route variant; rarely one lint
    /// refuses (no variant, or one with characters a variant cannot hold).
    private mutating func sharedRoute(_ operation: JSONText?, taken: Set<String>) -> JSONText? {
        guard case .object(let members)? = operation, routeAndAuthRandom.chance(0.2),
              case .string(let name)? = members.first(where: { $0.0 == "name" })?.1,
              !taken.contains(name + "Variant") else { return nil }
        let variant = routeAndAuthRandom.chance(0.03) ? nil
            : routeAndAuthRandom.chance(0.03) ? "two words" : routeAndAuthRandom.pick(["a", "add_link", "v-2.1", "9"])
        var copy = members.map { $0.0 == "name" ? ("name", JSONText.string(name + "Variant")) : $0 }
        if let variant { copy.append(("routeVariant", .string(variant))) }
        return .object(copy)
    }

    /// A token header scheme and its token operation, with landmine names.
    private mutating func tokenAuth() -> (JSONText, JSONText) {
        var names: [String] = []
        while names.count < 5 {
            let name = random.pick(Landmines.wireNames)
            if !names.contains(name) { names.append(name) }
        }
        let (token, expiry, endpoint, refresh, application) = (names[0], names[1], names[2], names[3], names[4])
        let auth = JSONText.object([
            ("scheme", .string("tokenHeader")), ("header", .string("accessToken")), ("tokenOperation", .string("issueToken")),
            ("tokenField", .string(token)), ("expiryField", .string(expiry)), ("endpointField", .string(endpoint)),
            ("refreshTokenField", .string(refresh)),
        ])
        let operation = JSONText.object([
            ("name", .string("issueToken")), ("summary", .string("Issues a token.")), ("group", .string("auth")), ("method", .string("GET")),
            ("path", .string("/token")), ("authenticated", .bool(false)),
            ("parameters", .array([
                .object([("name", .string(application)), ("in", .string("header")), ("type", .string("string")), ("secret", .bool(true))]),
                .object([("name", .string(refresh)), ("in", .string("header")), ("type", .string("string")), ("secret", .bool(true))]),
            ])),
            ("responseBody", .object([("fields", .array([
                .object([("name", .string(token)), ("type", .string(random.pick(["string", "guid"]))), ("optional", .bool(random.chance(0.3)))]),
                .object([("name", .string(expiry)), ("type", .string(random.pick(["epochMillis", "epochSeconds", "dateTime"]))),
                         ("optional", .bool(random.chance(0.3)))]),
                .object([("name", .string(endpoint)), ("type", .string(random.pick(["url", "string"]))), ("optional", .bool(random.chance(0.5)))]),
                .object([("name", .string(refresh)), ("type", .string("string")), ("optional", .bool(true))]),
            ]))])),
        ])
        return (auth, operation)
    }

    /// Documented error answers, now and then with a body type (any value type: lint accepts each on an error
    /// status), by status, class or default; a rare type on a success or a status twice, which lint refuses.
    private mutating func withStatuses(_ members: [(String, JSONText)]) -> JSONText {
        // Drawn from a stream of their own (swapped in for `valueType`), so that earlier seeds keep their specs.
        swap(&random, &statusRandom)
        defer { swap(&random, &statusRandom) }
        guard random.chance(0.35) else { return .object(members) }
        var statuses: [JSONText] = []
        for code in ["404", "4XX", "default", "500", "5XX", "303", "409"] where random.chance(0.4) {
            var status: [(String, JSONText)] = [("code", Int(code).map { .number(String($0)) } ?? .string(code))]
            if random.chance(0.7) { status.append(("type", .string(valueType(depth: 0, allowFile: false)))) }
            statuses.append(.object(status))
        }
        if random.chance(0.01) { statuses.append(.object([("code", .number("201")), ("type", .string("json"))])) }
        if random.chance(0.01), let first = statuses.first { statuses.append(first) }
        var hasEmptyAnswers = false
        if Self.mayGiveNil(members), random.chance(0.3) {
            // Random operations succeed with a 200 (no `successStatus`), so each of these is another success.
            for code in ["202", "204", "205"] where random.chance(0.5) {
                hasEmptyAnswers = true
                statuses.append(.object([("code", .number(code)), ("description", .string("Nothing yet.")),
                                         ("empty", .bool(true))]))
            }
        }
        let headers = responseHeaders(optional: hasEmptyAnswers)
        var all = members
        if !headers.isEmpty { all.append(("responseHeaders", .array(headers))) }
        return .object(statuses.isEmpty ? all : all + [("statuses", .array(statuses))])
    }

    /// Whether an operation's result can be nil (lint's `EmptyAnswerNotApplicable`): it returns something (a value,
    /// a file or a page).
    private static func mayGiveNil(_ members: [(String, JSONText)]) -> Bool {
        members.contains { $0.0 == "responseBody" }
    }

    /// Now and then an object, map or union in the query (`deepObject`), rarely a type lint refuses there.
    private mutating func deepObjectParameter(taken: Set<String>) -> JSONText? {
        swap(&random, &statusRandom)
        defer { swap(&random, &statusRandom) }
        guard random.chance(0.15) else { return nil }
        let name = random.pick(Landmines.wireNames)
        guard !taken.contains(name) else { return nil }
        let composite = typeNames.filter { ["object", "taggedUnion", "untaggedUnion"].contains(kinds[$0] ?? "object") }
        var type = composite.isEmpty || random.chance(0.3) ? "{\(valueType(depth: 1, allowFile: false))}" : random.pick(composite)
        if random.chance(0.01) { type = "[\(type)]" }
        return field(name, type: type).json.removing("oneOrMany").adding("in", .string("query"))
            .adding("style", .string("deepObject"))
    }

    private mutating func operation(_ name: String, _ index: Int) -> JSONText {
        var method = random.pick(["GET", "POST", "PUT", "PATCH", "DELETE"])
        // HEAD (lint refuses it a response body) and OPTIONS, from a stream of their own.
        if routeAndAuthRandom.chance(0.08) { method = routeAndAuthRandom.pick(["HEAD", "OPTIONS"]) }
        var path = "/op\(index)"
        var parameters: [JSONText] = []
        var parameterNames: Set<String> = []
        for _ in 0..<random.int(0...4) {
            let name = random.pick(Landmines.wireNames)
            guard parameterNames.insert(name).inserted else { continue }
            let location = random.pick(["path", "query", "header"])
            let plain = Landmines.plainScalars + typeNames.filter { kinds[$0] == "enum" }
            var type = random.pick(plain)
            if location != "path", random.chance(0.3) { type = "[\(type)]" }
            var draft = field(name, type: type).json.removing("oneOrMany")
            draft = draft.adding("in", .string(location))
            if location == "query", type.hasPrefix("["), random.chance(0.5) {
                let style = random.pick(["repeated", "comma", "pipe", "space"])
                draft = draft.adding("style", .string(laterRandom.chance(0.2) ? "brackets" : style))
            }
            if location == "path" {
                // Path parameters are required, and named in the path.
                guard !name.contains("{"), !name.contains("}"), !name.contains("/") else { continue }
                draft = draft.removing("optional")
                path += "/{\(name)}"
            }
            parameters.append(draft)
        }
        if let deep = deepObjectParameter(taken: parameterNames) { parameters.append(deep) }
        var members: [(String, JSONText)] = [
            ("name", .string(name)), ("summary", .string(random.pick(Landmines.texts))),
            ("group", .string(random.pick(["users", "Users", "messages", "a-b", "名前", "class", "Client"]))),
            ("method", .string(method)), ("path", .string(path)),
        ]
        if !parameters.isEmpty { members.append(("parameters", .array(parameters))) }
        if method != "GET", method != "HEAD", random.chance(0.7) {
            switch random.int(0...3) {
            case 0:
                var fields = fieldList(count: random.int(0...3), allowFile: false).filter { !$0.type.contains("[") && !$0.type.contains("{") }
                // Text parts mostly; now and then JSON (an object, a map, a list of them). A list is a part per
                // item; a form may hold no file, or a list of them.
                fields = fields.filter {
                    Landmines.plainScalars.contains($0.type) || kinds[$0.type] == "enum" || laterRandom.chance(0.3)
                }
                fields = fields.map { field in
                    guard !field.type.hasPrefix("["), laterRandom.chance(0.3) else { return field }
                    return Self.listed(field, maxItems: laterRandom.int(1...3))
                }
                var file = field("file", type: "file")
                if laterRandom.chance(0.2) { file = Self.listed(file, maxItems: 2) }
                let parts = fields.isEmpty || laterRandom.chance(0.8) ? [file] + fields : fields
                members.append(("requestBody", .object([("contentType", .string("multipart")),
                                                         ("fields", .array(parts.map(\.json)))])))
            case 1:
                var body: [(String, JSONText)] = [("type", .string(valueType(depth: 0, allowFile: false)))]
                // Now and then a form of a type: lint refuses one that is not an object's members.
                if laterRandom.chance(0.2) { body = formBody() + body }
                members.append(("requestBody", .object(body)))
            default:
                let fields = nullable(fieldList(count: random.int(1...4), allowFile: false))
                var body: [(String, JSONText)] = [("fields", .array(fields.map(\.json)))]
                if let rules = rules(fields) { body.append(("rules", rules)) }
                if laterRandom.chance(0.25) { body = formBody() + body }
                members.append(("requestBody", .object(body)))
            }
        }
        // An upload: a file's bytes as the whole body (`RandomSamples` rarely gives it a JSON sample, which lint
        // refuses).
        if method != "GET", method != "HEAD", routeAndAuthRandom.chance(0.05) {
            members.removeAll { $0.0 == "requestBody" }
            members.append(("requestBody", .object([("type", .string("file"))])))
        }
        if random.chance(0.2) {
            // A paged list: a cursor or page number in, the items and how to go on out.
            let cursor = random.pick(Landmines.wireNames), list = random.pick(Landmines.wireNames), next = random.pick(Landmines.wireNames)
            let byPage = random.chance(0.5)
            let token = byPage ? random.pick(["int32", "int64"]) : random.pick(["string", "int64"])
            let page = pageParameter(named: cursor, type: token)
            if let index = members.firstIndex(where: { $0.0 == "requestBody" }), case .object(let body) = members[index].1,
               !body.contains(where: { $0.0 == "contentType" }), body.contains(where: { $0.0 == "fields" }), random.chance(0.5) {
                members[index].1 = .object(body.map { key, value in
                    guard key == "fields", case .array(let fields) = value else { return (key, value) }
                    return (key, .array(fields + [page]))
                })
            } else {
                parameters.append(page.adding("in", .string("query")))
                members.removeAll { $0.0 == "parameters" }
                members.append(("parameters", .array(parameters)))
            }
            // A more-pages flag, sometimes nullable, and a next token that may be null too.
            let more = random.pick(Landmines.wireNames)
            let moreField: JSONText = .object([("name", .string(more)), ("type", .string("bool")), ("optional", .bool(random.chance(0.5))),
                                                ("nullable", .bool(random.chance(0.3)))])
            let listType = "[\(valueType(depth: 1, allowFile: false))]"
            members.append(("responseBody", .object([("fields", .array([
                .object([("name", .string(list)), ("type", .string(listType))]),
                .object([("name", .string(next)), ("type", .string(token)), ("optional", .bool(!byPage)),
                         ("nullable", .bool(!byPage && random.chance(0.3)))]),
                moreField,
            ]))])))
            if !byPage, token == "string", method == "GET", random.chance(0.5) {
                let style: [(String, JSONText)] = random.chance(0.5) ? [("style", .string("nextLink")), ("nextLink", .string(next))]
                    : [("style", .string("linkHeader"))]
                if style.count == 1, laterRandom.chance(0.4) {
                    // An answer that is the list itself, as GitHub's pages are: no `items`.
                    members.removeAll { $0.0 == "responseBody" }
                    members.append(("responseBody", .object([("type", .string(listType))])))
                    members.append(("pagination", .object(style)))
                    return withStatuses(members)
                }
                members.append(("pagination", .object(style + [("items", .string(list))])))
                return withStatuses(members)
            }
            var paging: [(String, JSONText)] = [("style", .string(byPage ? "page" : "cursor")), ("parameter", .string(cursor))]
            if byPage {
                // Every way a numbered walk can know its end, one or several.
                let ends: [(String, JSONText)] = [("totalPages", .string(next)), ("totalItems", .string(next)), ("hasMore", .string(more)),
                                                   ("end", .string(random.pick(["emptyPage", "shortPage"])))]
                let first = random.int(0...3)
                paging += ends.indices.filter { $0 == first || random.chance(0.2) }.map { ends[$0] }
            } else {
                paging.append(("nextCursor", .string(next)))
                if random.chance(0.3) { paging.append(("hasMore", .string(more))) }
                if random.chance(0.2) { paging.append(("end", .string("emptyPage"))) }
            }
            members.append(("pagination", .object(paging + [("items", .string(list))])))
            return withStatuses(members)
        }
        // A HEAD answer has no body: rarely one, which lint refuses.
        if random.chance(0.8), method != "HEAD" || routeAndAuthRandom.chance(0.05) {
            if routeAndAuthRandom.chance(0.05) {
                // A download (`RandomSamples` rarely gives it a JSON sample, which lint refuses).
                members.append(("responseBody", .object([("type", .string("file"))])))
            } else if random.chance(0.5) {
                members.append(("responseBody", .object([("type", .string(valueType(depth: 0, allowFile: false)))])))
            } else {
                members.append(("responseBody", .object([("fields", .array(fieldList(count: random.int(1...4), allowFile: false).map(\.json)))])))
            }
        }
        return withStatuses(members)
    }
}
