import APIRuntime
import Foundation
import KaizalaAPI
import LoopbackHTTPServer
import XCTest

/// A value the spec marks `secret` never shows: printed, interpolated,
/// dumped, logged, or inside an error, whatever its name.
final class SecretRedactionTests: XCTestCase {
    private let pin: Int32 = 987_654
    private let sentinel = "SENTINEL-7f3a"

    private func assertHidden(_ texts: [String], file: StaticString = #filePath, line: UInt = #line) {
        for text in texts {
            XCTAssertFalse(text.contains(String(pin)), "the PIN shows in: \(text)", file: file, line: line)
            XCTAssertFalse(text.contains(sentinel), "a secret shows in: \(text)", file: file, line: line)
        }
    }

    func testSecretFieldsArePrintedAndDumpedRedacted() {
        let request = LoginWithPinAndApplicationIDRequest(mobileNumber: "+911999999999", applicationID: "app", pin: pin)
        let credentials = KaizalaCredentials(applicationID: "app", applicationSecret: sentinel, refreshToken: sentinel)
        var dumped = ""
        dump(request, to: &dumped)
        dump(credentials, to: &dumped)
        let texts = ["\(request)", String(describing: request), String(reflecting: request), "\(credentials)", String(reflecting: credentials), dumped]
        assertHidden(texts)
        XCTAssertTrue("\(request)".contains("pin: <redacted>"), "\(request)")
        XCTAssertTrue("\(credentials)".contains(#"applicationID: "app""#), "only secrets are hidden: \(credentials)")
    }

    func testSecretsStayOutOfLogsAndErrors() async throws {
        let lines = EventLines()
        let server = try LoopbackServer { request in
            request.path.hasSuffix("/loginWithPinAndApplicationId")
                ? .json(#"{"error":"bad pin","pin":987654,"refreshToken":"SENTINEL-7f3a"}"#, status: 400)
                : .json("{}", status: 404)
        }
        let transport = URLSessionTransport()
        let kaizala = KaizalaClient(client: APIClient(serverURL: server.baseURL + "/v1", transport: transport,
                                                      middlewares: [LoggingMiddleware { lines.append($0) }], retryPolicy: .none))
        do {
            _ = try await kaizala.loginWithPinAndApplicationID(body: .init(mobileNumber: "+911999999999", applicationID: "app", pin: pin))
            XCTFail("the server refused it")
        } catch {
            guard case .status(400, _, _, let snippet) = error else { return XCTFail("got \(error)") }
            assertHidden([error.description, snippet])
        }
        XCTAssertEqual(lines.all.count, 2)
        assertHidden(lines.all)
        XCTAssertTrue(server.requests.first?.bodyText.contains("987654") ?? false, "the server still gets the PIN")
    }
}
