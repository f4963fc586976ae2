/// Checks of operations, auth and webhooks.
extension SpecChecker {
    mutating func checkOperations() {
        var names: [String: Operation] = [:]
        var routes: [String: Operation] = [:]
        for (index, operation) in spec.operations.enumerated() {
            let path = JSONPath.root.key("operations").index(index)
            if let first = names[operation.name] {
                sink.error(.duplicateOperation, "duplicate operation '\(operation.name)' (first declared at line \(first.location.line))",
                           at: operation.location, path.key("name"))
            }
            names[operation.name] = operation
            // One route to the server whatever its placeholders are called; variants declare it again on purpose.
            var route = "\(operation.method.rawValue) \(PathTemplate(operation.path).shape)"
            if let variant = operation.routeVariant {
                checkRouteVariant(variant, of: operation, path)
                route += "#" + variant
            }
            if let first = routes[route] {
                let same = first.path == operation.path ? "" : " as '\(first.path)'"
                let variant = operation.routeVariant.map { " with route variant '\($0)'" } ?? ""
                let written = "\(operation.method.rawValue) \(operation.path)"
                sink.error(.duplicateRoute, "'\(written)'\(variant) is already declared by operation '\(first.name)'"
                           + "\(same); operations meant to share a route each need a 'routeVariant' of their own",
                           at: operation.pathLocation ?? operation.location, path.key("path"))
            }
            routes[route] = routes[route] ?? operation
            checkOperation(operation, path)
        }
        checkAuth()
    }

    /// A variant is a label that the export writes as the path's fragment (`/files/{id}#add_link`), so it keeps to
    /// characters a fragment holds as they are.
    private mutating func checkRouteVariant(_ variant: String, of operation: Operation, _ path: JSONPath) {
        guard variant.isEmpty || !variant.unicodeScalars.allSatisfy(Operation.isRouteVariantCharacter) else { return }
        sink.error(.invalidRouteVariant, "route variant '\(Diagnostic.clipped(variant))' of operation "
                   + "'\(operation.name)' must be one or more ASCII letters, digits, '_', '-' or '.'",
                   at: operation.location, path.key("routeVariant"))
    }

