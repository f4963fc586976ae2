import APIGenerator
import APISpec

/// `apigen import openapi`: an OpenAPI 3.0 or 3.1 document in, a spec
/// draft out, written by the one spec writer. The draft is linted, and what
/// the lint refuses is mended or left out with a located warning
/// (`DraftMending`), so that a draft of any document lints clean.
public enum OpenAPIImporter {
    public struct Result: Sendable {
        /// The draft spec's text.
        public var text: String
        /// What the spec format cannot say, at the document's places.
        public var warnings: [OpenAPIWarning]
        /// The draft's own lint diagnostics (none, unless mending ran out).
        public var diagnostics: [Diagnostic]
        /// The draft as a model.
        public var specification: APISpecification
        /// Operations the document has (every method), and those the draft keeps.
        public var documentOperations: Int
    }

    /// Why a document is not imported at all: a located error with its kind.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public enum Kind: String, Sendable, CaseIterable {
            /// No `openapi` version of 3.0 or 3.1, nor `swagger` 2.0.
            case unsupportedVersion = "UnsupportedVersion"
        }

        public var kind: Kind
        public var message: String
        public var file: String
        public var location: SourceLocation

        public var description: String {
            "\(Diagnostic.escaped(file)):\(location.line):\(location.column): error: \(Diagnostic.escaped(message)) [#\(kind.rawValue)]"
        }
    }

    /// Maps the document; `draftPath` names the draft in its own diagnostics.
    public static func importDocument(_ document: OpenAPIDocument, name: String? = nil,
                                      draftPath: String = "draft.json") throws(Failure) -> Result {
        var document = document
        let swagger = document.root.members?.first { $0.key == "swagger" }
        if SwaggerConversion.isSwagger2(document.root) {
            document.root = SwaggerConversion(root: document.root).converted()
        }
        try checkVersion(document)
        let mapper = OpenAPIMapper(document: document)
        if let swagger, document.root.member("swagger") == nil {
            mapper.warn(.swaggerConverted, "Swagger 2.0 is read as the OpenAPI 3.0 document it converts to: lines and "
                        + "columns are this document's, JSON pointers that form's (#/components/schemas/X for "
                        + "#/definitions/X, a body parameter's schema under requestBody/content)",
                        at: DocumentPlace(pointer: "#/swagger", location: swagger.keyLocation))
        }
        let auth = AuthMapping(mapper)
        let routes = mapper.routes()
        let components = document.root.member("components")?.member("schemas")?.members ?? []
        for component in components {
            _ = mapper.referenced("#/components/schemas/" + OpenAPIDocument.escaped(component.key),
                                  at: DocumentPlace(pointer: "#/components/schemas", location: component.keyLocation))
        }
        let operations = routes.map { mapper.operation($0, auth: auth) }
        let webhooks = mapper.webhooks()
        mapper.orderTypes(components.map(\.key))
        mapper.breakDirectRecursion()
        var prose = mapper.prose()
        if let note = mapper.reportCORSHeaders() { prose.notes.append(note) }
        let apiName = mapper.apiName(given: name)
        var spec = APISpecification(name: apiName, title: prose.title ?? apiName, description: prose.description,
                                    baseURL: mapper.baseURL(), auth: auth.scheme, types: mapper.types, operations: operations,
                                    webhooks: webhooks, notes: prose.notes, acknowledgements: mapper.acknowledgements(), sourcePath: draftPath)
        spec.schemaReference = "./apigen.schema.json"
        let mending = DraftMending(mapper: mapper, path: draftPath)
        let modelRounds = mending.mendModel(&spec)
        mapper.noteErrorHeaders(in: &spec)
        mapper.dropUnusedTypesMadeInPlace(from: &spec)
        var (diagnostics, mendedText) = mending.mend(&spec, firstRound: modelRounds)
        let typeCount = spec.types.count
        mapper.dropUnusedTypesMadeInPlace(from: &spec)
        if spec.types.count != typeCount {
            let text = SpecWriter.text(of: spec)
            diagnostics = Lint.diagnostics(text: text, path: draftPath)
            mendedText = text
        }
        let methods = Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"])
        let count = (document.root.member("paths")?.members ?? []).reduce(0) { total, item in
            total + (item.value.members ?? []).filter { methods.contains($0.key) }.count
        }
        return Result(text: mendedText ?? SpecWriter.text(of: spec), warnings: mapper.warnings, diagnostics: diagnostics,
                      specification: spec, documentOperations: count)
    }

    /// OpenAPI 3.0 and 3.1 are read (Swagger 2.0 converted to 3.0 before); anything else is a located error.
    private static func checkVersion(_ document: OpenAPIDocument) throws(Failure) {
        let root = document.root
        if let version = root.string("openapi"), version.hasPrefix("3.0") || version.hasPrefix("3.1") { return }
        let location = root.members?.first { $0.key == "openapi" || $0.key == "swagger" }?.value.location ?? root.location
        if let version = root.member("swagger") {
            let given = version.stringValue.map { "'\($0)'" } ?? "without a version"
            throw Failure(kind: .unsupportedVersion, message: "Swagger \(given) is not read; Swagger 2.0 and OpenAPI 3.0 "
                          + "and 3.1 are", file: document.file, location: location)
        }
        throw Failure(kind: .unsupportedVersion, message: "not an OpenAPI 3.0 or 3.1 document (its 'openapi' is "
                      + "\(root.string("openapi").map { "'\($0)'" } ?? "missing"))", file: document.file, location: location)
    }
}

extension OpenAPIMapper {
    /// Components in the document's order, then the types made in place, in the order they were made.
    func orderTypes(_ components: [String]) {
        var rank: [String: Int] = [:]
        for (index, name) in components.enumerated() {
            if case .named(let typeName)? = mappedReferences["#/components/schemas/" + OpenAPIDocument.escaped(name)]?.type,
               rank[typeName] == nil {
                rank[typeName] = index
            }
        }
        let ordered = types.enumerated().sorted { lhs, rhs in
            (rank[lhs.element.name] ?? Int.max, lhs.offset) < (rank[rhs.element.name] ?? Int.max, rhs.offset)
        }
        types = ordered.map(\.element)
        typeIndex = Dictionary(uniqueKeysWithValues: types.enumerated().map { ($1.name, $0) })
    }
}
