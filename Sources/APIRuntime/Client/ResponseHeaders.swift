import Foundation

/// The headers of the answers calls receive, for code that needs more than
/// the decoded body (a caller reading a rate-limit header). Generated
/// functions return bodies only; this hands over the headers of the same
/// call without a second set of functions.
public enum ResponseHeaders {
    /// Runs `call` and returns its value with the headers of the last
    /// answer a call inside it received (empty if none did). It throws what
    /// `call` throws: the closure's errors are untyped, as Swift infers a
    /// closure's `try` to be, so `{ try await api.someCall() }` needs no
    /// annotation.
    public static func capturing<Value>(
        _ call: () async throws -> Value
    ) async throws -> (value: Value, headers: [HTTPHeader]) {
        let recorder = LastResponse()
        let value = try await LastResponse.$recorder.withValue(recorder) { try await call() }
        return (value, recorder.response?.headers ?? [])
    }
}

/// The last successful answer of the calls made inside a capture: headers
/// for `ResponseHeaders` and walks that follow `Link` headers, the body for
/// walks that must notice a page served twice.
final class LastResponse: @unchecked Sendable {
    @TaskLocal static var recorder: LastResponse?

    private let lock = NSLock()
    private var stored: HTTPResponse?

    /// Called by the client with each successful answer.
    static func record(_ response: HTTPResponse) {
        recorder?.store(response)
    }

    static func capturing<Value>(
        _ call: () async throws(APIError) -> Value
    ) async throws(APIError) -> (value: Value, response: HTTPResponse?) {
        let recorder = LastResponse()
        do {
            let value = try await $recorder.withValue(recorder) { try await call() }
            return (value, recorder.response)
        } catch let error as APIError {
            throw error
        } catch {
            // `call` throws only APIError; withValue forgets the type.
            throw APIError.transport(method: "", path: "", message: "\(error)")
        }
    }

    // The task that set the recorder and its child tasks may write, so access is locked.
    private func store(_ response: HTTPResponse) {
        lock.withLock { stored = response }
    }

    var response: HTTPResponse? {
        lock.withLock { stored }
    }
}

/// Web links (RFC 8288) in `Link` headers.
public enum LinkHeader {
    /// The target of the first link with relation `relation` (compared
    /// without case) in any `Link` header of `headers`.
    public static func target(_ relation: String, in headers: [HTTPHeader]) -> String? {
        for header in headers where header.name.caseInsensitiveCompare("Link") == .orderedSame {
            for link in links(in: header.value) where link.relations.contains(where: {
                $0.caseInsensitiveCompare(relation) == .orderedSame
            }) {
                return link.target
            }
        }
        return nil
    }

    /// Each `<target>; param=value; ...` of a header value, split at the commas
    /// outside angle brackets and quotes.
    static func links(in value: String) -> [(target: String, relations: [String])] {
        var found: [(String, [String])] = []
        var rest = Substring(value)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let target = String(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
            var relations: [String] = []
            // Parameters up to the comma that ends this link.
            while let first = rest.first(where: { $0 != " " && $0 != "\t" }), first == ";" {
                rest = rest.drop { $0 == " " || $0 == "\t" }.dropFirst()
                let name = rest.prefix { $0 != "=" && $0 != ";" && $0 != "," }
                rest = rest[name.endIndex...]
                var parameterValue = ""
                if rest.first == "=" {
                    rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
                    (parameterValue, rest) = readValue(rest)
                }
                if name.trimmingCharacters(in: .whitespaces).lowercased() == "rel" {
                    relations += parameterValue.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                }
            }
            found.append((target, relations))
        }
        return found
    }

    /// A token, or a quoted string with its escapes read.
    private static func readValue(_ text: Substring) -> (String, Substring) {
        guard text.first == "\"" else {
            let token = text.prefix { $0 != ";" && $0 != "," }
            return (token.trimmingCharacters(in: .whitespaces), text[token.endIndex...])
        }
        var value = ""
        var index = text.index(after: text.startIndex)
        while index < text.endIndex, text[index] != "\"" {
            if text[index] == "\\", text.index(after: index) < text.endIndex { index = text.index(after: index) }
            value.append(text[index])
            index = text.index(after: index)
        }
        return (value, index < text.endIndex ? text[text.index(after: index)...] : "")
    }
}
