import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Timing and memory figures: medians over runs, and peak resident memory
/// from `wait4` or `getrusage`.
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

    /// Runs a program; returns its wall time, its peak resident memory in
    /// MiB, and its output. On Linux through `posix_spawn` and `wait4`:
    /// Foundation's `Process` adds tens of milliseconds waiting for the exit.
    static func process(_ path: String, _ arguments: [String]) throws -> (seconds: Double, peakMiB: Double, output: String) {
        #if canImport(Glibc)
        let pipe = Pipe()
        var actions = posix_spawn_file_actions_t()
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
        return (seconds, Double(usage.ru_maxrss) / 1024, String(decoding: output, as: UTF8.self))
        #else
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard process.terminationStatus == 0 else {
            throw BenchError("\(path) \(arguments.joined(separator: " ")) failed with status \(process.terminationStatus)")
        }
        // The largest finished child so far: children run smallest first.
        return (seconds, peakMiB(children: true), String(decoding: output, as: UTF8.self))
        #endif
    }

    /// Peak resident memory in MiB of this process, or of its largest finished child.
    static func peakMiB(children: Bool) -> Double {
        // Linux keeps `ru_maxrss` across `execve`, so a child started by
        // `posix_spawn` from a large parent reported the parent's peak (the
        // 1000x figure was the benchmark's own memory). `VmHWM` is the peak
        // of this process's own address space.
        if !children, let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kibibytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) {
            return kibibytes / 1024
        }
        var usage = rusage()
        #if canImport(Darwin)
        getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage)
        #else
        getrusage(children ? RUSAGE_CHILDREN.rawValue : RUSAGE_SELF.rawValue, &usage)
        #endif
        #if canImport(Darwin)
        return Double(usage.ru_maxrss) / 1_048_576  // bytes on macOS
        #else
        return Double(usage.ru_maxrss) / 1024  // KiB on Linux
        #endif
    }
}

extension Measure {
    /// Resident memory now, in MiB (Linux: /proc/self/statm; elsewhere the peak).
    static func residentMiB() -> Double {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return peakMiB(children: false) }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}

enum LineCount {
    static func of(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 where byte == 10 { count += 1 }
        return count
    }
}
