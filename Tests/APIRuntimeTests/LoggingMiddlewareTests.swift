import APIRuntime
import Foundation
import XCTest

/// What `LoggingMiddleware` writes of a body: text (JSON, forms, `text/…`) with secrets masked, and of any other body
/// (a download, an upload, a multipart form) its size and type alone.
final class LoggingMiddlewareTests: XCTestCase {
    private final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [String] = []
        func append(_ line: String) { lock.withLock { stored.append(line) } }
        var all: [String] { lock.withLock { stored } }
    }

    private func logged(_ request: HTTPRequest, answer: HTTPResponse) async throws -> [String] {
        let lines = Lines()
        _ = try await LoggingMiddleware(log: lines.append).intercept(request) { _ in answer }
        return lines.all
    }

    private let url = URL(string: "https://x.example/v1/files/7")!

    func testADownloadsBytesAreNotLogged() async throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data("secret-ish bytes".utf8)
        let answer = HTTPResponse(status: 200, headers: [HTTPHeader("content-type", "image/png")], body: png)
        let lines = try await logged(HTTPRequest(method: .get, url: url), answer: answer)
        XCTAssertEqual(lines.count, 2)
        XCTAssertTrue(lines[1].hasSuffix(" <24 bytes of image/png>"), lines[1])
        XCTAssertFalse(lines[1].contains("secret-ish"))
    }

    func testAMultipartUploadIsItsSizeAndJSONIsMasked() async throws {
        let form = Data("--b\r\nContent-Disposition: form-data; name=\"password\"\r\n\r\nhunter2\r\n--b--\r\n".utf8)
        let upload = HTTPRequest(method: .post, url: url,
                                 headers: [HTTPHeader("Content-Type", "multipart/form-data; boundary=b")], body: form)
        let json = HTTPResponse(status: 200, headers: [HTTPHeader("Content-Type", "application/json; charset=utf-8")],
                                body: Data(#"{"name": "a", "token": "hunter3"}"#.utf8))
        let lines = try await logged(upload, answer: json)
        XCTAssertTrue(lines[0].hasSuffix(" <\(form.count) bytes of multipart/form-data>"), lines[0])
        XCTAssertTrue(lines[1].hasSuffix(#"{"name": "a", "token": "<redacted>"}"#), lines[1])
        XCTAssertFalse(lines.joined().contains("hunter"))
    }

    func testAnUntypedOrTextBodyIsText() async throws {
        let answer = HTTPResponse(status: 503, headers: [HTTPHeader("Content-Type", "text/plain")],
                                  body: Data("try later".utf8))
        let lines = try await logged(HTTPRequest(method: .post, url: url, body: Data("a=1".utf8)), answer: answer)
        XCTAssertTrue(lines[0].hasSuffix(" a=1"), lines[0])
        XCTAssertTrue(lines[1].hasSuffix(" try later"), lines[1])
    }
}
