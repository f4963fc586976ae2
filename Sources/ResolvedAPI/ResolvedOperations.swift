/// A resource group: one file of endpoint functions.
package struct ResolvedGroup: Sendable {
    package let name: String
    /// The Swift spelling in the file name: `Operations/<Client>+<fileName>.swift`.
    package let fileName: String
    package let operations: [ResolvedOperation]
    package let usesFoundation: Bool

    package init(name: String, fileName: String, operations: [ResolvedOperation], usesFoundation: Bool) {
        self.name = name
        self.fileName = fileName
        self.operations = operations
        self.usesFoundation = usesFoundation
    }
}

package struct ResolvedOperation: Sendable {
    package enum RequestBody: Sendable {
        case none
        /// A JSON body of this type, passed as the argument `body` names.
        case json(SwiftType, argument: SwiftName)
        /// The multipart fields, in order, each an argument.
        case multipart([ResolvedArgument])
        /// A form-urlencoded body of this type, passed as the argument `body`
        /// names; its lists repeat their name (`a=x&a=y`) where the spec says
        /// so, else are numbered (`a[0]=x`).
        case form(SwiftType, argument: SwiftName, repeatsLists: Bool)
        /// A file's bytes as the whole body (`FileUpload`), passed as the argument `body` names.
        case upload(argument: SwiftName)

        /// The type and argument of a body passed whole (JSON or form).
        package var whole: (type: SwiftType, argument: SwiftName)? {
            switch self {
            case .json(let type, let argument), .form(let type, let argument, _): (type, argument)
            case .none, .multipart, .upload: nil
            }
        }
    }

    /// The operation's name in the spec.
    package let specName: String
    package let summary: String
    package let description: String?
    /// `GET`, `POST`, as the spec writes it.
    package let method: String
    /// The path template, placeholders as `{name}`.
    package let path: String
    /// False for calls made before there is a token (sign-in, token issue).
    package let isAuthenticated: Bool
    package let functionName: SwiftName
    /// In signature order.
    package let arguments: [ResolvedArgument]
    /// The local variable that holds the request being built.
    package let requestVariable: String
    package let requestBody: RequestBody
    package let inlineRequest: ResolvedObject?
    package let inlineResponse: ResolvedObject?
    /// Nil when the call returns nothing.
    package let response: SwiftType?
    /// What the docs say the answer is, for `- Returns:`.
    package let responseDescription: String?
    /// Wire names of body members marked secret, in the request or the
    /// answer (nested types included): masked in logs and errors.
    package let secretKeys: [String]
    /// Successes whose answers give nil (a `204` beside a `200` with a body): with any, the result is optional.
    package var emptyAnswers: [(status: Int, description: String)] = []
    /// The typed bodies of documented error answers, in the order the client matches them (exact statuses, then
    /// classes, then `default`).
    package var errorBodies: [ResolvedErrorBody] = []
    /// The walk through every page, for a paged operation.
    package var pagination: ResolvedPagination?
    /// Whether anything can refuse a request before it is sent: a limit of an argument, or a value that validates.
    package var validatesRequest = false
    /// The stems of the `Models/` files the in-place bodies are printed in (`ResolvedType.fileStem`).
    package var inlineRequestFileStem: String?
    package var inlineResponseFileStem: String?
    /// The typed headers of the success answer, where the spec names any.
    package var responseHeaders: ResolvedResponseHeaders?

    package init(specName: String, summary: String, description: String?, method: String, path: String, isAuthenticated: Bool,
                 functionName: SwiftName, arguments: [ResolvedArgument], requestVariable: String, requestBody: RequestBody,
                 inlineRequest: ResolvedObject?, inlineResponse: ResolvedObject?, response: SwiftType?,
                 responseDescription: String?, secretKeys: [String]) {
        self.specName = specName
        self.summary = summary
        self.description = description
        self.method = method
        self.path = path
        self.isAuthenticated = isAuthenticated
        self.functionName = functionName
        self.arguments = arguments
        self.requestVariable = requestVariable
        self.requestBody = requestBody
        self.inlineRequest = inlineRequest
        self.inlineResponse = inlineResponse
        self.response = response
        self.responseDescription = responseDescription
        self.secretKeys = secretKeys
    }
}

/// The type an error answer's JSON body is decoded into, and which statuses it is for.
package struct ResolvedErrorBody: Sendable {
    package enum Statuses: Sendable, Equatable {
        case exact(Int)
        /// The class by its first digit (4 is `4XX`).
        case range(Int)
        /// Any error status not documented otherwise.
        case otherwise

        /// As the spec writes it: `404`, `4XX`, `default`.
        package var specText: String {
            switch self {
            case .exact(let code): String(code)
            case .range(let digit): "\(digit)XX"
            case .otherwise: "default"
            }
        }
    }

    package let statuses: Statuses
    package let type: SwiftType
    /// When the answer comes, as the spec says; empty if it does not.
    package let description: String

    package init(statuses: Statuses, type: SwiftType, description: String) {
        self.statuses = statuses
        self.type = type
        self.description = description
    }
}

