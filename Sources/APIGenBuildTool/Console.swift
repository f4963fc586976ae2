import Foundation

/// Where the tool's output goes: results to standard output, diagnostics
/// and errors to standard error.
package enum Console {
    package static func out(_ line: String) {
        print(line)
    }

    package static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Exit statuses, as documented in `apigen --help`.
package enum ExitStatus: Int32 {
    case success = 0
    /// Spec errors, or stale generated code.
    case failure = 1
    case usage = 2
}
