import APISpec
import SeededRandomness

/// Words that have broken generated code somewhere: keywords, names the
/// standard library, Foundation and the runtime declare, members generated
/// types declare themselves, and names and texts in odd shapes.
enum Landmines {
    static let keywords = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal", "let",
        "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript",
        "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard",
        "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "Any", "false", "is", "nil", "self", "Self",
        "super", "throws", "true", "try", "await", "Type", "Protocol", "some", "any", "async", "actor", "nonisolated", "consuming",
    ]

    static let runtimeNames = [
        "APIRuntime", "APIClient", "APIRequest", "APIError", "Transport", "URLSessionTransport", "Validator", "Validatable",
        "Violation", "ValidationError", "Constraint", "ConstrainedValue", "ConstrainedNumber", "OpenEnum", "JSONValue", "JSONCoding",
        "FileUpload", "MultipartForm", "EpochSeconds", "EpochMilliseconds", "QueryValue", "HTTPRequest", "HTTPResponse",
        "HTTPMethod", "HTTPHeader", "Middleware", "RetryPolicy", "RequestOptions", "TokenAuthenticator", "IssuedToken",
        "RefreshTokenStore", "BearerAuthorizer", "HeaderTokenAuthorizer", "WebhookSupport", "WebhookReply", "Authorizer",
    ]

    static let standardNames = [
        "Swift", "Foundation", "FoundationNetworking", "String", "Int", "Int32", "Int64", "Double", "Bool", "Data", "Date", "URL",
        "Codable", "Decodable", "Encodable", "Sendable", "Hashable", "Equatable", "Error", "Result", "Optional", "Array",
        "Dictionary", "Set", "Never", "Void", "Decoder", "Encoder", "CodingKey", "CodingKeys", "Character", "Substring", "UUID", "RawValue",
    ]

    static let generatedMembers = [
        "validate", "violations", "isKnown", "rawValue", "unknown", "client", "body", "encode", "hashValue", "hash",
        "description", "knownValues", "request", "wireTag", "wireText", "queryTexts", "limitsOfName", "defaultServerURL",
        "stringValue", "intValue", "check", "value", "tag", "container", "decoder", "encoder", "validator", "credentials",
        "refreshToken", "answer", "issuer", "store", "authenticator", "serverURL", "transport", "middlewares", "allCases",
    ]

    static let oddNames = [
        "", "-", "_", "😀", "a b", "x-y", "3d", "2fa_code", "\u{301}x", "名前", "x_ßa", "xSSa", "kz.token", "\"quoted\"",
        "back\\slash", "new\nline", "tab\tname", "\u{7F}del", "$ref", "a/b", "ǅungla", "ﬁle", "Ⅻ", "x\u{200B}y", "__", "_x", "X",
        "template_uuid", "templateUUID", "URL", "url", "id", "ID", "groupId", "group_id",
    ]

    /// Names a type may have in a spec: letters first, letters, digits and '_'.
    static let typeNames = (keywords + runtimeNames + standardNames + ["Item", "名前", "T1", "PClient", "Contact", "Kind"])
        .filter { name in
            guard let first = name.unicodeScalars.first, first.properties.isAlphabetic else { return false }
            return name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
        }

    static let wireNames = keywords + runtimeNames + standardNames + generatedMembers + oddNames

    static let texts = [
        "", "Plain text.", "Two\nlines.", "Carriage\rreturn.", "Windows\r\nline.", "Ends with a backslash \\", "*/ closes a comment",
        "/// a doc line", "`code` and ``more``", "\"quoted\"", "\u{7F} delete", "\u{2028} separator", "\u{0} nul", "tab\there",
        "emoji 😀", "combining \u{301}", "\u{301} leading mark", "#\"raw\"#", "\\(interpolation)", "%d %@", "<b>html</b>",
    ]

    static let patterns = ["^[a-z]+$", "^\\d{3}$", "a\nb", "^(x|y)$", "\\\\", "\"", "[\\r\\n]"]

    static let plainScalars = ["string", "int32", "int64", "double", "bool", "dateTime", "date", "epochSeconds", "epochMillis", "url", "guid", "phone", "email"]

    static let scalars = plainScalars + ["json"]
}

/// A JSON value written with its members in order, escaped as JSON requires.
indirect enum JSONText: Sendable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array([JSONText])
    case object([(String, JSONText)])

    func adding(_ key: String, _ value: JSONText) -> JSONText {
        guard case .object(let members) = self else { return self }
        return .object(members + [(key, value)])
    }

    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    func removing(_ key: String) -> JSONText {
        guard case .object(let members) = self else { return self }
        return .object(members.filter { $0.0 != key })
    }

    var text: String {
        switch self {
        case .string(let value): return JSONNode.quoted(value)
        case .number(let value): return value
        case .bool(let value): return value ? "true" : "false"
        case .null: return "null"
        case .array(let elements): return "[" + elements.map(\.text).joined(separator: ", ") + "]"
        case .object(let members): return "{" + members.map { JSONNode.quoted($0.0) + ": " + $0.1.text }.joined(separator: ", ") + "}"
        }
    }
}
