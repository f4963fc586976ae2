import Foundation
import PackagePlugin

/// `swift package apigen-check [--schema DIR] [--output DIR]`: fails when the
/// committed generated code differs from what its specs generate. Writes nothing.
@main
struct APIGenCheck: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let process = Process()
        process.executableURL = try context.tool(named: "apigen-build").url
        process.arguments = ["check"] + arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Diagnostics.error("generated code is stale: run `swift package --allow-writing-to-package-directory apigen-generate`")
            throw APIGenCheckFailed()
        }
    }
}

struct APIGenCheckFailed: Error, CustomStringConvertible {
    var description: String { "apigen check failed" }
}
