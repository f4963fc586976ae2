import APIRuntime
import Foundation
import SeededRandomness
import XCTest

/// Secret values never show in masked text, whatever they hold and wherever
/// the text is cut, and the text around them is kept exactly once.
final class RedactionFuzzTests: XCTestCase {
    /// The issue's examples.
    func testEscapedQuotesAndCutValuesDoNotEndTheMask() {
        XCTAssertEqual(Redaction.maskSecrets(in: #"{"password":"ab\"cdefSECRET","page":"page"}"#),
                       #"{"password": "<redacted>","page":"page"}"#)
        XCTAssertEqual(Redaction.maskSecrets(in: #"{"note":"x","token":"ab\\"#), #"{"note":"x","token": "<redacted>""#)
        XCTAssertEqual(Redaction.maskSecrets(in: #"{"pass\u0077ord" : "hunter2", "pin": 1234}"#, keys: ["pin"]),
                       #"{"pass\u0077ord": "<redacted>", "pin": "<redacted>"}"#)
        let nested = #"{"secret":{"value":"s3","n":[1]},"pin":null,"id":"\"token\":\"x\""}"#
        XCTAssertEqual(Redaction.maskSecrets(in: nested, keys: ["pin"]),
                       #"{"secret": "<redacted>","pin":null,"id":"\"token\":\"x\""}"#)
        XCTAssertEqual(Redaction.maskSecrets(in: #"could not connect: "token" is "#), #"could not connect: "token" is "#)
    }

    private enum Kind { case plain, separator, secretValue }

    /// A document as pieces: text copied as it is, and each secret value with the separator before it.
    private struct Document {
        var pieces: [(kind: Kind, text: String)] = []
        var text: String { pieces.map(\.text).joined() }

        mutating func plain(_ text: String) { pieces.append((.plain, text)) }

        /// What masking the document's first `length` bytes must give.
        func masked(upTo length: Int) -> String {
            var output: [UInt8] = []
            var consumed = 0
            var index = 0
            while index < pieces.count, consumed < length {
                let bytes = Array(pieces[index].text.utf8)
                switch pieces[index].kind {
                case .plain, .secretValue:
                    output += bytes.prefix(length - consumed)
                    consumed += bytes.count
                case .separator:
                    // Cut before the value starts: nothing to hide yet.
                    if length - consumed <= bytes.count {
                        output += bytes.prefix(length - consumed)
                        consumed = length
                    } else {
                        output += Array(#": "<redacted>""#.utf8)
                        consumed += bytes.count + pieces[index + 1].text.utf8.count
                        index += 1
                    }
                }
                index += 1
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Secrets hold the letters Q, X and Z, which nothing else in a document holds.
    private static let secretPieces = ["Q", "X", "Z", #"\""#, #"\\"#, #"\/"#, #"\n"#, #"\u0051"#, #"\uD83D\uDE00"#, "é", #"Q\"X"#,
                                       "ZZ", " "]
    private static let plainPieces = ["a", "b", "page", " ", #"\""#, #"\\"#, #"\u0041"#, "é", "😀", ":", ",", "{", "}", "[", "]"]
    private static let plainNames = ["id", "page", "note", "items", "passwordHint1"]
    private static let secretNames = ["password", "accessToken", "refresh_token", #"pass\u0077ord"#, "x-secret", "PIN"]
    private static let markedNames = ["pin", #"\u0070in"#, "code"]
    private static let marked: Set<String> = ["pin", "code"]

    private func string(_ pieces: [String], _ random: inout SeededRandom, secret: Bool) -> String {
        "\"" + (secret ? "Q" : "") + (0..<random.below(6)).map { _ in random.pick(pieces) }.joined() + "\""
    }

    private func whitespace(_ random: inout SeededRandom) -> String {
        random.pick(["", "", " ", "  ", "\n", "\t "])
    }

    private func secretValue(_ random: inout SeededRandom) -> String {
        switch random.below(4) {
        case 0: return "[" + string(Self.secretPieces, &random, secret: true) + ", {\"a\": \"Z]}\"}]"
        case 1: return "{\"k\":" + string(Self.secretPieces, &random, secret: true) + ",\"n\":[1,{\"x\":\"X\"}]}"
        default: return string(Self.secretPieces, &random, secret: true)
        }
    }

    private func value(_ random: inout SeededRandom, depth: Int, into document: inout Document) {
        switch random.below(depth > 2 ? 3 : 5) {
        case 0: document.plain(string(Self.plainPieces, &random, secret: false))
        case 1: document.plain(random.pick(["1", "-2.5e3", "true", "false", "null", "0"]))
        case 2: document.plain(random.pick(["[]", "{}", "\"\""]))
        case 3:
            document.plain("[")
            for index in 0..<random.below(3) {
                if index > 0 { document.plain(",") }
                value(&random, depth: depth + 1, into: &document)
            }
            document.plain("]")
        default:
            object(&random, depth: depth + 1, into: &document)
        }
    }

    private func object(_ random: inout SeededRandom, depth: Int, into document: inout Document) {
        document.plain("{" + whitespace(&random))
        for index in 0..<random.int(1...5) {
            if index > 0 { document.plain("," + whitespace(&random)) }
            let separator = whitespace(&random) + ":" + whitespace(&random)
            switch random.below(4) {
            case 0:
                document.plain("\"" + random.pick(Self.secretNames) + "\"")
                document.pieces.append((.separator, separator))
                document.pieces.append((.secretValue, secretValue(&random)))
            case 1:
                document.plain("\"" + random.pick(Self.markedNames) + "\"")
                if random.chance(0.2) {
                    document.plain(separator + "null")
                } else {
                    document.pieces.append((.separator, separator))
                    let value = random.chance(0.5) ? String(random.int(0...99999)) : secretValue(&random)
                    document.pieces.append((.secretValue, value))
                }
            default:
                document.plain("\"" + random.pick(Self.plainNames) + "\"" + separator)
                value(&random, depth: depth, into: &document)
            }
        }
        document.plain(whitespace(&random) + "}")
    }

    func testRandomSecretsCutAnywhereNeverShow() {
        // APIGEN_REDACTION_FUZZ=<documents> runs a longer fuzz; every cut point of each is tried.
        let documents = ProcessInfo.processInfo.environment["APIGEN_REDACTION_FUZZ"].flatMap { Int($0) } ?? 100
        var random = SeededRandom(seed: 6)
        var cuts = 0, withSecretLetters = 0
        for round in 0..<documents {
            var document = Document()
            object(&random, depth: 0, into: &document)
            let bytes = Array(document.text.utf8)
            if document.text.contains("Q") { withSecretLetters += 1 }
            for length in 0...bytes.count {
                let masked = Redaction.maskSecrets(in: String(decoding: bytes.prefix(length), as: UTF8.self), keys: Self.marked)
                cuts += 1
                guard masked == document.masked(upTo: length), !masked.contains(where: { "QXZ".contains($0) }) else {
                    let expected = document.masked(upTo: length)
                    XCTFail("round \(round), cut at \(length):\n\(document.text)\nmasked: \(masked)\nexpected: \(expected)")
                    return
                }
            }
        }
        XCTAssertGreaterThan(cuts, documents * 40)
        XCTAssertGreaterThan(withSecretLetters, documents / 2, "most documents hold a secret string")
        print("RedactionFuzzTests: \(documents) documents, \(cuts) cuts")
    }

    func testSnippetsOfLongBodiesHideCutSecrets() {
        let body = Data((#"{"items":[1,2,3],"accessToken":""# + String(repeating: #"Q\"X"#, count: 100) + #""}"#).utf8)
        for limit in [5, 20, 30, 40, 60, 200] {
            let snippet = APIError.snippet(of: body, limit: limit)
            XCTAssertFalse(snippet.contains("Q") || snippet.contains("X"), snippet)
        }
    }
}
