/// When and how long to wait before trying a request again.
public struct RetryPolicy: Sendable {
    /// Attempts in all for a 5xx or connection failure (idempotent methods only).
    public var maxAttempts: Int
    /// The cap of the first backoff; doubled each attempt up to `maxDelay`.
    /// Each wait is drawn evenly from zero to the cap (full jitter).
    public var baseDelay: Duration
    public var maxDelay: Duration
    /// Attempts in all while the server answers 429.
    public var maxRateLimitAttempts: Int
    /// The longest `Retry-After` worth waiting for; longer ones fail at once.
    public var maxRateLimitWait: Duration

    public init(maxAttempts: Int = 3, baseDelay: Duration = .milliseconds(250), maxDelay: Duration = .seconds(8),
                maxRateLimitAttempts: Int = 3, maxRateLimitWait: Duration = .seconds(60)) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRateLimitAttempts = maxRateLimitAttempts
        self.maxRateLimitWait = maxRateLimitWait
    }

    /// No retries at all.
    public static let none = RetryPolicy(maxAttempts: 1, maxRateLimitAttempts: 1)

    /// The longest wait after `attempt` failed attempts: `baseDelay`
    /// doubled per attempt, at most `maxDelay`.
    public func cap(afterAttempt attempt: Int) -> Duration {
        min(maxDelay, baseDelay * (1 << min(max(attempt, 1) - 1, 20)))
    }

    /// Exponential backoff with full jitter: a delay drawn evenly from zero
    /// to the cap, so that clients that failed together retry apart.
    public func backoff(afterAttempt attempt: Int) -> Duration {
        let cap = cap(afterAttempt: attempt)
        let milliseconds = cap.components.seconds * 1000 + cap.components.attoseconds / 1_000_000_000_000_000
        return .milliseconds(Int64.random(in: 0...max(0, milliseconds)))
    }
}
