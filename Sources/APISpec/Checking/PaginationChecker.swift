/// Checks of an operation's `pagination`: the walk can tell its last page,
/// the parameter it names selects the page, and the answer's paths exist
/// with fitting types.
extension SpecChecker {
    mutating func checkPagination(_ operation: Operation, _ path: JSONPath) {
        guard let pagination = operation.pagination else { return }
        let paging = path.key("pagination")
        let style = pagination.style.rawValue
        let readable = Pagination.keys(of: pagination.style)
        for key in pagination.givenKeys where !readable.contains(key) {
            sink.error(.paginationKeyForOtherStyle, "a '\(style)' walk does not read pagination '\(key)'",
                       at: pagination.location, paging.key(key))
        }
        if let end = pagination.end, readable.contains("end"),
           !Pagination.ends(of: pagination.style).contains(end) {
            sink.error(.paginationKeyForOtherStyle,
                       "a '\(style)' walk cannot end at a '\(end.rawValue)': its pages need not be full",
                       at: pagination.location, paging.key("end"))
        }
        if !pagination.statesItsEnd {
            sink.error(.paginationEndUnknown,
                       "a numbered walk must state how it ends: 'totalPages', 'totalItems', 'hasMore', "
                       + "or an 'end' of 'emptyPage' or 'shortPage'; without one it could stop early or never",
                       at: pagination.location, paging)
        }
        let answer = answerFields(of: operation)
        func fieldType(_ key: String, _ dotted: String?) -> TypeReference? {
            // Keys the style does not read were refused above; their paths are not followed.
            guard let dotted, key == "items" || readable.contains(key) else { return nil }
            return follow(dotted, in: answer, operation, paging.key(key), pagination.location)
        }
        if let dotted = pagination.items {
            if let items = fieldType("items", dotted), !items.isArrayType {
                sink.error(.paginationFieldType, "pagination 'items' must name a list, but '\(dotted)' is \(items)",
                           at: pagination.location, paging.key("items"))
            }
        } else if case .type(let answer)? = operation.responseBody?.shape, answer.isArrayType {
            // The answer is the page's list.
        } else {
            sink.error(.paginationFieldType,
                       "pagination without 'items' pages an answer that is a list, but the answer of "
                       + "'\(operation.name)' is not one; name its list in 'items'",
                       at: pagination.location, paging)
        }
        if let type = fieldType("hasMore", pagination.hasMore), type != .scalar(.bool) {
            sink.error(.paginationFieldType,
                       "pagination 'hasMore' '\(pagination.hasMore ?? "")' must be a bool, not \(type)",
                       at: pagination.location, paging.key("hasMore"))
        }
        for (key, dotted) in [("totalPages", pagination.totalPages), ("totalItems", pagination.totalItems)] {
            if let type = fieldType(key, dotted), type != .scalar(.int32) && type != .scalar(.int64) {
                sink.error(.paginationFieldType,
                           "pagination '\(key)' '\(dotted ?? "")' must be an integer, not \(type)",
                           at: pagination.location, paging.key(key))
            }
        }
        switch pagination.style {
        case .nextLink, .linkHeader:
            if let type = fieldType("nextLink", pagination.nextLink),
               type != .scalar(.string) && type != .scalar(.url) {
                sink.error(.paginationFieldType,
                           "pagination 'nextLink' '\(pagination.nextLink ?? "")' must be a string or url, not \(type)",
                           at: pagination.location, paging.key("nextLink"))
            }
            if operation.method != .GET {
                sink.error(.paginationMethod,
                           "a '\(style)' walk follows links with GET, but '\(operation.name)' is a "
                           + operation.method.rawValue,
                           at: pagination.location, paging.key("style"))
            }
        case .cursor, .page:
            guard let parameter = checkPageParameter(pagination, operation, paging) else { return }
            if pagination.style == .cursor, let type = fieldType("nextCursor", pagination.nextCursor),
               type != parameter.type {
                sink.error(.paginationFieldType, "pagination 'nextCursor' '\(pagination.nextCursor ?? "")' is \(type), "
                           + "but the parameter '\(parameter.name)' is \(parameter.type)",
                           at: pagination.location, paging.key("nextCursor"))
            }
        }
    }

    /// The field that selects the page, when it can: one the first request leaves out, of a token's type.
    private mutating func checkPageParameter(_ pagination: Pagination, _ operation: Operation,
                                             _ paging: JSONPath) -> Field? {
        var bodyFields: [Field] = []
        if case .fields(let object)? = operation.requestBody?.shape, operation.requestBody?.contentType == .json {
            bodyFields = object.fields
        }
        let candidates = operation.parameters.filter { $0.location == .query }.map(\.field) + bodyFields
        guard let parameter = candidates.first(where: { $0.name == pagination.parameter }) else {
            sink.error(.paginationUnknownField, "pagination 'parameter' names '\(pagination.parameter ?? "")', "
                       + "which is no query parameter or request body field of '\(operation.name)'",
                       at: pagination.location, paging.key("parameter"))
            return nil
        }
        let isCursor = pagination.style == .cursor
        let tokenTypes: [ScalarType] = isCursor ? [.string, .guid, .int32, .int64] : [.int32, .int64]
        if !tokenTypes.contains(where: { parameter.type == .scalar($0) }) {
            sink.error(.paginationFieldType, "pagination parameter '\(parameter.name)' must be "
                       + "\(isCursor ? "a string or an integer" : "an integer"), not \(parameter.type)",
                       at: pagination.location, paging.key("parameter"))
        }
        if parameter.isNullable {
            sink.error(.paginationStartParameter, "pagination parameter '\(parameter.name)' cannot be nullable: "
                       + "the walk leaves it out to ask for the first page",
                       at: pagination.location, paging.key("parameter"))
        }
        if !parameter.isOptional && parameter.defaultValue == nil {
            sink.error(.paginationStartParameter, "pagination parameter '\(parameter.name)' must be optional: "
                       + "the first page is asked for without it",
                       at: pagination.location, paging.key("parameter"))
        }
        return parameter
    }

    private func answerFields(of operation: Operation) -> [Field] {
        switch operation.responseBody?.shape {
        case .fields(let object)?: return object.fields
        case .type(.named(let name))?:
            if case .object(let object)? = typesByName[name]?.kind { return object.fields }
            return []
        default: return []
        }
    }

    /// The type at a dotted path through the answer's objects; nil (after an error) when it does not exist.
    private mutating func follow(_ dotted: String, in fields: [Field], _ operation: Operation, _ path: JSONPath,
                                 _ location: SourceLocation) -> TypeReference? {
        var current = fields
        var type: TypeReference?
        for segment in dotted.split(separator: ".", omittingEmptySubsequences: false) {
            guard let field = current.first(where: { $0.name == segment }), !field.isInline else {
                sink.error(.paginationUnknownField,
                           "pagination names '\(dotted)', which the answer of '\(operation.name)' does not have",
                           at: location, path)
                return nil
            }
            type = field.type
            current = []
            if case .named(let name) = field.type, case .object(let object)? = typesByName[name]?.kind {
                current = object.fields
            }
        }
        return type
    }
}
