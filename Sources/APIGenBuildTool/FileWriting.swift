import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files with plain system calls. Foundation's `Data.write` syncs
/// every file to disk, which made writing 70 small files cost more than
/// generating them; generated code can always be regenerated.
enum FileWriting {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes `data` to `path`; atomically means through a temporary file
    /// renamed over the old one, so a reader never sees half a file.
    static func write(_ data: Data, to path: String, atomically: Bool) throws {
        let target = atomically ? path + ".apigen-tmp" : path
        let descriptor = open(target, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw Failure(description: "cannot open \(target): \(String(cString: strerror(errno)))") }
        let written = data.withUnsafeBytes { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            var offset = 0
            while offset < buffer.count {
                let count = systemWrite(descriptor, base + offset, buffer.count - offset)
                if count <= 0 { return offset }
                offset += count
            }
            return offset
        }
        close(descriptor)
        guard written == data.count else {
            let reason = String(cString: strerror(errno))
            if atomically { unlink(target) }  // the old file stays as it was
            throw Failure(description: "cannot write \(target): \(reason)")
        }
        if atomically, rename(target, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(target)
            throw Failure(description: "cannot replace \(path): \(reason)")
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
