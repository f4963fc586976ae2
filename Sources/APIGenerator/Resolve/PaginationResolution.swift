import ResolvedAPI
import APISpec

extension SpecResolution {
    mutating func resolvePagination(_ resolved: ResolvedOperation, of operation: Operation, functions: inout NameScope,
                                    _ path: JSONPath) -> ResolvedPagination? {
        guard let pagination = operation.pagination else { return nil }
        let owner = NameScope.Owner(what: "the page functions of '\(operation.name)'", location: pagination.location, path: path.key("pagination"))
        let pages = SwiftName(name: functions.claim(resolved.functionName.name + "Pages", by: owner, into: &diagnostics))
        let items = SwiftName(name: functions.claim(resolved.functionName.name + "Items", by: owner, into: &diagnostics))
        let parameter: ResolvedPagination.Parameter
        let tokenType: SwiftType
        let isParameterOptional: Bool
        if pagination.style == .nextLink || pagination.style == .linkHeader {
            parameter = .link
            tokenType = .string
            isParameterOptional = true
        } else if let argument = resolved.arguments.first(where: { $0.role == .query && $0.wireName == pagination.parameter }) {
            parameter = .argument(argument.name)
            tokenType = argument.type
            isParameterOptional = argument.isOptional
        } else if let body = resolved.inlineRequest, let field = body.properties.first(where: { $0.wireKey == pagination.parameter }),
                  let argument = resolved.requestBody.whole?.argument {
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
            walk(answer, dotted).map(\.read)
        }
        var itemType = SwiftType.json
        if pagination.items == nil, case .array(let element)? = resolved.response {
            itemType = element  // The answer is the list.
        } else if case .array(let element)? = walk(answer, pagination.items).last?.valueType {
            itemType = element
        }
        let taken = Set(resolved.arguments.map(\.name.name))
        func local(_ name: String) -> String {
            var candidate = name
            while taken.contains(candidate) { candidate += "_" }
            return candidate
        }
        let style: ResolvedPagination.Style
        switch pagination.style {
        case .cursor: style = .cursor
        case .page: style = .page
        case .nextLink: style = .nextLink
        case .linkHeader: style = .linkHeader
        }
        var ends: [ResolvedPagination.End] = []
        if pagination.totalPages != nil { ends.append(.totalPages) }
        if pagination.totalItems != nil { ends.append(.totalItems) }
        if pagination.hasMore != nil { ends.append(.hasMore) }
        switch pagination.end {
        case .emptyPage?: ends.append(.emptyPage)
        case .shortPage?: ends.append(.shortPage)
        case nil: break
        }
        return ResolvedPagination(
            style: style, tokenType: tokenType, pagesFunction: pages, itemsFunction: items, parameter: parameter,
            isParameterOptional: isParameterOptional, ends: ends, method: operation.method.rawValue, path: operation.path,
            next: steps(pagination.style == .nextLink ? pagination.nextLink : pagination.nextCursor),
            totalPages: steps(pagination.totalPages), totalItems: steps(pagination.totalItems),
            hasMore: steps(pagination.hasMore), items: steps(pagination.items), itemType: itemType,
            tokenVariable: local("token"), answerVariable: local("answer"), numberVariable: local("number"))
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
            if case .named(let typeName, _) = property.valueType, let object = resolvedObjectsBySwiftName[typeName] {
                current = object.properties
            }
        }
        return found
    }
}
