import APISpec

/// The spec draft being built: fields, types and operations with the
/// spec model's facts (`DraftSpecification` copies them into it), and what
/// inference needs beside them. Notes say what was inferred and from which
/// docs line.
struct DraftField: Sendable {
    var name: String
    var kind: DocsRowKind?
    var type: TypeReference
    var optional: Bool
    var defaultValue: DefaultValue?
    var constraints = Constraints()
    var description: String
    var notes: [String] = []
    var place: DocsPlace
    /// Required only because every sample seen so far has it; a sample without it makes it optional.
    var isRequiredBySamples = false
    /// A tagged union whose tag and content sit in the object itself.
    var isInline = false
    /// The strings its samples send (list items for lists): what a format seen elsewhere under its name must fit.
    var sampleStrings: [String] = []
    /// Its format (guid, url…) comes from sample values alone, not from the type column or the description.
    var isFormatFromSamples = false
    /// Rules its description states, which the object holding it carries.
    var rules: [DraftRule] = []
    /// Given only where its name and another's would be one Swift name.
    var swiftName: String?
    /// Its type column names a type no page or sample describes (so it is `json` for now).
    var namesUndescribedType = false
    /// No table lists it: only samples show it.
    var isOnlyInSamples = false
}

struct DraftType: Sendable {
    enum Kind: Sendable {
        case object([DraftField])
        case enumeration([String])
        /// Tag key, content key, and (tag value, type) per variant.
        case taggedUnion(tag: String, content: String, variants: [(tag: String, type: TypeReference)])
        /// (case name, type) per variant; told apart by JSON kind.
        case untaggedUnion([(name: String, type: TypeReference)])
    }
    var name: String
    var kind: Kind
    var description: String
    var notes: [String] = []
    /// Made from sample values alone (no table or page): named after the
    /// first field that showed it, so a twin may stand under another name.
    var isFromSamples = false

    /// Field names and types: two object types with the same signature are one type.
    var signature: String {
        switch kind {
        case .object(let fields): "object:" + fields.map { "\($0.name):\($0.type):\($0.optional)" }.joined(separator: ",")
        case .enumeration(let values): "enum:" + values.joined(separator: ",")
        case .taggedUnion(let tag, let content, let variants): "union:\(tag):\(content):" + variants.map { "\($0.tag)=\($0.type)" }.joined(separator: ",")
        case .untaggedUnion(let variants): "oneOf:" + variants.map { "\($0.name)=\($0.type)" }.joined(separator: ",")
        }
    }
}

struct DraftSample: Sendable {
    var title: String
    var request: JSONNode?
    var response: JSONNode?
    var places: [DocsPlace]
}

struct DraftOperation: Sendable {
    var name: String
    var summary: String
    var group: String
    var method: String
    var path: String
    var authenticated: Bool?
    var parameters: [DraftField] = []
    var requestFields: [DraftField]?
    /// Multipart for a form upload; nil for JSON.
    var requestContentType: Body.ContentType?
    var responseFields: [DraftField]?
    /// A list answer's type (`[Owner]`), where the answer is no object of fields.
    var responseType: TypeReference?
    /// Bodies given by an object page not among the pages read (`requestBody`, `responseBody`).
    var unreadBodies: Set<String> = []
    var successStatus: Int?
    var notes: [String] = []
    var samples: [DraftSample] = []
    var place: DocsPlace
    /// The examples send `Authorization: Bearer` (not printed: auth says it).
    var usesBearer = false
}

struct DraftSpec: Sendable {
    var name: String
    var title: String
    var description: String
    var baseURL: String
    var auth: AuthScheme?
    var types: [DraftType] = []
    var operations: [DraftOperation] = []
    /// The type the API posts to webhooks, and the samples of it.
    var webhookPayload: String?
    var webhookSamples: [DraftSample] = []
}
