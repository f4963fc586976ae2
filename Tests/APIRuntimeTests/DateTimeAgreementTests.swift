import APIRuntime
@testable import APISpec
import SeededRandomness
import XCTest

/// A sample's date-time passes lint exactly when a generated client can
/// decode it: the checker and the runtime read the same forms.
final class DateTimeAgreementTests: XCTestCase {
    func testCheckerAndRuntimeAcceptTheSameDateTimes() {
        let candidates = [
            "2017-12-20T08:33:51Z", "2017-12-20T08:33:51.123Z", "2017-12-20T08:33:51+05:30", "2024-09-23T20:09:10Z",
            "2017-12-20", "2017-12-20 08:33:51", "yesterday", "", "2017-13-40T99:99:99Z", "2017-12-20T08:33:51",
        ]
        for text in candidates {
            XCTAssertEqual(SampleChecker.isDateTime(text), JSONCoding.parseDate(text) != nil, text)
        }
        XCTAssertTrue(SampleChecker.isDateTime("2017-12-20T08:33:51Z"))
        XCTAssertFalse(SampleChecker.isDateTime("yesterday"))
    }

    /// A date-time read from an answer is written back as the same instant, with its fraction of a second, not cut to
    /// the second: a client that reads a value and sends it on must not move it.
    func testADateTimeIsWrittenBackWithItsFraction() throws {
        let texts = ["2019-02-28T21:17:57.56197Z", "2017-12-20T08:33:51.123Z", "2017-12-20T08:33:51Z",
                     "2019-02-28T21:36:26.7105485Z",
                     "2024-05-01T10:00:00.25Z", "1969-12-31T23:59:59.5Z", "2024-05-01T10:00:00.000001Z"]
        for text in texts {
            XCTAssertEqual(JSONCoding.formatDate(try XCTUnwrap(JSONCoding.parseDate(text), text)), text)
        }
        // Another zone, or trailing zeros, give the same instant in the one spelling.
        XCTAssertEqual(JSONCoding.formatDate(try XCTUnwrap(JSONCoding.parseDate("2017-12-20T08:33:51.500+05:30"))),
                       "2017-12-20T03:03:51.5Z")
        XCTAssertEqual(JSONCoding.formatDate(Date(timeIntervalSince1970: 1.9999999999)), "1970-01-01T00:00:02Z")
        // Any instant comes back within half a nanosecond (nine digits); exactly, where a Double is coarser than that.
        var random = SeededRandom(seed: 2026)
        for _ in 0..<500 {
            let date = Date(timeIntervalSinceReferenceDate: Double.random(in: -1e9...1e9, using: &random))
            let back = try XCTUnwrap(JSONCoding.parseDate(JSONCoding.formatDate(date)))
            let error = abs(back.timeIntervalSince(date))
            XCTAssertTrue(error <= 5e-10 || back == date, "\(date.timeIntervalSinceReferenceDate): off by \(error)")
        }
    }
}
