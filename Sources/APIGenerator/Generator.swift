import APISpec
import ResolvedAPI
import SwiftLowering

public struct GeneratorOptions: Sendable, Hashable {
    public enum AccessLevel: String, Sendable, Hashable {
        case `public`, `internal`
    }

    public enum Layout: Sendable, Hashable {
        /// `<Api>Client.swift`, `Models/<Type>.swift` (with the types whose names extend `<Type>`),
        /// `Operations/<Api>Client+<Group>.swift`: a one-field change in the spec is a one-hunk diff.
        case files
        /// Everything in one file of this name: for build plugins, which must
        /// name their outputs before reading the spec.
        case singleFile(String)
    }

    public var access: AccessLevel
    public var layout: Layout
    /// The spec's path as the header names it; keep it relative.
    public var specPath: String
    /// Models are `Equatable`; `Hashable` (for sets and dictionary keys) is
    /// asked for, since hashing every type costs a tenth of the client's
    /// compile time.
    public var hashable: Bool

    public init(access: AccessLevel = .public, layout: Layout = .files, specPath: String, hashable: Bool = false) {
        self.access = access
        self.layout = layout
        self.specPath = specPath
        self.hashable = hashable
    }
}

/// One output file: a path relative to the output folder, and its text.
public struct GeneratedFile: Sendable, Hashable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

public struct GenerationError: Error, Sendable, CustomStringConvertible {
    /// Located findings of the resolve stage, in the loader's format.
    public var diagnostics: [Diagnostic]
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// The generator: a pure function from a checked spec to files. It reads
/// and writes nothing; the CLI and the build plugin own the disk.
/// Pipeline: resolve (every Swift decision) -> lower (formatting) -> print.
public enum Generator {
    public static func generate(_ spec: APISpecification, options: GeneratorOptions) throws(GenerationError) -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        try generate(spec, options: options) { files.append($0) }
        return files
    }

    /// The same files, handed over one at a time as each is printed, so
    /// that a caller that does not keep them needs memory for one file only.
    public static func generate(_ spec: APISpecification, options: GeneratorOptions, each: (GeneratedFile) -> Void) throws(GenerationError) {
        let result = Resolver.resolve(spec)
        guard let resolved = result.resolved else { throw GenerationError(diagnostics: result.diagnostics) }
        generate(resolved, options: options, each: each)
    }

    public static func generate(_ resolved: ResolvedSpec, options: GeneratorOptions, each: (GeneratedFile) -> Void) {
        let lowering = LoweringOptions(isPublic: options.access == .public, hashable: options.hashable)
        let header = ClientFiles.header(specPath: options.specPath)
        let jobs = ClientFiles(resolved, options: lowering).jobs
        switch options.layout {
        case .files:
            // Files are lowered and printed independently, so on every core.
            Parallel.map(jobs, transform: { job in
                job.lower().map { body in
                    let contents = ClientFiles.render(header: header, foundation: job.usesFoundation, body: body)
                    return GeneratedFile(path: job.path, contents: contents)
                }
            }, each: { file in
                if let file { each(file) }
            })
        case .singleFile(let name):
            var bodies: [CodeNode] = []
            var anyFoundation = false
            Parallel.map(jobs, transform: { job in job.lower().map { (body: $0, foundation: job.usesFoundation) } }, each: { lowered in
                guard let lowered else { return }
                bodies.append(lowered.body)
                anyFoundation = anyFoundation || lowered.foundation
            })
            let contents = ClientFiles.render(header: header, foundation: anyFoundation, body: .separated(bodies))
            each(GeneratedFile(path: name, contents: contents))
        }
    }
}
