import APILimits
import APIGenerator
import APISpec

/// A number the document's own answer examples give as text (Twilio's `price`, `"-0.03000"`): the API sends text,
/// so a client that reads a number would refuse its real answers. The field becomes a string, with a note and a
/// warning, instead of the example being left out.
extension DraftMending {
    /// Where a field is declared: in a named object type, or in place in an operation's answer.
    private enum FieldHome: Hashable {
        case type(Int, field: Int)
        case answer(operation: Int, field: Int)

        var address: [Int] {
            switch self {
            case .type(let type, let field): [0, type, field]
            case .answer(let operation, let field): [1, operation, field]
            }
        }
    }

    /// Retypes the number field a success answer's sample gives as text; false when the refused value is not that.
    func retypeNumberGivenAsText(_ steps: [JSONPath.Component], in spec: inout APISpecification,
                                 plan: inout Plan) -> Bool {
        guard steps.count > 5, steps[0] == .key("operations"), case .index(let operation) = steps[1],
              case .index(let sampleIndex) = steps[3], steps[4] == .key("response") else { return false }
        let owner = spec.operations[operation]
        let sample = owner.samples[sampleIndex]
        guard sample.status == nil, let body = owner.responseBody,
              let root = mapper.sampleValues[OriginKey.sampleValue(owner.name, sample.title, request: false)]
        else { return false }
        let keys = Array(steps.dropFirst(5))
        let (node, isThere) = Self.value(in: root, at: keys[...])
        guard isThere, let text = node.stringValue, JSONNumberText.isNumber(text[...]),
              let home = Self.home(of: keys, in: body, operation: operation, spec) else { return false }
        // Another sample of this round gave the same field as text: it was retyped already, or kept.
        if plan.numbersAsText.contains(home.address) { return true }
        if plan.numbersKept.contains(home.address) { return false }
        var field: Field
        switch home {
        case .type(let type, let index):
            guard case .object(let object) = spec.types[type].kind else { return false }
            field = object.fields[index]
        case .answer(_, let index):
            guard case .fields(let object) = body.shape else { return false }
            field = object.fields[index]
        }
        let numbers: Set<TypeReference> = [.scalar(.double), .scalar(.int32), .scalar(.int64)]
        guard numbers.contains(field.type), field.constraints == Constraints(), field.defaultValue == nil else {
            return false
        }
        // Not where a request sends the type too (a string there would change what the client sends), nor where
        // another example gives the field a number: then the document's type stands, and the sample goes.
        if plan.typeUsage == nil { plan.typeUsage = TypeUsage(spec) }
        let sentInRequests = if case .type(let type, _) = home {
            plan.typeUsage?.direction(of: spec.types[type].name).sends ?? true
        } else {
            false
        }
        if sentInRequests || Self.examplesGiveANumber(to: home, spec) {
            plan.numbersKept.insert(home.address)
            return false
        }
        let stated = field.type
        field.type = .scalar(.string)
        let why = "The document says \(stated); its examples give it as text (\"\(text)\"), as the API sends it."
        field.note = [field.note, why].compactMap { $0 }.joined(separator: " ")
        switch home {
        case .type(let type, let index):
            guard case .object(var object) = spec.types[type].kind else { return false }
            object.fields[index] = field
            spec.types[type].kind = .object(object)
        case .answer(_, let index):
            guard var answer = spec.operations[operation].responseBody, case .fields(var object) = answer.shape else {
                return false
            }
            object.fields[index] = field
            answer.shape = .fields(object)
            spec.operations[operation].responseBody = answer
        }
        // At the schema that says number; the message names the example that says otherwise.
        let typeName: String = switch home {
        case .type(let type, _): spec.types[type].name
        case .answer: SwiftNamer.typeName(owner.name) + "Response"
        }
        let place = mapper.origins[OriginKey.field(typeName, field.name)]
            ?? refusedValuePlace(steps, owner.name, sample.title,
                                 in: mapper.origins[OriginKey.sample(owner.name, sample.title)]
                                     ?? DocumentPlace(pointer: "#", location: mapper.document.root.location))
        mapper.warn(.numberAsText, "'\(field.name)' is \(stated) in the document, but example '\(sample.title)' of "
                    + "\(owner.name) gives \"\(text)\": typed as string, so the client reads what the API sends",
                    at: place)
        plan.numbersAsText.insert(home.address)
        plan.changed = true
        return true
    }

