/// One endpoint of the API, as one section of the docs describes it.
public struct Operation: Sendable, Hashable {
    public enum Method: String, Sendable, Hashable, CaseIterable {
        case GET, POST, PUT, PATCH, DELETE
        /// An answer of headers alone (does it exist, how large is it): never a response body.
        case HEAD
        /// What the server offers for the path (Box's upload preflight check).
        case OPTIONS

        /// GET and HEAD requests carry no body: URLSession refuses to send one on Apple platforms.
        public var carriesNoBody: Bool { self == .GET || self == .HEAD }
    }

    public var name: String
    public var summary: String
    public var description: String?
    /// The resource group (and generated file) the operation belongs to.
    public var group: String
    public var method: Method
    /// A path template relative to the base URL, placeholders as `{name}`.
    public var path: String
    /// Tells apart operations that share a method and path on purpose (one endpoint that does several jobs, chosen
    /// by the body or the query): never sent, it only lets the route be declared more than once.
    public var routeVariant: String?
    /// False for endpoints called before there is a token (sign-in, token issue).
    public var isAuthenticated: Bool
    public var parameters: [Parameter]
    public var requestBody: Body?
    public var responseBody: Body?
    /// The status of a successful call: 200 unless the docs say otherwise.
    public var successStatus: Int
    public var statuses: [Status]
    /// The headers of the success answer the docs name (`Location`, a rate-limit count): text values the client reads
    /// into a typed struct of their own on request.
    public var responseHeaders: [Field] = []
    public var samples: [Sample]
    public var note: String?
    /// How the operation pages, if it does.
    public var pagination: Pagination?
    public var location: SourceLocation
    /// Where the path's text is, for its errors (the operation's own place when not known).
    public var pathLocation: SourceLocation?

    public init(
        name: String, summary: String, description: String? = nil, group: String, method: Method, path: String,
        isAuthenticated: Bool = true, parameters: [Parameter] = [], requestBody: Body? = nil, responseBody: Body? = nil,
        successStatus: Int = 200, statuses: [Status] = [], samples: [Sample] = [], note: String? = nil,
        location: SourceLocation = SourceLocation(line: 0, column: 0)
    ) {
        self.name = name
        self.summary = summary
        self.description = description
        self.group = group
        self.method = method
        self.path = path
        self.isAuthenticated = isAuthenticated
        self.parameters = parameters
        self.requestBody = requestBody
        self.responseBody = responseBody
        self.successStatus = successStatus
        self.statuses = statuses
        self.samples = samples
        self.note = note
        self.location = location
    }

    /// The type of the body of an error answer of `status` (300 to 599): the exact status's, else its class's, else
    /// `default`'s, as the client matches them; nil when none has a type.
    public func errorBodyType(forStatus status: Int) -> TypeReference? {
        errorBodyCode(forStatus: status).flatMap { code in statuses.first { $0.code == code }?.type }
    }

    /// The answers that give nil (`Status.isEmptyAnswer`), by status in order, with what the docs say of them.
    public var emptyAnswers: [(status: Int, description: String)] {
        statuses.compactMap { status -> (status: Int, description: String)? in
            guard status.isEmptyAnswer, case .exact(let code) = status.code else { return nil }
            return (code, status.description)
        }.sorted { $0.status < $1.status }
    }

    /// The statuses whose answers give nil, in order.
    public var emptyAnswerStatuses: [Int] { emptyAnswers.map(\.status) }

    /// Which documented status gives the type of an error answer of `status`: the first of the exact status, its
    /// class and `default` that has a type.
    public func errorBodyCode(forStatus status: Int) -> StatusCode? {
        guard (300...599).contains(status) else { return nil }
        return [StatusCode.exact(status), .range(status / 100), .otherwise].first { code in
            statuses.contains { $0.code == code && $0.type != nil }
        }
    }

    /// Whether a route variant may hold `scalar`: ASCII letters, digits, `_`, `-` and `.`, which a path's fragment
    /// holds as they are (the export writes the variant there).
    public static func isRouteVariantCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (NameCharacters.isLetter(scalar) || NameCharacters.isDigit(scalar)
            || "_-.".unicodeScalars.contains(scalar))
    }

    /// The method, the path as written and the route variant: what tells one operation's route from another's
    /// when specs are compared or merged (`PUT /files/{id}#add_link`).
    public var routeKey: String {
        "\(method.rawValue) \(path)" + (routeVariant.map { "#" + $0 } ?? "")
    }

    /// The `{name}` placeholders of the path, in order (`PathTemplate` reads them).
    public var pathPlaceholders: [String] {
        PathTemplate(path).placeholders
    }
}

public struct Parameter: Sendable, Hashable {
    public enum Location: String, Sendable, Hashable, CaseIterable {
        case path, query, header
    }

