import Foundation

/// An answer to give a webhook caller, independent of any server framework.
public struct WebhookReply: Sendable, Hashable {
    public var status: Int
    public var headers: [HTTPHeader]
    public var body: Data

    public init(status: Int, headers: [HTTPHeader], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Helpers for receiving webhooks, used by generated webhook facades.
public enum WebhookSupport {
    /// Compares without stopping at the first difference, so response times
    /// do not reveal how much of a guessed token was right.
    public static func constantTimeEquals(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf8), b = Array(rhs.utf8)
        var difference = UInt8(truncatingIfNeeded: a.count ^ b.count)
        for index in 0..<max(a.count, b.count) {
            let x = index < a.count ? a[index] : 0
            let y = index < b.count ? b[index] : 0
            difference |= x ^ y
        }
        return difference == 0
    }

    /// Whether `headers` (any case of names) carry `expected` in `header`.
    public static func hasToken(_ headers: [String: String], header: String, expected: String) -> Bool {
        let value = headers.first { $0.key.caseInsensitiveCompare(header) == .orderedSame }?.value ?? ""
        return !expected.isEmpty && constantTimeEquals(value, expected)
    }

    /// The validation handshake: echo the token from `parameter` as plain
    /// text; nil when the query carries no such parameter.
    public static func handshake(query: [String: String], parameter: String) -> WebhookReply? {
        guard let token = query[parameter] else { return nil }
        return WebhookReply(status: 200, headers: [HTTPHeader("Content-Type", "text/plain; charset=utf-8")], body: Data(token.utf8))
    }
}