/// What a multipart field sends: one part, or (`isList`) a part per item, each text, a file or JSON.
package struct MultipartPart: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        /// A plain value as text.
        case text
        /// A file's bytes, its name and type.
        case file
        /// An object, map, union or `json` value, encoded as JSON (`application/json`).
        case json
    }

    package let kind: Kind
    package let isList: Bool
    /// A JSON part whose type has limits of its own to check before sending.
    package let validates: Bool

    package init(_ kind: Kind, isList: Bool, validates: Bool = false) {
        self.kind = kind
        self.isList = isList
        self.validates = validates
    }
}

package struct ResolvedArgument: Sendable {
    package enum Role: Sendable {
        case path, query, header, multipartField, body
    }

    /// How a list in the query is sent, where the spec says.
    package enum QueryStyle: String, Sendable {
        case repeated, comma, pipe, space, brackets, deepObject
    }

    package let role: Role
    /// The parameter's or multipart field's name on the wire; `body` for a JSON body.
    package let wireName: String
    package let name: SwiftName
    package let type: SwiftType
    package let isOptional: Bool
    package let isSecret: Bool
    package let facts: ValueFacts
    /// A default the client fills in and sends (`clientDefault`).
    package let defaultValue: ResolvedDefault?
    /// A default the server applies when the argument is left out.
    package let serverDefault: ResolvedDefault?
    package let limits: [Limit]
    package let description: String
    package var queryStyle: QueryStyle?
    /// How a multipart field is sent; nil for other arguments.
    package var part: MultipartPart?

    package init(role: Role, wireName: String, name: SwiftName, type: SwiftType, isOptional: Bool, isSecret: Bool,
                 facts: ValueFacts, defaultValue: ResolvedDefault?, serverDefault: ResolvedDefault?, limits: [Limit],
                 description: String, queryStyle: QueryStyle? = nil) {
        self.role = role
        self.wireName = wireName
        self.name = name
        self.type = type
        self.isOptional = isOptional
        self.isSecret = isSecret
        self.facts = facts
        self.defaultValue = defaultValue
        self.serverDefault = serverDefault
        self.limits = limits
        self.description = description
        self.queryStyle = queryStyle
    }
}

package struct ResolvedCredentials: Sendable {
    package let name: String
    package let tokenOperation: ResolvedOperation
    /// The credentials' properties, one per argument of the token operation.
    package let properties: [SwiftName]
    /// How to read each field of the token operation's answer.
    package let tokenAccess: PropertyRead
    package let expiryAccess: (PropertyRead, isEpoch: Bool)?
    package let endpointAccess: PropertyRead?
    package let refreshAccess: PropertyRead?
    /// The argument of the token operation that takes the refresh token.
    package let refreshArgument: SwiftName?

    package init(name: String, tokenOperation: ResolvedOperation, properties: [SwiftName], tokenAccess: PropertyRead,
                 expiryAccess: (PropertyRead, isEpoch: Bool)?, endpointAccess: PropertyRead?,
                 refreshAccess: PropertyRead?, refreshArgument: SwiftName?) {
        self.name = name
        self.tokenOperation = tokenOperation
        self.properties = properties
        self.tokenAccess = tokenAccess
        self.expiryAccess = expiryAccess
        self.endpointAccess = endpointAccess
        self.refreshAccess = refreshAccess
        self.refreshArgument = refreshArgument
    }
}

/// The headers of an operation's success answer the spec names, read into a struct of their own
/// (`<Operation>ResponseHeaders`) when the caller asks for them.
package struct ResolvedResponseHeaders: Sendable {
    package struct Header: Sendable {
        /// As the server spells it; looked up without case.
        package let wireName: String
        package let name: SwiftName
        package let type: SwiftType
        package let isOptional: Bool
        /// Whether the header's text is the value's JSON string (text, an enum of text, a date) rather than a JSON
        /// literal (a number, a boolean, an enum of numbers).
        package let isText: Bool
        package let description: String

        package init(wireName: String, name: SwiftName, type: SwiftType, isOptional: Bool, isText: Bool,
                     description: String) {
            self.wireName = wireName
            self.name = name
            self.type = type
            self.isOptional = isOptional
            self.isText = isText
            self.description = description
        }
    }

    package let typeName: String
    /// The stem of its file in `Models/` (`ResolvedType.fileStem`).
    package let fileStem: String
    package let headers: [Header]

    package init(typeName: String, fileStem: String, headers: [Header]) {
        self.typeName = typeName
        self.fileStem = fileStem
        self.headers = headers
    }

    package var usesFoundation: Bool { headers.contains { $0.type.usesFoundation } }
}
