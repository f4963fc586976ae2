/// Keeps the long-lived refresh token. When the server rotates it, the new
/// one is saved here before it is ever used, so a crash cannot lose it.
public protocol RefreshTokenStore: Sendable {
    func load() async throws -> String
    func save(_ refreshToken: String) async throws
}

/// Keeps the refresh token in memory; persist it yourself by conforming
/// your own store (Keychain, a secrets manager, a file).
public actor InMemoryRefreshTokenStore: RefreshTokenStore {
    private var refreshToken: String

    public init(_ refreshToken: String) {
        self.refreshToken = refreshToken
    }

    public func load() -> String { refreshToken }

    public func save(_ refreshToken: String) { self.refreshToken = refreshToken }
}
