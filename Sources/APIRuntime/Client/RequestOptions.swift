/// Settings for some calls rather than all calls of a client.
///
/// For one call, keeping `APIError` as the thrown type:
/// ```swift
/// let sent = try await kaizala.withOptions(RequestOptions(timeout: .seconds(120), retryNonIdempotent: true))
///     .sendMessage(groupID: id, body: message)
/// ```
/// For every call a block of code makes, through any client:
/// `withRequestOptions(options) { ... }` (Swift gives such closures
/// `any Error` as their thrown type).
public struct RequestOptions: Sendable {
    /// Overrides the client's per-attempt timeout (credentials, then send and receive).
    public var timeout: Duration?
    /// Overrides the client's deadline for a whole call: every attempt and
    /// every wait between attempts included.
    public var deadline: Duration?
    /// Lets POST and PATCH be retried after a 5xx, a connection failure or
    /// a timeout. Off by default: a message must not be sent twice.
    public var retryNonIdempotent: Bool

    public init(timeout: Duration? = nil, deadline: Duration? = nil, retryNonIdempotent: Bool = false) {
        self.timeout = timeout
        self.deadline = deadline
        self.retryNonIdempotent = retryNonIdempotent
    }

    @TaskLocal public static var current = RequestOptions()
}

/// Runs `operation` with `options` applying to every call it makes.
public func withRequestOptions<Result>(_ options: RequestOptions, operation: () async throws -> Result) async rethrows -> Result {
    try await RequestOptions.$current.withValue(options, operation: operation)
}
