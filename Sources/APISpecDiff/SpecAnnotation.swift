import APIGenerator
import APISpec

/// Adds to each change what a reviewer looks for next: the Swift symbol
/// callers touch, the operations a changed type affects, and the line of
/// the new spec.
struct SpecAnnotation {
    private let declarations: [String: SwiftDeclaration]
    private let oldDeclarations: [String: SwiftDeclaration]
    private let operationsByType: [String: [String]]
    private let lines: [String: SourceLocation]
    private let memberLines: [String: SourceLocation]

    init(old: APISpecification, new: APISpecification, oldSurface: [SwiftDeclaration], newSurface: [SwiftDeclaration]) {
        declarations = Dictionary(newSurface.map { ($0.scope, $0) }, uniquingKeysWith: { first, _ in first })
        oldDeclarations = Dictionary(oldSurface.map { ($0.scope, $0) }, uniquingKeysWith: { first, _ in first })
        var byType: [String: [String]] = [:]
        for spec in [new, old] {
            for (type, operations) in Self.operationsReaching(spec) where byType[type] == nil { byType[type] = operations }
        }
        operationsByType = byType
        // The document itself starts at the top; auth and webhooks where their objects do.
        var lines: [String: SourceLocation] = ["API": SourceLocation(line: 1, column: 1), "auth": new.auth.location]
        var memberLines: [String: SourceLocation] = [:]
        if let webhooks = new.webhooks { lines["webhooks"] = webhooks.location }
        for type in new.types {
            lines["type \(type.name)"] = type.location
            if case .object(let object) = type.kind {
                for field in object.fields { memberLines["type \(type.name)||\(field.name)"] = field.location }
            }
        }
        for operation in new.operations {
            let scope = "operation \(operation.name)"
            lines[scope] = operation.location
            for parameter in operation.parameters {
                memberLines["\(scope)|parameters|\(parameter.field.name)"] = parameter.field.location
            }
            for (place, body) in [("request body", operation.requestBody), ("response body", operation.responseBody)] {
                guard let body else { continue }
                lines["\(scope)|\(place)"] = body.location
                if case .fields(let object) = body.shape {
                    for field in object.fields { memberLines["\(scope)|\(place)|\(field.name)"] = field.location }
                }
            }
        }
        self.lines = lines
        self.memberLines = memberLines
    }

    /// `operation x request body` -> (`operation x`, `request body`).
    /// The declaration of an operation's answer headers, whose members `OperationComparison` judges.
    static let responseHeadersPlace = "response headers"

    static func split(_ declarationScope: String) -> (scope: String, place: String) {
        let places = ["request body", "response body", responseHeadersPlace]
        for place in places where declarationScope.hasSuffix(" " + place) {
            return (String(declarationScope.dropLast(place.count + 1)), place)
        }
        return (declarationScope, "")
    }

    /// The Swift declaration of a place in a scope: an inline body is a type
    /// of its own; parameters are the operation's arguments.
    static func declarationScope(_ scope: String, place: String) -> String {
        place == "request body" || place == "response body" ? "\(scope) \(place)" : scope
    }

    func annotate(_ change: SpecChange) -> SpecChange {
        var change = change
        let place = change.member.map { member in
            change.path == member ? "" : String(change.path.dropLast(member.count + 1))
        } ?? change.path
        let declarationScope = Self.declarationScope(change.scope, place: place)
        // The member as it is now, or as it was (when removed); else the declaration itself.
        let found = [declarations[declarationScope], oldDeclarations[declarationScope]].compactMap { $0 }
        change.swiftSymbol = change.member.flatMap { member in found.lazy.compactMap { $0.symbol(of: member) }.first }
            ?? found.first.map { $0.isOrdered ? $0.signature : $0.symbol }
        if change.scope.hasPrefix("type "), let operations = operationsByType[String(change.scope.dropFirst(5))], !operations.isEmpty {
            change.operations = operations
        }
        // Line 0 is a model built in code, not read from a file.
        let location = (change.member.flatMap { memberLines["\(change.scope)|\(place)|\($0)"] }
            ?? lines["\(change.scope)|\(place)"] ?? lines[change.scope]).flatMap { $0.line > 0 ? $0 : nil }
        change.line = location?.line
        change.column = location?.column
        return change
    }

    /// For each named type, the operations whose parameters or bodies hold
    /// it, directly or inside other types, in spec order.
    private static func operationsReaching(_ spec: APISpecification) -> [String: [String]] {
        let types = Dictionary(spec.types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [String: [String]] = [:]
        for operation in spec.operations {
            var references = operation.parameters.map(\.field.type) + operation.responseHeaders.map(\.type)
            for body in [operation.requestBody, operation.responseBody] {
                switch body?.shape {
                case .type(let reference)?: references.append(reference)
                case .fields(let object)?: references += object.fields.map(\.type)
                case nil: break
                }
            }
            var seen: Set<String> = []
            while let reference = references.popLast() {
                guard case .named(let name) = reference.leaf, seen.insert(name).inserted, let type = types[name] else { continue }
                result[name, default: []].append(operation.name)
                references += TypeUsage.references(of: type)
            }
        }
        return result
    }
}
