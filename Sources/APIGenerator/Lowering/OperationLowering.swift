import APISpec

/// Lowers one operation to an endpoint function on the client, followed by
/// the types of its inline request and response bodies.
struct OperationLowering {
    let context: LoweringContext

    static func requestTypeName(_ operation: Operation) -> String { SwiftNamer.typeName(operation.name) + "Request" }
    static func responseTypeName(_ operation: Operation) -> String { SwiftNamer.typeName(operation.name) + "Response" }

    private struct Argument {
        let declaration: String
        let doc: String
    }

    func lower(_ operation: Operation) -> CodeNode {
        var nodes: [CodeNode] = [function(operation)]
        let objects = ObjectLowering(context: context)
        if let body = operation.requestBody, body.contentType == .json, case .fields(let object) = body.shape {
            nodes.append(objects.lower(name: Self.requestTypeName(operation),
                                       description: body.description ?? "The body of `\(SwiftNamer.unescapedMemberName(operation.name))`.",
                                       object: object))
        }
        if let body = operation.responseBody, case .fields(let object) = body.shape {
            nodes.append(objects.lower(name: Self.responseTypeName(operation),
                                       description: body.description ?? "The answer of `\(SwiftNamer.unescapedMemberName(operation.name))`.",
                                       object: object))
        }
        return .separated(nodes)
    }

    private func function(_ operation: Operation) -> CodeNode {
        var arguments: [Argument] = []
        var statements: [CodeNode] = []
        let objects = ObjectLowering(context: context)
        let pathParameters = operation.parameters.filter { $0.location == .path }
        let pathValues = pathParameters.map { parameter in
            let name = SwiftNamer.memberName(parameter.field.name)
            let value = context.swiftType(parameter.field.type) == "Swift.String" ? name : "Swift.String(describing: \(name))"
            return "\(SwiftNamer.literal(parameter.field.name)): \(value)"
        }
        var create = "request = APIRuntime.APIRequest(.\(operation.method.rawValue.lowercased()), \(SwiftNamer.literal(operation.path))"
        if !pathValues.isEmpty { create += ", path: [\(pathValues.joined(separator: ", "))]" }
        if !operation.isAuthenticated { create += ", authenticated: false" }
        statements.append(.line(create + ")"))
        for parameter in pathParameters { arguments.append(argument(parameter.field, objects: objects, optionalDefaults: false)) }

        if let body = operation.requestBody {
            switch (body.contentType, body.shape) {
            case (.multipart, .fields(let object)):
                var parts: [String] = []
                for field in object.fields {
                    arguments.append(argument(field, objects: objects, optionalDefaults: true))
                    let name = SwiftNamer.memberName(field.name)
                    if field.type == .scalar(.file) {
                        let allowed = (field.constraints.fileExtensions ?? []).map(SwiftNamer.literal).joined(separator: ", ")
                        parts.append(".file(name: \(SwiftNamer.literal(field.name)), \(name), allowedExtensions: [\(allowed)])")
                    } else {
                        parts.append(".text(name: \(SwiftNamer.literal(field.name)), value: \(name))")
                    }
                }
                statements.append(.line("try request.multipart([\(parts.joined(separator: ", "))])"))
            case (_, .fields):
                arguments.append(Argument(declaration: "body: \(Self.requestTypeName(operation))", doc: "body: \(body.description ?? "The request body.")"))
            case (_, .type(let reference)):
                arguments.append(Argument(declaration: "body: \(context.swiftType(reference))", doc: "body: \(body.description ?? "The request body.")"))
            }
        }
        for parameter in operation.parameters where parameter.location != .path {
            arguments.append(argument(parameter.field, objects: objects, optionalDefaults: true))
            let name = SwiftNamer.memberName(parameter.field.name)
            let key = SwiftNamer.literal(parameter.field.name)
            if parameter.location == .query {
                statements.append(.line("request.query(\(key), \(name))"))
            } else {
                statements.append(.line("request.header(\(key), \(name)\(parameter.field.isSecret ? ", secret: true" : ""))"))
            }
        }
        for parameter in operation.parameters {
            let expressions = ConstraintLowering.expressions(for: parameter.field.type, parameter.field.constraints)
            guard !expressions.isEmpty else { continue }
            let name = SwiftNamer.memberName(parameter.field.name)
            let secret = parameter.field.isSecret ? ", secret: true" : ""
            statements.append(.line("request.check(\(name), \(SwiftNamer.literal(parameter.field.name)), \(expressions.joined(separator: ", "))\(secret))"))
        }
        if let body = operation.requestBody, body.contentType == .json {
            statements.append(.line("try request.json(body)"))
        }

        var returns = ""
        if let type = responseType(operation) {
            returns = " -> \(type)"
            statements.append(.line("return try await self.client.send(request, returning: \(type).self)"))
        } else {
            statements.append(.line("try await self.client.send(request)"))
        }

        // Only requests that get parameters or a body after creation are `var`.
        if case .line(let first) = statements[0] {
            statements[0] = .line((statements.count > 2 ? "var " : "let ") + first)
        }
        let signature = "\(context.access)func \(SwiftNamer.memberName(operation.name))(\(arguments.map(\.declaration).joined(separator: ", "))) async throws(APIRuntime.APIError)\(returns)"
        return .block("extension \(context.clientName)", [
            documentation(operation, arguments, returns: !returns.isEmpty),
            .block(signature, statements),
        ])
    }

    private func responseType(_ operation: Operation) -> String? {
        guard let body = operation.responseBody, operation.successStatus != 204 else { return nil }
        switch body.shape {
        case .fields: return Self.responseTypeName(operation)
        case .type(let reference): return context.swiftType(reference)
        }
    }

    /// Optional parameters default to the spec's default, else nil.
    private func argument(_ field: Field, objects: ObjectLowering, optionalDefaults: Bool) -> Argument {
        let name = SwiftNamer.memberName(field.name)
        let base = context.swiftType(field.type)
        var declaration = "\(name): \(base)"
        let literal = objects.defaultLiteral(field)
        if let literal {
            declaration += " = \(literal)"
        } else if field.isOptional && optionalDefaults {
            declaration += "? = nil"
        }
        let facts = Docs.facts(for: field, defaultLiteral: literal)
        let doc = ([field.description] + facts).filter { !$0.isEmpty }.joined(separator: " ")
        return Argument(declaration: declaration, doc: "\(name.trimmingBackticks): \(doc)")
    }

    private func documentation(_ operation: Operation, _ arguments: [Argument], returns: Bool) -> CodeNode {
        var lines = [operation.summary]
        if let description = operation.description { lines += ["", description] }
        lines += ["", "`\(operation.method.rawValue) \(operation.path)`\(operation.isAuthenticated ? "" : " (no access token needed)")"]
        lines.append("")
        if arguments.count == 1 {
            lines.append("- Parameter " + arguments[0].doc)
        } else if !arguments.isEmpty {
            lines.append("- Parameters:")
            lines += arguments.map { "  - " + $0.doc }
        }
        if returns, let body = operation.responseBody {
            lines.append("- Returns: \(body.description ?? "The decoded answer.")")
        }
        lines.append("- Throws: `APIError`; `.validation` lists every broken limit, and then nothing is sent.")
        return .doc(lines)
    }
}
