import Foundation

/// The headers of one operation's success answer as typed values: each generated `<Operation>ResponseHeaders`
/// conforms. A call's result stays its body; the headers are read on request:
///
///     let (repository, headers) = try await ReposCreateResponseHeaders.capturing {
///         try await client.reposCreate(name: "octo")
///     }
public protocol TypedResponseHeaders: Sendable {
    /// Reads an answer's headers. A required header that is missing, or one whose text is not a value of its type, is
    /// `APIError.decoding`, as a body that does not decode is.
    init(reading headers: ResponseHeaderReader) throws(APIError)
}

extension TypedResponseHeaders {
    /// Runs `call`, one call of the operation these headers belong to, and returns its value with the headers of its
    /// answer (of the last answer, where `call` makes several calls). It throws what `call` throws, or the
    /// `APIError.decoding` of a header.
    public static func capturing<Value>(
        _ call: () async throws -> Value
    ) async throws -> (value: Value, headers: Self) {
        let (value, headers) = try await ResponseHeaders.capturing(call)
        return (value, try Self(reading: ResponseHeaderReader(headers, of: String(describing: Self.self))))
    }
}

/// An answer's headers, looked up without case and read as the values of the types a spec gives them.
public struct ResponseHeaderReader: Sendable {
    private let headers: [HTTPHeader]
    /// The struct being read, for errors.
    private let typeName: String

    public init(_ headers: [HTTPHeader], of typeName: String) {
        self.headers = headers
        self.typeName = typeName
    }

    /// The header's value, or nil where the answer has none. `isText`: the header's text is the value's JSON string
    /// (a string, an enum of strings, a date); else it is spelled as a JSON literal is (a number, a boolean).
    public func optional<Value: Decodable>(
        _ type: Value.Type, _ name: String, isText: Bool
    ) throws(APIError) -> Value? {
        guard let raw = headers[name] else { return nil }
        let text = raw.trimmingCharacters(in: .whitespaces)
        // An empty value stands for no number, boolean or date; text may be empty.
        if text.isEmpty, !isText || Value.self == Date.self { return nil }
        // Dates in headers are HTTP dates (`Last-Modified`) as often as ISO 8601 ones.
        if Value.self == Date.self, text.first?.isLetter == true, let date = HTTPDate.parse(text) {
            return date as? Value
        }
        let json = isText ? Self.quoted(text) : Data(text.utf8)
        do {
            return try JSONCoding.decodeValue(Value.self, from: json)
        } catch {
            // The value is not echoed: a header may carry a credential.
            throw APIError.decoding(type: typeName, codingPath: name,
                                    message: "the '\(name)' header is not a value of type \(Value.self)",
                                    bodySnippet: "")
        }
    }

    /// The header's value; an answer without it is `APIError.decoding`.
    public func required<Value: Decodable>(_ type: Value.Type, _ name: String, isText: Bool) throws(APIError) -> Value {
        guard let value = try optional(type, name, isText: isText) else {
            throw APIError.decoding(type: typeName, codingPath: name, message: "the answer has no '\(name)' header",
                                    bodySnippet: "")
        }
        return value
    }

    /// `text` as a JSON string, escaped as the runtime's encoder escapes strings.
    private static func quoted(_ text: String) -> Data {
        var json = JSONBytes(capacity: text.utf8.count + 2)
        json.appendString(text)
        return Data(json.bytes)
    }
}

/// HTTP's own dates: RFC 9110's IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), and the two obsolete forms it asks
/// recipients to read too (RFC 850's `Sunday, 06-Nov-94 08:49:37 GMT`, C's asctime `Sun Nov  6 08:49:37 1994`).
enum HTTPDate {
    static func parse(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        // RFC 850's two-digit year: the one within 50 years of now (RFC 9110).
        formatter.twoDigitStartDate = Date(timeIntervalSinceNow: -50 * 365.25 * 86_400)
        // asctime pads a one-digit day with a space.
        let spaced = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: format.hasPrefix("EEE MMM") ? spaced : text) { return date }
        }
        return nil
    }
}
