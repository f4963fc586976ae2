import ResolvedAPI
import APISpec

/// Operations: function and argument names, bodies, answers, and the
/// resource groups that become files.
extension SpecResolution {
    mutating func resolveGroups() -> [ResolvedGroup] {
        var files = NameScope("the operation files", reserved: [], ignoresCase: true)
        files.claimGenerated(OutputFiles.samplesSuffix, what: "the client's samples file")
        var functions = NameScope("the client's members", reserved: ReservedNames.clientMembers, typeNames: moduleTypeNames)
        var byGroup: [String: [ResolvedOperation]] = [:]
        var order: [(name: String, fileName: String)] = []
        for (index, operation) in spec.operations.enumerated() {
            let path = JSONPath.root.key("operations").index(index)
            if byGroup[operation.group] == nil {
                let owner = NameScope.Owner(what: "group '\(operation.group)'", location: operation.location, path: path.key("group"))
                order.append((operation.group, files.claim(SwiftNamer.typeName(operation.group), by: owner, into: &diagnostics)))
                byGroup[operation.group] = []
            }
            let owner = NameScope.Owner(what: "operation '\(operation.name)'", location: operation.location, path: path.key("name"), isCheckedForDuplicates: true)
            let function = SwiftName(name: functions.claim(SwiftNamer.memberName(operation.name), by: owner, into: &diagnostics))
            var resolved = resolveOperation(operation, function, path)
            resolved.pagination = resolvePagination(resolved, of: operation, functions: &functions, path)
            resolved.inlineRequestFileStem = resolved.inlineRequest.map { typeFileStems[$0.name] ?? $0.name }
            resolved.inlineResponseFileStem = resolved.inlineResponse.map { typeFileStems[$0.name] ?? $0.name }
            resolved.responseHeaders = resolveResponseHeaders(of: operation, path)
            byGroup[operation.group, default: []].append(resolved)
        }
        return order.map { group in
            let operations = byGroup[group.name] ?? []
            let foundation = operations.contains { operation in
                operation.arguments.contains { $0.type.usesFoundation } || (operation.response?.usesFoundation ?? false)
                    || operation.errorBodies.contains { $0.type.usesFoundation }
            }
            return ResolvedGroup(name: group.name, fileName: group.fileName, operations: operations, usesFoundation: foundation)
        }
    }

    /// The struct an answer's headers are read into: its members named as fields are, each read as text or as a
    /// JSON literal by what its type is.
    private mutating func resolveResponseHeaders(of operation: Operation,
                                                 _ path: JSONPath) -> ResolvedResponseHeaders? {
        guard let typeName = responseHeaderTypeNames[operation.name] else { return nil }
        var scope = NameScope("the members of '\(typeName)'", reserved: ReservedNames.objectMembers,
                              typeNames: moduleTypeNames)
        var seen: Set<String> = []
        let headers = operation.responseHeaders.enumerated().map { index, field in
            let key = field.swiftName == nil ? "name" : "swiftName"
            let owner = NameScope.Owner(what: "response header '\(field.name)'", location: field.location,
                                        path: path.key("responseHeaders").index(index).key(key))
            let proposed = SwiftNamer.memberName(field.swiftName ?? field.name)
            // One header in two spellings is the checker's to report (DuplicateField), not a collision too.
            let name = seen.insert(field.name.lowercased()).inserted
                ? scope.claim(proposed, by: owner, into: &diagnostics) : proposed
            let isText = switch LimitTable.shape(of: field.type, types: typesByName) {
            case .text, .enumeration, .dateTime, .date: true
            default: false
            }
            return ResolvedResponseHeaders.Header(wireName: field.name, name: SwiftName(name: name),
                                                  type: swiftType(field.type), isOptional: field.isOptional,
                                                  isText: isText, description: field.description)
        }
        return ResolvedResponseHeaders(typeName: typeName, fileStem: typeFileStems[typeName] ?? typeName,
                                       headers: headers)
    }

    /// A list is a part per item; an item text holds is a text part, a file a file part, anything else JSON.
    private func multipartPart(_ type: TypeReference) -> MultipartPart {
        var item = type
        if case .array(let element) = type { item = element }
        let kind: MultipartPart.Kind = switch LimitTable.shape(of: item, types: typesByName) {
        case .file: .file
        case .text, .enumeration, .integerEnumeration, .integer, .double, .epoch, .dateTime, .date, .bool: .text
        default: .json
        }
        return MultipartPart(kind, isList: item != type, validates: kind == .json && validatesNested(type))
    }

