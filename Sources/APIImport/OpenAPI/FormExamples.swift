import APISpec

/// A form body's (or a multipart body's) examples as the values they send. A form's values are text on the wire,
/// and documents write their examples that way (Twilio: `"Hold": "true"`, `"ChargeAmount": "10.50"`,
/// `"StatusCallbackEvent": "initiated"`); the sample states the values those texts are: a boolean, a number, a list
/// of one. Text that is not one of the field's values is kept as written, for lint to refuse and the import to name.
extension OpenAPIMapper {
    func formExample(_ example: JSONNode, of body: Body) -> JSONNode {
        guard case .object(let members) = example.value, let fields = formFields(of: body) else { return example }
        let types = Dictionary(fields.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
        var sent = example
        sent.value = .object(members.map { member in
            guard let type = types[member.key] else { return member }
            var sentMember = member
            sentMember.value = Self.formValue(member.value, as: type)
            return sentMember
        })
        return sent
    }

    private func formFields(of body: Body) -> [Field]? {
        switch body.shape {
        case .fields(let object): return object.fields
        case .type(.named(let name)):
            guard let index = typeIndex[name], case .object(let object) = types[index].kind else { return nil }
            return object.fields
        default: return nil
        }
    }

    /// `text` as a value of `type`, where the form's text spells one.
    static func formValue(_ node: JSONNode, as type: TypeReference) -> JSONNode {
        switch (type, node.value) {
        case (.array(let element), .string):
            // A list of one is sent as one `name=value` pair, as a plain value is.
            return JSONNode(.array([formValue(node, as: element)]), at: node.location)
        case (.array(let element), .array(let items)):
            return JSONNode(.array(items.map { formValue($0, as: element) }), at: node.location)
        case (.scalar(.bool), .string(let text)) where text == "true" || text == "false":
            return JSONNode(.bool(text == "true"), at: node.location)
        case (.scalar(let scalar), .string(let text)) where [.int32, .int64, .double, .epochSeconds, .epochMillis]
            .contains(scalar):
            // Text with spaces around a number is not that number on the wire.
            guard text.first?.isWhitespace == false, text.last?.isWhitespace == false,
                  let parsed = try? JSONParser.parse(text), case .number = parsed.value else { return node }
            return JSONNode(parsed.value, at: node.location)
        default:
            return node
        }
    }
}
