import XCTest
import YAMLReader

/// What the reader gives for the constructs OpenAPI documents use, with locations.
final class YAMLReaderTests: XCTestCase {
    private func read(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> YAMLNode? {
        do { return try YAMLReader.parse(text) } catch {
            XCTFail("refused: \(error)", file: file, line: line)
            return nil
        }
    }

    private func json(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        read(text, file: file, line: line)?.jsonText()
    }

    func testNodesAreLocated() throws {
        let text = "openapi: 3.0.0\npaths:\n  /pets:\n    get:\n      tags: [a, b]\n      responses:\n        200: {}\n"
        let root = try XCTUnwrap(read(text))
        XCTAssertEqual([root.line, root.column], [1, 1])
        let paths = try XCTUnwrap(root["paths"])
        XCTAssertEqual([paths.line, paths.column], [3, 3])
        let get = try XCTUnwrap(paths["/pets"]?["get"])
        let tags = try XCTUnwrap(get["tags"])
        XCTAssertEqual([tags.line, tags.column], [5, 13])
        guard case .sequence(let items) = tags.content else { return XCTFail("not a sequence") }
        XCTAssertEqual(items.map { [$0.line, $0.column] }, [[5, 14], [5, 17]])
        // A response code is an int to YAML, and its text as a JSON key.
        guard case .mapping(let responses) = try XCTUnwrap(get["responses"]).content else {
            return XCTFail("not a mapping")
        }
        XCTAssertEqual(responses[0].key.content, .scalar(YAMLScalar(text: "200", value: .int(200))))
        XCTAssertEqual([responses[0].key.line, responses[0].key.column], [7, 9])
        let expected = #"{"openapi":"3.0.0","paths":{"/pets":{"get":{"tags":["a","b"],"responses":{"200":{}}}}}}"#
        XCTAssertEqual(root.jsonText(), expected)
    }

    func testColumnsCountCharactersNotBytes() throws {
        let root = try XCTUnwrap(read("é: [ü, x]"))
        guard case .mapping(let pairs) = root.content, case .sequence(let items) = pairs[0].value.content else {
            return XCTFail("unexpected shape")
        }
        XCTAssertEqual(items.map(\.column), [5, 8])
    }

    func testTheCoreSchemaResolvesPlainScalars() throws {
        let cases: [(String, YAMLScalar.Value)] = [
            ("~", .null), ("null", .null), ("NULL", .null), ("", .null), ("true", .bool(true)), ("False", .bool(false)),
            ("12", .int(12)), ("-3", .int(-3)), ("+4", .int(4)), ("0o17", .int(15)), ("0x1F", .int(31)),
            ("1.5", .float(1.5)), ("-.5", .float(-0.5)), ("1e3", .float(1000)), ("2.", .float(2)),
            (".inf", .float(.infinity)),
            ("-.Inf", .float(-.infinity)), ("yes", .string("yes")), ("0777", .int(777)), ("1_000", .string("1_000")),
            ("2020-01-01", .string("2020-01-01")), ("0x", .string("0x")), ("3.0.1", .string("3.0.1")),
            ("nullable", .string("nullable")), ("99999999999999999999", .float(1e20)),
        ]
        for (text, value) in cases {
            let node = try YAMLReader.parse("- \(text)")
            guard case .sequence(let items) = node.content, case .scalar(let scalar) = items.first?.content else {
                XCTFail("'\(text)' did not read as one scalar")
                continue
            }
            XCTAssertEqual(scalar.value, value, "'\(text)'")
        }
        guard case .scalar(let nan) = try YAMLReader.parse(".NaN").content, case .float(let value) = nan.value else {
            return XCTFail(".NaN is not a float")
        }
        XCTAssert(value.isNaN)
    }

    func testQuotedScalarsAndTags() {
        let tagged = #"[ "12", '12', !!str 12, !!int "12", !!float 1, !!bool "true", !!null "", ! 12, !custom 12 ]"#
        XCTAssertEqual(json(tagged),
                       #"["12","12","12",12,1.0,true,null,"12","12"]"#)
        XCTAssertEqual(json(#"a: "caf\u00e9 \U0001F600 \x41\t\"q\" \\ \/""#), #"{"a":"café 😀 A\t\"q\" \\ /"}"#)
        XCTAssertEqual(json("a: \"one\n  two\n\n  three \\\n  four\""), #"{"a":"one two\nthree four"}"#)
        XCTAssertEqual(json("a: 'it''s\n  folded'"), #"{"a":"it's folded"}"#)
        XCTAssertEqual(json("%TAG !e! tag:example.com,2000:\n---\na: !e!thing 1"), #"{"a":"1"}"#)
    }

    func testPlainMultiLineAndComments() {
        XCTAssertEqual(json("description: This is\n  a long\n\n  text # a comment\nnext: x:y # c\n"),
                       #"{"description":"This is a long\ntext","next":"x:y"}"#)
        XCTAssertEqual(json("a: b#c"), #"{"a":"b#c"}"#)
    }

    func testBlockScalars() {
        XCTAssertEqual(json("a: |\n  one\n   two\n\nb: x"), #"{"a":"one\n two\n","b":"x"}"#)
        XCTAssertEqual(json("a: |-\n  one\n\n"), #"{"a":"one"}"#)
        XCTAssertEqual(json("a: |+\n  one\n\n"), #"{"a":"one\n\n"}"#)
        XCTAssertEqual(json("a: >\n  one\n  two\n\n  three\n    more\n  four\n"),
                       #"{"a":"one two\nthree\n  more\nfour\n"}"#)
        XCTAssertEqual(json("a: |2\n    indented\n  base\n"), #"{"a":"  indented\nbase\n"}"#)
        XCTAssertEqual(json("- >-\n  folded # not a comment\n- x"), #"["folded # not a comment","x"]"#)
    }

    func testCollectionsInEveryStyle() {
        XCTAssertEqual(json("a:\n- x\n- y: 1\n  z: 2\n-   - n\nb: {c: [1, {d: e}], 'f': \"g\"}\n"),
                       #"{"a":["x",{"y":1,"z":2},["n"]],"b":{"c":[1,{"d":"e"}],"f":"g"}}"#)
        XCTAssertEqual(json("? explicit\n: value\n\"quoted key\": 1"), #"{"explicit":"value","quoted key":1}"#)
        XCTAssertEqual(json("[a: 1, {b}, \"c\":2]"), #"[{"a":1},{"b":null},{"c":2}]"#)
        XCTAssertEqual(json("key:\nother: ~"), #"{"key":null,"other":null}"#)
        // A closing bracket at the key's indentation, as JSON-style writers put it, is let through.
        XCTAssertEqual(json("a: [\n  1,\n  2,\n]\nb: {\n  c: d\n}\n"), #"{"a":[1,2],"b":{"c":"d"}}"#)
    }

    func testAnchorsAliasesAndMergeKeys() {
        XCTAssertEqual(json("base: &b {x: 1, y: 2}\ncopy: *b\nmerged:\n  <<: *b\n  y: 3\n"),
                       #"{"base":{"x":1,"y":2},"copy":{"x":1,"y":2},"merged":{"x":1,"y":3}}"#)
        XCTAssertEqual(json("a: &a {p: 1}\nb: &b {p: 2, q: 2}\nc:\n  <<: [*a, *b]\n"),
                       #"{"a":{"p":1},"b":{"p":2,"q":2},"c":{"p":1,"q":2}}"#)
        XCTAssertEqual(json("- &x 1\n- *x\n- '<<': literal"), #"[1,1,{"<<":"literal"}]"#)
    }

    func testDocuments() throws {
        XCTAssertEqual(json("%YAML 1.2\n---\na: 1\n...\n"), #"{"a":1}"#)
        XCTAssertEqual(json(""), "null")
        XCTAssertEqual(json("# only a comment\n"), "null")
        let documents = try YAMLReader.parseAll("--- 1\n--- [2]\n...\n---\n")
        XCTAssertEqual(documents.map { $0.root.jsonText() }, ["1", "[2]", "null"])
        XCTAssertEqual(documents.map(\.line), [1, 2, 4])
        XCTAssertThrowsError(try YAMLReader.parse("--- 1\n--- 2\n")) { error in
            XCTAssertEqual((error as? YAMLError).map { [$0.line, $0.column] }, [2, 1])
        }
    }

    func testWindowsLineEndingsAndByteOrderMark() {
        XCTAssertEqual(json("\u{FEFF}a: 1\r\nb:\r\n  - |\r\n    x\r\n"), #"{"a":1,"b":["x\n"]}"#)
    }
}
