import ResolvedAPI
/// Lowers an object type (or an operation's inline body) to a struct with
/// a memberwise initializer, its JSON coding written out, and a validator
/// when it has limits.
struct ObjectLowering {
    let context: LoweringContext

    /// The struct with what callers use (properties, initializer), then the
    /// machinery in extensions below it: coding, validation with its limit
    /// tables (only for a type that checks something), redaction.
    func lower(_ object: ResolvedObject) -> CodeNode {
        let properties = object.properties
        var members: [CodeNode] = properties.map { property in
            .group([
                Docs.comment(property.description,
                             Docs.facts(property.limits, property.facts, type: property.valueType,
                                        defaultLiteral: property.defaultValue.map(context.literal),
                                        serverDefault: property.serverDefault.map(context.literal), holding: property.holding)),
                .line((property.isIndirect ? "@\(RuntimeSymbols.indirect) " : "")
                      + "\(context.access)var \(property.name.spelled): \(type(of: property))"),
            ])
        }
        members.append(.blank)
        members.append(initializer(properties))
        var declarations: [CodeNode] = [
            .group([
                Docs.comment(object.description),
                .block("\(context.access)struct \(object.name): \(context.modelConformances)", members),
            ]),
            .block("extension \(object.name): \(RuntimeSymbols.codable)", [coding(properties)]),
        ]
        if object.validates {
            let tables: [CodeNode] = properties.compactMap { property in
                property.limitsName.map {
                    let limits = ConstraintLowering.expressions(property.limits).joined(separator: ", ")
                    return .line("static let \($0): [\(RuntimeSymbols.constraint)] = [\(limits)]")
                }
            }
            declarations.append(.block("extension \(object.name): \(RuntimeSymbols.validatable)", [
                .group(tables), .blank, validateMethod(ValidatorLowering(context: context).objectValidation(object)),
            ]))
        }
        if object.hasSecrets {
            declarations.append(RedactionLowering(context: context).extensions(of: object.name,
                                                                               properties.map { ($0.name, $0.isSecret) }))
        }
        return .separated(declarations)
    }

    private func type(of property: ResolvedProperty) -> String {
        context.declaredType(of: property)
    }

    func validateMethod(_ body: [CodeNode]) -> CodeNode {
        .block("\(context.access)func validate(into validator: inout \(RuntimeSymbols.validator))", body)
    }

    private func initializer(_ properties: [ResolvedProperty]) -> CodeNode {
        let parameters = properties.map { property -> String in
            var parameter = "\(property.name.spelled): \(type(of: property))"
            if let value = property.defaultValue {
                // A nullable value's default is a value, not null.
                let literal = context.literal(value)
                parameter += property.holding == .nullable ? " = .value(\(literal))" : " = \(literal)"
            } else {
                switch property.holding {
                case .optional: parameter += " = nil"
                case .nullable: parameter += " = .absent"
                // Always sent: the caller says which value, or nil for null.
                case .value, .orNull: break
                }
            }
            return parameter
        }
        let assignments = properties.map { CodeNode.line("self.\($0.name.spelled) = \($0.name.spelled)") }
        // A long parameter list is broken one parameter to a line by the printer.
        return .block("\(context.access)init(\(parameters.joined(separator: ", ")))", assignments)
    }

    /// Codable written out, each member by its wire name (`APIRuntime.JSONKey`):
    /// synthesized conformances cost a `CodingKeys` enum per type, which
    /// the compiler turned into a quarter of a client's machine code.
    /// An inline union reads and writes its keys in this same JSON object;
    /// a one-or-many list reads a single element too.
    private func coding(_ properties: [ResolvedProperty]) -> CodeNode {
        let plain = properties.filter { $0.inlineUnion == nil }
        let keyed = "keyedBy: \(RuntimeSymbols.jsonKey).self"
        var decode: [CodeNode] = []
        var encode: [CodeNode] = []
        if properties.isEmpty {
            // Still an object on the wire: `{}` is read and written.
            decode = [.line("_ = try decoder.container(\(keyed))")]
            encode = [.line("_ = encoder.container(\(keyed))")]
        } else if !plain.isEmpty {
            decode = [.line("let container = try decoder.container(\(keyed))")]
            encode = [.line("var container = encoder.container(\(keyed))")]
        }
        for property in properties {
            let name = property.name.spelled
            let key = SwiftLiteral.string(property.wireKey)
            let base = context.spell(property.type)
            if property.inlineUnion != nil {
                decode.append(.line("self.\(name) = try \(base)(from: decoder)"))
                encode.append(.line("try self.\(name).encode(to: encoder)"))
            } else if property.holding == .nullable || property.holding == .orNull {
                // `Nullable` (left out: `.absent`) or `T?` whose key is always there (nil: `null`).
                let suffix = property.holding == .nullable ? "IfPresent" : ""
                let wrapped = context.spell(property.valueType)
                decode.append(.line("self.\(name) = try container.decodeNullable\(suffix)(\(wrapped).self, forKey: \(key))"))
                encode.append(.line("try container.encodeNullable\(suffix)(self.\(name), forKey: \(key))"))
            } else if property.facts.isOneOrMany, case .array(let element) = property.type {
                let method = property.isOptional ? "decodeOneOrManyIfPresent" : "decodeOneOrMany"
                decode.append(.line("self.\(name) = try container.\(method)(\(context.spell(element)).self, forKey: \(key))"))
                encode.append(.line("try container.encode\(property.isOptional ? "IfPresent" : "")(self.\(name), forKey: \(key))"))
            } else if property.isOptional {
                decode.append(.line("self.\(name) = try container.decodeIfPresent(\(base).self, forKey: \(key))"))
                encode.append(.line("try container.encodeIfPresent(self.\(name), forKey: \(key))"))
            } else {
                decode.append(.line("self.\(name) = try container.decode(\(base).self, forKey: \(key))"))
                encode.append(.line("try container.encode(self.\(name), forKey: \(key))"))
            }
        }
        return .group([
            .block("\(context.access)init(from decoder: \(RuntimeSymbols.decoder)) throws", decode),
            .blank,
            .block("\(context.access)func encode(to encoder: \(RuntimeSymbols.encoder)) throws", encode),
        ])
    }
}
