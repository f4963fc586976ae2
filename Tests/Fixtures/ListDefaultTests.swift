import APIRuntime
import Foundation
import XCTest

/// Lists with a default: the Checks fixture's `getRoster` sends its `tones` (a client default, `["calm", "loud"]`)
/// unless told otherwise, and leaves its `sizes` (the server's default, `[1, 2]`) out unless set, checked first.
final class ListDefaultTests: XCTestCase {
    private let roster = #"{"members": [], "nicknames": {}}"#

    func testAClientDefaultListIsSentAndAServerDefaultIsNot() async throws {
        let recorder = CheckedPositionsTests.Recorder(answer: roster)
        let client = ChecksClient(serverURL: "https://checks.example", transport: recorder)
        _ = try await client.getRoster()
        XCTAssertEqual(recorder.requests.last?.url.query, "tones=calm&tones=loud")
        _ = try await client.getRoster(tones: [Tone.loud], sizes: [3, 4])
        XCTAssertEqual(recorder.requests.last?.url.query, "tones=loud&sizes=3&sizes=4")
    }

    /// An object's list defaults, filled in by its initializer: enum items of a list that may hold null, booleans
    /// within the list's `maxItems`, an empty list of objects; each passes the checks the client makes.
    func testAnInitializerFillsInListDefaults() throws {
        let playlist = Playlist()
        XCTAssertEqual(playlist.tones, [Tone.calm, Tone.loud])
        XCTAssertEqual(playlist.flags, [true])
        XCTAssertEqual(playlist.people, [])
        XCTAssertEqual(playlist.violations, [])
        XCTAssertEqual(Playlist(flags: [true, false, true]).violations.map(\.path), ["flags"])
    }

    func testASetListIsHeldToItsLimits() async {
        let recorder = CheckedPositionsTests.Recorder(answer: roster)
        let client = ChecksClient(serverURL: "https://checks.example", transport: recorder)
        do {
            _ = try await client.getRoster(sizes: [0, 2, 2])
            XCTFail("sent although invalid")
        } catch {
            guard case .validation(let failure) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(failure.violations.map { $0.path }.sorted(), ["sizes", "sizes[0]"])
        }
        XCTAssertTrue(recorder.requests.isEmpty)
    }
}
