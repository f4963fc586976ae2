import Foundation
import XCTest

/// Lowering sees only the resolved model: neither it nor the model can
/// name a spec row type, because neither module depends on `APISpec` (the
/// compiler refuses the import). This keeps it so.
final class StageBoundaryTests: XCTestCase {
    func testLoweringAndTheResolvedModelDoNotDependOnTheSpec() throws {
        let manifest = try String(contentsOf: PackagePaths.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        for target in ["ResolvedAPI", "SwiftLowering"] {
            let declaration = try XCTUnwrap(manifest.components(separatedBy: "\n").first { $0.contains(#".target(name: "\#(target)""#) },
                                            "\(target) is not declared")
            XCTAssertFalse(declaration.contains("APISpec"), "\(target) must not depend on APISpec: \(declaration)")
            let folder = PackagePaths.root.appendingPathComponent("Sources/\(target)")
            let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
            XCTAssertFalse(files.isEmpty, target)
            for file in files {
                let text = try String(contentsOf: file, encoding: .utf8)
                XCTAssertFalse(text.contains("import APISpec"), "\(file.lastPathComponent) imports APISpec")
            }
        }
    }
}
