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
              var node = mapper.sampleValues[OriginKey.sampleValue(owner.name, sample.title, request: false)]
        else { return false }
        let keys = Array(steps.dropFirst(5))
        for step in keys {
            let next: JSONNode? = switch step {
            case .key(let key): node.member(key)
            case .index(let index): node.elements.flatMap { index < $0.count ? $0[index] : nil }
            }
            guard let next else { return false }
            node = next
        }
        guard let text = node.stringValue, Self.isNumberText(text),
              let home = Self.home(of: keys, in: body, operation: operation, spec) else { return false }
        // Another sample of this round gave the same field as text: it was retyped already.
        if plan.numbersAsText.contains(home.address) { return true }
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
        let place = refusedValuePlace(steps, owner.name, sample.title,
                                      in: mapper.origins[OriginKey.sample(owner.name, sample.title)]
                                          ?? mapper.origins[OriginKey.operation(owner.name)]
                                          ?? DocumentPlace(pointer: "#", location: mapper.document.root.location))
        mapper.warn(.numberAsText, "'\(field.name)' is \(stated) in the document, but its example of \(owner.name) "
                    + "gives \"\(text)\": typed as string, so the client reads what the API sends", at: place)
        plan.numbersAsText.insert(home.address)
        plan.changed = true
        return true
    }

    /// A JSON number's text, as an API writes a price or a coordinate in a string.
    private static func isNumberText(_ text: String) -> Bool {
        guard let first = text.utf8.first, first == UInt8(ascii: "-") || (48...57).contains(first) else { return false }
        return Double(text).map { $0.isFinite } ?? false
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
