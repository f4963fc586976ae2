import APIRuntime
import Foundation

/// A transport that records what it is asked to send and answers from a
/// script, for tests of request building without a network.
final class RecordingTransport: Transport, @unchecked Sendable {
    private let lock = NSLock()
    private var responses: [HTTPResponse]
    private(set) var requests: [HTTPRequest] = []

    init(_ responses: HTTPResponse...) {
        self.responses = responses
    }

    static func json(_ text: String, status: Int = 200) -> RecordingTransport {
        RecordingTransport(HTTPResponse(status: status, headers: [HTTPHeader("Content-Type", "application/json")], body: Data(text.utf8)))
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        record(request)
    }

    private func record(_ request: HTTPRequest) -> HTTPResponse {
        lock.withLock {
            requests.append(request)
            // The last scripted answer repeats.
            guard let first = responses.first else { return HTTPResponse(status: 200) }
            if responses.count > 1 { responses.removeFirst() }
            return first
        }
    }

    var last: HTTPRequest? { lock.withLock { requests.last } }

    var count: Int { lock.withLock { requests.count } }
}
