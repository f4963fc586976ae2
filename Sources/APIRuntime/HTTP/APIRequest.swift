import Foundation

/// A request as a generated endpoint function describes it, before the
/// client adds the server, authorization and common headers.
public struct APIRequest: Sendable {
    public enum Body: Sendable {
        case json(Data)
        case multipart(MultipartForm)
        /// `application/x-www-form-urlencoded` pairs (see `FormBody`).
        case form(Data)
        /// A file's bytes as the whole body, in its own media type (an upload: a release asset, an avatar).
        case file(FileUpload)
    }

    public var method: HTTPMethod
    /// The documented path, placeholders as `{name}`: for errors and metrics.
    public var template: String
    /// The path with placeholders filled in and percent-encoded.
    public var path: String
    public var query: [URLQueryItem] = []
    public var headers: [HTTPHeader] = []
    /// Header names whose values never appear in errors or logs.
    public var secretHeaders: Set<String> = []
    /// JSON members and query parameters marked secret in the spec, in the
    /// request or its answer: never shown in errors or logs.
    public var secretKeys: Set<String> = []
    public var body: Body?
    /// False for calls made before there is a token (sign-in, token issue).
    public var isAuthenticated: Bool
    /// The address of a next page the server gave, instead of `path` and
    /// `query`; it must stay on the API's server.
    public var link: String?
    /// The `Accept` header: JSON, or any type for a download.
    public var accept = "application/json"
    /// Broken limits of parameters found so far; the body's are added by
    /// `json(_:)` and the client refuses to send while any remain.
    public private(set) var violations: [Violation] = []

    /// `parameters` fill the template's `{name}` placeholders.
    public init(_ method: HTTPMethod, _ template: String, path parameters: [String: String] = [:], authenticated: Bool = true) {
        self.method = method
        self.template = template
        self.isAuthenticated = authenticated
        // Byte-wise: walking `Character`s costed more than the rest of the request.
        var path = ""
        var rest = Substring(template)
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")), let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "}")) {
            path += rest[..<open]
            path += Self.escapePathSegment(parameters[String(rest[rest.utf8.index(after: open)..<close])] ?? "")
            rest = rest[rest.utf8.index(after: close)...]
        }
        path += rest
        self.path = path
    }

    /// A GET of the next-page address an answer gave (absolute, or relative
    /// to the server); `template` names the operation in errors.
    public init(following link: String, template: String, authenticated: Bool = true) {
        self.init(.get, template, authenticated: authenticated)
        self.link = link
    }

    /// Percent-encodes everything but unreserved characters, so `/`, `?`
    /// and `#` in an id cannot change the route.
    public static func escapePathSegment(_ value: String) -> String {
        // RFC 3986 unreserved characters stay; every other UTF-8 byte is
        // %-encoded. Byte by byte: Foundation's CharacterSet path was the
        // costliest step of building a request.
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count)
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                bytes.append(byte)
            default:
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Names JSON members and query parameters whose values are secrets.
    public mutating func secrets(_ keys: Set<String>) {
        secretKeys.formUnion(keys)
    }

    /// How a list goes into the query.
    public enum QueryStyle: Sendable {
        /// `tags=a&tags=b`.
        case repeated
        /// `tags=a,b`.
        case comma
        /// `tags=a|b`.
        case pipe
        /// `tags=a%20b`.
        case space
        /// `tags[]=a&tags[]=b`.
        case brackets
    }

    /// Adds a query parameter; nil adds nothing, a list goes in `style`.
    public mutating func query<Value: QueryValue>(_ name: String, _ value: Value?, secret: Bool = false, style: QueryStyle = .repeated) {
        if secret { secretKeys.formUnion(style == .brackets ? [name, name + "[]"] : [name]) }
        guard let value else { return }
        let texts = value.queryTexts
        switch style {
        case .repeated: for text in texts { query.append(URLQueryItem(name: name, value: text)) }
        case .comma: query.append(URLQueryItem(name: name, value: texts.joined(separator: ",")))
        case .pipe: query.append(URLQueryItem(name: name, value: texts.joined(separator: "|")))
        case .space: query.append(URLQueryItem(name: name, value: texts.joined(separator: " ")))
        case .brackets: for text in texts { query.append(URLQueryItem(name: name + "[]", value: text)) }
        }
    }

    /// Adds an object's members as `name[member]=value` pairs (OpenAPI's `deepObject`, Stripe's `created[gt]=…`),
    /// nested and numbered as form bodies are; a value that encodes as no object (a union's number) goes as
    /// `name=value`. Its own limits join the request's violations, under `name`.
    public mutating func query<Value: Encodable>(_ name: String, object value: Value?, secret: Bool = false) throws(APIError) {
        if secret { secretKeys.insert(name) }
        guard let value else { return }
        // A map's values are checked as a map field's are (`created["a"].lt`); no map is Validatable itself. A list
        // of objects is (`lines[1].amount`), and a list of maps is checked map by map.
        let checked: (any Validatable)? = (value as? any Validatable)
            ?? (value as? [String: any Validatable]).map(MapValues.init)
            ?? (value as? [[String: any Validatable]]).map { MapList(maps: $0.map(MapValues.init)) }
        if let checked {
            var validator = Validator()
            validator.nested(checked, name)
            violations += validator.violations
        }
        do {
            for (key, text) in try FormBody.pairs(of: value, named: name) { query.append(URLQueryItem(name: key, value: text)) }
        } catch {
            throw APIError.encoding(type: String(describing: Value.self), message: String(describing: error))
        }
    }

    /// Adds a header; nil adds nothing, arrays are comma-separated.
    public mutating func header<Value: QueryValue>(_ name: String, _ value: Value?, secret: Bool = false) {
        guard let value else { return }
        headers.append(HTTPHeader(name, value.queryTexts.joined(separator: ",")))
        if secret { secretHeaders.insert(name.lowercased()) }
    }

    /// Checks a parameter against its documented limits.
    public mutating func check<Value: ConstrainedValue>(_ value: Value?, _ name: String, _ constraints: Constraint..., secret: Bool = false) {
        guard let value else { return }
        var validator = Validator()
        for constraint in constraints { value.check(constraint, at: name, secret: secret, into: &validator) }
        violations += validator.violations
    }

    /// Throws every violation of the parameters (and body) found so far.
    public func throwIfInvalid() throws(APIError) {
        if !violations.isEmpty { throw APIError.validation(ValidationError(violations: violations)) }
    }

    /// Validates `body`, then encodes it as JSON. Violations of the body and
    /// of the parameters are reported together.
    public mutating func json<Body: Encodable & Validatable>(_ body: Body) throws(APIError) {
        violations += body.violations
        try throwIfInvalid()
        do {
            self.body = .json(try JSONCoding.encode(body))
        } catch {
            throw APIError.encoding(type: String(describing: Body.self), message: String(describing: error))
        }
    }

    /// Encodes a body with nothing of its own to validate (a string, a list
    /// of plain values, free-form JSON); the parameters' violations still stop it.
    public mutating func json<Body: Encodable>(_ body: Body) throws(APIError) {
        try throwIfInvalid()
        do {
            self.body = .json(try JSONCoding.encode(body))
        } catch {
            throw APIError.encoding(type: String(describing: Body.self), message: String(describing: error))
        }
    }

    /// Validates `body`, then encodes it as a form (see `FormBody`), its
    /// lists written as `lists` says. Violations of the body and of the
    /// parameters are reported together.
    public mutating func form<Body: Encodable & Validatable>(_ body: Body,
                                                            lists: FormBody.Lists = .indexed) throws(APIError) {
        violations += body.violations
        try throwIfInvalid()
        do {
            self.body = .form(try FormBody.encode(body, lists: lists))
        } catch {
            throw APIError.encoding(type: String(describing: Body.self), message: String(describing: error))
        }
    }

    /// Encodes a form with nothing of its own to validate (a map of plain
    /// values); the parameters' violations still stop it.
    public mutating func form<Body: Encodable>(_ body: Body, lists: FormBody.Lists = .indexed) throws(APIError) {
        try throwIfInvalid()
        do {
            self.body = .form(try FormBody.encode(body, lists: lists))
        } catch {
            throw APIError.encoding(type: String(describing: Body.self), message: String(describing: error))
        }
    }

    /// Sends a file's bytes as the whole body, with its media type as the `Content-Type`; its name is not sent
    /// (an API that wants one names a parameter for it).
    public mutating func upload(_ file: FileUpload) {
        body = .file(file)
    }

    /// Checks a multipart field sent as JSON against its type's limits: its violations join the others, under
    /// `name` (`meta.size`, `scans[1].page`).
    public mutating func validate<Value: Validatable>(_ value: Value?, _ name: String) {
        var validator = Validator()
        validator.nested(value, name)
        violations += validator.violations
    }

    /// Sets a multipart body of the present parts (nil parts are fields the
    /// caller left out); broken file types join the other violations.
    public mutating func multipart(_ parts: [MultipartForm.Part?]) throws(APIError) {
        let form = MultipartForm(parts: parts.compactMap { $0 })
        violations += form.violations
        try throwIfInvalid()
        body = .multipart(form)
    }
}

