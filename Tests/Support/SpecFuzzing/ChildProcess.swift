import Foundation

/// A compiler or harness run with a time limit: a fuzzer left waiting on a
/// stuck child finds nothing more.
enum ChildProcess {
    struct Result {
        var status: Int32
        /// Standard output and standard error, interleaved.
        var output: String
        var timedOut: Bool
        /// Ended by a signal (a crash, or the time limit), not by exiting.
        var wasSignalled: Bool
    }

    /// `environment` is added to this process's own.
    static func run(_ executable: String, _ arguments: [String], timeout: Double, environment: [String: String] = [:]) -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, added in added }
        }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            return Result(status: -1, output: "cannot run \(executable): \(error)", timedOut: false, wasSignalled: false)
        }
        let watch = Watch(process)
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { watch.stopIfRunning() }
        // Read to the end before waiting: a child that fills the pipe would otherwise never exit.
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: output, timedOut: watch.didStop,
                      wasSignalled: process.terminationReason == .uncaughtSignal)
    }

    /// Ends the process when its time is up, once; the lock keeps the
    /// timer and the reader from racing over `didStop`.
    private final class Watch: @unchecked Sendable {
        private let process: Process
        private let lock = NSLock()
        private var stopped = false

        init(_ process: Process) {
            self.process = process
        }

        var didStop: Bool { lock.withLock { stopped } }

        func stopIfRunning() {
            lock.withLock {
                guard process.isRunning else { return }
                stopped = true
                process.terminate()
            }
        }
    }
}
