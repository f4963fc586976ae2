@testable import APIImport
import APISpec
import Foundation
import XCTest

/// OpenAPI documents for the import tests: the landmine document beside the
/// test pages, and the corpus kept beside the checkout in `../shared/openapi`.
enum OpenAPIFixture {
    static var landmines: String { ImportFixture.pages.appendingPathComponent("openapi/landmines.json").path }
    /// A Swagger 2.0 document, in YAML.
    static var kennel: String { ImportFixture.pages.appendingPathComponent("openapi/kennel.swagger.yaml").path }

    /// The corpus; a test that needs it skips with a plain message where it is missing.
    static func corpus() throws -> URL {
        let url = ImportFixture.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/openapi")
        guard FileManager.default.fileExists(atPath: url.appendingPathComponent("oai-examples/v3.0/petstore.json").path) else {
            throw XCTSkip("needs ../shared/openapi (the OpenAPI corpus beside the checkout)")
        }
        return url
    }

    /// Imports the file at `path`, named relative to the package so that warnings do not depend on the checkout.
    static func importing(_ path: String, name: String? = nil) throws -> OpenAPIImporter.Result {
        let root = ImportFixture.packageRoot.path + "/"
        let file = path.hasPrefix(root) ? String(path.dropFirst(root.count)) : (path as NSString).lastPathComponent
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try OpenAPIImporter.importDocument(OpenAPIDocument.parse(text, file: file), name: name)
    }
}
