/// A whole API as its docs describe it: the result of loading and checking
/// one spec file. A plain immutable value with no knowledge of Swift.
public struct APISpecification: Sendable, Hashable {
    /// Short name, used for the module and client (`Kaizala`).
    public var name: String
    public var title: String
    public var description: String
    public var baseURL: String
    public var auth: AuthScheme
    public var types: [NamedType]
    public var operations: [Operation]
    public var webhooks: Webhooks?
    public var notes: [String]
    /// Warnings the spec knows about, each with its reason; not printed.
    public var acknowledgements: [Acknowledgement]
    /// The spec's path as given to the loader, for headers and diagnostics.
    public var sourcePath: String
    /// The document's `$schema` (the editor's link to the format's JSON Schema), kept so that writing the spec keeps it.
    public var schemaReference: String?
    /// Where `name` is written, for errors about what is named after it (files, folders).
    public var nameLocation: SourceLocation?

    public init(name: String, title: String, description: String, baseURL: String, auth: AuthScheme,
                types: [NamedType], operations: [Operation], webhooks: Webhooks? = nil, notes: [String] = [],
                acknowledgements: [Acknowledgement] = [], sourcePath: String) {
        self.name = name
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.auth = auth
        self.types = types
        self.operations = operations
        self.webhooks = webhooks
        self.notes = notes
        self.acknowledgements = acknowledgements
        self.sourcePath = sourcePath
    }

    public func type(named name: String) -> NamedType? {
        types.first { $0.name == name }
    }

    /// Drops the samples' position trees once they are checked.
    mutating func releaseSampleTrees() {
        for operation in operations.indices {
            for sample in operations[operation].samples.indices { operations[operation].samples[sample].releaseTrees() }
        }
        if let samples = webhooks?.samples.indices {
            for sample in samples { webhooks?.samples[sample].releaseTrees() }
        }
    }

    /// Resource groups in the order their first operation appears.
    public var groups: [String] {
        var seen: Set<String> = []
        return operations.compactMap { seen.insert($0.group).inserted ? $0.group : nil }
    }
}

/// How calls prove who they come from.
public struct AuthScheme: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case none
        /// `Authorization: Bearer <token>`.
        case bearer
        /// `Authorization: Basic <base64 of username:password>` (Twilio's account SID and auth token).
        case basic
        /// A token in a header of the API's own name, issued by an operation
        /// of the API (Kaizala's `accessToken`).
        case tokenHeader
    }

    public var kind: Kind
    /// The header carrying the token, for `tokenHeader`.
    public var header: String?
    /// The operation that issues tokens, for `tokenHeader`.
    public var tokenOperation: String?
    /// Fields of the token operation's answer: the token, when it expires,
    /// the endpoint to call with it, and a rotated refresh token. The refresh
    /// token field also names the operation's refresh-token parameter.
    public var tokenField: String?
    public var expiryField: String?
    public var endpointField: String?
    public var refreshTokenField: String?
    public var description: String
    public var location: SourceLocation

    public init(kind: Kind, header: String? = nil, tokenOperation: String? = nil, tokenField: String? = nil, expiryField: String? = nil,
                endpointField: String? = nil, refreshTokenField: String? = nil, description: String = "",
                location: SourceLocation = SourceLocation(line: 1, column: 1)) {
        self.kind = kind
        self.header = header
        self.tokenOperation = tokenOperation
        self.tokenField = tokenField
        self.expiryField = expiryField
        self.endpointField = endpointField
        self.refreshTokenField = refreshTokenField
        self.description = description
        self.location = location
    }
}

/// Calls the API makes to the user's server.
public struct Webhooks: Sendable, Hashable {
    /// The type of the payload posted for every event.
    public var payload: TypeReference
    /// The header that carries the shared secret set at registration.
    public var tokenHeader: String?
    /// The query parameter of the callback-URL validation handshake.
    public var validationParameter: String?
    public var samples: [Sample]
    public var location: SourceLocation

    public init(payload: TypeReference, tokenHeader: String? = nil, validationParameter: String? = nil,
                samples: [Sample] = [], location: SourceLocation = SourceLocation(line: 0, column: 0)) {
        self.payload = payload
        self.tokenHeader = tokenHeader
        self.validationParameter = validationParameter
        self.samples = samples
        self.location = location
    }
}
