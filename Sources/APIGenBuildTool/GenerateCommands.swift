import APIGenerator
import Foundation

/// `apigen` (regenerate everything), `apigen generate` and `apigen check`.
enum GenerateCommands {
    /// Every `schema/*.json` into `Generated/<Name>/`; nothing is written
    /// unless every spec is free of errors.
    static func regenerate(_ arguments: [String], checkOnly: Bool) throws(Arguments.UsageError) -> ExitStatus {
        let parsed = try Arguments(arguments, options: ["schema", "output"], flags: ["hashable"])
        guard parsed.positional.isEmpty else { throw Arguments.UsageError(description: "unexpected argument '\(parsed.positional[0])'") }
        let schemaFolder = parsed.option("schema") ?? "schema"
        let outputRoot = parsed.option("output") ?? "Generated"
        let specs = GenerationJob.defaultSpecs(in: schemaFolder)
        guard !specs.isEmpty else {
            Console.error("apigen: error: no spec files (*.json) in '\(schemaFolder)'")
            return .failure
        }
        let started = DispatchTime.now()
        var outputs: [(GenerationJob.Output, OutputWriter)] = []
        var failed = false
        for path in specs {
            let options = GeneratorOptions(specPath: GenerationJob.displayPath(path), hashable: parsed.flag("hashable"))
            let job = GenerationJob(specPath: path, outputDirectory: "", options: options)
            guard let output = job.run() else { failed = true; continue }
            outputs.append((output, OutputWriter(directory: outputRoot + "/" + output.spec.name)))
        }
        if failed {
            Console.error("apigen: error: spec errors; nothing was written")
            return .failure
        }
        return checkOnly ? check(outputs) : write(outputs, started: started)
    }

    static func generate(_ arguments: [String]) throws(Arguments.UsageError) -> ExitStatus {
        let parsed = try Arguments(arguments, options: ["spec", "output", "module", "access", "single-file"], flags: ["always-write", "hashable"])
        guard let spec = parsed.option("spec") else { throw Arguments.UsageError(description: "generate needs --spec FILE") }
        guard let output = parsed.option("output") else { throw Arguments.UsageError(description: "generate needs --output DIR") }
        guard parsed.positional.isEmpty else { throw Arguments.UsageError(description: "unexpected argument '\(parsed.positional[0])'") }
        var options = GeneratorOptions(specPath: GenerationJob.displayPath(spec), hashable: parsed.flag("hashable"))
        if let access = parsed.option("access") {
            guard let level = GeneratorOptions.AccessLevel(rawValue: access) else {
                throw Arguments.UsageError(description: "--access takes public or internal, not '\(access)'")
            }
            options.access = level
        }
        if let name = parsed.option("single-file") {
            // The one file goes into --output, never beside or above it.
            guard !name.contains("/"), !name.contains("\\"), name != ".", name != "..", !name.isEmpty else {
                throw Arguments.UsageError(description: "--single-file takes a file name, not a path: '\(name)'")
            }
            options.layout = .singleFile(name)
        }
        let job = GenerationJob(specPath: spec, outputDirectory: output, options: options, clientName: parsed.option("module"))
        guard let result = job.run() else { return .failure }
        return write([(result, OutputWriter(directory: output))], started: DispatchTime.now(), alwaysWrite: parsed.flag("always-write"))
    }

    /// `alwaysWrite` rewrites unchanged files too: build systems that compare
    /// an output's time with its input's would otherwise rerun the command.
    /// Every folder is written or none: a failure leaves each file as it was.
    private static func write(_ outputs: [(GenerationJob.Output, OutputWriter)], started: DispatchTime, alwaysWrite: Bool = false) -> ExitStatus {
        var transaction = OutputTransaction()
        var plans: [OutputWriter.Plan] = []
        do throws(FileWriting.Failure) {
            for (output, writer) in outputs {
                var plan = writer.plan(output.files)
                if alwaysWrite {
                    plan.changed = output.files
                    plan.unchanged = []
                }
                try transaction.stage(plan, in: writer.directory)
                plans.append(plan)
            }
            try transaction.commit()
        } catch {
            Console.error("apigen: error: \(error.description); no generated file was changed")
            return .failure
        }
        let milliseconds = (DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000
        for ((output, writer), plan) in zip(outputs, plans) {
            Console.out("\(output.spec.name): \(output.spec.operations.count) operations, \(output.spec.types.count) types -> \(writer.directory): "
                + "\(plan.changed.count) written, \(plan.unchanged.count) unchanged, \(plan.extra.count) removed (\(milliseconds) ms)")
        }
        return .success
    }

    private static func check(_ outputs: [(GenerationJob.Output, OutputWriter)]) -> ExitStatus {
        var stale = false
        for (output, writer) in outputs {
            let plan = writer.plan(output.files)
            for file in plan.changed where !plan.missing.contains(file.path) {
                Console.error("\(writer.directory)/\(file.path): error: stale; differs from what \(output.spec.sourcePath) generates")
            }
            for path in plan.missing { Console.error("\(writer.directory)/\(path): error: missing") }
            for path in plan.extra { Console.error("\(writer.directory)/\(path): error: not generated by \(output.spec.sourcePath)") }
            if !plan.changed.isEmpty || !plan.extra.isEmpty { stale = true }
        }
        if stale {
            Console.error("apigen: generated code is out of date; regenerate it (apigen with the same --schema and --output) and commit the result")
            return .failure
        }
        Console.out("Generated code is up to date.")
        return .success
    }
}
