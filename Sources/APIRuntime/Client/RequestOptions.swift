/// Settings for the calls made inside `withRequestOptions`, without adding
/// a parameter to every endpoint function.
///
/// ```swift
/// try await withRequestOptions(.init(timeout: .seconds(5), retryNonIdempotent: true)) {
///     try await kaizala.sendMessage(groupID: id, body: message)
/// }
/// ```
public struct RequestOptions: Sendable {
    /// Overrides the client's timeout.
    public var timeout: Duration?
    /// Lets POST and PATCH be retried after a 5xx or a connection failure.
    /// Off by default: a message must not be sent twice.
    public var retryNonIdempotent: Bool

    public init(timeout: Duration? = nil, retryNonIdempotent: Bool = false) {
        self.timeout = timeout
        self.retryNonIdempotent = retryNonIdempotent
    }

    @TaskLocal public static var current = RequestOptions()
}

/// Runs `operation` with `options` applying to every call it makes.
public func withRequestOptions<Result>(_ options: RequestOptions, operation: () async throws -> Result) async rethrows -> Result {
    try await RequestOptions.$current.withValue(options, operation: operation)
}
