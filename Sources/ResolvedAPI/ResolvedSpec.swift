import APILimits

/// A spec with every Swift decision made: names in their scopes, the Swift
/// type of every value, the limits each value is checked against, the facts
/// its documentation states, what each file imports. Lowering reads only
/// this (it does not see the spec's rows: `SwiftLowering` does not depend on
/// `APISpec`), and formats it; it decides nothing.
public struct ResolvedSpec: Sendable {
    /// The spec's `name`, `title` and `description`, for the client's documentation.
    package let apiName: String
    package let title: String
    package let summary: String
    package let notes: [String]
    package let baseURL: String
    package let auth: ResolvedAuth
    package let clientName: String
    /// Nil unless the spec's auth lets the client issue tokens itself.
    package let credentials: ResolvedCredentials?
    package let webhooks: ResolvedWebhooks?
    package let types: [ResolvedType]
    package let groups: [ResolvedGroup]
    /// The documented answers, in operation order.
    package let samples: [ResolvedSample]

    package init(apiName: String, title: String, summary: String, notes: [String], baseURL: String, auth: ResolvedAuth,
                 clientName: String, credentials: ResolvedCredentials?, webhooks: ResolvedWebhooks?, types: [ResolvedType],
                 groups: [ResolvedGroup], samples: [ResolvedSample]) {
        self.apiName = apiName
        self.title = title
        self.summary = summary
        self.notes = notes
        self.baseURL = baseURL
        self.auth = auth
        self.clientName = clientName
        self.credentials = credentials
        self.webhooks = webhooks
        self.types = types
        self.groups = groups
        self.samples = samples
    }
}

/// How the client authorizes its calls.
package struct ResolvedAuth: Sendable {
    package enum Kind: Sendable {
        case none
        /// `Authorization: Bearer <token>`.
        case bearer
        /// `Authorization: Basic <base64 of username:password>`.
        case basic
        /// A token in the header `header`, issued by an operation of the API.
        case tokenHeader(header: String)
    }

    package let kind: Kind
    package let description: String

    package init(kind: Kind, description: String) {
        self.kind = kind
        self.description = description
    }
}

/// The facade for calls the API makes to the user's server.
package struct ResolvedWebhooks: Sendable {
    package let name: String
    package let payload: SwiftType
    package let tokenHeader: String?
    package let validationParameter: String?

    package init(name: String, payload: SwiftType, tokenHeader: String?, validationParameter: String?) {
        self.name = name
        self.payload = payload
        self.tokenHeader = tokenHeader
        self.validationParameter = validationParameter
    }
}

/// One documented answer, for `SampleTransport`.
package struct ResolvedSample: Sendable {
    /// Where the body's text stands: answers of the same JSON (one example
    /// `$ref`ed by many operations) share one literal, named after the first.
    package enum BodyPlace: Sendable {
        case inline
        /// `name` is a member of the samples file's shared bodies; `declares`
        /// is true for the first sample with this body, which writes it.
        case shared(name: String, declares: Bool)
    }

    /// The operation's name in the spec, which `SampleTransport` chooses by.
    package let operation: String
    package let title: String
    /// `get`, `post`: the runtime's `HTTPMethod` case.
    package let method: String
    package let path: String
    package let status: Int
    /// Compact JSON, members sorted: the same text however the spec orders them.
    package let canonicalBody: String
    /// The same JSON laid out on lines for reading, members sorted.
    package let laidOutBody: String
    package var bodyPlace: BodyPlace = .inline

    package init(operation: String, title: String, method: String, path: String, status: Int, canonicalBody: String,
                 laidOutBody: String) {
        self.operation = operation
        self.title = title
        self.method = method
        self.path = path
        self.status = status
        self.canonicalBody = canonicalBody
        self.laidOutBody = laidOutBody
    }
}