    private mutating func resolveOperation(_ operation: Operation, _ function: SwiftName, _ path: JSONPath) -> ResolvedOperation {
        let wholeBody = operation.requestBody.map { $0.contentType != .multipart } ?? false
        // An argument is a local of the function: it must not shadow a type the function names.
        var scope = NameScope("the arguments of '\(operation.name)'",
                              reserved: wholeBody ? ReservedNames.arguments.union(["body"]) : ReservedNames.arguments, typeNames: moduleTypeNames)
        var arguments: [ResolvedArgument] = []
        func argument(_ field: Field, _ role: ResolvedArgument.Role, _ fieldPath: JSONPath) -> ResolvedArgument {
            let what = role == .multipartField ? "multipart field '\(field.name)'" : "parameter '\(field.name)'"
            let owner = NameScope.Owner(what: what, location: field.location, path: fieldPath.key(field.swiftName == nil ? "name" : "swiftName"), isCheckedForDuplicates: true)
            let name = scope.claim(SwiftNamer.memberName(field.swiftName ?? field.name), by: owner, into: &diagnostics)
            let defaulted = resolveDefault(field)
            let serverDefault = field.isClientDefault ? nil : defaulted
            return ResolvedArgument(role: role, wireName: field.name, name: SwiftName(name: name), type: swiftType(field.type),
                                    isOptional: field.isOptional || serverDefault != nil, isSecret: field.isSecret, facts: facts(of: field),
                                    defaultValue: field.isClientDefault ? defaulted : nil, serverDefault: serverDefault,
                                    limits: ClientLimits.constraints(for: field.type, field.constraints), description: field.description)
        }
        let parameterPath = path.key("parameters")
        for (index, parameter) in operation.parameters.enumerated() where parameter.location == .path {
            arguments.append(argument(parameter.field, .path, parameterPath.index(index)))
        }
        var requestBody = ResolvedOperation.RequestBody.none
        var inlineRequest: ResolvedObject?
        if let body = operation.requestBody {
            let bodyPath = path.key("requestBody")
            switch (body.contentType, body.shape) {
            case (.multipart, .fields(let object)):
                let fields = object.fields.enumerated().map { index, field in
                    var resolved = argument(field, .multipartField, bodyPath.key("fields").index(index))
                    resolved.part = multipartPart(field.type)
                    return resolved
                }
                arguments += fields
                requestBody = .multipart(fields)
            case (_, .fields(let object)):
                let name = requestTypeNames[operation.name] ?? SwiftNamer.typeName(operation.name) + "Request"
                inlineRequest = resolveObject(object, name: name,
                                              description: body.description ?? "The body of `\(function.name)`.", bodyPath)
                requestBody = bodyArgument(.named(name, isEnum: false), body, &scope, &arguments)
            case (_, .type(let reference)):
                requestBody = bodyArgument(swiftType(reference), body, &scope, &arguments)
            }
        }
        for (index, parameter) in operation.parameters.enumerated() where parameter.location != .path {
            var resolved = argument(parameter.field, parameter.location == .query ? .query : .header, parameterPath.index(index))
            resolved.queryStyle = parameter.style.flatMap { ResolvedArgument.QueryStyle(rawValue: $0.rawValue) }
            arguments.append(resolved)
        }
        var requestVariable = "request"
        while scope.isTaken(requestVariable) { requestVariable += "_" }

        var inlineResponse: ResolvedObject?
        var response: SwiftType?
        if let body = operation.responseBody, operation.successStatus != 204 {
            switch body.shape {
            case .fields(let object):
                let name = responseTypeNames[operation.name] ?? SwiftNamer.typeName(operation.name) + "Response"
                inlineResponse = resolveObject(object, name: name, description: body.description ?? "The answer of `\(function.name)`.",
                                               path.key("responseBody"))
                response = .named(name, isEnum: false)
            case .type(.scalar(.file)):
                response = .downloadedFile
            case .type(let reference):
                response = swiftType(reference)
            }
        }
        var secrets: [String] = []
        var visited: Set<String> = []
        for body in [operation.requestBody, operation.responseBody] {
            switch body?.shape {
            case .fields(let object)?: secretKeys(in: nil, object, into: &secrets, visited: &visited)
            case .type(let reference)?: secretKeys(in: reference, nil, into: &secrets, visited: &visited)
            case nil: break
            }
        }
        let errorBodies = operation.statuses.sorted { $0.code < $1.code }.compactMap { status -> ResolvedErrorBody? in
            guard let type = status.type else { return nil }
            secretKeys(in: type, nil, into: &secrets, visited: &visited)
            let statuses: ResolvedErrorBody.Statuses = switch status.code {
            case .exact(let code): .exact(code)
            case .range(let digit): .range(digit)
            case .otherwise: .otherwise
            }
            return ResolvedErrorBody(statuses: statuses, type: swiftType(type), description: status.description)
        }
        var resolved = ResolvedOperation(specName: operation.name, summary: operation.summary, description: operation.description,
                                 method: operation.method.rawValue, path: operation.path, isAuthenticated: operation.isAuthenticated,
                                 functionName: function, arguments: arguments, requestVariable: requestVariable,
                                 requestBody: requestBody, inlineRequest: inlineRequest, inlineResponse: inlineResponse, response: response,
                                 responseDescription: operation.responseBody?.description, secretKeys: secrets.sorted())
        resolved.errorBodies = errorBodies
        if response != nil { resolved.emptyAnswers = operation.emptyAnswers }
        var requestTypes = operation.parameters.map(\.field.type)
        switch operation.requestBody?.shape {
        case .fields(let object)?: requestTypes += object.fields.map(\.type)
        case .type(let reference)?: requestTypes.append(reference)
        case nil: break
        }
        resolved.validatesRequest = arguments.contains { !$0.limits.isEmpty || !($0.facts.fileTypes ?? []).isEmpty }
            || (inlineRequest?.validates ?? false) || requestTypes.contains(where: validatesNested)
        return resolved
    }

