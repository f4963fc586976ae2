import APIGenerator
import APISpec

/// Every difference between two versions of a spec, each judged breaking or
/// not for code that calls the generated client. Pure: no file access.
public enum SpecDiff {
    public static func compare(_ old: APISpecification, _ new: APISpecification) -> [SpecChange] {
        let oldSurface = Resolver.swiftSurface(of: old) ?? [], newSurface = Resolver.swiftSurface(of: new) ?? []
        let names = SwiftNames(old: oldSurface, new: newSurface)
        var changes = compareAPI(old, new)
        changes += compareOperations(old, new, names: names)
        changes += compareTypes(old, new, names: names)
        changes += compareWebhooks(old.webhooks, new.webhooks)
        // A Swift name that follows a changed `swiftName` is reported once, as that.
        let renamedByHand = Set(changes.filter { $0.kind == "field.swiftName.changed" }.map { "\($0.scope)|\($0.path)" })
        changes += SignatureComparison.compare(oldSurface, newSurface).filter { !renamedByHand.contains("\($0.scope)|\($0.path)") }
        let annotation = SpecAnnotation(old: old, new: new, oldSurface: oldSurface, newSurface: newSurface)
        return changes.map(annotation.annotate)
    }

    private static func compareAPI(_ old: APISpecification, _ new: APISpecification) -> [SpecChange] {
        var changes: [SpecChange] = []
        if old.name != new.name {
            changes.append(SpecChange(.breaking, scope: "API", kind: "api.renamed", summary: "name \(code(old.name)) → \(code(new.name))",
                                      reason: "the module and client type are named after the API"))
        }
        if old.baseURL != new.baseURL {
            changes.append(SpecChange(.nonBreaking, scope: "API", kind: "api.baseURL.changed", summary: "base URL \(code(old.baseURL)) → \(code(new.baseURL))",
                                      reason: "clients made with the default server call the new address"))
        }
        let (a, b) = (old.auth, new.auth)
        if a.kind != b.kind {
            changes.append(SpecChange(.breaking, scope: "auth", kind: "auth.scheme.changed", summary: "scheme \(code(a.kind.rawValue)) → \(code(b.kind.rawValue))",
                                      reason: "the client's initializers and credentials change"))
        } else if a.header != b.header || a.tokenOperation != b.tokenOperation || a.tokenField != b.tokenField || a.expiryField != b.expiryField
                    || a.endpointField != b.endpointField || a.refreshTokenField != b.refreshTokenField {
            changes.append(SpecChange(.nonBreaking, scope: "auth", kind: "auth.details.changed", summary: "how tokens are obtained or sent changed",
                                      reason: "the client follows; its initializers stay"))
        }
        return changes
    }

