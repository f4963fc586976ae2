import APIRuntime
import Foundation

/// Prints each request (secrets redacted) instead of sending it, and answers
/// as the Kaizala docs' samples do, so the walkthrough runs offline.
struct DryRunTransport: Transport {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        print("-> \(request.method.rawValue) \(request.url.absoluteString)")
        for header in request.headers where header.name != "Accept" {
            print("   \(header.name): \(request.isSecret(header.name) ? "<redacted>" : header.value)")
        }
        if let body = request.body { print("   \(String(decoding: body, as: UTF8.self))") }
        let answer = Self.answer(to: request.url.path)
        print("<- 200 \(answer)")
        return HTTPResponse(status: 200, headers: [HTTPHeader("Content-Type", "application/json")], body: Data(answer.utf8))
    }

    private static func answer(to path: String) -> String {
        if path.hasSuffix("/accessToken") {
            let expiry = Int64((Date().timeIntervalSince1970 + 86_400) * 1000)
            return #"{"accessToken":"dry-run-access-token","endpointUrl":"https://kms.kaiza.la/","accessTokenExpiry":\#(expiry)}"#
        }
        if path.hasSuffix("/messages") { return #"{"referenceId":"853654b2-5874-462d-b709-0c4e43a7083f"}"# }
        return #"{"groupName":"Field team","groupId":"74943849802190eaea3810","membersAdded":true}"#
    }
}
