import ResolvedAPI
/// Lowers one operation to an endpoint function on the client (and its
/// paged walk); the types of its in-place bodies are printed in `Models/`.
struct OperationLowering {
    let context: LoweringContext

    func lower(_ resolved: ResolvedOperation) -> CodeNode {
        let declarations = resolved.arguments.map(declaration)
        var nodes: [CodeNode] = [function(resolved, declarations: declarations)]
        if let paging = PaginationLowering(context: context).lower(resolved, declarations: declarations) {
            nodes.append(paging)
        }
        return .separated(nodes)
    }

    private func function(_ resolved: ResolvedOperation, declarations: [String]) -> CodeNode {
        let operation = resolved
        let request = resolved.requestVariable
        var statements: [CodeNode] = []
        let pathValues = resolved.arguments.filter { $0.role == .path }.map { argument in
            "\(SwiftLiteral.string(argument.wireName)): \(argument.name.spelled)\(argument.type == .string ? "" : ".wireText")"
        }
        var create = "\(request) = \(RuntimeSymbols.apiRequest)(.\(operation.method.lowercased()), \(SwiftLiteral.string(operation.path))"
        if !pathValues.isEmpty { create += ", path: [\(pathValues.joined(separator: ", "))]" }
        if !operation.isAuthenticated { create += ", authenticated: false" }
        statements.append(.line(create + ")"))
        for argument in resolved.arguments where argument.role == .query || argument.role == .header {
            let key = SwiftLiteral.string(argument.wireName)
            let secret = argument.isSecret ? ", secret: true" : ""
            switch argument.role {
            case .query where argument.queryStyle == .deepObject:
                statements.append(.line("try \(request).query(\(key), object: \(argument.name.spelled)\(secret))"))
            case .query:
                let style = argument.queryStyle.map { $0 == .repeated ? "" : ", style: .\($0.rawValue)" } ?? ""
                statements.append(.line("\(request).query(\(key), \(argument.name.spelled)\(secret)\(style))"))
            case .header: statements.append(.line("\(request).header(\(key), \(argument.name.spelled)\(secret))"))
            default: break
            }
        }
        if !resolved.secretKeys.isEmpty {
            statements.append(.line("\(request).secrets([\(resolved.secretKeys.map(SwiftLiteral.string).joined(separator: ", "))])"))
        }
        for argument in resolved.arguments where !argument.limits.isEmpty {
            let expressions = ConstraintLowering.expressions(argument.limits).joined(separator: ", ")
            let secret = argument.isSecret ? ", secret: true" : ""
            let name = SwiftLiteral.string(argument.wireName)
            statements.append(.line("\(request).check(\(argument.name.spelled), \(name), \(expressions)\(secret))"))
        }
        for argument in resolved.arguments where argument.part?.validates == true {
            let name = SwiftLiteral.string(argument.wireName)
            statements.append(.line("\(request).validate(\(argument.name.spelled), \(name))"))
        }
        switch resolved.requestBody {
        case .none:
            break
        case .json(_, let argument):
            statements.append(.line("try \(request).json(\(argument.spelled))"))
        case .form(_, let argument, let repeatsLists):
            let lists = repeatsLists ? ", lists: .repeated" : ""
            statements.append(.line("try \(request).form(\(argument.spelled)\(lists))"))
        case .upload(let argument):
            statements.append(.line("\(request).upload(\(argument.spelled))"))
        case .multipart(let fields):
            let parts = fields.map { argument -> String in
                let name = SwiftLiteral.string(argument.wireName), value = argument.name.spelled
                let part = argument.part ?? MultipartPart(.text, isList: false)
                switch part.kind {
                case .text: return ".\(part.isList ? "fields" : "field")(\(name), \(value))"
                case .json: return ".\(part.isList ? "jsons" : "json")(\(name), \(value))"
                case .file:
                    let allowed = (argument.facts.fileTypes ?? []).map(SwiftLiteral.string).joined(separator: ", ")
                    return ".\(part.isList ? "uploads" : "upload")(\(name), \(value), allowedExtensions: [\(allowed)])"
                }
            }
            statements.append(.line("try \(request).multipart([\(parts.joined(separator: ", "))])"))
        }

        var returns = ""
        if let response = resolved.response {
            let type = context.spell(response)
            returns = " -> \(type)" + (resolved.emptyAnswers.isEmpty ? "" : "?")
            let errorBodies = Self.errorBodyArguments(resolved, context: context)
            let nilOn = Self.nilOnArgument(resolved)
            if response == .downloadedFile {
                // The answer's bytes as they came: no JSON to decode.
                statements.append(.line("return try await self.client.download(\(request)\(nilOn)\(errorBodies))"))
            } else {
                let send = "self.client.send(\(request), returning: \(type).self\(nilOn)\(errorBodies))"
                statements.append(.line("return try await " + send))
            }
        } else {
            let errorBodies = resolved.errorBodies.isEmpty ? "" : Self.errorBodyArguments(resolved, context: context).dropFirst(2)
            statements.append(.line("try await self.client.send(\(request)\(errorBodies.isEmpty ? "" : ", ")\(errorBodies))"))
        }

        // Only requests that get parameters or a body after creation are `var`.
        if case .line(let first) = statements[0] {
            statements[0] = .line((statements.count > 2 ? "var " : "let ") + first)
        }
        let signature = "\(context.access)func \(resolved.functionName.spelled)(\(declarations.joined(separator: ", "))) "
            + "async throws(\(RuntimeSymbols.apiError))\(returns)"
        return .block("extension \(context.clientName)", [
            documentation(resolved, hasReturn: !returns.isEmpty),
            .block(signature, statements),
        ])
    }

