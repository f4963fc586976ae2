import Foundation

/// Where calls to one server go: that server, the endpoint the credentials
/// name, or where a 308 moved them. Calls with credentials (to the token's
/// endpoint) and calls without (sign-in, token issue, to the server) move
/// apart. Belongs to one server URL: copies of a client share it while they
/// keep that server, so a move is remembered for every later call, and a
/// client pointed at another server gets routing of its own.
final class EndpointRouting: @unchecked Sendable {
    private let lock = NSLock()
    private var moved: String?
    private var movedWithoutCredentials: String?
    /// The server URL this routing was made for.
    let serverURL: String
    /// The path part of the server URL (`/v1`), kept when calls move to
    /// another endpoint root.
    let versionPath: String

    init(serverURL: String) {
        self.serverURL = serverURL
        let path = URLComponents(string: serverURL)?.path ?? ""
        versionPath = path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    /// Where calls with credentials were moved.
    var movedEndpoint: String? { lock.withLock { moved } }
    /// Where calls without credentials were moved.
    var movedServer: String? { lock.withLock { movedWithoutCredentials } }

    /// Remembers the endpoint a 308 `Location` names; a location that spells
    /// out the whole request URL is cut back to its root.
    func move(to location: String, requestPath: String, forCredentials: Bool) {
        var root = location
        for suffix in [versionPath + requestPath, requestPath] where !suffix.isEmpty && root.hasSuffix(suffix) {
            root.removeLast(suffix.count)
            break
        }
        lock.withLock {
            if forCredentials { moved = root } else { movedWithoutCredentials = root }
        }
    }

    /// `root` plus the version path, e.g. `https://kms.kaiza.la/` -> `https://kms.kaiza.la/v1`.
    func base(forEndpoint root: String) -> String {
        let trimmed = root.hasSuffix("/") ? String(root.dropLast()) : root
        return trimmed.hasSuffix(versionPath) ? trimmed : trimmed + versionPath
    }
}