    /// Whether an example of any answer (a success's, an error's) or webhook gives the field a number.
    private static func examplesGiveANumber(to home: FieldHome, _ spec: APISpecification) -> Bool {
        let typeIndex = Dictionary(spec.types.enumerated().map { ($1.name, $0) },
                                   uniquingKeysWith: { first, _ in first })
        var values: [JSONNode] = []
        for (index, operation) in spec.operations.enumerated() {
            for sample in operation.samples {
                guard let node = sample.responseNode else { continue }
                if let status = sample.status {
                    guard let type = operation.errorBodyType(forStatus: status) else { continue }
                    collect(home, in: type, node, spec, typeIndex, into: &values, depth: 0)
                    continue
                }
                switch operation.responseBody?.shape {
                case .fields(let object)?:
                    for (position, field) in object.fields.enumerated() {
                        guard let value = node.member(field.name) else { continue }
                        if home == .answer(operation: index, field: position) { values.append(value) }
                        collect(home, in: field.type, value, spec, typeIndex, into: &values, depth: 0)
                    }
                case .type(let reference)?:
                    collect(home, in: reference, node, spec, typeIndex, into: &values, depth: 0)
                case nil:
                    continue
                }
            }
        }
        if let webhooks = spec.webhooks {
            for node in webhooks.samples.compactMap(\.responseNode) {
                collect(home, in: webhooks.payload, node, spec, typeIndex, into: &values, depth: 0)
            }
        }
        return values.contains { if case .number = $0.value { true } else { false } }
    }

    /// The values a node of `type` holds for the field at `home`, every union variant tried (more values only make
    /// the retype less likely).
    private static func collect(_ home: FieldHome, in type: TypeReference, _ node: JSONNode, _ spec: APISpecification,
                                _ typeIndex: [String: Int], into values: inout [JSONNode], depth: Int) {
        guard depth < 64 else { return }
        switch type {
        case .orNull(let inner):
            collect(home, in: inner, node, spec, typeIndex, into: &values, depth: depth + 1)
        case .array(let element):
            for item in node.elements ?? [] {
                collect(home, in: element, item, spec, typeIndex, into: &values, depth: depth + 1)
            }
        case .map(let value):
            for member in node.members ?? [] {
                collect(home, in: value, member.value, spec, typeIndex, into: &values, depth: depth + 1)
            }
        case .named(let name):
            guard let index = typeIndex[name] else { return }
            if case .object(let object) = spec.types[index].kind {
                for (position, field) in object.fields.enumerated() {
                    guard let value = node.member(field.name) else { continue }
                    if home == .type(index, field: position) { values.append(value) }
                    collect(home, in: field.type, value, spec, typeIndex, into: &values, depth: depth + 1)
                }
            } else {
                for variant in spec.types[index].heldTypes {
                    collect(home, in: variant, node, spec, typeIndex, into: &values, depth: depth + 1)
                }
            }
        case .scalar:
            return
        }
    }

    /// The field a sample's value at `keys` is the value of, following objects, lists and maps from the answer.
    private static func home(of keys: [JSONPath.Component], in body: Body, operation: Int,
                             _ spec: APISpecification) -> FieldHome? {
        var rest = keys[...]
        var home: FieldHome?
        var type: TypeReference
        switch body.shape {
        case .fields(let object):
            guard case .key(let key)? = rest.first, let index = object.fields.firstIndex(where: { $0.name == key })
            else { return nil }
            rest = rest.dropFirst()
            home = .answer(operation: operation, field: index)
            type = object.fields[index].type
        case .type(let reference):
            type = reference
        }
        while let step = rest.first {
            rest = rest.dropFirst()
            home = nil
            switch (type, step) {
            case (.orNull(let inner), _):
                type = inner
                rest = [step] + rest
            case (.array(let element), .index):
                type = element
            case (.map(let value), .key):
                type = value
            case (.named(let name), .key(let key)):
                guard let typeIndex = spec.types.firstIndex(where: { $0.name == name }),
                      case .object(let object) = spec.types[typeIndex].kind,
                      let index = object.fields.firstIndex(where: { $0.name == key }) else { return nil }
                home = .type(typeIndex, field: index)
                type = object.fields[index].type
            default:
                return nil
            }
        }
        return home
    }
}
