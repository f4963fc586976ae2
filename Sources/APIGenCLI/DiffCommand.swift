import APIGenBuildTool
import APISpec
import APISpecDiff
import Foundation

/// `apigen diff OLD NEW` and `apigen diff SPEC --against REV`: what changed
/// between two versions of a spec, and whether it breaks callers, for
/// people (text, markdown) or tools (json, github, sarif).
/// Exit status: 0 done, 1 breaking changes with `--fail-on-breaking`,
/// 2 errors (a spec that does not load, a bad revision, a bad rules file).
enum DiffCommand {
    static func run(_ arguments: [String]) throws(Arguments.UsageError) -> ExitStatus {
        let parsed = try Arguments(arguments, options: ["format", "against", "rules"], flags: ["fail-on-breaking"])
        guard let format = DiffReport.Format(rawValue: parsed.option("format") ?? "text") else {
            throw Arguments.UsageError(description: "--format must be one of: " + DiffReport.Format.allCases.map(\.rawValue).joined(separator: ", "))
        }
        var policy = DiffRules.Policy()
        if let rulesPath = parsed.option("rules") {
            do {
                policy = try DiffRules.Policy(contentsOf: rulesPath)
            } catch {
                error.diagnostics.forEach { Console.error($0.description) }
                return .usage
            }
        }
        let before: SpecLoader.Result?, oldName: String, newPath: String
        switch (parsed.positional.count, parsed.option("against")) {
        case (1, let revision?):
            newPath = parsed.positional[0]
            do {
                let hash = try GitShow.shortHash(revision, near: newPath)
                oldName = "\(hash):\(newPath)"
                // A spec the base revision does not have yet is a new API, not an error.
                before = try GitShow.file(newPath, at: revision).map { SpecLoader.load(text: $0, path: oldName) }
            } catch {
                Console.error(error.description)
                return .usage
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
        ((before?.diagnostics ?? []) + after.diagnostics).forEach { Console.error($0.description) }
        guard let new = after.specification else { return .usage }
        let old: APISpecification
        if let before {
            guard let loaded = before.specification else { return .usage }
            old = loaded
        } else {
            old = APISpecification(name: new.name, title: new.title, description: new.description, baseURL: new.baseURL, auth: new.auth,
                                   types: [], operations: [], sourcePath: oldName)
        }
        let changes = SpecDiff.compare(old, new).map(policy.apply)
        let report = DiffReport(oldName: before == nil ? "\(oldName) (absent)" : oldName, newName: newPath, changes: changes,
                                newFile: repositoryPath(newPath))
        var options = DiffReport.RenderOptions(toolVersion: BuildTool.version)
        if format == .github { options.wroteStepSummary = appendStepSummary(report) }
        FileHandle.standardOutput.write(Data(report.render(format, options: options).utf8))
        return parsed.flag("fail-on-breaking") && !report.breaking.isEmpty ? .failure : .success
    }

    /// `path` as annotations and SARIF name files: relative to the working
    /// directory (the repository's root in CI) when it is inside it.
    static func repositoryPath(_ path: String) -> String {
        let directory = FileManager.default.currentDirectoryPath
        let base = URL(fileURLWithPath: directory, isDirectory: true)
        let absolute = URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL.path
        let root = base.standardizedFileURL.path
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }

    /// In a GitHub Actions job, the whole report in markdown, appended to the
    /// step summary GitHub shows on the run's page (annotations stop at ten
    /// of each level). False when there is none, or it cannot be written.
    private static func appendStepSummary(_ report: DiffReport) -> Bool {
        guard let path = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty else { return false }
        let text = Data(report.render(.markdown).utf8)
        let files = FileManager.default
        guard files.fileExists(atPath: path) || files.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            Console.error("apigen: warning: cannot write the step summary \(path)")
            return false
        }
        defer { try? handle.close() }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: text)
        } catch {
            Console.error("apigen: warning: cannot write the step summary \(path): \(error.localizedDescription)")
            return false
        }
        return true
    }
}
