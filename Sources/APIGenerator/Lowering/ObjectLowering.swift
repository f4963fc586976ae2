import APISpec

/// Lowers an object type (or an operation's inline body) to a struct with
/// a memberwise initializer, coding keys where wire names differ, and a
/// validator when it has limits.
struct ObjectLowering {
    let context: LoweringContext

    struct Property {
        let field: Field
        /// The escaped Swift name.
        let name: String
        let baseType: String
        /// The static constant beside the property that lists its limits, so
        /// that changing a limit changes one place of the generated file.
        var limits: (name: String, expressions: [String])?
        var type: String { field.isOptional ? baseType + "?" : baseType }
        var wireKey: String { field.name }
    }

    func properties(of object: ObjectType) -> [Property] {
        var properties = object.fields.map { field in
            Property(field: field, name: SwiftNamer.memberName(field.swiftName ?? field.name), baseType: context.swiftType(field.type))
        }
        var taken = Set(properties.map(\.name.trimmingBackticks))
        for index in properties.indices {
            let expressions = ConstraintLowering.expressions(for: properties[index].field.type, properties[index].field.constraints)
            guard !expressions.isEmpty else { continue }
            let base = properties[index].name.trimmingBackticks
            var name = "limitsOf" + base.prefix(1).uppercased() + base.dropFirst()
            while taken.contains(name) { name += "_" }
            taken.insert(name)
            properties[index].limits = (name, expressions)
        }
        return properties
    }

    func lower(name: String, description: String, object: ObjectType) -> CodeNode {
        let properties = properties(of: object)
        let conformances = "Swift.Codable, Swift.Hashable, Swift.Sendable, APIRuntime.Validatable"
        var members: [CodeNode] = properties.map { property in
            .group([
                Docs.comment(property.field.description,
                             Docs.facts(for: property.field, defaultLiteral: defaultLiteral(property.field))),
                .line("\(context.access)var \(property.name): \(property.type)"),
                property.limits.map { .line("static let \($0.name): [APIRuntime.Constraint] = [\($0.expressions.joined(separator: ", "))]") } ?? .group([]),
            ])
        }
        members.append(.blank)
        members.append(initializer(properties))
        members.append(.blank)
        members.append(codingKeys(properties))
        if properties.contains(where: \.field.isInline) {
            members.append(.blank)
            members.append(customCoding(properties))
        }
        let validation = ValidatorLowering(context: context).objectValidation(properties, rules: object.rules)
        if !validation.isEmpty {
            members.append(.blank)
            members.append(validateMethod(validation))
        }
        return .group([
            Docs.comment(description),
            .block("\(context.access)struct \(name): \(conformances)", members),
        ])
    }

    func validateMethod(_ body: [CodeNode]) -> CodeNode {
        .block("\(context.access)func validate(into validator: inout APIRuntime.Validator)", body)
    }

    /// The literal a field defaults to, if the spec gives one.
    func defaultLiteral(_ field: Field) -> String? {
        guard let value = field.defaultValue else { return nil }
        if case .string(let text) = value, context.isEnum(field.type) { return "." + SwiftNamer.memberName(text) }
        switch value {
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let text): return text
        case .string(let text): return SwiftNamer.literal(text)
        }
    }

    private func initializer(_ properties: [Property]) -> CodeNode {
        let parameters = properties.map { property -> String in
            var parameter = "\(property.name): \(property.type)"
            if let literal = defaultLiteral(property.field) {
                parameter += " = \(literal)"
            } else if property.field.isOptional {
                parameter += " = nil"
            }
            return parameter
        }
        let assignments = properties.map { CodeNode.line("self.\($0.name) = \($0.name)") }
        let singleLine = "\(context.access)init(\(parameters.joined(separator: ", ")))"
        if singleLine.count <= 100 {
            return .block(singleLine, assignments)
        }
        let parameterLines = parameters.enumerated().map { index, parameter in
            CodeNode.line("    " + parameter + (index < parameters.count - 1 ? "," : ""))
        }
        return .group([.line("\(context.access)init(")] + parameterLines + [.block(")", assignments)])
    }

    /// Keys only where a wire name is not the Swift name, or where an inline
    /// union needs the plain fields listed apart from its own keys.
    private func codingKeys(_ properties: [Property]) -> CodeNode {
        let plain = properties.filter { !$0.field.isInline }
        let differs = plain.contains { $0.name.trimmingBackticks != $0.wireKey }
        guard !plain.isEmpty, differs || plain.count != properties.count else { return .group([]) }
        let cases = plain.map { property -> CodeNode in
            property.name.trimmingBackticks == property.wireKey
                ? .line("case \(property.name)")
                : .line("case \(property.name) = \(SwiftNamer.literal(property.wireKey))")
        }
        return .block("private enum CodingKeys: Swift.String, Swift.CodingKey", cases)
    }

    /// Codable by hand: the inline union reads and writes its keys in this
    /// same JSON object.
    private func customCoding(_ properties: [Property]) -> CodeNode {
        let plain = properties.filter { !$0.field.isInline }
        var decode: [CodeNode] = plain.isEmpty ? [] : [.line("let container = try decoder.container(keyedBy: CodingKeys.self)")]
        var encode: [CodeNode] = plain.isEmpty ? [] : [.line("var container = encoder.container(keyedBy: CodingKeys.self)")]
        for property in properties {
            if property.field.isInline {
                decode.append(.line("self.\(property.name) = try \(property.baseType)(from: decoder)"))
                encode.append(.line("try self.\(property.name).encode(to: encoder)"))
            } else if property.field.isOptional {
                decode.append(.line("self.\(property.name) = try container.decodeIfPresent(\(property.baseType).self, forKey: .\(property.name))"))
                encode.append(.line("try container.encodeIfPresent(self.\(property.name), forKey: .\(property.name))"))
            } else {
                decode.append(.line("self.\(property.name) = try container.decode(\(property.baseType).self, forKey: .\(property.name))"))
                encode.append(.line("try container.encode(self.\(property.name), forKey: .\(property.name))"))
            }
        }
        return .group([
            .block("\(context.access)init(from decoder: any Swift.Decoder) throws", decode),
            .blank,
            .block("\(context.access)func encode(to encoder: any Swift.Encoder) throws", encode),
        ])
    }
}

extension String {
    var trimmingBackticks: String {
        hasPrefix("`") && hasSuffix("`") && count > 1 ? String(dropFirst().dropLast()) : self
    }
}
