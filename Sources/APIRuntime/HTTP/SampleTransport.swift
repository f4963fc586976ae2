import Foundation

/// One documented answer of an operation, as the spec's samples give it.
public struct SampleAnswer: Sendable, Hashable {
    public var operation: String
    public var title: String
    public var method: HTTPMethod
    /// The path template, placeholders as `{name}`.
    public var path: String
    public var status: Int
    public var body: String

    public init(operation: String, title: String, method: HTTPMethod, path: String, status: Int, body: String) {
        self.operation = operation
        self.title = title
        self.method = method
        self.path = path
        self.status = status
        self.body = body
    }

    /// Whether `url`'s path ends with this template (any server prefix, any placeholder value).
    func matches(_ request: HTTPRequest) -> Bool {
        guard request.method == method else { return false }
        let template = path.split(separator: "/", omittingEmptySubsequences: true)
        let actual = request.url.path.split(separator: "/", omittingEmptySubsequences: true)
        guard actual.count >= template.count else { return false }
        return zip(template, actual.suffix(template.count)).allSatisfy { pattern, segment in
            (pattern.hasPrefix("{") && pattern.hasSuffix("}")) || pattern == segment
        }
    }
}

/// A transport that answers every call with the documented sample of its
/// operation, for running an app, its tests or a SwiftUI preview without
/// the service. Requests are still built and validated by the client.
/// An operation without a sample answers 501. An operation answers its first
/// success sample unless another is chosen by title: choosing an error
/// answer's sample (a 404 the docs show) makes the call throw it. Operations
/// that share a route share its samples: the first operation's answers,
/// unless one of the others' is chosen.
public struct SampleTransport: Transport {
    private let answers: [SampleAnswer]
    private let chosen: [String: String]

    /// - Parameters:
    ///   - answers: A generated client's `samples`.
    ///   - choosing: Operation name → sample title, where an operation has several; the first success otherwise.
    public init(_ answers: [SampleAnswer], choosing: [String: String] = [:]) {
        self.answers = answers
        self.chosen = choosing
    }

    /// A template with its placeholders unnamed (`/f/{}`): one route whatever they are called, as lint counts routes.
    private static func shape(_ template: String) -> String {
        var shape = "", inside = false
        for character in template {
            if character == "{" {
                inside = true
                shape += "{}"
            } else if character == "}" {
                inside = false
            } else if !inside {
                shape.append(character)
            }
        }
        return shape
    }

    /// It answers at once.
    public var boundsItsOwnTime: Bool { true }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let candidates = answers.filter { $0.matches(request) }
        // The most specific template first: `/groups/{id}/members` before `/groups/{id}`.
        let ordered = candidates.sorted { $0.path.split(separator: "/").count > $1.path.split(separator: "/").count }
        guard let first = ordered.first else {
            return HTTPResponse(status: 501, headers: [HTTPHeader("Content-Type", "application/json")],
                                body: Data(#"{"error":"no sample for this request"}"#.utf8))
        }
        // Operations that share a route (route variants) send requests alike: a sample chosen for any of them
        // answers for the route.
        let route = Self.shape(first.path)
        let answer = ordered.first { Self.shape($0.path) == route && chosen[$0.operation] == $0.title }
            ?? ordered.first { $0.operation == first.operation && (200..<300).contains($0.status) } ?? first
        return HTTPResponse(status: answer.status, headers: [HTTPHeader("Content-Type", "application/json")], body: Data(answer.body.utf8))
    }
}
