import APISpec

/// The state of one import: the document, the types named so far, the
/// warnings, and where each piece of the draft came from in the document
/// (for warnings about what lint later refuses). Mapping itself is in the
/// extensions beside this file, one concept each.
final class OpenAPIMapper {
    let document: OpenAPIDocument
    /// 3.0 writes `nullable: true`, 3.1 `type: [T, "null"]`; both are read either way.
    let version: String
    private(set) var warnings: [OpenAPIWarning] = []
    /// Named types in the order they were first named.
    var types: [NamedType] = []
    var typeIndex: [String: Int] = [:]
    /// Names taken, lower-cased: names differing only in case would be one file on some disks.
    var takenNames: Set<String> = []
    /// What a component schema or another pointer maps to, once mapped (a named type, or the inlined value).
    var mappedReferences: [String: MappedValue] = [:]
    /// Pointers being mapped, to tell a cycle through inlined values from a repeat.
    var referencesInProgress: Set<String> = []
    /// Where the current operation's examples are, by title (request and response examples of a title are one sample).
    var examplePlaces: [String: DocumentPlace] = [:]
    /// Types made in place inside components, by the pointer of their schema.
    var mappedPlaces: [String: MappedValue] = [:]
    /// Names a reference claimed for the type it is about to make.
    var pendingNames: Set<String> = []
    /// Where each type, field and operation came from: keys made by `OriginKey`.
    var origins: [String: DocumentPlace] = [:]
    /// The example values samples were made from, as the document has them (with their lines): a warning about a
    /// sample points at the value inside it that lint refused. Keys made by `OriginKey.sampleValue`.
    var sampleValues: [String: JSONNode] = [:]
    /// Other files `$ref`s name, by their path relative to the document's folder: read once (`ExternalReferences`).
    var externalDocuments: [String: Result<OpenAPIDocument, UnresolvedReference>] = [:]
    /// Error answers' headers, noted or warned of once the draft is mended (`AnswerHeaders`).
    var errorHeaders: [ErrorHeaders] = []
    /// The CORS headers answers document, said once for the document (`CORSHeaders`).
    var corsHeaders: CORSHeaderUse?

    init(document: OpenAPIDocument) {
        self.document = document
        version = document.root.string("openapi") ?? ""
    }

    var is31: Bool { version.hasPrefix("3.1") }

    func warn(_ kind: OpenAPIWarning.Kind, _ message: String, at place: DocumentPlace) {
        let other = Self.file(of: place.pointer)
        let file = other.isEmpty ? document.file : path(of: other)
        let warning = OpenAPIWarning(kind, message, file: file, location: place.location, pointer: place.pointer)
        if !warnings.contains(warning) { warnings.append(warning) }
    }

    /// Follows `$ref`s of a non-schema object (parameter, request body, response, example), up to a bound.
    func dereferenced(_ node: JSONNode, at place: DocumentPlace) -> (node: JSONNode, place: DocumentPlace)? {
        var current = (node: node, place: place)
        for _ in 0..<16 {
            guard let written = current.node.string("$ref") else { return current }
            let reference = absolute(written, from: current.place)
            switch self.node(at: reference) {
            case .success(let target): current = (target, DocumentPlace(pointer: reference, location: target.location))
            case .failure(let why):
                warn(.unresolvedReference, "'\(written)' \(why.reason); what it names is left out", at: current.place)
                return nil
            }
        }
        warn(.unresolvedReference, "a chain of references that does not end", at: place)
        return nil
    }

    /// A free type name from `base`: `NameCase.typeName`, numbered when taken.
    func freeTypeName(_ base: String) -> String {
        let name = NameCase.typeName(base)
        if !takenNames.contains(name.lowercased()) { return name }
        var number = 2
        while takenNames.contains("\(name)\(number)".lowercased()) { number += 1 }
        return "\(name)\(number)"
    }

    /// Claims a name (so that no later type takes it) without a type yet.
    func claim(_ name: String) { takenNames.insert(name.lowercased()) }

    /// Adds a type under a name claimed for it.
    func add(_ type: NamedType, from place: DocumentPlace) {
        claim(type.name)
        if let index = typeIndex[type.name] {
            types[index] = type
        } else {
            typeIndex[type.name] = types.count
            types.append(type)
        }
        origins[OriginKey.type(type.name)] = place
    }
}

/// Keys of `OpenAPIMapper.origins`: where a type, field, operation, parameter or sample came from.
enum OriginKey {
    static func type(_ name: String) -> String { "type \(name)" }
    static func field(_ owner: String, _ name: String) -> String { "field \(owner).\(name)" }
    static func operation(_ name: String) -> String { "operation \(name)" }
    static func parameter(_ operation: String, _ name: String) -> String { "parameter \(operation).\(name)" }
    static func responseHeader(_ operation: String, _ name: String) -> String { "header \(operation).\(name)" }
    static func body(_ operation: String, request: Bool) -> String { request ? "request \(operation)" : "response \(operation)" }
    static func sample(_ operation: String, _ title: String) -> String { "sample \(operation).\(title)" }
    static func sampleValue(_ operation: String, _ title: String, request: Bool) -> String {
        "\(request ? "request" : "response") sample \(operation).\(title)"
    }
    static func status(_ operation: String, _ code: StatusCode) -> String { "status \(operation).\(code)" }
}
