/// Every key the spec format accepts, per kind of object. The reader rejects
/// anything else (with a suggestion), and a test keeps
/// `schema/apigen.schema.json` in step with these lists.
public enum SpecVocabulary {
    public static let document = ["$schema", "name", "title", "description", "baseURL", "auth", "types", "operations", "webhooks",
                                  "notes", "acknowledged"]
    public static let auth = ["scheme", "header", "tokenOperation", "tokenField", "expiryField", "endpointField", "refreshTokenField", "description"]
    public static let typeCommon = ["name", "kind", "description", "note"]
    public static let objectType = typeCommon + ["fields", "rules"]
    public static let enumType = typeCommon + ["values"]
    public static let taggedUnionType = typeCommon + ["tag", "content", "variants"]
    public static let untaggedUnionType = typeCommon + ["variants"]
    public static let typeKinds = ["object", "enum", "taggedUnion", "untaggedUnion"]
    public static let constraints = LimitTable.Limit.allCases.map(\.rawValue)
    public static let field = ["name", "swiftName", "type", "optional", "default", "clientDefault", "description", "note", "inline", "secret", "oneOrMany", "nullable"] + constraints
    public static let parameter = field + ["in", "style"]
    /// A header of the answer is read, never sent: no default, limit or body-only key applies.
    public static let responseHeader = ["name", "swiftName", "type", "optional", "description", "note"]
    public static let rule = ["anyOf", "field", "requires", "requiredWhen", "in", "description"]
    public static let enumValue = ["value", "name", "description"]
    public static let taggedVariant = ["tag", "key", "name", "type", "description"]
    public static let untaggedVariant = ["name", "type", "description"]
    public static let operation = ["name", "summary", "description", "group", "method", "path", "routeVariant",
                                   "authenticated", "parameters",
                                   "requestBody", "responseBody", "responseHeaders", "successStatus", "statuses",
                                   "samples", "note", "pagination"]
    public static let pagination = ["style", "parameter", "nextCursor", "totalPages", "totalItems", "hasMore", "nextLink", "end",
                                     "items"]
    public static let body = ["contentType", "formLists", "type", "fields", "rules", "description"]
    public static let status = ["code", "description", "type", "empty"]
    public static let sample = ["title", "status", "request", "response"]
    public static let webhooks = ["payload", "tokenHeader", "validationParameter", "samples"]
    public static let webhookSample = ["title", "payload"]
    public static let acknowledgement = ["code", "at", "reason"]
}
