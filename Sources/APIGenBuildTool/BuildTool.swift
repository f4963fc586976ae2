/// The commands a build runs (regenerate, generate, check, lint), without
/// `diff`, `export` and `import`: the build-tool plugins run the
/// `apigen-build` executable made of this alone, so that a consumer's first
/// build compiles none of the rest. `apigen` adds the other commands.
public enum BuildTool {
    package static let version = "0.1.0"

    static let usage = """
        OVERVIEW: Generates typed, validated Swift clients from JSON API specs (the commands a build needs).

        USAGE: apigen-build                 Regenerate Generated/<Api>/ from every schema/*.json
                                            [--schema DIR] [--output DIR] [--hashable]
               apigen-build generate --spec FILE --output DIR [--module NAME] [--access public|internal] [--single-file NAME] [--hashable] [--always-write]
               apigen-build check [--schema DIR] [--output DIR] [--hashable]
               apigen-build lint [--format text|json] [--show-acknowledged] FILE...
               apigen-build --help | --version

        The `apigen` command has these and diff, export and import.
        """

    public static func run(_ arguments: [String]) -> Int32 {
        let (command, rest) = split(arguments)
        do throws(Arguments.UsageError) {
            switch command {
            case "--help", "-h", "help":
                Console.out(usage)
                return ExitStatus.success.rawValue
            case "--version":
                Console.out("apigen-build \(version)")
                return ExitStatus.success.rawValue
            default:
                guard let status = try dispatch(command, rest) else {
                    throw Arguments.UsageError(description: "unknown command '\(command)'")
                }
                return status.rawValue
            }
        } catch {
            Console.error("apigen-build: error: \(error.description)")
            Console.error(usage)
            return ExitStatus.usage.rawValue
        }
    }

    /// The command and its arguments; `--schema DIR` alone is the default command with options.
    package static func split(_ arguments: [String]) -> (command: String, rest: [String]) {
        let startsWithOption = arguments.first.map { $0.hasPrefix("--") && $0 != "--help" && $0 != "--version" } ?? false
        return startsWithOption ? ("", arguments) : (arguments.first ?? "", Array(arguments.dropFirst()))
    }

    /// Runs a build command; nil when `command` is not one.
    package static func dispatch(_ command: String, _ rest: [String]) throws(Arguments.UsageError) -> ExitStatus? {
        switch command {
        case "lint": try LintCommand.run(rest)
        case "generate": try GenerateCommands.generate(rest)
        case "check": try GenerateCommands.regenerate(rest, checkOnly: true)
        case "": try GenerateCommands.regenerate(rest, checkOnly: false)
        default: nil
        }
    }
}
