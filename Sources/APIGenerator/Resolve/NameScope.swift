import ResolvedAPI
import APISpec

/// One place where Swift names must be distinct: the module's types, the
/// members of one type, the cases of one enum, the arguments of one
/// function. A name the scope reserves (a keyword that cannot be escaped
/// there, or something the generated code declares itself) gets a `_`
/// suffix; two spec names that end up as one Swift name are a located error
/// naming both.
struct NameScope {
    /// Who asks for a name, for the collision message.
    struct Owner {
        /// `field 'template_uuid'`, `type 'Group'`.
        var what: String
        var location: SourceLocation
        var path: JSONPath
        /// A spec name the checker already reports when repeated (a field,
        /// type, operation or enum value): its duplicate is not blamed twice.
        var isCheckedForDuplicates = false
    }

    let description: String
    private let reserved: Set<String>
    /// The module's type names, which a member must not shadow; shared, not
    /// copied, by every scope.
    private let typeNames: Set<String>
    /// File names must differ in more than letter case (macOS and Windows).
    private let ignoresCase: Bool
    /// By key (the name, folded when case is ignored): who took it, as which name.
    private var taken: [String: (owner: Owner, name: String)] = [:]

    init(_ description: String, reserved: Set<String>, typeNames: Set<String> = [], ignoresCase: Bool = false) {
        self.description = description
        self.reserved = reserved
        self.typeNames = typeNames
        self.ignoresCase = ignoresCase
    }

    /// The final name for `proposed`; on a collision the name is still
    /// returned (so that resolution goes on) and an error is recorded.
    mutating func claim(_ proposed: String, by owner: Owner, into diagnostics: inout DiagnosticSink) -> String {
        var name = proposed
        while reserved.contains(name) || typeNames.contains(name) { name += "_" }
        if let (other, otherName) = taken[key(name)] {
            // The same spec name twice is a duplicate, which the checker reports.
            guard !(owner.isCheckedForDuplicates && other.isCheckedForDuplicates && other.what == owner.what) else { return name }
            let citesLine = diagnostics.citesLines && other.location.line > 0 && other.path != .root
            let place = citesLine ? " (line \(other.location.line))" : ""
            let both = "\(owner.what) and \(other.what)\(place)"
            if otherName == name {
                diagnostics.error(.nameCollision, "\(both) would both be '\(name)' among \(description)",
                                  at: owner.location, owner.path)
            } else {
                // Distinct Swift names, but one file where case is folded.
                diagnostics.error(.fileNameCaseCollision, "\(both) would be '\(name)' and '\(otherName)' among \(description), "
                                  + "one file on file systems that ignore case", at: owner.location, owner.path)
            }
        } else {
            taken[key(name)] = (owner, name)
        }
        return name
    }

    /// Case-insensitive file systems may fold more than `lowercased()` does
    /// (`ß` and `SS`): upper-casing first folds those too, erring on the safe side.
    private func key(_ name: String) -> String {
        ignoresCase ? name.uppercased().lowercased() : name
    }

    /// Claims a name the generated code itself declares.
    mutating func claimGenerated(_ name: String, what: String) {
        taken[key(name)] = (Owner(what: what, location: SourceLocation(line: 1, column: 1), path: .root), name)
    }

    func isTaken(_ name: String) -> Bool {
        taken[key(name)] != nil || reserved.contains(name) || typeNames.contains(name)
    }
}