/// A value that can be written into a query string.
public protocol QueryValue {
    var queryTexts: [String] { get }
}

extension String: QueryValue { public var queryTexts: [String] { [self] } }
extension Bool: QueryValue { public var queryTexts: [String] { [self ? "true" : "false"] } }
extension Int32: QueryValue { public var queryTexts: [String] { [String(self)] } }
extension Int64: QueryValue { public var queryTexts: [String] { [String(self)] } }
extension Double: QueryValue { public var queryTexts: [String] { [String(self)] } }
extension EpochMilliseconds: QueryValue { public var queryTexts: [String] { [String(rawValue)] } }
extension EpochSeconds: QueryValue { public var queryTexts: [String] { [String(rawValue)] } }
extension Date: QueryValue { public var queryTexts: [String] { [JSONCoding.formatDate(self)] } }
extension Array: QueryValue where Element: QueryValue { public var queryTexts: [String] { flatMap(\.queryTexts) } }

extension QueryValue {
    /// The value as one text: in a path, a multipart field or a rule's comparison.
    public var wireText: String { queryTexts.joined(separator: ",") }
}

extension OpenEnum {
    public var queryTexts: [String] { [rawValue] }
}

/// The maps of a list in a `deepObject` parameter, each checked at `[index]`.
private struct MapList: Validatable {
    let maps: [MapValues]

    func validate(into validator: inout Validator) {
        for (index, map) in maps.enumerated() { validator.nested(map, index: index) }
    }
}

/// The values of a map in a `deepObject` parameter, each validated at `["key"]` in key order.
private struct MapValues: Validatable {
    let values: [String: any Validatable]

    func validate(into validator: inout Validator) {
        for key in values.keys.sorted() {
            if let value = values[key] { validator.nested(value, mapKey: key) }
        }
    }
}
