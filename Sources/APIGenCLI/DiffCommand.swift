import APISpec
import APISpecDiff
import Foundation

/// `apigen diff OLD NEW` and `apigen diff SPEC --against REV`: what changed
/// between two versions of a spec, and whether it breaks callers.
enum DiffCommand {
    static func run(_ arguments: [String]) throws(Arguments.UsageError) -> ExitStatus {
        let parsed = try Arguments(arguments, options: ["format", "against"], flags: ["fail-on-breaking"])
        guard let format = DiffReport.Format(rawValue: parsed.option("format") ?? "text") else {
            throw Arguments.UsageError(description: "--format must be one of: " + DiffReport.Format.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let before: SpecLoader.Result, oldName: String, newPath: String
        switch (parsed.positional.count, parsed.option("against")) {
        case (1, let revision?):
            newPath = parsed.positional[0]
            oldName = "\(revision):\(newPath)"
            do {
                before = SpecLoader.load(text: try GitShow.file(newPath, at: revision), path: oldName)
            } catch {
                Console.error("apigen: error: \(error)")
                return .failure
            }
        case (2, nil):
            oldName = parsed.positional[0]
            newPath = parsed.positional[1]
            before = SpecLoader.load(path: oldName)
        default:
            throw Arguments.UsageError(description: "diff needs OLD NEW, or SPEC --against REV")
        }
        let after = SpecLoader.load(path: newPath)
        // A spec with errors cannot be compared: its diagnostics say why.
        (before.diagnostics + after.diagnostics).forEach { Console.error($0.description) }
        guard let old = before.specification, let new = after.specification else { return .failure }
        let report = DiffReport(oldName: oldName, newName: newPath, changes: SpecDiff.compare(old, new))
        FileHandle.standardOutput.write(Data(report.render(format).utf8))
        return parsed.flag("fail-on-breaking") && !report.breaking.isEmpty ? .failure : .success
    }
}
