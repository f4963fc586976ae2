import Foundation

/// Reads a file as it was at a git revision, for comparing a pull request with its base.
enum GitShow {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func file(_ path: String, at revision: String) throws(Failure) -> String {
        let url = URL(fileURLWithPath: path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // `REV:./name` is resolved against the working directory, which is the spec's folder.
        process.arguments = ["git", "-C", url.deletingLastPathComponent().path, "show", "\(revision):./\(url.lastPathComponent)"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw Failure(description: "cannot run git: \(error.localizedDescription)") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: "cannot read \(revision):\(path) from git: \(reason)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