    private mutating func checkOperation(_ operation: Operation, _ path: JSONPath) {
        let template = checkPathTemplate(operation, path)
        if !operation.group.unicodeScalars.contains(where: { NameCharacters.isLetter($0) || NameCharacters.isDigit($0) }) {
            sink.error(.invalidGroupName, "group name must contain letters", at: operation.location, path.key("group"))
        }
        checkFieldList(operation.parameters.map(\.field), path.key("parameters"), what: "operation '\(operation.name)'")
        // Where the braces are broken, which names the template holds is unclear: no parameter is blamed for it.
        let bracesHold = !template.problems.contains { [.unclosedBrace, .unopenedBrace, .nestedBrace].contains($0) }
        for (index, parameter) in operation.parameters.enumerated() {
            let parameterPath = path.key("parameters").index(index)
            checkField(parameter.field, parameterPath)
            if parameter.location == .path {
                if bracesHold, !template.placeholders.contains(parameter.field.name),
                   !template.problems.contains(.malformedPlaceholder(parameter.field.name)) {
                    sink.error(.pathParameterWithoutPlaceholder, "path parameter '\(parameter.field.name)' does not appear in path '\(operation.path)'",
                               at: parameter.field.location, parameterPath.key("name"))
                }
                if parameter.field.isOptional {
                    sink.error(.optionalPathParameter, "path parameter '\(parameter.field.name)' cannot be optional",
                               at: parameter.field.location, parameterPath.key("optional"))
                }
            }
            if parameter.field.isInline {
                sink.error(.inlineNotApplicable, "a parameter cannot be an inline union",
                           at: parameter.field.location, parameterPath.key("inline"))
            }
            if parameter.style == .deepObject {
                checkDeepObject(parameter, parameterPath)
            } else {
                checkPlainValue(parameter.field, parameterPath.key("type"), what: "a \(parameter.location.rawValue) parameter",
                                arrays: parameter.location != .path)
            }
            if parameter.field.isOneOrMany {
                sink.error(.oneOrManyNotApplicable, "'oneOrMany' applies to body fields, not parameters",
                           at: parameter.field.location, parameterPath.key("oneOrMany"))
            }
            if parameter.field.isNullable {
                sink.error(.nullableNotApplicable, "'nullable' applies to JSON body fields, not parameters",
                           at: parameter.field.location, parameterPath.key("nullable"))
            }
            let isQueryList = parameter.location == .query && parameter.field.type.isArrayType
            if let style = parameter.style, style != .deepObject, !isQueryList {
                sink.error(.styleNotApplicable, "'style' applies to query parameters holding a list, but '\(parameter.field.name)' is a \(parameter.location.rawValue) parameter of type \(parameter.field.type)",
                           at: parameter.styleLocation ?? parameter.field.location, parameterPath.key("style"))
            }
        }
        let declared = operation.parameters.filter { $0.location == .path }.map(\.field.name)
        for placeholder in template.placeholders where !declared.contains(placeholder) {
            var message = "placeholder '{\(placeholder)}' of path '\(operation.path)' has no path parameter"
            if let suggestion = Suggestion.closest(to: placeholder, among: declared) { message += "; did you mean '\(suggestion)'?" }
            sink.error(.pathPlaceholderWithoutParameter, message,
                       at: operation.pathLocation ?? operation.location, path.key("path"))
        }
        for (body, key) in [(operation.requestBody, "requestBody"), (operation.responseBody, "responseBody")] {
            guard let body else { continue }
            checkBody(body, of: operation, path.key(key))
        }
        if operation.method.carriesNoBody, let body = operation.requestBody {
            sink.error(.requestBodyNotApplicable, "a \(operation.method.rawValue) request carries no body (URLSession "
                       + "refuses to send one on Apple platforms); send its values as query parameters",
                       at: body.location, path.key("requestBody"))
        }
        if !(100...599).contains(operation.successStatus) {
            sink.error(.invalidStatus, "success status \(operation.successStatus) is not an HTTP status",
                       at: operation.location, path.key("successStatus"))
        }
        if operation.successStatus == 204, operation.responseBody != nil {
            sink.error(.noContentWithBody, "a 204 No Content operation cannot have a response body",
                       at: operation.location, path.key("responseBody"))
        } else if operation.method == .HEAD, operation.responseBody != nil {
            sink.error(.noContentWithBody, "a HEAD operation's answer has headers alone; it cannot have a response "
                       + "body", at: operation.location, path.key("responseBody"))
        }
        checkStatuses(operation, path)
        checkResponseHeaders(operation, path)
        checkSampleStatuses(operation, path)
        checkPagination(operation, path)
    }

    /// The path by its grammar: each problem its own located error, braces once.
    private mutating func checkPathTemplate(_ operation: Operation, _ path: JSONPath) -> PathTemplate {
        let template = PathTemplate(operation.path)
        let quoted = "path '\(Diagnostic.clipped(operation.path))'"
        var bracesReported = false
        for problem in template.problems {
            let (code, message): (DiagnosticCode, String)
            switch problem {
            case .notAbsolute: (code, message) = (.pathNotAbsolute, "\(quoted) must start with '/'")
            case .unclosedBrace: (code, message) = (.pathUnbalancedBraces, "\(quoted) has a '{' with no '}' after it")
            case .unopenedBrace: (code, message) = (.pathUnbalancedBraces, "\(quoted) has a '}' with no '{' before it")
            case .nestedBrace: (code, message) = (.pathUnbalancedBraces, "\(quoted) has a '{' inside a placeholder")
            case .malformedPlaceholder(let name):
                (code, message) = (.pathMalformedPlaceholder, name.isEmpty ? "\(quoted) has an empty placeholder '{}'"
                    : "\(quoted) has placeholder '{\(name)}'; a placeholder names one path parameter, with no '/', '?' or '#'")
            case .duplicatePlaceholder(let name):
                (code, message) = (.pathDuplicatePlaceholder, "\(quoted) has placeholder '{\(name)}' more than once")
            case .query:
                (code, message) = (.pathQueryOrFragment, "\(quoted) holds a query ('?'); declare query parameters with \"in\": \"query\"")
            case .fragment: (code, message) = (.pathQueryOrFragment, "\(quoted) holds a fragment ('#'), which is never sent")
            }
            if code == .pathUnbalancedBraces {
                guard !bracesReported else { continue }
                bracesReported = true
            }
            sink.error(code, message, at: operation.pathLocation ?? operation.location, path.key("path"))
        }
        return template
    }