    private static func compareOperations(_ old: APISpecification, _ new: APISpecification,
                                          names: SwiftNames) -> [SpecChange] {
        var changes: [SpecChange] = []
        let newNames = Set(new.operations.map(\.name)), oldNames = Set(old.operations.map(\.name))
        var removed = old.operations.filter { !newNames.contains($0.name) }
        var pairs: [(Operation, Operation)] = []
        let oldByName = Dictionary(old.operations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for operation in new.operations {
            if let before = oldByName[operation.name] {
                pairs.append((before, operation))
            } else if let index = removed.firstIndex(where: {
                $0.method == operation.method && endpointKey($0.path) == endpointKey(operation.path)
                    && $0.routeVariant == operation.routeVariant
            }) {
                let before = removed.remove(at: index)
                changes.append(SpecChange(.breaking, scope: "operation \(operation.name)", kind: "operation.renamed",
                                          summary: "renamed from \(code(before.name)) (\(code("\(operation.method.rawValue) \(operation.path)")))",
                                          reason: "code that calls \(code(before.name)) no longer compiles"))
                pairs.append((before, operation))
            }
        }
        for operation in removed {
            changes.append(SpecChange(.breaking, scope: "operation \(operation.name)", kind: "operation.removed",
                                      summary: "removed (\(code("\(operation.method.rawValue) \(operation.path)")))", reason: "code that calls it no longer compiles"))
        }
        let renamedTo = Set(pairs.filter { $0.0.name != $0.1.name }.map(\.1.name))
        for operation in new.operations where !oldNames.contains(operation.name) && !renamedTo.contains(operation.name) {
            changes.append(SpecChange(.nonBreaking, scope: "operation \(operation.name)", kind: "operation.added",
                                      summary: "added (\(code("\(operation.method.rawValue) \(operation.path)")))", reason: "a new function; existing code is unaffected"))
        }
        for (before, after) in pairs {
            var comparison = OperationComparison(names: names)
            comparison.compare(before, after)
            changes += comparison.changes
        }
        return changes
    }

    /// A path with its placeholders blanked: `/groups/{groupId}` and `/groups/{id}` are one endpoint.
    private static func endpointKey(_ path: String) -> String {
        var key = "", inside = false
        for character in path {
            if character == "{" { inside = true; key += "{}" } else if character == "}" { inside = false } else if !inside { key.append(character) }
        }
        return key
    }

    private static func compareTypes(_ old: APISpecification, _ new: APISpecification, names: SwiftNames) -> [SpecChange] {
        var changes: [SpecChange] = []
        let oldUsage = TypeUsage(old), newUsage = TypeUsage(new)
        let oldTypes = Dictionary(old.types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newNames = Set(new.types.map(\.name))
        for type in old.types where !newNames.contains(type.name) {
            changes.append(SpecChange(.breaking, scope: "type \(type.name)", kind: "type.removed", summary: "removed",
                                      reason: "code that names the Swift type no longer compiles"))
        }
        for type in new.types {
            guard let before = oldTypes[type.name] else {
                changes.append(SpecChange(.nonBreaking, scope: "type \(type.name)", kind: "type.added", summary: "added (\(TypeComparison.kindName(type)))",
                                          reason: "a new Swift type; existing code is unaffected"))
                continue
            }
            let direction = newUsage.direction(of: type.name).merged(with: oldUsage.direction(of: type.name))
            var comparison = TypeComparison(direction: direction, names: names)
            comparison.compare(before, type)
            changes += comparison.changes
        }
        return changes
    }

    private static func compareWebhooks(_ old: Webhooks?, _ new: Webhooks?) -> [SpecChange] {
        switch (old, new) {
        case (nil, nil):
            return []
        case (nil, .some):
            return [SpecChange(.nonBreaking, scope: "webhooks", kind: "webhooks.added", summary: "webhook events added",
                               reason: "a new receiver type; existing code is unaffected")]
        case (.some, nil):
            return [SpecChange(.breaking, scope: "webhooks", kind: "webhooks.removed", summary: "webhook events removed",
                               reason: "code that uses the receiver type no longer compiles")]
        case (let a?, let b?):
            var changes: [SpecChange] = []
            if a.payload != b.payload {
                changes.append(SpecChange(.breaking, scope: "webhooks", kind: "webhooks.payload.changed", summary: "payload \(code("\(a.payload)")) → \(code("\(b.payload)"))",
                                          reason: "decoded events have another Swift type"))
            }
            for (name, before, after) in [("token header", a.tokenHeader, b.tokenHeader), ("validation parameter", a.validationParameter, b.validationParameter)]
            where before != after {
                let removed = after == nil
                changes.append(SpecChange(removed ? .breaking : .nonBreaking, scope: "webhooks", kind: "webhooks.\(name == "token header" ? "tokenHeader" : "validationParameter").changed",
                                          summary: "\(name) \(code(before ?? "none")) → \(code(after ?? "none"))",
                                          reason: removed ? "the receiver's helper for it is gone" : "the receiver follows; calling code is unchanged"))
            }
            return changes
        }
    }
}
