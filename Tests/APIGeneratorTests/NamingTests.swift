@testable import APIGenerator
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

    func testKeywordsAreEscapedAndDigitsPrefixed() {
        XCTAssertEqual(SwiftNamer.memberName("default"), "`default`")
        XCTAssertEqual(SwiftNamer.memberName("self"), "self_")
        XCTAssertEqual(SwiftNamer.memberName("3gpp"), "_3gpp")
        XCTAssertEqual(SwiftNamer.typeName("type"), "Type_")
        XCTAssertEqual(SwiftNamer.typeName("Foundation"), "Foundation_")
        XCTAssertEqual(SwiftNamer.typeName("2fa_code"), "_2faCode")
    }

    func testEnumValuesAvoidTheOpenEnumsOwnMembers() {
        XCTAssertEqual(EnumLowering.caseName("knownValues"), "knownValues_")
        XCTAssertEqual(EnumLowering.caseName("default"), "`default`")
    }

    func testStringLiteralsAreEscaped() {
        XCTAssertEqual(SwiftNamer.literal("a\"b\\c\n"), #""a\"b\\c\n""#)
    }
}
