import APIGenerator
import APISpec
import Foundation

/// One spec to generate into one folder: loaded, checked and rendered in
/// memory before anything touches the disk.
struct GenerationJob {
    let specPath: String
    let outputDirectory: String
    var options: GeneratorOptions
    var clientName: String?

    struct Output {
        let spec: APISpecification
        let files: [GeneratedFile]
    }

    /// Prints diagnostics; nil when the spec has errors.
    func run() -> Output? {
        let result = SpecLoader.load(path: specPath)
        result.diagnostics.forEach { Console.error($0.description) }
        guard var spec = result.specification else { return nil }
        if let clientName { spec.name = clientName }
        do {
            return Output(spec: spec, files: try Generator.generate(spec, options: options))
        } catch {
            Console.error(error.description)
            return nil
        }
    }

    /// The spec path as generated headers name it: relative to the current
    /// folder when inside it, else just the file name, never absolute.
    static func displayPath(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path + "/"
        if absolute.hasPrefix(current) { return String(absolute.dropFirst(current.count)) }
        return URL(fileURLWithPath: path).lastPathComponent
    }

    /// `schema/*.json` except the format's own JSON Schema, sorted.
    static func defaultSpecs(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") }.sorted().map { folder + "/" + $0 }
    }
}
