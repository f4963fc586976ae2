// swift-tools-version:6.0
import PackageDescription

// A consumer of apigen's build-tool plugin: the client for the spec in
// Sources/Demo/github-issues.apigen.json is generated at build time and
// never committed.
let package = Package(
    name: "BuildPluginDemo",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "apigen", path: "../..")],
    targets: [
        .executableTarget(
            name: "Demo",
            dependencies: [.product(name: "APIRuntime", package: "apigen")],
            plugins: [.plugin(name: "APIGenPlugin", package: "apigen")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
