import Foundation

/// Where authenticated calls go: the client's server, the endpoint the
/// credentials name, or the endpoint a 308 moved them to. Shared by copies
/// of a client, so a move is remembered for every later call.
final class EndpointRouting: @unchecked Sendable {
    private let lock = NSLock()
    private var moved: String?
    /// The path part of the configured server URL (`/v1`), kept when calls
    /// move to another endpoint root.
    let versionPath: String

    init(serverURL: String) {
        let path = URLComponents(string: serverURL)?.path ?? ""
        versionPath = path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    var movedEndpoint: String? { lock.withLock { moved } }

    /// Remembers the endpoint a 308 `Location` names; a location that spells
    /// out the whole request URL is cut back to its root.
    func move(to location: String, requestPath: String) {
        var root = location
        for suffix in [versionPath + requestPath, requestPath] where !suffix.isEmpty && root.hasSuffix(suffix) {
            root.removeLast(suffix.count)
            break
        }
        lock.withLock { moved = root }
    }

    /// `root` plus the version path, e.g. `https://kms.kaiza.la/` -> `https://kms.kaiza.la/v1`.
    func base(forEndpoint root: String) -> String {
        let trimmed = root.hasSuffix("/") ? String(root.dropLast()) : root
        return trimmed.hasSuffix(versionPath) ? trimmed : trimmed + versionPath
    }
}
