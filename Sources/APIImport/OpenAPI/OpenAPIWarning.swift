import APISpec

/// Something of an OpenAPI document the spec format cannot say, or that the
/// importer changed so that the draft lints: located by line and column and
/// by JSON pointer. Tools and tests tell warnings apart by `kind`.
public struct OpenAPIWarning: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A Swagger 2.0 document, read as the OpenAPI 3.0 one it converts to (pointers name that form).
        case swaggerConverted = "SwaggerConverted"
        /// A `$ref` to another file, or to nothing in this one: `json` stands in.
        case unresolvedReference = "UnresolvedReference"
        /// Types that hold each other with no list or map between: one field becomes `json`.
        case recursiveField = "RecursiveField"
        /// An `allOf` member that is not an object: its constraints are not merged.
        case allOfNotObject = "AllOfNotObject"
        /// `additionalProperties` beside `properties`: an object has fields or is a map, not both.
        case additionalPropertiesBesideProperties = "AdditionalPropertiesBesideProperties"
        /// A discriminator the client cannot read as a tag (a variant written in place, or one that does not hold the
        /// tag as a required string field): an untagged union, variants tried in order.
        case discriminatorTriedInOrder = "DiscriminatorTriedInOrder"
        /// An enum of numbers or of mixed kinds: apigen's enums are strings.
        case enumNotText = "EnumNotText"
        /// A keyword apigen has no limit for (`multipleOf`, `uniqueItems`, an exclusive bound on a double…).
        case limitNotExpressible = "LimitNotExpressible"
        /// `null` where the format has no place for it (a list's element, a parameter).
        case nullNotExpressible = "NullNotExpressible"
        /// A default that is an object or a list.
        case defaultNotLiteral = "DefaultNotLiteral"
        /// A cookie parameter, a `deepObject` style, or a parameter described by `content`.
        case parameterNotExpressible = "ParameterNotExpressible"
        /// HEAD, OPTIONS or TRACE.
        case methodNotSupported = "MethodNotSupported"
        /// A request body the spec format cannot send: multipart whose schema is not an object's properties, a form
        /// that is not an object's members, a body with no media type.
        case requestContentType = "RequestContentType"
        /// A request body on a GET or HEAD, which the client cannot send: left out.
        case requestBodyNotSent = "RequestBodyNotSent"
        /// A list or object in a form body that the document encodes in another style than `name[0]=`, `name[key]=`.
        case formStyle = "FormStyle"
        /// A success answer in another media type than JSON.
        case responseContentType = "ResponseContentType"
        /// A `default` or range answer, or an answer body besides the success one: kept as a status where it has one.
        case responseNotExpressible = "ResponseNotExpressible"
        /// Response headers: the format has no place for them.
        case responseHeaders = "ResponseHeaders"
        /// A security scheme the format has no auth for (basic, a cookie key, mutual TLS).
        case securityScheme = "SecurityScheme"
        /// An API key the client sends as a secret parameter of each call.
        case apiKeyAsParameter = "APIKeyAsParameter"
        /// No usable server URL.
        case serverURL = "ServerURL"
        /// Webhooks or callbacks apigen's one webhook payload cannot hold.
        case webhooksNotExpressible = "WebhooksNotExpressible"
        /// An example given by `externalValue`, which is not read.
        case externalExample = "ExternalExample"
        /// A sample the draft's own types refuse: left out.
        case sampleLeftOut = "SampleLeftOut"
        /// A default or limit the draft's lint refuses: left out.
        case factLeftOut = "FactLeftOut"
        /// A parameter the draft cannot send (an object in a query): left out.
        case parameterLeftOut = "ParameterLeftOut"
        /// A number the document's own answer examples give as text (Twilio's `price`): typed as string.
        case numberAsText = "NumberAsText"
        /// A value the draft cannot type any other way: `json` stands in.
        case typedAsJSON = "TypedAsJSON"
        /// An operation that cannot be made to lint: left out.
        case operationLeftOut = "OperationLeftOut"
    }

    public var kind: Kind
    public var message: String
    public var file: String
    public var location: SourceLocation
    /// The JSON pointer of what the warning is about (`#/paths/~1pets/get`).
    public var pointer: String

    public init(_ kind: Kind, _ message: String, file: String, location: SourceLocation, pointer: String) {
        self.kind = kind
        self.message = message
        self.file = file
        self.location = location
        self.pointer = pointer
    }

    /// In the compiler's format, the kind and then the pointer after the message, as lint prints codes and paths.
    public var description: String {
        "\(Diagnostic.escaped(file)):\(location.line):\(location.column): warning: \(Diagnostic.escaped(message))"
            + " [#\(kind.rawValue)] [\(pointer)]"
    }
}
