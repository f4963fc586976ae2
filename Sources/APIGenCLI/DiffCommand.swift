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
        let old: (text: String, name: String)
        let newPath: String
        switch (parsed.positional.count, parsed.option("against")) {
        case (1, let revision?):
            newPath = parsed.positional[0]
            do {
                old = (try GitShow.file(newPath, at: revision), "\(revision):\(newPath)")
            } catch {
                Console.error("apigen: error: \(error)")
                return .failure
            }
        case (2, nil):
            newPath = parsed.positional[1]
            guard let text = read(parsed.positional[0]) else { return .failure }
            old = (text, parsed.positional[0])
        default:
            throw Arguments.UsageError(description: "diff needs OLD NEW, or SPEC --against REV")
        }
        guard let newText = read(newPath),
              let before = load(old.text, path: old.name), let after = load(newText, path: newPath) else { return .failure }
        let report = DiffReport(oldName: old.name, newName: newPath, changes: SpecDiff.compare(before, after))
        FileHandle.standardOutput.write(Data(report.render(format).utf8))
        return parsed.flag("fail-on-breaking") && !report.breaking.isEmpty ? .failure : .success
    }

    private static func read(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else {
            Console.error("\(path): error: cannot read the file")
            return nil
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// A spec with errors cannot be compared: its diagnostics say why.
    private static func load(_ text: String, path: String) -> APISpecification? {
        let result = SpecLoader.load(text: text, path: path)
        result.diagnostics.forEach { Console.error($0.description) }
        return result.diagnostics.hasErrors ? nil : result.specification
    }
}

/// Reads a file as it was at a git revision, for comparing a pull request with its base.
enum GitShow {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func file(_ path: String, at revision: String) throws(Failure) -> String {
        let url = URL(fileURLWithPath: path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // `REV:./name` is resolved against the working directory, which is the spec's folder.
        process.arguments = ["git", "-C", url.deletingLastPathComponent().path, "show", "\(revision):./\(url.lastPathComponent)"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw Failure(description: "cannot run git: \(error.localizedDescription)") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: "cannot read \(revision):\(path) from git: \(reason)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
