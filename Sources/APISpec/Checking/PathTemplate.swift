/// An operation's path read by its grammar, which is what the runtime
/// fills in (`APIRequest` puts each path parameter, escaped, in place of
/// `{name}`, and sends the rest as it is):
///
///     template    = "/" *( literal / placeholder )
///     literal     = any character but "{" "}" "?" "#"
///     placeholder = "{" name "}"
///     name        = 1*( any character but "{" "}" "/" "?" "#" )
///
/// Each name appears once. A query belongs in parameters `"in": "query"`,
/// and a fragment is never sent. What breaks the grammar is a `Problem`;
/// the placeholders are read even then, so that lint reports every problem.
public struct PathTemplate: Sendable, Hashable {
    public enum Problem: Sendable, Hashable {
        case notAbsolute
        /// A `{` with no `}` after it.
        case unclosedBrace
        /// A `}` with no `{` before it.
        case unopenedBrace
        /// A `{` inside a placeholder (`{{id}}`).
        case nestedBrace
        /// `{}`, or a name with `/`, `?` or `#`.
        case malformedPlaceholder(String)
        case duplicatePlaceholder(String)
        /// A `?` or `#` outside placeholders.
        case query
        case fragment
    }

    public let text: String
    /// The names of the well-formed placeholders, in order, each once.
    public private(set) var placeholders: [String] = []
    /// In the order found; each kind once, but each name of a malformed or repeated placeholder.
    public private(set) var problems: [Problem] = []

    public init(_ text: String) {
        self.text = text
        if !text.hasPrefix("/") { note(.notAbsolute) }
        var name: String?
        for character in text {
            switch (character, name) {
            case ("{", nil): name = ""
            case ("{", .some): note(.nestedBrace)
            case ("}", nil): note(.unopenedBrace)
            case ("}", .some(let placeholder)):
                close(placeholder)
                name = nil
            case (_, nil) where character == "?": note(.query)
            case (_, nil) where character == "#": note(.fragment)
            case (_, nil): break
            case (_, .some(let placeholder)): name = placeholder + String(character)
            }
        }
        if name != nil { note(.unclosedBrace) }
    }

    /// The route as the server sees it: every placeholder alike, so that
    /// `/users/{id}` and `/users/{userId}` are one route.
    public var shape: String {
        var shape = ""
        var inside = false
        for character in text {
            switch character {
            case "{":
                inside = true
                shape += "{}"
            case "}": inside = false
            default: if !inside { shape.append(character) }
            }
        }
        return shape
    }

    private mutating func close(_ name: String) {
        if name.isEmpty || name.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) {
            note(.malformedPlaceholder(name))
        } else if placeholders.contains(name) {
            note(.duplicatePlaceholder(name))
        } else {
            placeholders.append(name)
        }
    }

    private mutating func note(_ problem: Problem) {
        if !problems.contains(problem) { problems.append(problem) }
    }
}
