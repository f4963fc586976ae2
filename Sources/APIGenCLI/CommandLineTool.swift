import APIGenBuildTool

/// Dispatches `apigen [command] [arguments]`; `main.swift` only calls this,
/// so tests run the real commands in-process. The build commands are
/// `BuildTool`'s (also the plugins' `apigen-build`); diff, export and import
/// are this tool's own.
public enum CommandLineTool {
    static let usage = """
        OVERVIEW: Generates typed, validated Swift clients from JSON API specs.

        USAGE: apigen                       Regenerate Generated/<Api>/ from every schema/*.json
                                            [--schema DIR] [--output DIR] [--hashable]
               apigen generate --spec FILE --output DIR [--module NAME] [--access public|internal] [--single-file NAME] [--hashable] [--always-write]
               apigen check [--schema DIR] [--output DIR] [--hashable]
                                            Exit 1 if generated code is stale, missing or extra
               apigen lint [--format text|json] [--show-acknowledged] FILE...
                                            Load, check and resolve each spec; print every diagnostic
                                            (and, asked for, the warnings a spec acknowledges)
               apigen diff OLD NEW | SPEC --against REV [--format text|markdown|json|github|sarif] [--fail-on-breaking] [--rules FILE]
                                            List what changed and whether it breaks callers
               apigen export openapi SPEC [--output FILE]
                                            Write the spec as an OpenAPI 3.1 document
               apigen import PAGE.md... [--name NAME] [--output NEW_SPEC | --into SPEC [--base FILE]] [--compare SPEC [--misses]] [--figures]
                                            Draft a spec from API docs pages, or merge them into SPEC
               apigen import openapi DOC.json|DOC.yaml [--name NAME] [--output NEW_SPEC | --into SPEC [--base FILE]]
                                            Draft a spec from an OpenAPI 3.0/3.1 or Swagger 2.0 document, or merge it into SPEC
               apigen fmt SPEC... [--check]  Rewrite specs in the canonical layout (--check: exit 1 if one would change)
               apigen --help | --version

        EXIT STATUS: 0 success, 1 spec errors, stale output or (with --fail-on-breaking) breaking changes, 2 usage errors
        (and, for diff, errors).
        """

    public static func run(_ arguments: [String]) -> Int32 {
        dispatch(arguments).rawValue
    }

    static func dispatch(_ arguments: [String]) -> ExitStatus {
        let (command, rest) = BuildTool.split(arguments)
        do throws(Arguments.UsageError) {
            switch command {
            case "--help", "-h", "help":
                Console.out(usage)
                return .success
            case "--version":
                Console.out("apigen \(BuildTool.version)")
                return .success
            case "diff":
                return try DiffCommand.run(rest)
            case "export":
                return try ExportCommand.run(rest)
            case "import":
                return try ImportCommand.run(rest)
            case "fmt":
                return try FormatCommand.run(rest)
            default:
                guard let status = try BuildTool.dispatch(command, rest) else {
                    throw Arguments.UsageError(description: "unknown command '\(command)'")
                }
                return status
            }
        } catch {
            Console.error("apigen: error: \(error.description)")
            Console.error(usage)
            return .usage
        }
    }
}
