/// A small command-line parser: positional arguments, `--flag`, and
/// `--option VALUE` / `--option=VALUE`. Unknown options are usage errors.
package struct Arguments {
    package struct UsageError: Error, CustomStringConvertible {
        package var description: String

        package init(description: String) { self.description = description }
    }

    package private(set) var positional: [String] = []
    private var options: [String: String] = [:]
    private var flags: Set<String> = []

    package init(_ arguments: [String], options allowedOptions: [String], flags allowedFlags: [String]) throws(UsageError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("--"), argument.count > 2 else {
                if argument.hasPrefix("-") && argument != "-" {
                    throw UsageError(description: "unknown option '\(argument)'")
                }
                positional.append(argument)
                continue
            }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if allowedFlags.contains(name) {
                if inlineValue != nil { throw UsageError(description: "option '--\(name)' takes no value") }
                flags.insert(name)
            } else if allowedOptions.contains(name) {
                if let inlineValue {
                    options[name] = inlineValue
                } else {
                    guard index < arguments.count else { throw UsageError(description: "option '--\(name)' needs a value") }
                    options[name] = arguments[index]
                    index += 1
                }
            } else {
                throw UsageError(description: "unknown option '--\(name)'")
            }
        }
    }

    package func option(_ name: String) -> String? { options[name] }

    package func flag(_ name: String) -> Bool { flags.contains(name) }
}