    /// Optional parameters default to the spec's default, else nil.
    private func declaration(_ argument: ResolvedArgument) -> String {
        var declaration = "\(argument.name.spelled): \(context.spell(argument.type))"
        if let value = argument.defaultValue {
            declaration += " = \(context.literal(value))"
        } else if argument.isOptional && argument.role != .path {
            declaration += "? = nil"
        }
        return declaration
    }

    /// `name: what it is`; nil for an argument the spec says nothing of (GitHub's path parameters), which an empty
    /// line of documentation would only repeat.
    private func argumentDoc(_ argument: ResolvedArgument) -> String? {
        let facts = Docs.facts(argument.limits, argument.role == .body ? nil : argument.facts, type: argument.type,
                               defaultLiteral: argument.defaultValue.map(context.literal), serverDefault: argument.serverDefault.map(context.literal))
        let doc = ([argument.description] + facts).filter { !$0.isEmpty }.joined(separator: " ")
        return doc.isEmpty ? nil : "\(argument.name.name): \(doc)"
    }

    private func documentation(_ resolved: ResolvedOperation, hasReturn: Bool) -> CodeNode {
        let operation = resolved
        var lines = [operation.summary]
        if let description = operation.description { lines += ["", description] }
        lines += ["", "`\(operation.method) \(operation.path)`\(operation.isAuthenticated ? "" : " (no access token needed)")"]
        if let headers = operation.responseHeaders {
            let names = headers.headers.map { "`\($0.wireName)`" }.joined(separator: ", ")
            lines += ["", "Its answer's headers (\(names)) are read with `\(headers.typeName).capturing { … }`."]
        }
        lines.append("")
        let arguments = resolved.arguments.compactMap(argumentDoc)
        if arguments.count == 1 {
            lines.append("- Parameter " + arguments[0])
        } else if !arguments.isEmpty {
            lines.append("- Parameters:")
            lines += arguments.map { "  - " + $0 }
        }
        // "The decoded answer" would say what the signature says: a return is documented when the spec describes it.
        if hasReturn, let answer = operation.responseDescription {
            let nilOn = Self.emptyAnswersDoc(operation)
            lines.append("- Returns: " + (nilOn.isEmpty ? answer : Self.sentence(answer) + nilOn))
        } else if hasReturn, !operation.emptyAnswers.isEmpty {
            lines.append("- Returns:" + Self.emptyAnswersDoc(operation))
        }
        // `.validation` only where something can refuse a request: most operations of most APIs have no limit.
        let validation = resolved.validatesRequest ? "; `.validation` lists every broken limit, and then nothing is sent" : ""
        lines.append("- Throws: `APIError`\(validation)." + Self.answeredDoc(resolved, context: context))
        return .doc(lines)
    }

