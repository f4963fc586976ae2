// swift-tools-version:6.0
import PackageDescription

// No third-party dependencies: a consumer's build plugin then builds in seconds.
let package = Package(
    name: "apigen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "apigen", targets: ["apigen"]),
        .library(name: "APIRuntime", targets: ["APIRuntime"]),
        .library(name: "KaizalaAPI", targets: ["KaizalaAPI"]),
        .library(name: "CallbellAPI", targets: ["CallbellAPI"]),
        .library(name: "APISpec", targets: ["APISpec"]),
        .library(name: "APIGenerator", targets: ["APIGenerator"]),
    ],
    targets: [
        // Pipeline: load spec -> check -> lower to Swift declarations -> print -> write.
        .target(name: "APISpec"),
        .target(name: "APIGenerator", dependencies: ["APISpec"]),
        .executableTarget(name: "apigen", dependencies: ["APISpec", "APIGenerator"]),

        // What generated clients stand on; knows nothing of the generator.
        .target(name: "APIRuntime"),

        // Committed output of `swift run apigen`.
        .target(name: "KaizalaAPI", dependencies: ["APIRuntime"], path: "Generated/Kaizala"),
        .target(name: "CallbellAPI", dependencies: ["APIRuntime"], path: "Generated/Callbell"),

        .testTarget(name: "APISpecTests", dependencies: ["APISpec"]),
        .testTarget(name: "APIGeneratorTests", dependencies: ["APISpec", "APIGenerator"]),
        .testTarget(name: "GeneratedClientTests", dependencies: ["KaizalaAPI", "CallbellAPI", "APIRuntime"]),
    ],
    swiftLanguageModes: [.v6]
)
