import ResolvedAPI
/// For a paged operation: a function that walks every page and one that
/// walks every item, with the operation's own arguments (the page argument
/// is where the walk starts).
struct PaginationLowering {
    let context: LoweringContext

    func lower(_ operation: ResolvedOperation, declarations: [String]) -> CodeNode? {
        guard let paging = operation.pagination, let response = operation.response else { return nil }
        let a = context.access
        let page = context.spell(response)
        let item = context.spell(paging.itemType)
        let token = paging.tokenVariable, answer = paging.answerVariable, number = paging.numberVariable
        let parameters = declarations.joined(separator: ", ")
        let name = operation.functionName
        let tokenSwift = context.spell(paging.tokenType)
        let start: String
        switch paging.parameter {
        case .argument(let argument): start = argument.spelled
        case .bodyField(let body, let property): start = "\(body.spelled).\(property.spelled)"
        case .link: start = "nil as \(tokenSwift)?"
        }
        // What each call sends: the page number, or the cursor, never nil after a start that is
        // not, as a parameter without nil needs.
        let sent: String
        switch paging.style {
        case .page: sent = number
        case .cursor where !paging.isParameterOptional: sent = "\(token) ?? \(start)"
        case .cursor, .nextLink, .linkHeader: sent = token
        }
        let call = operation.arguments.map { argument in
            if case .argument(argument.name) = paging.parameter { return "\(argument.name.label): \(sent)" }
            return "\(argument.name.label): \(argument.name.spelled)"
        }
        let first = "self.\(name.spelled)(\(call.joined(separator: ", ")))"
        var fetch: [CodeNode] = []
        if case .bodyField(let body, let property) = paging.parameter {
            fetch = [.line("var \(body.spelled) = \(body.spelled)"),
                     .line("\(body.spelled).\(property.spelled) = \(sent)")]
        }
        var followingPages: [CodeNode] = []
        var facts = ["itemCount: \(count(answer, paging.items))"]
        // An answer that gives nil (a 204 for an empty repository) ends the walk.
        let mayBeNil = !operation.emptyAnswers.isEmpty
        switch paging.style {
        case .nextLink, .linkHeader:
            // The first page by the operation itself; the others at the address each answer gives (a field of the
            // answer, or its `Link` header, which the runtime reads).
            let following = "self.\(paging.pagesFunction.spelled)(\(token))"
            fetch.append(.line("let \(answer): \(page)\(mayBeNil ? "?" : "")"))
            fetch.append(.labeled("if let \(token) {", [.line("\(answer) = try await \(following)")]))
            fetch.append(.labeled("} else {", [.line("\(answer) = try await \(first)")]))
            fetch.append(.line("}"))
            if mayBeNil { fetch.append(.line("guard let \(answer) else { return nil }")) }
            if paging.style == .nextLink { facts.append("next: \(path(answer, paging.next))") }
            followingPages = [.blank] + followingPage(operation, paging: paging, page: page)
        case .cursor, .page:
            fetch.append(.line(mayBeNil ? "guard let \(answer) = try await \(first) else { return nil }"
                                        : "let \(answer) = try await \(first)"))
            if paging.style == .cursor { facts.append("next: \(path(answer, paging.next))") }
        }
        if paging.ends.contains(.hasMore) { facts.append("hasMore: \(path(answer, paging.hasMore))") }
        if paging.ends.contains(.totalPages) { facts.append("totalPages: \(integer(answer, paging.totalPages))") }
        if paging.ends.contains(.totalItems) { facts.append("totalItems: \(integer(answer, paging.totalItems))") }
        fetch.append(.line("return \(RuntimeSymbols.pageTurn)(\(answer), \(facts.joined(separator: ", ")))"))
        let ends = paging.ends.map { ".\($0.rawValue)" }.joined(separator: ", ")
        let stated = ends.isEmpty ? "" : "ends: [\(ends)], "
        let place = "method: \(SwiftLiteral.string(paging.method)), path: \(SwiftLiteral.string(paging.path))"
        let opening: String, argument: String
        switch paging.style {
        case .linkHeader:
            (opening, argument) = ("\(RuntimeSymbols.pages).followingLinkHeaders(\(stated)", "\(token): \(tokenSwift)?")
        case .page:
            (opening, argument) = ("\(RuntimeSymbols.pages)(numberedFrom: \(start), ends: [\(ends)], ", "\(number): \(tokenSwift)")
        case .cursor, .nextLink:
            (opening, argument) = ("\(RuntimeSymbols.pages)(from: \(start), \(stated)", "\(token): \(tokenSwift)?")
        }
        let walk = "\(opening)\(place)) { (\(argument)) async throws(\(RuntimeSymbols.apiError)) in"
        let items = path("$0", paging.items)
        let labels = operation.arguments.map { "\($0.name.label): \($0.name.spelled)" }.joined(separator: ", ")
        return .block("extension \(context.clientName)", [
            .doc(["Every page of `\(name.name)`, each fetched when the iteration reaches it, until the last page"
                  + (mayBeNil ? " or an answer that carries nothing. " : ". ")
                  + "No request is made before iteration starts; cancelling the task ends it. The arguments are "
                  + "`\(name.name)`'s, the page argument naming where the walk starts. Errors are `APIError`s: an answer "
                  + "that does not say where the walk goes on, or leads to a page already walked, stops it with "
                  + "`APIError.paging`."]),
            .block("\(a)func \(paging.pagesFunction.spelled)(\(parameters)) -> \(RuntimeSymbols.pages)<\(page)>", [
                // The error type spelled out: Swift infers `any Error` for a closure's throws.
                .closure(walk, fetch),
            ]),
            .blank,
            .doc(["Every item of every page of `\(name.name)`, in order (see `\(paging.pagesFunction.name)`)."]),
            .block("\(a)func \(paging.itemsFunction.spelled)(\(parameters)) -> \(RuntimeSymbols.pageItems)<\(page), \(item)>", [
                .line("self.\(paging.pagesFunction.spelled)(\(labels)).items { \(items)\(isOptional(paging.items) ? " ?? []" : "") }"),
            ]),
        ] + followingPages)
    }

