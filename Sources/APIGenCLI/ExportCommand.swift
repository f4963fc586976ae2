import APIGenBuildTool
import APIExport
import APIGenerator
import APISpec
import Foundation

/// `apigen export openapi SPEC [--output FILE]`: the spec as an OpenAPI 3.1
/// document, on standard output or in FILE. A spec that does not lint
/// clean is not exported.
enum ExportCommand {
    static func run(_ arguments: [String]) throws(Arguments.UsageError) -> ExitStatus {
        let parsed = try Arguments(arguments, options: ["output"], flags: [])
        guard parsed.positional.count == 2, parsed.positional[0] == "openapi" else {
            throw Arguments.UsageError(description: "export needs: openapi SPEC [--output FILE]")
        }
        let loaded = SpecLoader.load(path: parsed.positional[1])
        let diagnostics = Lint.diagnostics(of: loaded)
        diagnostics.forEach { Console.error($0.description) }
        guard !diagnostics.hasErrors, let spec = loaded.specification else { return .failure }
        let text = OpenAPIExporter.export(spec).text
        guard let output = parsed.option("output") else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return .success
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            Console.error("apigen: error: cannot write \(output): \(error.localizedDescription)")
            return .failure
        }
        return .success
    }
}
