/// What the family readers find on docs pages, before any inference:
/// operations with their tables and samples, and object pages. Every
/// element keeps the docs place it came from.
public struct DocsPlace: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public var description: String { "\(file):\(line):\(column)" }
    /// `file:line`, as notes name their source.
    public var short: String { "\(file.split(separator: "/").last.map(String.init) ?? file):\(line)" }
}

/// Where a table row puts a value.
public enum DocsRowKind: String, Sendable, Hashable {
    case path, query, header, body
}

/// One row of a parameter or field table.
public struct DocsRow: Sendable, Hashable {
    public var name: String
    /// The untranslated name a machine-translated page keeps beside it.
    public var originalName: String?
    public var type: InlineText
    /// From an optional/required column or section; nil when the docs do not say.
    public var isOptional: Bool?
    /// From the kind column of parameter tables.
    public var kind: DocsRowKind?
    public var description: InlineText
    public var place: DocsPlace
    public var typePlace: DocsPlace
    public var descriptionPlace: DocsPlace
}

/// A table describing an object reached from a body: "JSON structure for
/// each individual group in the array groups[]", "actionBody for a Job".
public struct DocsStructure: Sendable, Hashable {
    public var title: String
    public var rows: [DocsRow]
    public var place: DocsPlace
}

public struct DocsSample: Sendable, Hashable {
    public var title: String
    public var text: String
    public var place: DocsPlace
}

public struct DocsOperation: Sendable, Hashable {
    public var method: String
    /// With `{name}` placeholders, without the base URL.
    public var path: String
    public var title: String
    public var summary: String
    public var group: String
    public var place: DocsPlace
    public var parameters: [DocsRow] = []
    public var requestFields: [DocsRow] = []
    public var responseFields: [DocsRow] = []
    public var requestStructures: [DocsStructure] = []
    public var responseStructures: [DocsStructure] = []
    public var requestSamples: [DocsSample] = []
    public var responseSamples: [DocsSample] = []
    /// A success status the page states (204 No Content).
    public var successStatus: Int?
    /// Whether the page sends an `Authorization: Bearer` header in its examples.
    public var usesBearer = false
    /// The page is a translation: its names may be translated words.
    public var isTranslated = false
    /// Paragraphs under the operation's own headings ("Metadata Limitations"),
    /// read for facts about the fields their heading names.
    public var prose: [DocsProse] = []
    /// What the reader had to decide about the operation, for the draft's notes.
    public var notes: [String] = []
    /// An object page that gives the request body ("supply a JSON representation of a [user](user.md) object").
    public var requestObject: String?
    /// An object page that gives the response body ("returns … a [calendar](calendar.md) object").
    public var responseObject: String?
    /// The bodies (`requestBody`, `responseBody`) an object page gives that is not among the pages read.
    public var unreadBodies: Set<String> = []
}

extension DocsOperation {
    /// Adds what another page documents of the same operation: rows and tables the first does not have (path
    /// parameters only where this path has them), samples, paragraphs.
    mutating func absorb(_ other: DocsOperation) {
        let placeholders = Set(path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) })
        parameters += other.parameters.filter { row in
            !parameters.contains { $0.name == row.name } && (row.kind != .path || placeholders.contains(row.name))
        }
        requestFields += other.requestFields.filter { row in !requestFields.contains { $0.name == row.name } }
        responseFields += other.responseFields.filter { row in !responseFields.contains { $0.name == row.name } }
        requestStructures += other.requestStructures.filter { table in !requestStructures.contains { $0.title == table.title } }
        responseStructures += other.responseStructures.filter { table in !responseStructures.contains { $0.title == table.title } }
        requestSamples += other.requestSamples
        responseSamples += other.responseSamples
        prose += other.prose
    }
}

public struct DocsProse: Sendable, Hashable {
    public var heading: String
    public var text: InlineText
    public var place: DocsPlace
}

/// An object-type page (Callbell's `Contact`).
public struct DocsObject: Sendable, Hashable {
    public var name: String
    public var summary: String
    public var rows: [DocsRow]
    public var place: DocsPlace
}

/// Everything read from a set of pages.
/// A column of a table that lists values rather than fields ("| Media Type | ActionType | Extension |").
public struct DocsValueColumn: Sendable, Hashable {
    public var header: String
    public var values: [String]
    public var place: DocsPlace
}

public struct DocsReading: Sendable {
    public var title: String?
    public var baseURL: String?
    /// The host a request line names (`GET https://api.example.com/v1/orders`): the base URL where no page states one.
    public var requestLineOrigin: String?
    public var operations: [DocsOperation] = []
    public var objects: [DocsObject] = []
    /// Bodies a page describes with no request line: what the API sends to the client (webhook payloads).
    public var payloads: [DocsOperation] = []
    public var warnings: [ImportWarning] = []
    /// Columns of value tables, which a description may point to ("refer to the table above").
    public var valueColumns: [DocsValueColumn] = []
}
