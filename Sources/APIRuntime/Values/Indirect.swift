/// Storage for a property whose type holds the property's own type again (`Node.parent: Node?`, or `Comment.reply`
/// holding a `Thread` that holds a `Comment`): a struct cannot hold itself inline, so generated code keeps such a
/// value in a box on the heap, shared between copies until one of them is changed. The property reads and writes as
/// its plain type; only its declaration says `@Indirect`.
@propertyWrapper
public struct Indirect<Value> {
    private var box: Box

    public init(wrappedValue: Value) {
        box = Box(wrappedValue)
    }

    public var wrappedValue: Value {
        get { box.value }
        // A new box rather than a changed one: copies made before keep their value.
        set { box = Box(newValue) }
    }

    /// Immutable once made, so copies may share it, and threads too when the value may cross them.
    private final class Box: @unchecked Sendable {
        let value: Value

        init(_ value: Value) {
            self.value = value
        }
    }
}

extension Indirect: Sendable where Value: Sendable {}

extension Indirect: Equatable where Value: Equatable {
    public static func == (lhs: Indirect, rhs: Indirect) -> Bool {
        lhs.wrappedValue == rhs.wrappedValue
    }
}

extension Indirect: Hashable where Value: Hashable {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(wrappedValue)
    }
}
