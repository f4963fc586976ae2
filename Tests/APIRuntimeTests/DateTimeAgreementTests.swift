import APIRuntime
@testable import APISpec
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
}
