import APIRuntime
import Foundation
import LoopbackHTTPServer
import XCTest

/// What goes over the wire and what comes back: bodies, uploads, empty
/// answers, malformed answers, and secrets kept out of errors and logs.
final class WireScenarioTests: XCTestCase {
    func testMalformedJSONGivesDecodingErrorWithSnippet() async throws {
        let server = try LoopbackServer { _ in .json(#"{"ok": tru"#) }
        let error = await apiError { _ = try await APIClient(serverURL: server.baseURL).send(thing(), returning: Answer.self) }
        guard case .decoding(let type, _, _, let snippet) = error else { return XCTFail("got \(String(describing: error))") }
        XCTAssertEqual(type, "Answer")
        XCTAssertEqual(snippet, #"{"ok": tru"#)
    }

    func testNoContentNeedsNoBody() async throws {
        let server = try LoopbackServer { _ in LoopbackServer.Response(status: 204) }
        try await APIClient(serverURL: server.baseURL).send(APIRequest(.delete, "/messages/{uuid}", path: ["uuid": "u1"]))
        XCTAssertEqual(server.requests.first?.method, "DELETE")
        XCTAssertEqual(server.requests.first?.path, "/messages/u1")
    }

    func testMultipartUploadArrivesByteForByte() async throws {
        let server = try LoopbackServer { _ in .json(#"{"ok":true}"#) }
        let bytes = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        var request = APIRequest(.post, "/media")
        try request.multipart([.file(name: "files", FileUpload(fileName: "scan.pdf", data: bytes), allowedExtensions: ["pdf"]),
                               .text(name: "caption", value: "Q3")])
        _ = try await APIClient(serverURL: server.baseURL).send(request, returning: Answer.self)
        let received = try XCTUnwrap(server.requests.first)
        let contentType = try XCTUnwrap(received.header("Content-Type"))
        let boundary = try XCTUnwrap(contentType.components(separatedBy: "boundary=").last)
        let parts = MultipartParser.parts(of: received.body, boundary: boundary)
        XCTAssertEqual(parts.count, 2)
        XCTAssertEqual(parts[0].headers["Content-Disposition"], #"form-data; name="files"; filename="scan.pdf""#)
        XCTAssertEqual(parts[0].headers["Content-Type"], "application/pdf")
        XCTAssertEqual(parts[0].body, bytes)
        XCTAssertEqual(parts[1].body, Data("Q3".utf8))
    }

    func testSecretsNeverAppearInErrorsOrLogs() async throws {
        let sentinels = ["SENTINEL-ACCESS-TOKEN", "SENTINEL-APP-SECRET", "SENTINEL-REFRESH-TOKEN", "SENTINEL-BEARER"]
        let server = try LoopbackServer { request in
            if request.path == "/token" {
                return .json(#"{"accessToken":"SENTINEL-ACCESS-TOKEN","expiresAt":\#(Date().timeIntervalSince1970 + 3600),"refreshToken":"SENTINEL-REFRESH-TOKEN"}"#)
            }
            // A careless server echoes credentials back in its error body.
            return .json(#"{"error":"bad","accessToken":"SENTINEL-ACCESS-TOKEN","applicationSecret":"SENTINEL-APP-SECRET"}"#, status: 500)
        }
        let logs = EventLog()
        let logging = LoggingMiddleware { logs.append($0) }
        var errors: [String] = []

        let tokenClient = APIClient(serverURL: server.baseURL, authorizer: authenticator(for: server, store: InMemoryRefreshTokenStore("SENTINEL-REFRESH-TOKEN")),
                                    middlewares: [logging], retryPolicy: .none)
        var request = thing()
        request.header("applicationSecret", "SENTINEL-APP-SECRET", secret: true)
        if let error = await apiError({ _ = try await tokenClient.send(request, returning: Answer.self) }) { errors.append("\(error)") }

        let bearer = APIClient(serverURL: server.baseURL, authorizer: BearerAuthorizer(token: "SENTINEL-BEARER"), middlewares: [logging], retryPolicy: .none)
        if let error = await apiError({ _ = try await bearer.send(APIRequest(.post, "/things"), returning: Answer.self) }) { errors.append("\(error)") }

        let unreachable = APIClient(serverURL: "http://127.0.0.1:1", authorizer: BearerAuthorizer(token: "SENTINEL-BEARER"), middlewares: [logging],
                                    retryPolicy: .none)
        if let error = await apiError({ _ = try await unreachable.send(thing(), returning: Answer.self) }) { errors.append("\(error)") }

        XCTAssertEqual(errors.count, 3)
        XCTAssertGreaterThanOrEqual(logs.all.count, 5)
        XCTAssertEqual(server.requests.last?.header("Authorization"), "Bearer SENTINEL-BEARER", "the secret was sent, so the test means something")
        let everything = (errors + logs.all).joined(separator: "\n")
        for sentinel in sentinels {
            XCTAssertFalse(everything.contains(sentinel), "\(sentinel) leaked:\n\(everything)")
        }
        XCTAssertTrue(everything.contains("<redacted>"))
    }
}

/// Splits a multipart/form-data body back into its parts.
enum MultipartParser {
    struct Part {
        var headers: [String: String]
        var body: Data
    }

    static func parts(of body: Data, boundary: String) -> [Part] {
        let delimiter = Data("--\(boundary)".utf8)
        var parts: [Part] = []
        var rest = body[...]
        while let start = rest.range(of: delimiter) {
            rest = rest[start.upperBound...]
            if rest.starts(with: Data("--".utf8)) { break }
            guard let next = rest.range(of: delimiter) else { break }
            var chunk = rest[rest.startIndex..<next.lowerBound]
            chunk = chunk.dropFirst(2).dropLast(2)  // CRLF after the delimiter and before the next
            guard let split = chunk.range(of: Data("\r\n\r\n".utf8)) else { continue }
            let head = String(decoding: chunk[chunk.startIndex..<split.lowerBound], as: UTF8.self)
            var headers: [String: String] = [:]
            for line in head.components(separatedBy: "\r\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                headers[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            parts.append(Part(headers: headers, body: Data(chunk[split.upperBound...])))
            rest = rest[next.lowerBound...]
        }
        return parts
    }
}
