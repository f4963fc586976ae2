import ResolvedAPI
/// Every runtime and standard-library symbol generated code names, spelled
/// once and module-qualified, so that no spec name can shadow one.
enum RuntimeSymbols {
    static let module = "APIRuntime"

    // Standard library and Foundation.
    static let string = "Swift.String"
    static let int32 = "Swift.Int32"
    static let int64 = "Swift.Int64"
    static let double = "Swift.Double"
    static let bool = "Swift.Bool"
    static let date = "Foundation.Date"
    static let data = "Foundation.Data"
    static let decoder = "any Swift.Decoder"
    static let encoder = "any Swift.Encoder"
    /// What every model declares beside its members; `Hashable` only when
    /// asked for. Coding and validation conform in extensions below it.
    static func modelConformances(hashable: Bool) -> String {
        "\(hashable ? "Swift.Hashable" : "Swift.Equatable"), Swift.Sendable"
    }
    static let codable = "Swift.Codable"
    static let validatable = "APIRuntime.Validatable"
    static let plainConformances = "Swift.Hashable, Swift.Sendable"
    static let sendable = "Swift.Sendable"
    static let customStringConvertible = "Swift.CustomStringConvertible"
    static let customDebugStringConvertible = "Swift.CustomDebugStringConvertible"
    static let customReflectable = "Swift.CustomReflectable"
    static let mirror = "Swift.Mirror"
    static let any = "Any"

    // The runtime.
    static let epochSeconds = "APIRuntime.EpochSeconds"
    static let calendarDate = "APIRuntime.CalendarDate"
    static let epochMillis = "APIRuntime.EpochMilliseconds"
    static let jsonValue = "APIRuntime.JSONValue"
    static let fileUpload = "APIRuntime.FileUpload"
    static let openEnum = "APIRuntime.OpenEnum"
    static let openIntegerEnum = "APIRuntime.OpenIntegerEnum"
    static let validator = "APIRuntime.Validator"
    static let constraint = "APIRuntime.Constraint"
    static let apiRequest = "APIRuntime.APIRequest"
    static let errorBody = "APIRuntime.ErrorBody"
    static let apiError = "APIRuntime.APIError"
    static let apiClient = "APIRuntime.APIClient"
    static let transport = "any APIRuntime.Transport"
    static let defaultTransport = "APIRuntime.URLSessionTransport()"
    static let middlewares = "[any APIRuntime.Middleware]"
    static let bearerAuthorizer = "APIRuntime.BearerAuthorizer"
    static let headerTokenAuthorizer = "APIRuntime.HeaderTokenAuthorizer"
    static let refreshTokenStore = "(any APIRuntime.RefreshTokenStore)?"
    static let inMemoryRefreshTokenStore = "APIRuntime.InMemoryRefreshTokenStore"
    static let tokenAuthenticator = "APIRuntime.TokenAuthenticator"
    static let issuedToken = "APIRuntime.IssuedToken"
    static let webhookSupport = "APIRuntime.WebhookSupport"
    static let webhookReply = "APIRuntime.WebhookReply"
    static let jsonCoding = "APIRuntime.JSONCoding"
    static let jsonKey = "APIRuntime.JSONKey"
    static let requestOptions = "APIRuntime.RequestOptions"
    static let redacted = "APIRuntime.Redacted"
    static let unionAttempts = "APIRuntime.UnionAttempts"
    static let sampleAnswer = "APIRuntime.SampleAnswer"
    static let pages = "APIRuntime.Pages"
    static let pageTurn = "APIRuntime.PageTurn"
    static let int = "Swift.Int"
    static let nullable = "APIRuntime.Nullable"
    static let indirect = "APIRuntime.Indirect"
    static let pageItems = "APIRuntime.PageItems"
}
