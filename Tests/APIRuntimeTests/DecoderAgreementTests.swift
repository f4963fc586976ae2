import APIRuntime
import Foundation
import SeededRandomness
import XCTest

/// Bodies at the edges of JSON (keys sent twice, UTF-16 and UTF-32 text,
/// deep nesting) decode as Foundation decodes them, or fail clearly.
final class DecoderAgreementTests: XCTestCase {
    private let text = { (body: Data) in String(decoding: body, as: UTF8.self) }

    /// Fields read the ways generated code reads them.
    private struct Fields: Decodable, Hashable {
        var plain: Int?
        var nullable: Nullable<Int>?
        var list: [Int]?
        var name: String?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: JSONKey.self)
            plain = try container.decodeIfPresent(Int.self, forKey: "a")
            nullable = try container.decodeNullableIfPresent(Int.self, forKey: "b")
            list = try container.decodeOneOrManyIfPresent(Int.self, forKey: "c")
            name = try container.decodeIfPresent(String.self, forKey: "d")
        }
    }

    func testAKeySentTwiceReadsAsFoundationReadsIt() {
        let bodies = [
            #"{"a":1,"a":2}"#, #"{"b":null,"b":2}"#, #"{"b":2,"b":null}"#, #"{"c":[1,2],"c":3}"#, #"{"c":3,"c":[1,2]}"#,
            #"{"c":null,"c":[1]}"#, #"{"d":"x","a":1,"d":5}"#, #"{"d":5,"d":"x"}"#,
            #"{"\u0061":1,"a":2}"#, #"{"a":1,"\u0061":2}"#,
            "{\"é\":1,\"e\u{301}\":2}", #"{"b":null,"a":1,"b":3,"a":2,"b":4}"#, #"{"":1,"":2,"a":3}"#,
        ].map { Data($0.utf8) }
        assertDecodesAsFoundation(Fields.self, bodies, text)
        assertDecodesAsFoundation([String: Int?].self, bodies, text)
        assertDecodesAsFoundation(JSONValue.self, bodies, text)

        // Many keys from a few names: most objects repeat one, some do not; fingerprints collide often.
        var random = SeededRandom(seed: 31)
        let names = ["a", "b", "c", "d", "e", "ab", "ba", "aa", "bb", "\\u0061", "é", "id", "ia", "x1", "y1"]
        let values = ["1", "2", "null", "[3]", "\"s\"", "{}", "-7", "true"]
        var randomBodies: [Data] = []
        for _ in 0..<400 {
            let members = (0..<random.int(0...12)).map { _ in "\"\(random.pick(names))\":\(random.pick(values))" }
            randomBodies.append(Data("{\(members.joined(separator: ","))}".utf8))
        }
        assertDecodesAsFoundation(Fields.self, randomBodies, text)
        assertDecodesAsFoundation([String: JSONValue].self, randomBodies, text)
    }

    func testUTF16AndUTF32BodiesAreReadAsFoundationReadsThem() {
        var random = SeededRandom(seed: 32)
        let marks: [String.Encoding: [UInt8]] = [
            .utf16LittleEndian: [0xFF, 0xFE], .utf16BigEndian: [0xFE, 0xFF],
            .utf32LittleEndian: [0xFF, 0xFE, 0, 0], .utf32BigEndian: [0, 0, 0xFE, 0xFF],
        ]
        var bodies: [Data] = []
        for round in 0..<60 {
            let document = round < 5 ? ["1", "[]", " \"é😀\" ", "{\"a\":[true,null]}", "12"][round]
                : String(decoding: try! JSONCoding.encode(RandomJSON.value(&random)), as: UTF8.self)
            for (encoding, mark) in marks {
                let encoded = document.data(using: encoding)!
                bodies += [encoded, Data(mark) + encoded]
            }
        }
        let read = bodies.filter { DecodingOutcome.runtime(JSONValue.self, $0).isValue }.count
        XCTAssertGreaterThan(read, bodies.count * 5 / 8, "all but UTF-32LE with a byte order mark (FF FE 00 00 reads as UTF-16LE)")
        // Broken ones: cut short, lone surrogates, code points past U+10FFFF, zero bytes in odd places.
        let broken: [[UInt8]] = [
            [0x22, 0x00, 0x61, 0x00, 0x22], [0xFF, 0xFE, 0x22, 0x00, 0x00, 0xD8, 0x22, 0x00], [0x22, 0x00, 0x00, 0xDC, 0x22, 0x00],
            [0x22, 0, 0, 0, 0, 0, 0x11, 0, 0x22, 0, 0, 0], [0x22, 0, 0, 0, 0, 0xD8, 0, 0, 0x22, 0, 0, 0],
            [0xFF, 0xFE], [0xFE, 0xFF],
            [0, 0, 0xFE, 0xFF], [0xFF, 0xFE, 0, 0], [0x31, 0], [0, 0x31], [0x31, 0, 0], [0x31, 0x32, 0, 0], [0, 0x31, 0x32, 0],
            [0x31, 0, 0x32, 0, 0, 0], [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0x31], [0xFE, 0xFF, 0, 0x31, 0],
        ]
        for _ in 0..<300 {
            let alphabet: [UInt8] = [0, 0, 0x31, 0x22, 0x5B, 0x5D, 0xFE, 0xFF, 0xD8, 0x20]
            bodies.append(Data((0..<random.int(1...8)).map { _ in random.pick(alphabet) }))
        }
        let hex = { (body: Data) in body.map { String($0, radix: 16) }.joined(separator: " ") }
        assertDecodesAsFoundation(JSONValue.self, bodies + broken.map { Data($0) }, hex)
        assertDecodesAsFoundation(String.self, ["\"a\"", "\"é😀\""].map { $0.data(using: .utf16)! }, hex)
    }

    private final class Node: Decodable {
        let children: [Node]?
        required init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: JSONKey.self)
            children = try container.decodeIfPresent([Node].self, forKey: "children")
        }
    }

    /// Decodes on a thread with the stack of a secondary thread on Apple platforms.
    private func onSmallStack(_ body: @escaping @Sendable () -> Void) {
        let done = expectation(description: "decoded")
        let thread = Thread {
            body()
            done.fulfill()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        wait(for: [done], timeout: 60)
    }

    private static func arrays(_ depth: Int) -> Data {
        Data((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8)
    }

    private static func objects(_ depth: Int) -> Data {
        Data((String(repeating: #"{"a":"#, count: depth - 1) + "{}" + String(repeating: "}", count: depth - 1)).utf8)
    }

    /// Nodes within nodes, an object and an array a level: `depth` levels in all.
    private static func nodes(_ depth: Int) -> Data {
        let pairs = (depth - 1) / 2
        let innermost = depth % 2 == 1 ? "{}" : #"{"children":[]}"#
        return Data((String(repeating: #"{"children":["#, count: pairs) + innermost + String(repeating: "]}", count: pairs)).utf8)
    }

    func testDeepDocumentsAreRefusedBeforeTheyExhaustA512KiBStack() {
        let limit = 64
        let outcomes = OutcomeLog()
        onSmallStack {
            for depth in [limit, limit + 1, 100_000] {
                outcomes.append("arrays \(depth)", DecodingOutcome.runtime(JSONValue.self, Self.arrays(depth)))
                outcomes.append("objects \(depth)", DecodingOutcome.runtime(JSONValue.self, Self.objects(depth)))
                let tree = DecodingOutcome.of { () throws -> Bool in
                    _ = try JSONCoding.decodeValue(Node.self, from: Self.nodes(depth))
                    return true
                }
                outcomes.append("nodes \(depth)", tree)
            }
        }
        for (name, outcome) in outcomes.all {
            let depth = Int(name.split(separator: " ")[1])!
            if depth <= limit {
                XCTAssertTrue(outcome.isValue, "\(name): \(outcome)")
            } else {
                XCTAssertEqual(outcome, .failure(kind: "dataCorrupted", path: ""), name)
            }
        }
        XCTAssertEqual(outcomes.all.count, 9)
    }

    private struct WithoutSuperKey: Decodable, Hashable {
        var fromSuper: Int?
        private enum Keys: String, CodingKey { case other }
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            fromSuper = try Int?(from: container.superDecoder())
        }
    }

    func testASuperDecoderReadsTheSuperMemberWhateverTheKeys() {
        let bodies = [#"{"super":5}"#, #"{"other":1}"#, #"{"super":"x"}"#].map { Data($0.utf8) }
        assertDecodesAsFoundation(WithoutSuperKey.self, bodies, text)
        XCTAssertEqual(try JSONCoding.decodeValue(WithoutSuperKey.self, from: Data(#"{"super":5}"#.utf8)).fromSuper, 5)
    }

    func testMapKeysShowAsKeysInErrorPaths() {
        func path<Value: Decodable>(_ type: Value.Type, _ json: String) -> String? {
            do {
                _ = try JSONCoding.decode(Value.self, from: Data(json.utf8))
                return nil
            } catch .decoding(_, let codingPath, _, _) {
                return codingPath
            } catch {
                return "\(error)"
            }
        }
        XCTAssertEqual(path([String: [String: Int]].self, #"{"result":{"+911111111111":"x"}}"#), #"result["+911111111111"]"#)
        XCTAssertEqual(path([String: [Int]].self, #"{"911":[1,"x"]}"#), #"["911"][1]"#)
        XCTAssertEqual(path([[String: Int]].self, #"[{"a b":1},{"quote\"d":"x"}]"#), #"[1]["quote\"d"]"#)
        XCTAssertEqual(path([String: [String: Int]].self, #"{"groups":{"members":"x"}}"#), "groups.members")
    }
}

/// Results gathered on another thread.
private final class OutcomeLog: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(String, DecodingOutcome)] = []

    func append(_ name: String, _ outcome: DecodingOutcome) { lock.withLock { entries.append((name, outcome)) } }
    var all: [(String, DecodingOutcome)] { lock.withLock { entries } }
}
