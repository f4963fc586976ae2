import APISpec

/// How a paged operation's walk is written in Swift: the functions' names,
/// where the page token goes, and how each path into the answer reads.
struct ResolvedPagination: Sendable {
    /// One property on the way into the answer; after an optional one, the rest are optional too.
    struct Step: Sendable {
        let name: SwiftName
        let isOptional: Bool
    }

    enum Parameter: Sendable {
        /// An argument of the function (a query parameter).
        case argument(SwiftName)
        /// A property of the request body argument.
        case bodyField(body: SwiftName, property: SwiftName)
        /// None: the next page is at an address the answer gives.
        case link
    }

    let style: Pagination.Style
    /// The Swift type of a page token (the page parameter's, not optional).
    let tokenType: SwiftType
    let pagesFunction: SwiftName
    let itemsFunction: SwiftName
    let parameter: Parameter
    /// The page parameter is optional in Swift; when not (a client default), every call has a token.
    let isParameterOptional: Bool
    let next: [Step]
    let total: [Step]
    let items: [Step]
    let itemType: SwiftType
    /// Local names that no argument takes.
    let tokenVariable: String
    let answerVariable: String
    let numberVariable: String
}

extension SpecResolution {
    mutating func resolvePagination(_ resolved: ResolvedOperation, functions: inout NameScope, _ path: JSONPath) -> ResolvedPagination? {
        let operation = resolved.operation
        guard let pagination = operation.pagination else { return nil }
        let owner = NameScope.Owner(what: "the page functions of '\(operation.name)'", location: pagination.location, path: path.key("pagination"))
        let pages = SwiftName(name: functions.claim(resolved.functionName.name + "Pages", by: owner, into: &diagnostics))
        let items = SwiftName(name: functions.claim(resolved.functionName.name + "Items", by: owner, into: &diagnostics))
        let parameter: ResolvedPagination.Parameter
        let tokenType: SwiftType
        let isParameterOptional: Bool
        if pagination.style == .nextLink {
            parameter = .link
            tokenType = .string
            isParameterOptional = true
        } else if let argument = resolved.arguments.first(where: { $0.role == .query && $0.field?.name == pagination.parameter }) {
            parameter = .argument(argument.name)
            tokenType = argument.type
            isParameterOptional = argument.isOptional
        } else if let body = resolved.inlineRequest, let field = body.properties.first(where: { $0.wireKey == pagination.parameter }),
                  case .json(_, let argument) = resolved.requestBody {
            parameter = .bodyField(body: argument, property: field.name)
            tokenType = field.type
            isParameterOptional = field.isOptional
        } else {
            return nil
        }
        let answer = resolved.inlineResponse?.properties ?? {
            if case .type(.named(let name))? = operation.responseBody?.shape { return resolvedObjects[name]?.properties ?? [] }
            return []
        }()
        func steps(_ dotted: String?) -> [ResolvedPagination.Step] {
            walk(answer, dotted).map { ResolvedPagination.Step(name: $0.name, isOptional: $0.isOptional) }
        }
        var itemType = SwiftType.json
        if case .array(let element)? = walk(answer, pagination.items).last?.type { itemType = element }
        let taken = Set(resolved.arguments.map(\.name.name))
        func local(_ name: String) -> String {
            var candidate = name
            while taken.contains(candidate) { candidate += "_" }
            return candidate
        }
        return ResolvedPagination(style: pagination.style, tokenType: tokenType, pagesFunction: pages, itemsFunction: items, parameter: parameter,
                                  isParameterOptional: isParameterOptional, next: steps(pagination.style == .nextLink ? pagination.nextLink : pagination.nextCursor),
                                  total: steps(pagination.totalPages), items: steps(pagination.items),
                                  itemType: itemType, tokenVariable: local("token"), answerVariable: local("answer"), numberVariable: local("number"))
    }

    /// The properties along a dotted path into the answer; empty when it leads nowhere.
    private func walk(_ answer: [ResolvedProperty], _ dotted: String?) -> [ResolvedProperty] {
        guard let dotted else { return [] }
        var current = answer
        var found: [ResolvedProperty] = []
        for segment in dotted.split(separator: ".", omittingEmptySubsequences: false) {
            guard let property = current.first(where: { $0.wireKey == segment }) else { return [] }
            found.append(property)
            current = []
            if case .named(let typeName) = property.field.type, let object = resolvedObjects[typeName] { current = object.properties }
        }
        return found
    }
}
