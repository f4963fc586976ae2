import APIGenerator

/// Changes in what calling code compiles against that the spec's own keys
/// do not show: arguments in a new order (a field moved in the docs'
/// table), members whose Swift names change.
enum SignatureComparison {
    static func compare(_ old: [SwiftDeclaration], _ new: [SwiftDeclaration]) -> [SpecChange] {
        let before = Dictionary(old.map { ($0.scope, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [SpecChange] = []
        for declaration in new {
            guard let previous = before[declaration.scope] else { continue }
            let (scope, place) = SpecAnnotation.split(declaration.scope)
            // A header's member is judged with the header (`responseHeader.changed`), once.
            guard place != SpecAnnotation.responseHeadersPlace else { continue }
            let oldNames = Dictionary(previous.members.map { ($0.wireName, $0.swiftName) }, uniquingKeysWith: { first, _ in first })
            for member in declaration.members {
                guard let oldName = oldNames[member.wireName], oldName != member.swiftName else { continue }
                changes.append(SpecChange(.breaking, scope: scope, kind: "swift.name.changed",
                                          path: place.isEmpty ? member.wireName : "\(place).\(member.wireName)",
                                          summary: "\(code(member.wireName)) is \(code(member.swiftName)) in Swift, was \(code(oldName))",
                                          reason: "code that names \(code(oldName)) no longer compiles", member: member.wireName))
            }
            guard declaration.isOrdered else { continue }
            let kept = Set(previous.members.map(\.wireName)).intersection(declaration.members.map(\.wireName))
            let oldOrder = previous.members.map(\.wireName).filter(kept.contains), newOrder = declaration.members.map(\.wireName).filter(kept.contains)
            if oldOrder != newOrder {
                changes.append(SpecChange(.breaking, scope: scope, kind: "swift.arguments.reordered", path: place,
                                          summary: "\(code(previous.signature)) → \(code(declaration.signature))",
                                          reason: "Swift arguments go in declaration order: calls written in the old order no longer compile"))
            }
        }
        return changes
    }
}
