import APIRuntime
import Foundation
import XCTest

/// What decoding gave: a value, or an error's kind and coding path, for
/// comparing the runtime's decoder with Foundation's.
enum DecodingOutcome: Equatable {
    case value(AnyHashable)
    case failure(kind: String, path: String)

    static func of<Value: Hashable>(_ decode: () throws -> Value) -> DecodingOutcome {
        do {
            return .value(AnyHashable(try decode()))
        } catch let error as DecodingError {
            func path(_ keys: [any CodingKey]) -> String {
                keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            }
            switch error {
            case .typeMismatch(_, let context): return .failure(kind: "typeMismatch", path: path(context.codingPath))
            case .valueNotFound(_, let context): return .failure(kind: "valueNotFound", path: path(context.codingPath))
            case .keyNotFound(let key, let context): return .failure(kind: "keyNotFound", path: path(context.codingPath + [key]))
            case .dataCorrupted(let context): return .failure(kind: "dataCorrupted", path: path(context.codingPath))
            @unknown default: return .failure(kind: "\(error)", path: "")
            }
        } catch {
            return .failure(kind: "\(error)", path: "")
        }
    }

    static func runtime<Value: Decodable & Hashable>(_ type: Value.Type, _ data: Data) -> DecodingOutcome {
        of { try JSONCoding.decodeValue(Value.self, from: data) }
    }

    static func foundation<Value: Decodable & Hashable>(_ type: Value.Type, _ data: Data) -> DecodingOutcome {
        of { try JSONCoding.decoder.decode(Value.self, from: data) }
    }

    var isValue: Bool {
        if case .value = self { return true }
        return false
    }
}

/// Asserts that the runtime decodes each body as Foundation does.
func assertDecodesAsFoundation<Value: Decodable & Hashable>(_ type: Value.Type, _ bodies: [Data], _ label: (Data) -> String,
                                                            file: StaticString = #filePath, line: UInt = #line) {
    for body in bodies {
        XCTAssertEqual(DecodingOutcome.runtime(Value.self, body), DecodingOutcome.foundation(Value.self, body),
                       "\(label(body)) as \(Value.self)", file: file, line: line)
    }
}
