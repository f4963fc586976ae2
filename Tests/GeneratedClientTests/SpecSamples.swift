import APIRuntime
import Foundation
import XCTest

/// Reads the samples of a shipped spec (`schema/*.json`), the test vectors
/// the docs give for each operation and webhook event.
struct SpecSamples {
    struct Sample {
        let operation: String
        let title: String
        let request: Data?
        let response: Data?
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let operations: [Sample]
    let webhooks: [Sample]

    init(spec file: String) throws {
        let data = try Data(contentsOf: Self.packageRoot.appendingPathComponent("schema/\(file)"))
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        func json(_ value: Any?) throws -> Data? {
            guard let value else { return nil }
            return try JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed])
        }
        var operations: [Sample] = []
        for operation in document["operations"] as? [[String: Any]] ?? [] {
            let name = try XCTUnwrap(operation["name"] as? String)
            for sample in operation["samples"] as? [[String: Any]] ?? [] {
                operations.append(Sample(operation: name, title: sample["title"] as? String ?? "", request: try json(sample["request"]),
                                         response: try json(sample["response"])))
            }
        }
        self.operations = operations
        let hooks = (document["webhooks"] as? [String: Any])?["samples"] as? [[String: Any]] ?? []
        self.webhooks = try hooks.map { Sample(operation: "webhook", title: $0["title"] as? String ?? "", request: nil, response: try json($0["payload"])) }
    }
}

/// The request and response types of one operation, as the test knows them.
struct Coders {
    let request: (any Codable.Type)?
    let response: (any Codable.Type)?

    init(request: (any Codable.Type)? = nil, response: (any Codable.Type)? = nil) {
        self.request = request
        self.response = response
    }
}

/// Decodes `data` as `type` with the runtime's coders and encodes it again,
/// holding the runtime's own decoder and encoder to Foundation's on the way.
func roundTrip<Value: Codable>(_ type: Value.Type, _ data: Data, file: StaticString = #filePath, line: UInt = #line) throws -> Data {
    let value = try JSONCoding.decode(Value.self, from: data)
    let encoded = try JSONCoding.encode(value)
    let foundationValue = try JSONCoding.decoder.decode(Value.self, from: data)
    XCTAssertEqual(String(decoding: encoded, as: UTF8.self), String(decoding: try JSONCoding.encode(foundationValue), as: UTF8.self),
                   "\(Value.self) decoded by the runtime and by Foundation", file: file, line: line)
    let foundation = try JSONCoding.encoder.encode(value)
    XCTAssertEqual(String(decoding: encoded, as: UTF8.self), String(decoding: foundation, as: UTF8.self), "\(Value.self)", file: file, line: line)
    return encoded
}

/// Equality of two JSON documents as values: key order and `15` vs `15.0`
/// do not matter.
func assertJSONEqual(_ actual: Data, _ expected: Data, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
    let lhs = try? JSONSerialization.jsonObject(with: actual, options: [.fragmentsAllowed]) as? NSObject
    let rhs = try? JSONSerialization.jsonObject(with: expected, options: [.fragmentsAllowed]) as? NSObject
    if lhs == nil || lhs != rhs {
        XCTFail("\(message)\n  got:      \(String(decoding: actual, as: UTF8.self))\n  expected: \(String(decoding: expected, as: UTF8.self))",
                file: file, line: line)
    }
}
