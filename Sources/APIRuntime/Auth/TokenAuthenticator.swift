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
public actor TokenAuthenticator: Authorizer {
    public typealias Issue = @Sendable (_ refreshToken: String) async throws -> IssuedToken

    private let header: String
    private let store: any RefreshTokenStore
    private let margin: Duration
    private let now: @Sendable () -> Date
    private let issue: Issue
    private var token: IssuedToken?
    private var issuedAt = Date.distantPast
    private var pending: Task<IssuedToken, any Error>?

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

    public func authorization() async throws(APIError) -> Authorization {
        let token = try await validToken()
        return Authorization(headers: [HTTPHeader(header, token.accessToken)], endpoint: token.endpoint)
    }

    public func renewAfterRejection(of rejected: Authorization) async throws(APIError) -> Bool {
        // Only drop the token the server refused; a concurrent call may have
        // renewed it already.
        if let token, rejected.headers[header] == token.accessToken { self.token = nil }
        _ = try await validToken()
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

    private func validToken() async throws(APIError) -> IssuedToken {
        if let token, isFresh(token) { return token }
        let task: Task<IssuedToken, any Error>
        if let pending {
            task = pending
        } else {
            task = Task { try await self.fetch() }
            pending = task
        }
        do {
            let issued = try await task.value
            if pending == task { pending = nil }
            return issued
        } catch {
            if pending == task { pending = nil }
            if let error = error as? APIError { throw error }
            throw APIError.transport(method: "GET", path: "token", message: "could not obtain an access token: \(Redaction.maskSecrets(in: "\(error)"))")
        }
    }

    private func fetch() async throws -> IssuedToken {
        let refreshToken = try await store.load()
        let issued = try await issue(refreshToken)
        if let rotated = issued.refreshToken, !rotated.isEmpty, rotated != refreshToken {
            try await store.save(rotated)
        }
        token = issued
        issuedAt = now()
        return issued
    }
}