    /// `, nilOn: [202, 204]` for `send` and `download`: the statuses whose answers give nil; empty without any.
    static func nilOnArgument(_ operation: ResolvedOperation) -> String {
        let statuses = operation.emptyAnswers.map { String($0.status) }
        return statuses.isEmpty ? "" : ", nilOn: [\(statuses.joined(separator: ", "))]"
    }

    /// `, errorBodies: APIRuntime.ErrorBody([.code(404), .range(4)], Problem.self), …` for `send`: one argument a
    /// type, its statuses in the order they match; empty when the operation documents none.
    static func errorBodyArguments(_ operation: ResolvedOperation, context: LoweringContext) -> String {
        let bodies = bodiesByType(operation, context: context)
        guard !bodies.isEmpty else { return "" }
        return ", errorBodies: " + bodies.map { type, statuses in
            "\(RuntimeSymbols.errorBody)([\(statuses.map(statusMatch).joined(separator: ", "))], \(type).self)"
        }.joined(separator: ", ")
    }

    /// Each type spelled, with its statuses, in the order the types first come.
    private static func bodiesByType(_ operation: ResolvedOperation,
                                     context: LoweringContext) -> [(type: String, statuses: [ResolvedErrorBody.Statuses])] {
        var bodies: [(type: String, statuses: [ResolvedErrorBody.Statuses])] = []
        for body in operation.errorBodies {
            let type = context.spell(body.type)
            if let index = bodies.firstIndex(where: { $0.type == type }) {
                bodies[index].statuses.append(body.statuses)
            } else {
                bodies.append((type, [body.statuses]))
            }
        }
        return bodies
    }

    private static func statusMatch(_ statuses: ResolvedErrorBody.Statuses) -> String {
        switch statuses {
        case .exact(let code): ".code(\(code))"
        case .range(let digit): ".range(\(digit))"
        case .otherwise: ".otherwise"
        }
    }

    /// ` Nil on a 204 answer: Not a member. Nil on a 202 or 205 answer.`: when the result is nil, and why where the
    /// spec says.
    private static func emptyAnswersDoc(_ operation: ResolvedOperation) -> String {
        let answers = operation.emptyAnswers
        var text = answers.filter { !$0.description.isEmpty }.map { answer in
            " Nil on a \(answer.status) answer: " + sentence(answer.description)
        }.joined()
        let bare = answers.filter(\.description.isEmpty).map { String($0.status) }
        if let last = bare.last {
            let statuses = bare.count == 1 ? last : bare.dropLast().joined(separator: ", ") + " or " + last
            text += " Nil on a \(statuses) answer."
        }
        return text
    }

    /// `text` ending as a sentence does, so that another can follow it.
    private static func sentence(_ text: String) -> String {
        text.last.map { ".!?".contains($0) } ?? true ? text : text + "."
    }

    /// What `.answered` carries for which statuses: ` `.answered` carries the documented body: `Problem` for 404, 4XX.`
    private static func answeredDoc(_ operation: ResolvedOperation, context: LoweringContext) -> String {
        let bodies = bodiesByType(operation, context: context)
        guard !bodies.isEmpty else { return "" }
        let parts = bodies.map { type, statuses in
            "`\(type)` for " + statuses.map { $0 == .otherwise ? "any other error status" : $0.specText }.joined(separator: ", ")
        }
        return " `.answered` carries the documented body: " + parts.joined(separator: "; ") + "."
    }
}
