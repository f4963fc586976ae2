import Foundation
import PackagePlugin

/// Generates a client at build time from every `*.apigen.json` file of a
/// target. Each spec is the only input file of its command and its Swift
/// file the only output, so SwiftPM reruns `apigen` when that spec changes
/// (or apigen itself does) and at no other time.
@main
struct APIGenPlugin: BuildToolPlugin {
    static let suffix = ".apigen.json"

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let apigen = try context.tool(named: "apigen-build")
        let stamp = try ToolStamp.of(apigen.url)
        return target.sourceFiles(withSuffix: Self.suffix).map { spec in
            let name = String(spec.url.lastPathComponent.dropLast(Self.suffix.count))
            // One folder per spec: apigen removes stale files it wrote in its output folder.
            let folder = context.pluginWorkDirectoryURL.appendingPathComponent(name)
            let file = "\(name).swift"
            // The tool is run through env, so that it is not an input file: SwiftPM links it once more on the
            // first build after a clean one (its plugin-tool and main builds each link it), which would make every
            // spec's command run again and its target recompile. Its stamp, an argument, changes with its content.
            return .buildCommand(
                displayName: "apigen: generating \(file) from \(spec.url.lastPathComponent)",
                executable: URL(fileURLWithPath: "/usr/bin/env"),
                // Always written, so the output is newer than the spec that made it.
                arguments: [apigen.url.path, "generate", "--tool-stamp", stamp, "--spec", spec.url.path,
                            "--output", folder.path, "--single-file", file, "--always-write"],
                inputFiles: [spec.url],
                outputFiles: [folder.appendingPathComponent(file)]
            )
        }
    }
}

/// What identifies a build of the tool by its content, cheaply: its size and
/// a hash of its first and last pages. The first page holds the linker's own
/// hash of the whole file (the GNU build ID on Linux, the Mach-O UUID on
/// Apple platforms), so a relink of unchanged code keeps the stamp and any
/// change to the code changes it.
enum ToolStamp {
    static let page = 16_384

    static func of(_ url: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: 0)
        var bytes = try handle.read(upToCount: page) ?? Data()
        if size > UInt64(page) {
            try handle.seek(toOffset: size - UInt64(min(UInt64(page), size - UInt64(page))))
            bytes += try handle.readToEnd() ?? Data()
        }
        // FNV-1a, 64 bits.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return "\(size)-\(String(hash, radix: 16))"
    }
}
