import APIRuntime
import Foundation
import XCTest

/// Hand-written `encode(to:)` may use containers in any order Foundation's
/// encoder allows; the runtime's encoder writes the same bytes for each.
final class HandWrittenEncodingTests: XCTestCase {
    private func assertSameBytes<Value: Encodable>(_ value: Value, file: StaticString = #filePath, line: UInt = #line) {
        do {
            let ours = String(decoding: try JSONCoding.encode(value), as: UTF8.self)
            let foundation = String(decoding: try JSONCoding.encoder.encode(value), as: UTF8.self)
            XCTAssertEqual(ours, foundation, "\(Value.self)", file: file, line: line)
        } catch {
            XCTFail("\(error)", file: file, line: line)
        }
    }

    private enum Keys: String, CodingKey { case a, b, c, z }

    /// A subclass's members beside its superclass's, the superclass's under "super".
    private class Base: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("base z", forKey: .z)
            try container.encode(1, forKey: .a)
        }
    }

    private final class Derived: Base {
        override func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(2, forKey: .b)
            try super.encode(to: container.superEncoder())
            try container.encode([3], forKey: .c)
        }
    }

    private struct SuperForKeyWithList: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var list = container.superEncoder(forKey: .b).unkeyedContainer()
            try list.encode(1)
            var inner = list.nestedContainer(keyedBy: Keys.self)
            try inner.encode(true, forKey: .z)
            try container.encode("after", forKey: .a)
        }
    }

    private struct SuperInList: Encodable {
        func encode(to encoder: any Encoder) throws {
            var list = encoder.unkeyedContainer()
            try list.encode("first")
            var object = list.superEncoder().container(keyedBy: Keys.self)
            try object.encode(5, forKey: .z)
            try object.encode(6, forKey: .a)
            try list.encode("last")
        }
    }

    /// Two nested containers opened, then filled in turn.
    private struct NestedInTurn: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var first = container.nestedContainer(keyedBy: Keys.self, forKey: .a)
            var second = container.nestedContainer(keyedBy: Keys.self, forKey: .b)
            try first.encode(1, forKey: .z)
            try second.encode(2, forKey: .z)
            try first.encode(3, forKey: .a)
            var lists = container.nestedUnkeyedContainer(forKey: .c)
            var one = lists.nestedUnkeyedContainer()
            var two = lists.nestedUnkeyedContainer()
            try two.encode("2a")
            try one.encode("1a")
            try two.encode("2b")
        }
    }

    /// A nested container written after its parent wrote another member.
    private struct NestedAfterParent: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var nested = container.nestedContainer(keyedBy: Keys.self, forKey: .b)
            try container.encode("parent", forKey: .a)
            try nested.encode("late", forKey: .z)
            var list = container.nestedUnkeyedContainer(forKey: .c)
            try container.encode("again", forKey: .z)
            try list.encode(1)
        }
    }

    /// A value inside a value, whose containers are used after the inner value is done.
    private struct Holder: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(NestedAfterParent(), forKey: .b)
            try container.encode([NestedInTurn(), NestedInTurn()], forKey: .a)
            try container.encode(Derived(), forKey: .c)
        }
    }

    func testSuperEncodersWriteTheirContainersWhole() {
        assertSameBytes(Derived())
        assertSameBytes([Derived(), Derived()])
        assertSameBytes(SuperForKeyWithList())
        assertSameBytes(SuperInList())
        assertSameBytes(["x": SuperInList()])
    }

    func testContainersWrittenOutOfOrderMatchFoundation() {
        assertSameBytes(NestedInTurn())
        assertSameBytes(NestedAfterParent())
        assertSameBytes(Holder())
        assertSameBytes([Holder()])
    }

    /// Counts the calls of its `encode(to:)`, which writes `inner`.
    private struct Counted<Inner: Encodable>: Encodable {
        let inner: Inner
        let calls: CallCount

        func encode(to encoder: any Encoder) throws {
            calls.count += 1
            try inner.encode(to: encoder)
        }
    }

    private final class CallCount: @unchecked Sendable {
        var count = 0
    }

    func testOnlyValuesWrittenOutOfOrderAreEncodedAgainByFoundation() throws {
        let orderly = Counted(inner: ["b": [Derived()], "a": [Derived(), Derived()]], calls: CallCount())
        _ = try JSONCoding.encode(orderly)
        XCTAssertEqual(orderly.calls.count, 1, "streamed in one pass")
        let disorderly = Counted(inner: Holder(), calls: CallCount())
        _ = try JSONCoding.encode(disorderly)
        XCTAssertEqual(disorderly.calls.count, 2, "streamed, found out of order, then encoded by Foundation")
    }
}
