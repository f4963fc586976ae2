import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file operations output is written with, as plain system calls: each
/// failure names the file and the system's reason (`errno`). Foundation's
/// `Data.write` syncs every file to disk, which made writing 70 small
/// files cost more than generating them; generated code can always be
/// regenerated.
enum FileWriting {
    struct Failure: Error, CustomStringConvertible {
        var description: String

        /// `cannot write Generated/X/Models/T.swift: File name too long`, from the `errno` of the call that failed.
        init(_ what: String, _ path: String, errorNumber: Int32 = errno) {
            description = "cannot \(what) \(path): \(String(cString: strerror(errorNumber)))"
        }
    }

    /// Names of temporary files: short (whatever the target's name, so they
    /// never hit a length limit) and never used twice by this process.
    private static let counter = Counter()

    static func temporaryName(in folder: String, _ suffix: String) -> String {
        "\(folder)/.apigen-\(getpid())-\(counter.next()).\(suffix)"
    }

    /// Writes `data` to a new temporary file in `folder` (the target's own,
    /// so that renaming it into place is atomic) and returns its path.
    static func writeTemporary(_ data: Data, in folder: String, for target: String) throws(Failure) -> String {
        let path = temporaryName(in: folder, "tmp")
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw Failure("write", target) }
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let count = systemWrite(descriptor, base + offset, buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                if count <= 0 {
                    failure = count < 0 ? errno : ENOSPC
                    return
                }
                offset += count
            }
        }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        guard failure == 0 else {
            unlink(path)
            throw Failure("write", target, errorNumber: failure)
        }
        return path
    }

    static func rename(_ from: String, to: String, reporting target: String) throws(Failure) {
        guard systemRename(from, to) == 0 else { throw Failure("write", target) }
    }

    /// A second name for a regular file, kept while the first is replaced;
    /// nil for anything else (a folder in the way is not touched, and the
    /// rename onto it fails with the system's reason).
    static func backUp(_ path: String) throws(Failure) -> String? {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let backup = temporaryName(in: (path as NSString).deletingLastPathComponent, "bak")
        // A hard link leaves the file in place for readers until the rename replaces it.
        guard link(path, backup) == 0 else {
            guard systemRename(path, backup) == 0 else { throw Failure("replace", path) }
            return backup
        }
        return backup
    }

    /// Creates `path` and the folders above it; returns those it created, outermost first.
    static func makeFolders(_ path: String) throws(Failure) -> [String] {
        var created: [String] = []
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o755) == 0 {
                created.append(prefix)
                continue
            }
            let reason = errno
            var status = stat()
            guard reason == EEXIST, stat(prefix, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
                throw Failure("create folder", prefix, errorNumber: reason == EEXIST ? ENOTDIR : reason)
            }
        }
        return created
    }

    /// Removes a file or an empty folder; what cannot be removed stays.
    static func remove(_ path: String) {
        if unlink(path) != 0 { rmdir(path) }
    }
}

/// A thread-safe count, for unique temporary names.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.withLock {
            value += 1
            return value
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
private let systemRename = Glibc.rename
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
private let systemRename = Darwin.rename
#endif
