/// A path into the spec document such as `types[2].fields[0].maxLength`.
///
/// Paths are made for every node the reader visits but read only for
/// diagnostics, so a path is a chain of steps and its components and text
/// are built on demand.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    /// One step: a member of an object or an element of an array.
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    private final class Step: Sendable {
        let parent: Step?
        let component: Component

        init(parent: Step?, component: Component) {
            self.parent = parent
            self.component = component
        }
    }

    private let last: Step?

    public static let root = JSONPath(last: nil)

    private init(last: Step?) {
        self.last = last
    }

    public init(_ components: [Component]) {
        var path = JSONPath.root
        for component in components {
            switch component {
            case .key(let key): path = path.key(key)
            case .index(let index): path = path.index(index)
            }
        }
        self = path
    }

    public func key(_ key: String) -> JSONPath {
        JSONPath(last: Step(parent: last, component: .key(key)))
    }

    public func index(_ index: Int) -> JSONPath {
        JSONPath(last: Step(parent: last, component: .index(index)))
    }

    /// The steps from the document's root; empty for the root itself.
    public var components: [Component] {
        var steps: [Component] = []
        var step = last
        while let current = step {
            steps.append(current.component)
            step = current.parent
        }
        return steps.reversed()
    }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += key
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }

    public static func == (lhs: JSONPath, rhs: JSONPath) -> Bool { lhs.components == rhs.components }
    public func hash(into hasher: inout Hasher) { hasher.combine(components) }
}
