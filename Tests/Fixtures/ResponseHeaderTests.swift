import APIRuntime
import Foundation
import XCTest

/// Answer headers the spec names are read into the operation's `ResponseHeaders` struct around a call: by name
/// without case, as the types the spec gives them, a missing required one or an unreadable one an error.
final class ResponseHeaderTests: XCTestCase {
    /// Answers every request with `status` and `headers`.
    struct Answering: Transport {
        let status: Int
        let headers: [HTTPHeader]

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            HTTPResponse(status: status, headers: headers, body: Data())
        }
    }

    private func client(status: Int = 200, _ headers: [(String, String)]) -> ChecksClient {
        ChecksClient(serverURL: "https://checks.example",
                     transport: Answering(status: status, headers: headers.map { HTTPHeader($0.0, $0.1) }))
    }

    func testEachHeaderIsReadAsItsType() async throws {
        let api = client([("content-length", "2048"), ("Last-Modified", "Sun, 06 Nov 1994 08:49:37 GMT"),
                          ("X-ROSTER-TONE", "loud"), ("X-Roster-Open", "true"), ("X-Roster-Id", #" a"b\c "#)])
        let (_, headers) = try await RosterExistsResponseHeaders.capturing { try await api.rosterExists() }
        XCTAssertEqual(headers.contentLength, 2048)
        XCTAssertEqual(headers.lastModified, Date(timeIntervalSince1970: 784_111_777), "an HTTP date")
        XCTAssertEqual(headers.tone, Tone.loud)
        XCTAssertEqual(headers.xRosterOpen, true)
        XCTAssertEqual(headers.xRosterID, #"a"b\c"#, "text as it is, quotes and backslashes too, spaces around trimmed")
    }

    func testOptionalHeadersMayBeLeftOutAndOpenEnumsKeepUnknownValues() async throws {
        let api = client([("Content-Length", "0"), ("Last-Modified", "1994-11-06T08:49:37Z"), ("X-Roster-Tone", "hushed")])
        let (_, headers) = try await RosterExistsResponseHeaders.capturing { try await api.rosterExists() }
        XCTAssertEqual(headers.lastModified, Date(timeIntervalSince1970: 784_111_777), "an ISO 8601 date")
        XCTAssertEqual(headers.tone?.rawValue, "hushed")
        XCTAssertNil(headers.xRosterOpen)
        XCTAssertNil(headers.xRosterID)
    }

    func testAMissingRequiredHeaderIsADecodingError() async throws {
        let api = client([("X-Roster-Open", "true")])
        do {
            _ = try await RosterExistsResponseHeaders.capturing { try await api.rosterExists() }
            XCTFail("no Content-Length")
        } catch {
            guard case .decoding(let type, let path, let message, _)? = error as? APIError else {
                return XCTFail("\(error)")
            }
            XCTAssertEqual(type, "RosterExistsResponseHeaders")
            XCTAssertEqual(path, "Content-Length")
            XCTAssertEqual(message, "the answer has no 'Content-Length' header")
        }
    }

    func testAHeaderNotOfItsTypeIsADecodingErrorThatDoesNotEchoIt() async throws {
        for (name, value) in [("Content-Length", "12SECRET"), ("X-Roster-Open", "SECRET"), ("Last-Modified", "SECRET")] {
            let api = client((name == "Content-Length" ? [] : [("Content-Length", "1")]) + [(name, value)])
            do {
                _ = try await RosterExistsResponseHeaders.capturing { try await api.rosterExists() }
                XCTFail("\(name): \(value) read")
            } catch {
                guard case .decoding(_, let path, let message, let snippet)? = error as? APIError else {
                    return XCTFail("\(error)")
                }
                XCTAssertEqual(path, name)
                XCTAssertFalse("\(error)".contains("SECRET"), "\(error)")
                XCTAssertTrue(message.hasPrefix("the '\(name)' header is not a value of type"), message)
                XCTAssertEqual(snippet, "")
            }
        }
    }

    /// The call's result is as it was: nil on an empty answer, whose headers are read as far as it has them.
    func testAnEmptyAnswerGivesNilAndItsOptionalHeaders() async throws {
        let waiting = client(status: 202, [])
        let (file, none) = try await ExportRosterResponseHeaders.capturing { try await waiting.exportRoster() }
        XCTAssertNil(file)
        XCTAssertNil(none.xRowCount)
        let ready = client(status: 200, [("X-Row-Count", "12"), ("Content-Type", "text/csv")])
        let (made, counted) = try await ExportRosterResponseHeaders.capturing { try await ready.exportRoster() }
        XCTAssertNotNil(made)
        XCTAssertEqual(counted.xRowCount, 12)
    }

    /// The three forms of an HTTP date; an empty value of a number or date is no value.
    func testEveryHTTPDateFormIsReadAndEmptyValuesAreNone() throws {
        let moment = Date(timeIntervalSince1970: 784_111_777)
        for text in ["Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994",
                     "1994-11-06T08:49:37Z"] {
            let reader = ResponseHeaderReader([HTTPHeader("Content-Length", "1"), HTTPHeader("Last-Modified", text)],
                                              of: "RosterExistsResponseHeaders")
            XCTAssertEqual(try RosterExistsResponseHeaders(reading: reader).lastModified, moment, text)
        }
        let empty = ResponseHeaderReader([HTTPHeader("Content-Length", "3"), HTTPHeader("X-Roster-Open", " "),
                                          HTTPHeader("Last-Modified", ""), HTTPHeader("X-Roster-Id", "")],
                                         of: "RosterExistsResponseHeaders")
        let read = try RosterExistsResponseHeaders(reading: empty)
        XCTAssertNil(read.xRosterOpen)
        XCTAssertNil(read.lastModified)
        XCTAssertEqual(read.xRosterID, "", "text may be empty")
        let noLength = ResponseHeaderReader([HTTPHeader("Content-Length", "")], of: "RosterExistsResponseHeaders")
        XCTAssertThrowsError(try RosterExistsResponseHeaders(reading: noLength), "a required number left empty")
    }

    /// A number that does not fit the type is refused, not cut.
    func testANumberOutOfRangeIsRefused() throws {
        let reader = ResponseHeaderReader([HTTPHeader("X-Row-Count", "4294967296")], of: "ExportRosterResponseHeaders")
        XCTAssertThrowsError(try ExportRosterResponseHeaders(reading: reader))
        let fits = ResponseHeaderReader([HTTPHeader("X-Row-Count", " 7 ")], of: "ExportRosterResponseHeaders")
        XCTAssertEqual(try ExportRosterResponseHeaders(reading: fits).xRowCount, 7)
    }
}