    /// How a list in the query is sent.
    public enum Style: String, Sendable, Hashable, CaseIterable {
        /// `tags=a&tags=b`, the default.
        case repeated
        /// `tags=a,b`.
        case comma
        /// `tags=a|b`.
        case pipe
        /// `tags=a%20b`.
        case space
        /// `tags[]=a&tags[]=b`, as Rails and PHP read lists (and Stripe its `expand[]`).
        case brackets
        /// An object's members as `created[gt]=1&created[lt]=9` (OpenAPI's `deepObject`): for a parameter of an
        /// object, map or union type, not a list; a variant that is not an object goes as `created=5`.
        case deepObject
    }

    public var location: Location
    public var field: Field
    /// Set only where the spec says; nil sends lists repeated.
    public var style: Style?
    /// Where `style` is written, for diagnostics.
    public var styleLocation: SourceLocation?

    public init(location: Location, field: Field, style: Style? = nil, styleLocation: SourceLocation? = nil) {
        self.location = location
        self.field = field
        self.style = style
        self.styleLocation = styleLocation
    }
}

/// How a paged operation walks its pages (a cursor or address the answer
/// gives for the next page, numbered pages, or a `Link` header) and how the
/// walk knows the last page.
public struct Pagination: Sendable, Hashable {
    public enum Style: String, Sendable, Hashable, CaseIterable {
        case cursor, page, nextLink, linkHeader
    }

    /// An end told by the page itself rather than a field of the answer.
    public enum PageEnd: String, Sendable, Hashable, CaseIterable {
        /// A page without items is the last.
        case emptyPage
        /// A page with fewer items than the largest before it (or none) is the last.
        case shortPage
    }

    public var style: Style
    /// The query parameter or request body field selecting the page (cursor and page styles).
    public var parameter: String?
    /// Dotted paths into the answer.
    public var nextCursor: String?
    public var totalPages: String?
    public var totalItems: String?
    public var hasMore: String?
    public var nextLink: String?
    public var end: PageEnd?
    /// The dotted path of the answer's list; nil when the answer is the list
    /// itself (GitHub's `[Repository]` pages, linked by a `Link` header).
    public var items: String?
    public var location: SourceLocation

    public init(style: Style, parameter: String?, nextCursor: String? = nil, totalPages: String? = nil,
                totalItems: String? = nil, hasMore: String? = nil, nextLink: String? = nil, end: PageEnd? = nil,
                items: String?, location: SourceLocation = SourceLocation(line: 0, column: 0)) {
        self.style = style
        self.parameter = parameter
        self.nextCursor = nextCursor
        self.totalPages = totalPages
        self.totalItems = totalItems
        self.hasMore = hasMore
        self.nextLink = nextLink
        self.end = end
        self.items = items
        self.location = location
    }

    /// The keys a style reads; any other is refused by lint, since it would be ignored.
    public static func keys(of style: Style) -> Set<String> {
        switch style {
        case .cursor: ["parameter", "nextCursor", "hasMore", "end"]
        case .page: ["parameter", "totalPages", "totalItems", "hasMore", "end"]
        case .nextLink: ["nextLink", "hasMore", "end"]
        case .linkHeader: ["end"]
        }
    }

    /// The ends a style accepts in `end`.
    public static func ends(of style: Style) -> [PageEnd] {
        style == .page ? PageEnd.allCases : [.emptyPage]
    }

    /// Whether the walk can tell its last page: the style names the next
    /// page (a cursor or a link), or a numbered walk states an end.
    public var statesItsEnd: Bool {
        style != .page || totalPages != nil || totalItems != nil || hasMore != nil || end != nil
    }

    /// The optional keys given, for checks that every one fits its style.
    public var givenKeys: [String] {
        [("parameter", parameter), ("nextCursor", nextCursor), ("totalPages", totalPages), ("totalItems", totalItems),
         ("hasMore", hasMore), ("nextLink", nextLink), ("end", end?.rawValue)].compactMap { $0.1 == nil ? nil : $0.0 }
    }
}

/// A request or response body: a named type, or the rows of a docs table
/// that become a type named after the operation.
public struct Body: Sendable, Hashable {
    public enum ContentType: String, Sendable, Hashable, CaseIterable {
        case json
        case multipart
        /// `application/x-www-form-urlencoded`: the body's members as
        /// `key=value` pairs, nested ones as `key[member]=value`.
        case form
    }

    /// How a form body writes a list: `indexed` numbers the items,
    /// `name[0]=a&name[1]=b` (Stripe's style, and OpenAPI's `deepObject`);
    /// `repeated` repeats the name, `name=a&name=b` (OpenAPI's form default,
    /// Twilio's style), for lists of plain values only.
    public enum FormLists: String, Sendable, Hashable, CaseIterable {
        case indexed
        case repeated
    }

    public enum Shape: Sendable, Hashable {
        case type(TypeReference)
        case fields(ObjectType)
    }

    public var contentType: ContentType
    public var shape: Shape
    /// Given only for a form body; nil means indexed.
    public var formLists: FormLists?
    public var description: String?
    public var location: SourceLocation

