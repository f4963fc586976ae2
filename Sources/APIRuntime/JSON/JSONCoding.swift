import Foundation

/// The JSON settings every generated client uses: ISO 8601 date-times
/// (with or without fractional seconds) and keys in sorted order.
public enum JSONCoding {
    /// Shared: making an encoder per request cost more than encoding a small body.
    public static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(formatDate(date))
        }
        return encoder
    }()

    public static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = parseDate(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected an ISO 8601 date-time, found \"\(text)\"")
            }
            return date
        }
        return decoder
    }()

    /// Encodes `value` to the bytes `encoder` would write, in one pass and
    /// a few times faster (what every generated request body goes through).
    public static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        try StreamingJSONEncoder.encode(value)
    }

    /// ISO 8601 in UTC. A fraction of a second is kept, with the fewest digits (up to nine) that read back as the
    /// same `Date`, so that a value read as `…26.7105485Z` is sent back as the same instant; Foundation's formats keep
    /// none or milliseconds.
    public static func formatDate(_ date: Date) -> String {
        let seconds = date.timeIntervalSinceReferenceDate
        let whole = seconds.rounded(.down)
        let text = Date(timeIntervalSinceReferenceDate: whole).formatted(.iso8601)
        guard seconds > whole, text.hasSuffix("Z") else { return text }
        var spelling = text
        for digits in 1...9 {
            let scale = pow(10, Double(digits))
            let fraction = ((seconds - whole) * scale).rounded()
            // A fraction that rounds up to a whole second needs more digits; at nine it is the next second.
            if fraction >= scale {
                if digits == 9 { return Date(timeIntervalSinceReferenceDate: whole + 1).formatted(.iso8601) }
                continue
            }
            // Parsing costs a microsecond or two: only a spelling that reads back in plain arithmetic is confirmed.
            guard whole + fraction / scale == seconds || digits == 9 else { continue }
            var spelled = String(Int(fraction))
            spelled = String(repeating: "0", count: digits - spelled.count) + spelled
            spelling = text.dropLast() + "." + spelled + "Z"
            if (try? Date(spelling, strategy: fractionalSeconds)) == date { break }
        }
        return spelling
    }

    private static let fractionalSeconds = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    public static func parseDate(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        return try? Date(text, strategy: fractionalSeconds)
    }

    /// Decodes `data` as `decoder` would, throwing its kind of
    /// `DecodingError`; in one pass over the bytes and a few times faster.
    public static func decodeValue<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        try JSONTapeDecoder.decode(Value.self, from: data)
    }

    /// Decodes `body` to the value `decoder` would give, in one pass over
    /// the bytes and a few times faster, turning a failure into an error
    /// that names the expected type and the coding path and shows a
    /// snippet of the body.
    public static func decode<Value: Decodable>(_ type: Value.Type, from body: Data, secretKeys: Set<String> = []) throws(APIError) -> Value {
        do {
            return try JSONTapeDecoder.decode(Value.self, from: body)
        } catch let error as DecodingError {
            let (path, message) = describe(error)
            throw APIError.decoding(type: String(describing: Value.self), codingPath: path, message: message, bodySnippet: APIError.snippet(of: body, secretKeys: secretKeys))
        } catch {
            throw APIError.decoding(type: String(describing: Value.self), codingPath: "", message: "\(error)", bodySnippet: APIError.snippet(of: body, secretKeys: secretKeys))
        }
    }

    static func describe(_ error: DecodingError) -> (path: String, message: String) {
        func render(_ path: [any CodingKey]) -> String { CodingPathText.render(path) }
        switch error {
        case .keyNotFound(let key, let context):
            return (render(context.codingPath + [key]), "missing required key '\(key.stringValue)'")
        case .typeMismatch(let type, let context):
            return (render(context.codingPath), "expected \(type): \(context.debugDescription)")
        case .valueNotFound(let type, let context):
            return (render(context.codingPath), "expected \(type), found null")
        case .dataCorrupted(let context):
            return (render(context.codingPath), context.debugDescription)
        @unknown default:
            return ("", "\(error)")
        }
    }
}
