// swift-tools-version:6.0
import Foundation
import PackageDescription

// No third-party dependencies: a consumer's build plugin then builds in seconds.

// The committed clients are products only while their generated code exists,
// so that `swift run apigen` can recreate a deleted Generated/ folder.
let packageRoot = Context.packageDirectory
let clients = ["Kaizala", "Callbell"].filter {
    FileManager.default.fileExists(atPath: "\(packageRoot)/Generated/\($0)/\($0)Client.swift")
}
let fixtureNames = ["Checks", "Landmines", "Limits", "Recursive", "Scalars", "Unions"]
let clientTargets: [Target] = clients.map { .target(name: "\($0)API", dependencies: ["APIRuntime"], path: "Generated/\($0)") }
let clientProducts: [Product] = clients.map { .library(name: "\($0)API", targets: ["\($0)API"]) }
let clientTests: [Target] = clients.count == 2
    ? [.testTarget(name: "GeneratedClientTests", dependencies: ["KaizalaAPI", "CallbellAPI", "APIRuntime", "LoopbackHTTPServer"])]
    : []
// The benchmark measures the committed Kaizala client too (Benchmarks/run.sh).
let benchmarks: [Target] = clients.contains("Kaizala")
    ? [.executableTarget(name: "apigen-bench", dependencies: ["APISpec", "APIGenerator", "APIRuntime", "KaizalaAPI"], path: "Benchmarks/APIGenBench")]
    : []

