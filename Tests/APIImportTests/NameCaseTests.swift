@testable import APIImport
import XCTest

/// Names made from ASCII text byte by byte are the names the general, scalar-by-scalar path makes.
final class NameCaseTests: XCTestCase {
    func testTheASCIIPathNamesAsTheGeneralOne() {
        let alphabet = Array("aZ09_- .:/{}$#'\"\t\nqQmM".utf8)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var texts = ["bot_status", "groups", "Let's Meet", "", "--", "3d", "+91", "GET /repos/{owner}", "x-github-id",
                     "ALLCAPS", "camelCase", "a1b2", "_leading", "trailing_"]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(state >> 60) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            texts.append(String(decoding: bytes, as: UTF8.self))
        }
        for text in texts {
            XCTAssertEqual(NameCase.pascalASCII(text), NameCase.pascalOfAnyText(text), text)
        }
        XCTAssertNil(NameCase.pascalASCII("café"), "text beyond ASCII takes the general path")
        XCTAssertEqual(NameCase.pascal("Let us meet"), "LetUsMeet")
    }
}
