import ResolvedAPI

/// How a generated client spells what calling code writes: the Swift type of
/// each operation's request and response body and of the webhook payload,
/// each struct's memberwise initializer, and each endpoint function's
/// arguments. For tools that write Swift against a generated client (the
/// fuzzer's sample harness), so that they need not guess the namer's
/// decisions: names are the resolver's, spellings lowering's, exactly as the
/// generated code has them.
public struct ClientSpellings: Sendable {
    /// One argument of an endpoint function or of a struct's initializer.
    public struct Argument: Sendable, Hashable {
        public enum Role: Sendable, Hashable {
            case path, query, header, multipartField
            /// The JSON body of an endpoint function.
            case body
            /// A stored property of a struct, set by its initializer.
            case member
            /// A property holding an inline union, whose keys sit in the struct's own JSON object.
            case inlineUnion
        }

        public var role: Role
        /// The parameter, multipart field or member as the wire names it; nil for a JSON body.
        public var wireName: String?
        /// As written before the colon at a call site.
        public var label: String
        /// The Swift type of the value it takes, without the `?` of an
        /// optional (a value that may be null but is never left out keeps
        /// its `?`: nil is null).
        public var type: String
        /// Whether a call may leave it out: it is optional, or defaulted by the server or the client.
        public var canBeOmitted: Bool
        /// Whether, left out, the client fills in the spec's `clientDefault` (and sends it).
        public var hasClientDefault: Bool
    }

    /// A generated struct with a memberwise initializer: a named object type, or an inline body.
    public struct Structure: Sendable, Hashable {
        public var typeName: String
        /// In the initializer's order.
        public var arguments: [Argument]
    }

    public struct Endpoint: Sendable, Hashable {
        /// The operation's name in the spec.
        public var operation: String
        /// The function's name as written after `client.`.
        public var function: String
        /// In the function's order.
        public var arguments: [Argument]
        /// The Swift type of a JSON or form request body; nil without one, or for a multipart body or an upload.
        public var requestBody: String?
        /// The Swift type the function decodes its answer as (it returns an optional of it where an answer gives nil);
        /// nil when it returns nothing.
        public var response: String?
        /// The structs of a body written as fields in the operation itself.
        public var inlineRequest: Structure?
        public var inlineResponse: Structure?
        /// The Swift type of each documented error body, by status as the spec writes it (`404`, `4XX`, `default`;
        /// `Operation.errorBodyCode(forStatus:)` says which of them an answer's status is read by).
        public var errorBodies: [String: String] = [:]
    }

    /// The client struct; every client has `init(client: APIRuntime.APIClient)`.
    public var clientName: String
    /// In spec order.
    public var endpoints: [Endpoint]
    /// Spec type name -> Swift type name, for every named type.
    public var typeNames: [String: String]
    /// Spec type name -> struct, for every named object type.
    public var objects: [String: Structure]
    /// The facade with `decode(_:)` for callbacks, and the Swift type it decodes; nil without webhooks.
    public var webhooks: (facade: String, payload: String)?
}

extension ClientSpellings {
    /// The spellings of a resolved client, as public declarations spell them.
    package init(_ resolved: ResolvedSpec) {
        let context = LoweringContext(resolved: resolved, options: LoweringOptions(isPublic: true, hashable: false))
        func structure(_ object: ResolvedObject) -> ClientSpellings.Structure {
            .init(typeName: object.name, arguments: object.properties.map { property in
                .init(role: property.inlineUnion == nil ? .member : .inlineUnion, wireName: property.wireKey,
                      label: property.name.label,
                      type: property.holding == .orNull ? context.declaredType(of: property) : context.spell(property.type),
                      canBeOmitted: property.isOptional || property.defaultValue != nil,
                      hasClientDefault: property.defaultValue != nil)
            })
        }
        var objects: [String: ClientSpellings.Structure] = [:]
        for type in resolved.types {
            if case .object(let object) = type.kind { objects[type.specName] = structure(object) }
        }
        let endpoints = resolved.groups.flatMap(\.operations).map { operation -> ClientSpellings.Endpoint in
            let arguments = operation.arguments.map { argument -> ClientSpellings.Argument in
                let role: ClientSpellings.Argument.Role
                switch argument.role {
                case .path: role = .path
                case .query: role = .query
                case .header: role = .header
                case .multipartField: role = .multipartField
                case .body: role = .body
                }
                return .init(role: role, wireName: argument.role == .body ? nil : argument.wireName, label: argument.name.label,
                             type: context.spell(argument.type),
                             // As `OperationLowering` declares them: a path parameter is always passed.
                             canBeOmitted: argument.defaultValue != nil
                                 || (argument.isOptional && argument.role != .path),
                             hasClientDefault: argument.defaultValue != nil)
            }
            var requestBody: String?
            if let body = operation.requestBody.whole { requestBody = context.spell(body.type) }
            var endpoint = Endpoint(operation: operation.specName, function: operation.functionName.spelled,
                                    arguments: arguments, requestBody: requestBody,
                                    response: operation.response.map(context.spell),
                                    inlineRequest: operation.inlineRequest.map(structure),
                                    inlineResponse: operation.inlineResponse.map(structure))
            for body in operation.errorBodies { endpoint.errorBodies[body.statuses.specText] = context.spell(body.type) }
            return endpoint
        }
        var webhooks: (facade: String, payload: String)?
        if let hooks = resolved.webhooks {
            webhooks = (hooks.name, context.spell(hooks.payload))
        }
        let typeNames = Dictionary(resolved.types.map { ($0.specName, $0.name) },
                                   uniquingKeysWith: { first, _ in first })
        self.init(clientName: resolved.clientName, endpoints: endpoints, typeNames: typeNames, objects: objects,
                  webhooks: webhooks)
    }
}