    private func bodyArgument(_ type: SwiftType, _ body: Body, _ scope: inout NameScope,
                              _ arguments: inout [ResolvedArgument]) -> ResolvedOperation.RequestBody {
        scope.claimGenerated("body", what: "the request body")
        let name = SwiftName(name: "body")
        arguments.append(ResolvedArgument(role: .body, wireName: "body", name: name, type: type, isOptional: false, isSecret: false,
                                          facts: ValueFacts(fileTypes: nil, isNullable: false, isOneOrMany: false),
                                          defaultValue: nil, serverDefault: nil, limits: [],
                                          description: body.description ?? "The request body."))
        if type == .file { return .upload(argument: name) }
        guard body.contentType == .form else { return .json(type, argument: name) }
        return .form(type, argument: name, repeatsLists: body.formLists == .repeated)
    }

    /// For a `tokenHeader` API whose token operation can be called
    /// unattended: what the generated credentials hold and read.
    mutating func resolveCredentials(_ name: String, _ operations: [ResolvedOperation], _ types: [ResolvedType]) -> ResolvedCredentials? {
        let auth = spec.auth
        guard auth.kind == .tokenHeader, let tokenWire = auth.tokenField,
              let token = operations.first(where: { $0.specName == auth.tokenOperation }),
              let tokenSpec = spec.operations.first(where: { $0.name == auth.tokenOperation }),
              tokenSpec.requestBody == nil, !tokenSpec.parameters.contains(where: { $0.location == .path }) else { return nil }
        var answer: [ResolvedProperty] = token.inlineResponse?.properties ?? []
        if case .type(.named(let typeName)) = tokenSpec.responseBody?.shape,
           case .object(let object) = types.first(where: { $0.specName == typeName })?.kind {
            answer = object.properties
        }
        var members = NameScope("the members of '\(name)'", reserved: ReservedNames.objectMembers.union(ReservedNames.redactingMembers),
                                typeNames: moduleTypeNames)
        let properties = token.arguments.map { argument in
            let owner = NameScope.Owner(what: "parameter '\(argument.wireName)'", location: tokenSpec.location,
                                        path: .root.key("auth").key("tokenOperation"))
            return SwiftName(name: members.claim(argument.name.name, by: owner, into: &diagnostics))
        }
        func access(_ wire: String?) -> ResolvedProperty? {
            answer.first { $0.wireKey == wire }
        }
        guard let tokenProperty = access(tokenWire) else { return nil }
        let expiry = access(auth.expiryField).map { ($0.read, $0.valueType == .epochMillis || $0.valueType == .epochSeconds) }
        return ResolvedCredentials(
            name: name, tokenOperation: token, properties: properties, tokenAccess: tokenProperty.read, expiryAccess: expiry,
            endpointAccess: access(auth.endpointField).map(\.read),
            refreshAccess: access(auth.refreshTokenField).map(\.read),
            refreshArgument: token.arguments.first { $0.role != .body && $0.wireName == auth.refreshTokenField }?.name)
    }
}
