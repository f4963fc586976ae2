import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Timing and memory figures: medians over runs, and peak resident memory
/// of a child process from `wait4`.
enum Measure {
    struct Runs {
        var seconds: [Double]
        var median: Double { seconds.sorted()[seconds.count / 2] }
        var min: Double { seconds.min() ?? 0 }
        var max: Double { seconds.max() ?? 0 }
    }

    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func runs(_ count: Int, warmUp: Int = 1, _ body: () throws -> Void) rethrows -> Runs {
        for _ in 0..<warmUp { try body() }
        return Runs(seconds: try (0..<count).map { _ in try time(body) })
    }

    /// Runs a program; returns its wall time, peak resident memory in MiB, and its standard output.
    static func process(_ path: String, _ arguments: [String]) throws -> (seconds: Double, peakMiB: Double, output: String) {
        let pipe = Pipe()
        var actions: posix_spawn_file_actions_t = .init()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe.fileHandleForWriting.fileDescriptor, 1)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { throw BenchError("cannot start \(path)") }
        try pipe.fileHandleForWriting.close()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard status == 0 else { throw BenchError("\(path) \(arguments.joined(separator: " ")) failed with status \(status)") }
        #if canImport(Darwin)
        let peak = Double(usage.ru_maxrss) / 1_048_576  // bytes on macOS
        #else
        let peak = Double(usage.ru_maxrss) / 1024  // KiB on Linux
        #endif
        return (seconds, peak, String(decoding: output, as: UTF8.self))
    }
}
