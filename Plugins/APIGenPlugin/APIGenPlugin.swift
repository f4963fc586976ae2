import Foundation
import PackagePlugin

/// Generates a client at build time from every `*.apigen.json` file of a
/// target. Each spec is the only input file of its command (besides the tool)
/// and its Swift file the only output, so SwiftPM reruns `apigen` when that
/// spec or apigen changes, and the client compiles again only when its text does.
@main
struct APIGenPlugin: BuildToolPlugin {
    static let suffix = ".apigen.json"

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let apigen = try context.tool(named: "apigen-build")
        return target.sourceFiles(withSuffix: Self.suffix).map { spec in
            let name = String(spec.url.lastPathComponent.dropLast(Self.suffix.count))
            // One folder per spec: apigen removes stale files it wrote in its output folder.
            let folder = context.pluginWorkDirectoryURL.appendingPathComponent(name)
            let file = "\(name).swift"
            return .buildCommand(
                displayName: "apigen: generating \(file) from \(spec.url.lastPathComponent)",
                executable: apigen.url,
                // Written only when its text changes: SwiftPM links the tool, an input of every command, once more
                // on the first build after a clean one (its plugin-tool and main builds each link it), and the run
                // that follows must not make the target compile the client again.
                arguments: ["generate", "--spec", spec.url.path, "--output", folder.path, "--single-file", file],
                inputFiles: [spec.url],
                outputFiles: [folder.appendingPathComponent(file)]
            )
        }
    }
}
