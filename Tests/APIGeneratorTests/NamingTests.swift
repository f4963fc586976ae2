@testable import APIGenerator
@testable import SwiftLowering
import XCTest

final class NamingTests: XCTestCase {
    func testWordsSplitAtSeparatorsAndCaseChanges() {
        XCTAssertEqual(SwiftNamer.words("groupImageURL"), ["group", "Image", "URL"])
        XCTAssertEqual(SwiftNamer.words("template_uuid"), ["template", "uuid"])
        XCTAssertEqual(SwiftNamer.words("kz-callback.token"), ["kz", "callback", "token"])
        XCTAssertEqual(SwiftNamer.words("URLValue"), ["URL", "Value"])
        XCTAssertEqual(SwiftNamer.words("3gpp"), ["3gpp"])
    }

    func testMemberNamesAreLowerCamelWithUniformAcronyms() {
        XCTAssertEqual(SwiftNamer.memberName("template_uuid"), "templateUUID")
        XCTAssertEqual(SwiftNamer.memberName("groupId"), "groupID")
        XCTAssertEqual(SwiftNamer.memberName("callBackUrl"), "callBackURL")
        XCTAssertEqual(SwiftNamer.memberName("MediaResources"), "mediaResources")
        XCTAssertEqual(SwiftNamer.memberName("URL"), "url")
        XCTAssertEqual(SwiftNamer.memberName("id"), "id")
        XCTAssertEqual(SwiftNamer.memberName("bot_start"), "botStart")
    }

    /// GitHub's reactions are `+1` and `-1`: a sign before a number is a word, a dash between words is not.
    func testSignsBeforeNumbersAreWords() {
        XCTAssertEqual(SwiftNamer.memberName("+1"), "plus1")
        XCTAssertEqual(SwiftNamer.memberName("-1"), "minus1")
        XCTAssertEqual(SwiftNamer.memberName("reactions-+1"), "reactionsPlus1")
        XCTAssertEqual(SwiftNamer.memberName("reactions--1"), "reactionsMinus1")
        XCTAssertEqual(SwiftNamer.memberName("utf-8"), "utf8")
        XCTAssertEqual(SwiftNamer.memberName("gmt+2"), "gmt2")
        XCTAssertEqual(SwiftNamer.typeName("-5"), "Minus5")
    }

    func testDigitsAreprefixedAndKeywordsSpelledWithBackticks() {
        XCTAssertEqual(SwiftNamer.memberName("3gpp"), "_3gpp")
        XCTAssertEqual(SwiftNamer.typeName("2fa_code"), "_2faCode")
        XCTAssertEqual(SwiftNamer.spelled("default"), "`default`")
        XCTAssertEqual(SwiftNamer.spelled("name"), "name")
    }

    func testNamesWithoutLettersOrDigitsAreSpelledByCodePoint() {
        XCTAssertEqual(SwiftNamer.memberName("-"), "_2D")
        XCTAssertEqual(SwiftNamer.memberName("_"), "_5F")
        XCTAssertEqual(SwiftNamer.memberName(""), "empty")
        XCTAssertEqual(SwiftNamer.memberName("😀"), "_1F600")
        XCTAssertEqual(SwiftNamer.typeName("-"), "_2D")
    }

    func testOnlyScalarsSwiftAcceptsAreKept() {
        // A combining mark cannot start an identifier; it is a separator here.
        XCTAssertEqual(SwiftNamer.memberName("\u{301}name"), "name")
        XCTAssertEqual(SwiftNamer.memberName("名前"), "名前")
        XCTAssertEqual(SwiftNamer.memberName("x_ßa"), "xSSa")
    }

    func testStringLiteralsEscapeWhatCouldBreakThem() {
        XCTAssertEqual(SwiftLiteral.string("a\"b\\c\n"), #""a\"b\\c\n""#)
        XCTAssertEqual(SwiftLiteral.string("\u{7F}\u{301}x\u{2028}"), #""\u{7f}\u{301}x\u{2028}""#)
    }

    func testCommentLinesBreakWhereSwiftWouldAndShowControls() {
        XCTAssertEqual(CommentText.lines("a\r\nb\rc\nd"), ["a", "b", "c", "d"])
        XCTAssertEqual(CommentText.lines("x\u{7F}y"), [#"x\u{7F}y"#])
    }
}
