import APIGenBuildTool
import APIImport
import APISpec
import Foundation

/// `apigen import openapi DOC [--name NAME] [--output SPEC]`: a spec draft
/// from an OpenAPI 3.0 or 3.1 document, on standard output or in SPEC
/// (never over an existing file). What the format cannot say is a located
/// warning; a draft that does not lint is not written.
enum OpenAPIImportCommand {
    static func run(_ arguments: [String]) throws(Arguments.UsageError) -> ExitStatus {
        let parsed = try Arguments(arguments, options: ["output", "name"], flags: [])
        guard parsed.positional.count == 1, let path = parsed.positional.first else {
            throw Arguments.UsageError(description: "import openapi needs one document: import openapi DOC [--name NAME] [--output SPEC]")
        }
        if let output = parsed.option("output"), FileManager.default.fileExists(atPath: output) {
            Console.error("apigen: error: \(output) exists; write the draft elsewhere (a draft never replaces a spec)")
            return .failure
        }
        let document: OpenAPIDocument
        do throws(OpenAPIDocument.LoadError) {
            document = try OpenAPIDocument.load(path: path)
        } catch {
            switch error {
            case .unreadable(let message):
                Console.error("apigen: error: \(message)")
                return .failure
            case .syntax(let message, let location):
                Console.error(Diagnostic(.error, .invalidJSON, message, file: path, at: location, path: .root).description)
                return .failure
            }
        }
        let output = parsed.option("output")
        let result: OpenAPIImporter.Result
        do throws(OpenAPIImporter.Failure) {
            result = try OpenAPIImporter.importDocument(document, name: parsed.option("name"), draftPath: output ?? "draft.json")
        } catch {
            Console.error(error.description)
            return .failure
        }
        result.warnings.forEach { Console.error($0.description) }
        result.diagnostics.forEach { Console.error($0.description) }
        // All or nothing: a draft that does not lint is not written.
        guard !result.diagnostics.hasErrors else {
            Console.error("apigen: error: the draft does not lint; nothing written")
            return .failure
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(result.text.utf8))
            return .success
        }
        guard ImportCommand.write(result.text, to: output) else { return .failure }
        Console.error("\(output): \(result.specification.operations.count) of \(result.documentOperations) operations, "
                      + "\(result.specification.types.count) types, \(result.warnings.count) warnings")
        return .success
    }
}
