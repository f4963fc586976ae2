import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory apigen-generate [--schema DIR] [--output DIR]`:
/// regenerates a package's committed client code (by default `schema/` into
/// `Generated/`). Plugins cannot share code, so this and `apigen-check` each
/// run the tool themselves.
@main
struct APIGenGenerate: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let process = Process()
        process.executableURL = try context.tool(named: "apigen-build").url
        process.arguments = arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Diagnostics.error("apigen failed (status \(process.terminationStatus)); Generated/ is unchanged")
            throw APIGenGenerateFailed()
        }
    }
}

struct APIGenGenerateFailed: Error, CustomStringConvertible {
    var description: String { "apigen-generate failed" }
}