let package = Package(
    name: "apigen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "apigen", targets: ["apigen"]),
        .executable(name: "apigen-build", targets: ["apigen-build"]),
        .library(name: "APIRuntime", targets: ["APIRuntime"]),
        .library(name: "APILimits", targets: ["APILimits"]),
        .library(name: "APISpec", targets: ["APISpec"]),
        .library(name: "APIGenerator", targets: ["APIGenerator"]),
        .library(name: "YAMLReader", targets: ["YAMLReader"]),
        .plugin(name: "APIGenPlugin", targets: ["APIGenPlugin"]),
        .plugin(name: "APIGenGenerate", targets: ["APIGenGenerate"]),
        .plugin(name: "APIGenCheck", targets: ["APIGenCheck"]),
    ] + clientProducts,
    targets: [
        // Pipeline: load spec -> check -> lower to Swift declarations -> print -> write.
        .target(name: "APISpec", dependencies: ["APILimits"]),
        // Resolve decides every Swift name and type (APIGenerator/Resolve) into the
        // resolved model (ResolvedAPI); lowering and printing (SwiftLowering) see
        // only that model, never the spec's rows.
        .target(name: "ResolvedAPI", dependencies: ["APILimits"]),
        .target(name: "SwiftLowering", dependencies: ["ResolvedAPI", "APILimits"]),
        .target(name: "APIGenerator", dependencies: ["APISpec", "APILimits", "ResolvedAPI", "SwiftLowering"]),
        .target(name: "APISpecDiff", dependencies: ["APISpec", "APIGenerator"]),
        .target(name: "APIExport", dependencies: ["APISpec"]),
        // Docs pages -> spec draft; merges a re-import into a spec.
        .target(name: "APIImport", dependencies: ["APILimits", "APISpec", "APIGenerator", "APIExport", "YAMLReader"]),
        // The commands a build runs, alone: what the plugins compile.
        .target(name: "APIGenBuildTool", dependencies: ["APISpec", "APIGenerator"]),
        .executableTarget(name: "apigen-build", dependencies: ["APIGenBuildTool"]),
        .target(name: "APIGenCLI", dependencies: ["APIGenBuildTool", "APISpec", "APIGenerator", "APISpecDiff", "APIExport", "APIImport"]),
        .executableTarget(name: "apigen", dependencies: ["APIGenCLI"]),

        // apigen inside other packages: at build time from `*.apigen.json`,
        // or on demand for committed code.
        .plugin(name: "APIGenPlugin", capability: .buildTool(), dependencies: ["apigen-build"]),
        .plugin(
            name: "APIGenGenerate",
            capability: .command(
                intent: .custom(verb: "apigen-generate", description: "Regenerate committed client code from the package's specs"),
                permissions: [.writeToPackageDirectory(reason: "apigen writes the generated client into the package")]
            ),
            dependencies: ["apigen-build"]
        ),
        .plugin(
            name: "APIGenCheck",
            capability: .command(intent: .custom(verb: "apigen-check", description: "Fail when committed client code is stale")),
            dependencies: ["apigen-build"]
        ),

        // What generated clients stand on; knows nothing of the generator.
        .target(name: "APIRuntime", dependencies: ["APILimits"]),
        // What a documented limit accepts: the one implementation the runtime
        // validates with and lint checks defaults and samples with.
        .target(name: "APILimits"),
        // YAML 1.2 text -> located nodes, for importing OpenAPI documents written in YAML.
        .target(name: "YAMLReader"),

        .testTarget(name: "APISpecTests", dependencies: ["APISpec", "APIGenerator", "SeededRandomness"], exclude: ["Fixtures"]),
        .testTarget(name: "APIGeneratorTests", dependencies: ["APISpec", "APIGenerator", "ResolvedAPI", "SwiftLowering", "SeededRandomness"]),
        .testTarget(name: "APISpecDiffTests", dependencies: ["APISpec", "APISpecDiff"], exclude: ["Histories", "validate_sarif.py"]),
        .testTarget(name: "APIGenCLITests", dependencies: ["APIGenCLI", "APIGenBuildTool", "APISpec"]),
        .testTarget(name: "APIImportTests", dependencies: ["APIImport", "APISpec", "APIGenerator", "APIExport", "SpecFuzzing", "APIRuntime"],
                    exclude: ["Pages", "Expected"]),
        .testTarget(name: "YAMLReaderTests", dependencies: ["YAMLReader"], exclude: ["KnownFailures.txt", "compare_pyyaml.py"]),
        // Prints the JSON of YAML files (the PyYAML comparison in CI) or times reading them (Benchmarks/yaml.sh).
        .executableTarget(name: "yaml-to-json", dependencies: ["YAMLReader"], path: "Tests/Support/YAMLToJSON"),
        .testTarget(name: "APIExportTests", dependencies: ["APISpec", "APIExport"], exclude: ["Expected", "validate.py"]),
        // Random specs from a vocabulary of landmines, linted, generated and
        // type-checked: a few seeds in `swift test`, thousands by `apigen-fuzz`.
        .target(name: "SeededRandomness", path: "Tests/Support/SeededRandomness"),
        .target(name: "SpecFuzzing", dependencies: ["APISpec", "APILimits", "APIGenerator", "SwiftLowering", "APIImport", "SeededRandomness"], path: "Tests/Support/SpecFuzzing"),
        .executableTarget(name: "apigen-fuzz", dependencies: ["SpecFuzzing", "APIRuntime"], path: "Tests/Support/SpecFuzzCommand"),
        .testTarget(name: "RandomSpecTests", dependencies: ["SpecFuzzing", "APISpec", "APIRuntime"]),
        // A loopback HTTP/1.1 server for tests of the runtime and the clients.
        .target(name: "LoopbackHTTPServer", path: "Tests/Support/LoopbackHTTPServer"),
        .testTarget(name: "APIRuntimeTests", dependencies: ["APIRuntime", "APISpec", "LoopbackHTTPServer", "SeededRandomness"]),
        // Compiles the expected output of every generator fixture and runs it; type-checks it, and the committed
        // clients, as a target that isolates to the main actor by default would (swiftc, through SpecFuzzing).
        .testTarget(
            name: "FixtureOutputTests", dependencies: ["APIRuntime", "SpecFuzzing"], path: "Tests/Fixtures",
            exclude: fixtureNames.map { "\($0)/spec.json" },
            sources: ["FixtureOutputTests.swift", "DefaultIsolationTests.swift", "PagingEndTests.swift", "FormRequestTests.swift",
                      "ErrorAnswerTests.swift", "EmptyAnswerTests.swift", "ListDefaultTests.swift",
                      "ResponseHeaderTests.swift"]
                + fixtureNames.map { "\($0)/expected" }
        ),
    ] + clientTargets + clientTests + benchmarks,
    swiftLanguageModes: [.v6]
)