    /// The page at an address an answer gave. A function of the client rather than a line of the walk's closure: the
    /// closure is nonisolated, and where a module isolates its declarations to the main actor by default, the page
    /// type's `Decodable` conformance may only be used in the client's isolation. Unlabelled, so that it cannot
    /// clash with the public function of the same name, whose arguments all have labels.
    private func followingPage(_ operation: ResolvedOperation, paging: ResolvedPagination, page: String) -> [CodeNode] {
        let request = "\(RuntimeSymbols.apiRequest)(following: link, template: \(SwiftLiteral.string(operation.path))"
            + "\(operation.isAuthenticated ? "" : ", authenticated: false"))"
        let errorBodies = OperationLowering.errorBodyArguments(operation, context: context)
        let nilOn = OperationLowering.nilOnArgument(operation)
        let body: [CodeNode]
        if operation.secretKeys.isEmpty {
            body = [.line("return try await self.client.send(\(request), returning: \(page).self\(nilOn)\(errorBodies))")]
        } else {
            body = [
                .line("var request = \(request)"),
                .line("request.secrets([\(operation.secretKeys.map(SwiftLiteral.string).joined(separator: ", "))])"),
                .line("return try await self.client.send(request, returning: \(page).self\(nilOn)\(errorBodies))"),
            ]
        }
        let signature = "private func \(paging.pagesFunction.spelled)(_ link: \(RuntimeSymbols.string))"
            + " async throws(\(RuntimeSymbols.apiError)) -> \(page)\(operation.emptyAnswers.isEmpty ? "" : "?")"
        return [
            .doc(["The page at `link`, an address an answer of `\(operation.functionName.name)` gave"
                  + (operation.emptyAnswers.isEmpty ? "." : "; nil on an answer that carries nothing.")]),
            .block(signature, body),
        ]
    }

    /// `answer.meta?.pages`: optional chaining after each optional step; a nullable one read through `.value`.
    private func path(_ root: String, _ steps: [ResolvedPagination.Step]) -> String {
        var text = root
        var optional = false
        for step in steps {
            text += (optional ? "?." : ".") + step.member
            optional = optional || step.isOptional
        }
        return text
    }

    /// The items' count; 0 where the answer leaves the list out.
    private func count(_ root: String, _ steps: [ResolvedPagination.Step]) -> String {
        isOptional(steps) ? "(\(path(root, steps))?.count ?? 0)" : "\(path(root, steps)).count"
    }

    /// A count of the answer as an `Int`, as the runtime compares them.
    private func integer(_ root: String, _ steps: [ResolvedPagination.Step]) -> String {
        isOptional(steps) ? "(\(path(root, steps))).map { \(RuntimeSymbols.int)(clamping: $0) }"
            : "\(RuntimeSymbols.int)(clamping: \(path(root, steps)))"
    }

    private func isOptional(_ steps: [ResolvedPagination.Step]) -> Bool {
        steps.contains(where: \.isOptional)
    }
}