    private mutating func checkBody(_ body: Body, of operation: Operation, _ path: JSONPath) {
        switch body.shape {
        case .type(let reference):
            checkReference(reference, at: body.location, path.key("type"))
            // A whole body may be a file (an upload; a download: an archive, an image); a file inside JSON is not one.
            if reference != .scalar(.file) { checkNoFile(reference, at: body.location, path.key("type")) }
        case .fields(let object):
            checkObject(object, path, what: "the body of '\(operation.name)'", allowsFiles: body.contentType == .multipart)
        }
        if body.contentType == .form, path.components.last == .key("responseBody") {
            sink.error(.formBodyNotApplicable, "answers are read as JSON; a form body is for requests only",
                       at: body.location, path.key("contentType"))
        } else if body.contentType == .form, case .type(let reference) = body.shape, !isMembers(reference, seen: []) {
            sink.error(.formBodyNotApplicable, "a form body is key=value pairs of an object's members, but '\(operation.name)' "
                       + "sends \(reference); use json, or an object type", at: body.location, path.key("type"))
        }
        checkFormLists(body, path)
        if body.contentType == .multipart { checkMultipart(body, path) }
    }

    /// Whether values of the type are always JSON objects (an object, a map,
    /// a tagged union, or an untagged union of such), so that their members
    /// can be a form's pairs. An unknown name is reported elsewhere.
    private func isMembers(_ reference: TypeReference, seen: Set<String>) -> Bool {
        switch reference {
        case .map: return true
        case .scalar, .array, .orNull: return false
        case .named(let name):
            guard !seen.contains(name), let type = typesByName[name] else { return true }
            switch type.kind {
            case .object, .taggedUnion: return true
            case .enumeration: return false
            case .untaggedUnion(let union): return union.variants.allSatisfy { isMembers($0.type, seen: seen.union([name])) }
            }
        }
    }

    /// A `deepObject` parameter is a query parameter of an object, map or union, or a list of them: its members
    /// become pairs (a list's numbered, `name[0][member]=`).
    private mutating func checkDeepObject(_ parameter: Parameter, _ path: JSONPath) {
        var type = parameter.field.type
        if case .array(let item) = type { type = item }
        if case .named(let name) = type, typesByName[name] == nil { return }
        let shape = LimitTable.shape(of: type, types: typesByName)
        if parameter.location != .query || (shape != .structured && shape != .map) {
            let what = "a \(parameter.location.rawValue) parameter of type \(parameter.field.type)"
            sink.error(.styleNotApplicable, "'deepObject' sends the members of an object, map or union (or of a list "
                       + "of them) in the query, but "
                       + "'\(parameter.field.name)' is \(what)",
                       at: parameter.styleLocation ?? parameter.field.location, path.key("style"))
        }
    }

    /// Parameters and response headers are text: one scalar or enum value
    /// (or, where `arrays`, a list of them).
    mutating func checkPlainValue(_ field: Field, _ path: JSONPath, what: String, arrays: Bool) {
        var type = field.type
        if arrays, case .array(let element) = type { type = element }
        if case .named(let name) = type, typesByName[name] == nil { return }
        if case .orNull = type {
            // Text has no spelling of `null`: an empty item would be the empty string.
            sink.error(.textValueRequired, "\(what) is sent as text, which cannot hold null, but '\(field.name)' is "
                       + "\(field.type)", at: field.location, path)
            return
        }
        switch LimitTable.shape(of: type, types: typesByName) {
        case .text, .enumeration, .integerEnumeration, .integer, .double, .epoch, .dateTime, .date, .bool: return
        default:
            let allowed = arrays ? "a string, number, boolean, date, enum, or an array of one of them"
                : "a string, number, boolean, date or enum"
            sink.error(.textValueRequired, "\(what) must be \(allowed), but '\(field.name)' is \(field.type)",
                       at: field.location, path)
        }
    }

