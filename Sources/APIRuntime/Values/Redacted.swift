/// Shows `<redacted>` in place of a secret in descriptions and dumps;
/// generated types with fields marked secret describe themselves with it.
public struct Redacted: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What a secret value's place shows.
    public static let value = Redacted()

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }

    /// `Type(name: "value", secret: <redacted>)`, from the value's mirror.
    public static func description<Subject>(of subject: Subject) -> String {
        let mirror = Mirror(reflecting: subject)
        let fields = mirror.children.map { child in
            "\(child.label ?? "_"): \(String(reflecting: child.value))"
        }
        return "\(Subject.self)(\(fields.joined(separator: ", ")))"
    }
}
