/// Dispatches `apigen [command] [arguments]`.
enum CommandLineTool {
    static let version = "0.1.0"

    static let usage = """
        OVERVIEW: Generates typed, validated Swift clients from JSON API specs.

        USAGE: apigen                       Regenerate Generated/<Api>/ from every schema/*.json
               apigen generate --spec FILE --output DIR [--module NAME] [--access public|internal] [--single-file NAME]
               apigen check [--schema DIR] [--output DIR]
                                            Exit 1 if generated code is stale, missing or extra
               apigen lint FILE...          Print the diagnostics of each spec
               apigen --help | --version

        EXIT STATUS: 0 success, 1 spec errors or stale output, 2 usage errors.
        """

    static func run(_ arguments: [String]) -> ExitStatus {
        let command = arguments.first ?? ""
        let rest = Array(arguments.dropFirst())
        do throws(Arguments.UsageError) {
            switch command {
            case "--help", "-h", "help":
                Console.out(usage)
                return .success
            case "--version":
                Console.out("apigen \(version)")
                return .success
            case "lint":
                return try LintCommand.run(rest)
            case "generate":
                return try GenerateCommands.generate(rest)
            case "check":
                return try GenerateCommands.regenerate(rest, checkOnly: true)
            case "":
                return try GenerateCommands.regenerate(rest, checkOnly: false)
            default:
                throw Arguments.UsageError(description: "unknown command '\(command)'")
            }
        } catch {
            Console.error("apigen: error: \(error.description)")
            Console.error(usage)
            return .usage
        }
    }
}