    private mutating func checkAuth() {
        let auth = spec.auth
        let path = JSONPath.root.key("auth")
        guard auth.kind == .tokenHeader else { return }
        if auth.header == nil { sink.error(.authIncomplete, "auth scheme 'tokenHeader' needs a 'header'",
                                           at: auth.location, path) }
        guard let name = auth.tokenOperation else {
            sink.error(.authIncomplete, "auth scheme 'tokenHeader' needs a 'tokenOperation'", at: auth.location, path)
            return
        }
        if let operation = spec.operations.first(where: { $0.name == name }) {
            if operation.isAuthenticated {
                sink.error(.authTokenOperation, "token operation '\(name)' must be marked \"authenticated\": false",
                           at: operation.location, .root.key("operations").index(spec.operations.firstIndex(of: operation) ?? 0))
            }
            checkTokenFields(auth, operation)
        } else {
            var message = "auth names token operation '\(name)', which does not exist"
            if let suggestion = Suggestion.closest(to: name, among: spec.operations.map(\.name)) { message += "; did you mean '\(suggestion)'?" }
            sink.error(.authTokenOperation, message, at: auth.location, path.key("tokenOperation"))
        }
    }

    /// The fields auth names must exist in the token operation's answer,
    /// and the refresh token must also be one of its parameters.
    private mutating func checkTokenFields(_ auth: AuthScheme, _ operation: Operation) {
        var answer: [Field] = []
        if case .fields(let object) = operation.responseBody?.shape { answer = object.fields }
        if case .type(.named(let name)) = operation.responseBody?.shape, case .object(let object) = typesByName[name]?.kind { answer = object.fields }
        let named = [("tokenField", auth.tokenField), ("expiryField", auth.expiryField), ("endpointField", auth.endpointField),
                     ("refreshTokenField", auth.refreshTokenField)]
        if auth.tokenField == nil {
            sink.error(.authIncomplete, "auth scheme 'tokenHeader' needs a 'tokenField'", at: auth.location, .root.key("auth"))
        }
        // What the runtime's token authenticator can use each field as.
        let accepted: [String: (Set<ScalarType>, String)] = [
            "tokenField": ([.string, .guid], "a string"), "refreshTokenField": ([.string, .guid], "a string"),
            "endpointField": ([.string, .url], "a string or url"),
            "expiryField": ([.epochSeconds, .epochMillis, .dateTime], "an epochSeconds, epochMillis or dateTime"),
        ]
        for case let (key, field?) in named {
            guard let found = answer.first(where: { $0.name == field }) else {
                var message = "auth '\(key)' names '\(field)', which the answer of '\(operation.name)' does not have"
                if let suggestion = Suggestion.closest(to: field, among: answer.map(\.name)) { message += "; did you mean '\(suggestion)'?" }
                sink.error(.authUnknownField, message, at: auth.location, .root.key("auth").key(key))
                continue
            }
            if let (scalars, wanted) = accepted[key], !scalars.contains(where: { found.type == .scalar($0) }) {
                sink.error(.authFieldType, "auth '\(key)' names '\(field)', which must be \(wanted), not \(found.type)",
                           at: found.location, .root.key("auth").key(key))
            }
        }
        if let refresh = auth.refreshTokenField, !operation.parameters.contains(where: { $0.field.name == refresh }) {
            sink.error(.authUnknownField, "auth 'refreshTokenField' '\(refresh)' is not a parameter of '\(operation.name)'",
                       at: auth.location, .root.key("auth").key("refreshTokenField"))
        }
        // The credentials hold the token operation's parameters as given.
        for parameter in operation.parameters where parameter.field.name == auth.refreshTokenField
            && !(parameter.field.type == .scalar(.string) || parameter.field.type == .scalar(.guid)) {
            sink.error(.authFieldType, "the refresh token parameter '\(parameter.field.name)' must be a string, not \(parameter.field.type)",
                       at: parameter.field.location, .root.key("auth").key("refreshTokenField"))
        }
    }

    mutating func checkWebhooks() {
        guard let webhooks = spec.webhooks else { return }
        checkReference(webhooks.payload, at: webhooks.location, .root.key("webhooks").key("payload"))
        checkNoFile(webhooks.payload, at: webhooks.location, .root.key("webhooks").key("payload"))
    }
}
