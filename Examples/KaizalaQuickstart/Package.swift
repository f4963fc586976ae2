// swift-tools-version:6.0
import PackageDescription

// A consumer of the committed Kaizala client: no plugin, no generation in
// this package's build.
let package = Package(
    name: "KaizalaQuickstart",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "apigen", path: "../..")],
    targets: [
        .executableTarget(
            name: "KaizalaQuickstart",
            dependencies: [.product(name: "KaizalaAPI", package: "apigen"), .product(name: "APIRuntime", package: "apigen")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
