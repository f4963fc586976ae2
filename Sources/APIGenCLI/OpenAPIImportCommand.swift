import APIGenBuildTool
import APIImport
import APISpec
import Foundation

/// `apigen import openapi DOC [--name NAME] [--output SPEC | --into SPEC [--base FILE]]`: a spec draft
/// from an OpenAPI 3.0 or 3.1 (or Swagger 2.0) document, on standard output or in SPEC
/// (never over an existing file), or the document merged into a spec a
/// person keeps, as docs pages are (`SpecMerger`). What the format cannot
/// say is a located warning; a draft that does not lint is not written.
enum OpenAPIImportCommand {
    static func run(_ arguments: [String]) throws(Arguments.UsageError) -> ExitStatus {
        let parsed = try Arguments(arguments, options: ["output", "name", "into", "base"], flags: [])
        guard parsed.positional.count == 1, let path = parsed.positional.first else {
            throw Arguments.UsageError(description: "import openapi needs one document: "
                                       + "import openapi DOC [--name NAME] [--output SPEC | --into SPEC [--base FILE]]")
        }
        if parsed.option("output") != nil, parsed.option("into") != nil {
            throw Arguments.UsageError(description: "import openapi takes --output or --into, not both")
        }
        if parsed.option("base") != nil, parsed.option("into") == nil {
            throw Arguments.UsageError(description: "--base names the last import of the spec given by --into")
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
        let output = parsed.option("output"), into = parsed.option("into")
        let result: OpenAPIImporter.Result
        do throws(OpenAPIImporter.Failure) {
            // The draft's lint names the file it is written to; merged, it is written nowhere, and says it is the
            // document's draft.
            result = try OpenAPIImporter.importDocument(document, name: parsed.option("name"),
                                                        draftPath: output ?? (into == nil ? "draft.json" : "\(path) (draft)"))
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
        if let into {
            // The whole document is given: every operation and type of the draft is described by it.
            return ImportCommand.merge(result.text, coverage: ImportCoverage(), from: .document, into: into,
                                       base: parsed.option("base") ?? ImportCommand.defaultBase(for: into))
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