    public init(contentType: ContentType = .json, shape: Shape, formLists: FormLists? = nil, description: String? = nil,
                location: SourceLocation = SourceLocation(line: 0, column: 0)) {
        self.contentType = contentType
        self.shape = shape
        self.formLists = formLists
        self.description = description
        self.location = location
    }
}

/// A documented answer other than success: when it comes, and the type of its JSON body where the docs give one
/// (the client then decodes it into `APIError.answered`).
public struct Status: Sendable, Hashable {
    public var code: StatusCode
    public var description: String
    /// The answer's body; nil when the docs show none or only a description.
    public var type: TypeReference?
    /// A success other than the operation's own that carries nothing to return (`204 No Content` beside a `200`
    /// with a body, a `202` "still computing"): the call gives nil on it, so its result is optional. Without the
    /// mark, another 2xx answer is read as the success is.
    public var isEmptyAnswer: Bool
    public var location: SourceLocation

    public init(code: StatusCode, description: String, type: TypeReference? = nil, isEmptyAnswer: Bool = false,
                location: SourceLocation = SourceLocation(line: 0, column: 0)) {
        self.code = code
        self.description = description
        self.type = type
        self.isEmptyAnswer = isEmptyAnswer
        self.location = location
    }

    public init(code: Int, description: String) {
        self.init(code: .exact(code), description: description)
    }
}

/// Which answers a status entry documents: one status, a class of them (`4XX`), or every status not documented
/// otherwise (`default`), as OpenAPI words them.
public enum StatusCode: Sendable, Hashable, CustomStringConvertible, Comparable {
    case exact(Int)
    /// The class by its first digit: 4 is `4XX`.
    case range(Int)
    case otherwise

    /// `404`, `4XX` or `default`: the spec's and OpenAPI's spelling.
    public var description: String {
        switch self {
        case .exact(let code): String(code)
        case .range(let digit): "\(digit)XX"
        case .otherwise: "default"
        }
    }

    /// Reads `4XX` or `default`; a number is read as `exact` by the caller.
    public init?(text: String) {
        if text == "default" {
            self = .otherwise
        } else if text.count == 3, let digit = text.first?.wholeNumberValue, text.dropFirst() == "XX" {
            self = .range(digit)
        } else {
            return nil
        }
    }

    /// An answer the client throws rather than returns, whose body a status's type describes: 3xx to 5xx, or
    /// `default` (1xx and 2xx are success; a 2xx body is the `responseBody`).
    public var isError: Bool {
        switch self {
        case .exact(let code): code >= 300
        case .range(let digit): digit >= 3
        case .otherwise: true
        }
    }

    /// Exact codes first, then classes, then `default`: the order in which they are matched.
    public static func < (lhs: StatusCode, rhs: StatusCode) -> Bool {
        switch (lhs, rhs) {
        case (.exact(let a), .exact(let b)), (.range(let a), .range(let b)): a < b
        case (.exact, _), (.range, .otherwise): true
        default: false
        }
    }
}

/// A sample exchange from the docs, cleaned up into valid JSON; a test vector.
public struct Sample: Sendable, Hashable {
    public var title: String
    /// Compact JSON text of the request body, if the sample has one.
    public var request: String?
    /// Compact JSON text of the response body, if the sample has one.
    public var response: String?
    /// The status of an error answer the sample shows (its response then has the type documented for that
    /// status); nil for the success answer.
    public var status: Int?
    /// The values as read from the spec, with their positions, while the
    /// loader checks them; afterwards they are read again from the text on
    /// demand (positions then count in that text), since trees with a
    /// position for every value were a sixth of a large spec's memory.
    private var requestTree: JSONNode?
    private var responseTree: JSONNode?

    public init(title: String, request: String? = nil, response: String? = nil) {
        self.title = title
        self.request = request
        self.response = response
    }

    public init(title: String, requestNode: JSONNode?, responseNode: JSONNode?) {
        self.init(title: title, request: requestNode?.compactText, response: responseNode?.compactText)
        self.requestTree = requestNode
        self.responseTree = responseNode
    }

    public var requestNode: JSONNode? {
        get { requestTree ?? request.flatMap { try? JSONParser.parse($0) } }
        set { requestTree = newValue; request = newValue?.compactText }
    }

    public var responseNode: JSONNode? {
        get { responseTree ?? response.flatMap { try? JSONParser.parse($0) } }
        set { responseTree = newValue; response = newValue?.compactText }
    }

    /// Forgets the trees read from the spec (the text stays).
    mutating func releaseTrees() {
        requestTree = nil
        responseTree = nil
    }

    // The trees are the text's values: samples are equal when their text is.
    public static func == (lhs: Sample, rhs: Sample) -> Bool {
        (lhs.title, lhs.request, lhs.response, lhs.status) == (rhs.title, rhs.request, rhs.response, rhs.status)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(request)
        hasher.combine(response)
        hasher.combine(status)
    }
}
