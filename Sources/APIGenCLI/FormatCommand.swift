import APIGenBuildTool
import APISpec
import Foundation

/// `apigen fmt SPEC... [--check]`: rewrites specs in the format's canonical
/// layout through the one spec writer (`SpecWriter`). Every spec is read and
/// formatted before any is written, so a spec with errors leaves them all
/// as they were; `--check` writes nothing and fails when one would change.
enum FormatCommand {
    static func run(_ arguments: [String]) throws(Arguments.UsageError) -> ExitStatus {
        let parsed = try Arguments(arguments, options: [], flags: ["check"])
        guard !parsed.positional.isEmpty else { throw Arguments.UsageError(description: "fmt needs: SPEC... [--check]") }
        var formatted: [(path: String, old: String, new: String, spec: APISpecification)] = []
        var failed = false
        for path in parsed.positional {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                // The loader says why, with its code (unreadable, or not UTF-8).
                SpecLoader.load(path: path).diagnostics.forEach { Console.error($0.description) }
                failed = true
                continue
            }
            let loaded = SpecLoader.load(text: text, path: path)
            let errors = loaded.diagnostics.filter { $0.severity == .error }
            errors.forEach { Console.error($0.description) }
            guard errors.isEmpty, let spec = loaded.specification else {
                failed = true
                continue
            }
            formatted.append((path, text, SpecWriter.text(of: spec), spec))
        }
        guard !failed else {
            Console.error("apigen: error: spec errors; nothing was formatted")
            return .failure
        }
        let changed = formatted.filter { $0.old != $0.new }
        if parsed.flag("check") {
            for file in changed {
                if let diagnostic = SpecWriter.layoutDiagnostic(of: file.spec, text: file.old) { Console.error(diagnostic.description) }
            }
            return changed.isEmpty ? .success : .failure
        }
        for file in changed {
            do {
                try Data(file.new.utf8).write(to: URL(fileURLWithPath: file.path), options: .atomic)
            } catch {
                Console.error("apigen: error: cannot write \(file.path): \(error.localizedDescription)")
                return .failure
            }
        }
        Console.out("\(changed.count) of \(formatted.count) spec\(formatted.count == 1 ? "" : "s") reformatted")
        return .success
    }
}
