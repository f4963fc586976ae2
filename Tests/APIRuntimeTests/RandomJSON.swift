import APIRuntime
import SeededRandomness

/// Random JSON values for the tests that hold the runtime's coders to Foundation's.
enum RandomJSON {
    static func text(_ random: inout SeededRandom) -> String {
        let pieces = ["a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\u{01}", "é", "e\u{301}", "😀", "\u{2028}", "key", "ü"]
        return (0..<random.below(6)).map { _ in pieces[random.below(pieces.count)] }.joined()
    }

    static func value(_ random: inout SeededRandom, depth: Int = 0) -> JSONValue {
        switch random.below(depth > 3 ? 5 : 7) {
        case 0: return .null
        case 1: return .bool(random.below(2) == 0)
        case 2: return .integer(Int64(bitPattern: random.next()) >> Int64(random.below(64)))
        case 3: return .number([0.5, -1.25, 1e-7, 3.14159, 1e300, -0.0, 123456.789][random.below(7)])
        case 4: return .string(text(&random))
        case 5: return .array((0..<random.below(4)).map { _ in value(&random, depth: depth + 1) })
        default:
            var members: [String: JSONValue] = [:]
            for _ in 0..<random.below(5) { members[text(&random)] = value(&random, depth: depth + 1) }
            return .object(members)
        }
    }
}
