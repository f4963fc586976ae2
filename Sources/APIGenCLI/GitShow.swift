import Foundation

/// Reads a file as it was at a git revision, for comparing a pull request with its base.
enum GitShow {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The revision's short hash; fails when it names no commit.
    static func shortHash(_ revision: String, near path: String) throws(Failure) -> String {
        let (status, output, message) = try git(["rev-parse", "--short", "--verify", "--quiet", "\(revision)^{commit}"], near: path)
        guard status == 0 else {
            throw Failure(description: "'\(revision)' is not a revision of the repository" + (message.isEmpty ? "" : ": \(message)"))
        }
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The file's text at `revision`, or nil when the file did not exist then.
    static func file(_ path: String, at revision: String) throws(Failure) -> String? {
        let name = "\(revision):./\(URL(fileURLWithPath: path).lastPathComponent)"
        // `REV:./name` is resolved against the working directory, which is the spec's folder.
        guard try git(["cat-file", "-e", name], near: path).status == 0 else { return nil }
        let (status, output, message) = try git(["show", name], near: path)
        guard status == 0 else { throw Failure(description: "cannot read \(revision):\(path) from git: \(message)") }
        return output
    }

    private static func git(_ arguments: [String], near path: String) throws(Failure) -> (status: Int32, output: String, message: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", URL(fileURLWithPath: path).deletingLastPathComponent().path] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw Failure(description: "cannot run git: \(error.localizedDescription)") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self),
                String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
