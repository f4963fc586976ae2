import APIRuntime
import Foundation
import XCTest

/// The Checks fixture's form operation, through the generated client: the
/// body goes form-urlencoded, validated first, and logs mask its secrets.
final class FormRequestTests: XCTestCase {
    final class Recorder: Transport, @unchecked Sendable {
        let lock = NSLock()
        var requests: [HTTPRequest] = []

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            lock.withLock { requests.append(request) }
            return HTTPResponse(status: 200, headers: [HTTPHeader("Content-Type", "application/json")], body: Data(#"{"name":"Al"}"#.utf8))
        }
    }

    final class Lines: @unchecked Sendable {
        let lock = NSLock()
        var lines: [String] = []
        func append(_ line: String) { lock.withLock { lines.append(line) } }
    }

    func testAFormBodyIsSentAsPairsInTheSpecsOrder() async throws {
        let recorder = Recorder()
        let lines = Lines()
        let client = ChecksClient(client: APIClient(serverURL: "https://checks.example", transport: recorder,
                                                    middlewares: [LoggingMiddleware { lines.append($0) }]))
        let body = SubscribeRequest(customer: "cus 1", items: [Person(name: "Al", phone: "+911999999999")], metadata: ["plan": "pro"],
                                    note: .null, pin: "4321", start: Date(timeIntervalSince1970: 86_400))
        let person = try await client.subscribe(body: body)
        XCTAssertEqual(person.name, "Al")
        let request = try XCTUnwrap(recorder.requests.first)
        XCTAssertEqual(request.headers["Content-Type"], "application/x-www-form-urlencoded")
        XCTAssertEqual(String(decoding: request.body ?? Data(), as: UTF8.self),
                       "customer=cus+1&items%5B0%5D%5Bname%5D=Al&items%5B0%5D%5Bphone%5D=%2B911999999999&metadata%5Bplan%5D=pro"
                       + "&note=&pin=4321&start=1970-01-02T00%3A00%3A00Z")
        let logged = lines.lines.joined(separator: "\n")
        XCTAssertTrue(logged.contains("pin=<redacted>"), logged)
        XCTAssertFalse(logged.contains("4321"), "the spec's secret leaked into the log")
    }

    func testARepeatedListsFormRepeatsEachListsName() async throws {
        let recorder = Recorder()
        let client = ChecksClient(client: APIClient(serverURL: "https://checks.example", transport: recorder))
        try await client.notify(body: NotifyRequest(to: "+1 555", events: ["ringing", "completed"], codes: [7, 3]))
        let request = try XCTUnwrap(recorder.requests.first)
        XCTAssertEqual(request.headers["Content-Type"], "application/x-www-form-urlencoded")
        XCTAssertEqual(String(decoding: request.body ?? Data(), as: UTF8.self),
                       "to=%2B1+555&events=ringing&events=completed&codes=7&codes=3")
        do {
            try await client.notify(body: NotifyRequest(to: "x", events: ["a", "b", "c", "d"]))
            XCTFail("a list past its limit was sent")
        } catch {
            guard case .validation(let failure) = error else { return XCTFail("got \(error)") }
            XCTAssertEqual(failure.violations.map(\.rule), ["maxItems"])
        }
        XCTAssertEqual(recorder.requests.count, 1)
    }

    func testABrokenFormIsNotSent() async {
        let recorder = Recorder()
        let client = ChecksClient(client: APIClient(serverURL: "https://checks.example", transport: recorder))
        do {
            _ = try await client.subscribe(body: SubscribeRequest(customer: "far too long", items: []))
            XCTFail("a form past its limits was sent")
        } catch {
            guard case .validation(let failure) = error else { return XCTFail("got \(error)") }
            XCTAssertEqual(failure.violations.map(\.rule), ["maxLength", "minItems"])
        }
        XCTAssertTrue(recorder.requests.isEmpty)
    }
}
