import Foundation

/// What a token endpoint issues.
public struct IssuedToken: Sendable, Hashable {
    public var accessToken: String
    public var expiresAt: Date?
    /// The endpoint later calls must go to, if the answer names one.
    public var endpoint: String?
    /// A rotated refresh token, if the answer carries a new one.
    public var refreshToken: String?

    public init(accessToken: String, expiresAt: Date? = nil, endpoint: String? = nil, refreshToken: String? = nil) {
        self.accessToken = accessToken
        self.expiresAt = expiresAt
        self.endpoint = endpoint
        self.refreshToken = refreshToken
    }
}

/// Exchanges a refresh token for access tokens: caches the token until
/// shortly before it expires, fetches at most one at a time however many
/// calls wait for it, renews once after a 401, and hands a rotated refresh
/// token to the store before using it.
///
/// Each waiting call gives up on its own: at its timeout, or when its task
/// is cancelled. The fetch goes on for the others (and for the cache).
public actor TokenAuthenticator: Authorizer {
    /// Calls the token endpoint with the current refresh token, through
    /// `client` (the calling client without its authorizer).
    public typealias Issue = @Sendable (_ refreshToken: String, _ client: APIClient) async throws -> IssuedToken

    private let header: String
    private let store: any RefreshTokenStore
    private let margin: Duration
    private let now: @Sendable () -> Date
    private let issue: Issue
    private var token: IssuedToken?
    private var issuedAt = Date.distantPast
    private var fetching = false
    private var waiters: [UInt64: Waiter] = [:]
    private var nextWaiter: UInt64 = 0

    private struct Waiter {
        let continuation: CheckedContinuation<IssuedToken, any Error>
        let timer: Task<Void, Never>
    }

    /// - Parameters:
    ///   - header: The header that carries the access token.
    ///   - margin: How long before expiry a token is replaced.
    ///   - issue: Calls the token endpoint with the current refresh token.
    public init(header: String, store: any RefreshTokenStore, margin: Duration = .seconds(300),
                now: @escaping @Sendable () -> Date = { Date() }, issue: @escaping Issue) {
        self.header = header
        self.store = store
        self.margin = margin
        self.now = now
        self.issue = issue
    }

    public func authorization(_ context: AuthorizationContext) async throws(APIError) -> Authorization {
        let token = try await validToken(context)
        return Authorization(headers: [HTTPHeader(header, token.accessToken)], endpoint: token.endpoint)
    }

    public func renewAfterRejection(of rejected: Authorization, _ context: AuthorizationContext) async throws(APIError) -> Bool {
        // Only drop the token the server refused; a concurrent call may have
        // renewed it already.
        if let token, rejected.headers[header] == token.accessToken { self.token = nil }
        _ = try await validToken(context)
        return true
    }

    /// Fresh until `margin` before expiry, or half its lifetime for tokens
    /// that live shorter than twice the margin.
    private func isFresh(_ token: IssuedToken) -> Bool {
        guard let expiresAt = token.expiresAt else { return true }
        let configured = Double(margin.components.seconds) + Double(margin.components.attoseconds) / 1e18
        let lead = min(configured, max(0, expiresAt.timeIntervalSince(issuedAt)) / 2)
        return expiresAt.timeIntervalSince(now()) > lead
    }

    private func validToken(_ context: AuthorizationContext) async throws(APIError) -> IssuedToken {
        if let token, isFresh(token) { return token }
        if Task.isCancelled { throw APIError.cancelled }
        if !fetching {
            fetching = true
            // Not a child of this call: a caller that gives up must not
            // cancel the fetch the others wait for.
            let client = context.client
            Task { await self.fetch(using: client) }
        }
        let id = nextWaiter
        nextWaiter += 1
        do {
            return try await withTaskCancellationHandler {
                try await withCheckedThrowingContinuation { continuation in
                    let timeout = context.timeout
                    let timer = Task { [weak self] in
                        guard (try? await Task.sleep(for: timeout)) != nil else { return }
                        await self?.release(id, with: .failure(APIError.timedOut(method: "", path: "", after: timeout)))
                    }
                    waiters[id] = Waiter(continuation: continuation, timer: timer)
                }
            } onCancel: {
                Task { await self.release(id, with: .failure(APIError.cancelled)) }
            }
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError.transport(method: "GET", path: "token", message: "could not obtain an access token: \(TransportFailure.describe(error))")
        }
    }

    /// Resumes one waiter, once.
    private func release(_ id: UInt64, with result: Result<IssuedToken, any Error>) {
        guard let waiter = waiters.removeValue(forKey: id) else { return }
        waiter.timer.cancel()
        waiter.continuation.resume(with: result)
    }

    private func fetch(using client: APIClient) async {
        let result: Result<IssuedToken, any Error>
        do {
            let refreshToken = try await store.load()
            let issued = try await issue(refreshToken, client)
            if let rotated = issued.refreshToken, !rotated.isEmpty, rotated != refreshToken {
                try await store.save(rotated)
            }
            token = issued
            issuedAt = now()
            result = .success(issued)
        } catch {
            result = .failure(error)
        }
        fetching = false
        for id in waiters.keys.sorted() { release(id, with: result) }
    }
}
