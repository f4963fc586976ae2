import Foundation

/// The one error a generated client throws: each case says what happened,
/// and none ever carries a token, secret or Authorization value.
public enum APIError: Error, Sendable, CustomStringConvertible {
    /// The request broke documented limits; nothing was sent.
    case validation(ValidationError)
    /// The request body could not be encoded.
    case encoding(type: String, message: String)
    /// The request could not be formed (e.g. a malformed server URL).
    case invalidRequest(String)
    /// The server answered with a status outside 2xx whose body the spec does not document (or that does not have
    /// the documented shape).
    case status(code: Int, method: String, path: String, bodySnippet: String)
    /// The server answered with an error status whose body the spec documents, decoded (`answer.body(as:)`).
    case answered(ErrorAnswer)
    /// The response did not have the documented shape.
    case decoding(type: String, codingPath: String, message: String, bodySnippet: String)
    /// The transport failed before a response arrived.
    case transport(method: String, path: String, message: String)
    /// No answer within the timeout; the request was cancelled.
    case timedOut(method: String, path: String, after: Duration)
    /// HTTP 429 beyond what the retry policy waits for.
    case rateLimited(retryAfter: Duration?)
    /// The calling task was cancelled; the request in flight was too.
    case cancelled
    /// A paged walk stopped at its `page`th page (counted from 1) because it could not tell where the next
    /// one is; a walk never ends early without this error.
    case paging(method: String, path: String, page: Int, failure: PagingFailure)

    public var description: String {
        switch self {
        case .validation(let error):
            return "request not sent: \(error)"
        case .encoding(let type, let message):
            return "could not encode \(type): \(message)"
        case .invalidRequest(let message):
            return "invalid request: \(message)"
        case .status(let code, let method, let path, let snippet):
            return "\(method) \(path) answered HTTP \(code)" + (snippet.isEmpty ? "" : ": \(snippet)")
        case .answered(let answer):
            return answer.description
        case .decoding(let type, let codingPath, let message, let snippet):
            let location = codingPath.isEmpty ? "" : " at \(codingPath)"
            return "could not decode \(type)\(location): \(message); body: \(snippet)"
        case .transport(let method, let path, let message):
            return "\(method) \(path) failed: \(message)"
        case .timedOut(let method, let path, let after):
            return "\(method) \(path) timed out after \(after)"
        case .rateLimited(let retryAfter):
            return "rate limited" + (retryAfter.map { "; retry after \($0)" } ?? "")
        case .cancelled:
            return "cancelled"
        case .paging(let method, let path, let page, let failure):
            return "walking the pages of \(method) \(path) stopped at page \(page): \(failure)"
        }
    }

    /// The first bytes of a body, for messages; secret-looking JSON members
    /// (or form fields, for a form body) and those named in `secretKeys` are masked.
    public static func snippet(of body: Data, limit: Int = 200, secretKeys: Set<String> = [], isForm: Bool = false) -> String {
        var text = String(decoding: body.prefix(limit * 4), as: UTF8.self)
        text = isForm ? Redaction.maskFormSecrets(in: text, keys: secretKeys) : Redaction.maskSecrets(in: text, keys: secretKeys)
        if text.count > limit { text = String(text.prefix(limit)) + "…" }
        return text
    }
}

/// Hides the values of members and headers that carry credentials.
public enum Redaction {
    public static let secretNames = ["accesstoken", "refreshtoken", "applicationsecret", "authorization", "callbacktoken", "password", "pin", "token", "secret"]

    public static func isSecret(_ name: String) -> Bool {
        let key = name.lowercased().filter { $0.isLetter }
        return secretNames.contains { key == $0 || key.hasSuffix($0) }
    }

    /// A URL with the values of secret-looking query parameters (and of those
    /// in `keys`) replaced by `<redacted>`.
    public static func maskQuery(of url: URL, keys: Set<String> = []) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false), let items = components.queryItems else {
            return url.absoluteString
        }
        components.queryItems = items.map { item in
            keys.contains(item.name) || isSecret(item.name) ? URLQueryItem(name: item.name, value: "<redacted>") : item
        }
        return components.string ?? url.absoluteString
    }

    /// Replaces the value of every `"name": value` member whose name looks
    /// secret, or is one of `keys`, with `"<redacted>"`: strings, objects
    /// and arrays always, and numbers and booleans for the names in `keys`
    /// (a PIN may be a number). JSON strings are read with their escapes,
    /// and a value cut short at the end of `text` is hidden whole.
    public static func maskSecrets(in text: String, keys: Set<String> = []) -> String {
        SecretMasker(keys: keys).mask(text)
    }

    /// Replaces the value of every form pair whose name, or a part of it
    /// (`card` or `cvc` in `card[cvc]`), looks secret or is one of `keys`.
    public static func maskFormSecrets(in text: String, keys: Set<String> = []) -> String {
        FormBody.maskSecrets(in: text, keys: keys)
    }
}
