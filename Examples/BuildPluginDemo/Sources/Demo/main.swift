import APIRuntime
import Foundation

/// Prints each request instead of sending it, and answers with a canned
/// body: the demo runs without a network.
struct PrintingTransport: Transport {
    let answer: String

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        print("\(request.method.rawValue) \(request.url.absoluteString)")
        for header in request.headers {
            print("  \(header.name): \(request.isSecret(header.name) ? "<redacted>" : header.value)")
        }
        if let body = request.body { print("  " + String(decoding: body, as: UTF8.self)) }
        return HTTPResponse(status: 200, headers: [HTTPHeader("Content-Type", "application/json")], body: Data(answer.utf8))
    }
}

let issue = #"{"number": 7, "title": "Crash on launch", "state": "open", "html_url": "https://github.com/octo/app/issues/7"}"#
let github = GitHubIssuesClient(token: "demo-token", transport: PrintingTransport(answer: issue))

print("1. A request that breaks the documented limits is stopped before sending:")
let tooMany = (1...12).map { "user\($0)" }
do {
    _ = try await github.createIssue(owner: "octo", repo: "app", body: .init(title: "Crash on launch", assignees: tooMany))
} catch {
    print("  \(error)")
}
do {
    _ = try await github.listIssues(owner: "octo", repo: "app", perPage: 500)
} catch {
    print("  \(error)")
}

print("2. A valid request, as it would be sent:")
let created = try await github.createIssue(owner: "octo", repo: "app", body: .init(title: "Crash on launch", labels: ["bug"]))
print("  -> issue #\(created.number) (\(created.state.rawValue)): \(created.htmlURL)")
