import APISpec

/// Compares two versions of one operation: endpoint, auth, parameters,
/// request and response bodies, documented statuses.
struct OperationComparison {
    let names: SwiftNames
    private(set) var changes: [SpecChange] = []

    mutating func compare(_ old: Operation, _ new: Operation) {
        let scope = "operation \(new.name)"
        if old.method != new.method || old.path != new.path {
            changes.append(SpecChange(.nonBreaking, scope: scope, kind: "operation.endpoint.changed",
                                      summary: "endpoint \(code("\(old.method.rawValue) \(old.path)")) → \(code("\(new.method.rawValue) \(new.path)"))",
                                      reason: "the regenerated client calls the new endpoint; calling code is unchanged"))
        }
        if old.group != new.group {
            changes.append(SpecChange(.nonBreaking, scope: scope, kind: "operation.group.changed", summary: "group \(code(old.group)) → \(code(new.group))",
                                      reason: "the function moves to another file of the same client"))
        }
        if old.isAuthenticated != new.isAuthenticated {
            changes.append(new.isAuthenticated
                ? SpecChange(.breaking, scope: scope, kind: "auth.required", summary: "now needs an access token",
                             reason: "a client made without credentials can no longer call it")
                : SpecChange(.nonBreaking, scope: scope, kind: "auth.dropped", summary: "no longer needs an access token",
                             reason: "clients with credentials still work"))
        }
        var parameters = FieldComparison(scope: scope, direction: .request, names: names)
        parameters.compare(old.parameters.map(\.field), new.parameters.map(\.field), at: "parameters")
        changes += parameters.changes
        for parameter in new.parameters {
            let oldName = parameters.renamedFrom[parameter.field.name] ?? parameter.field.name
            guard let before = old.parameters.first(where: { $0.field.name == oldName }) else { continue }
            if (before.style ?? .repeated) != (parameter.style ?? .repeated) {
                changes.append(SpecChange(.nonBreaking, scope: scope, kind: "parameter.style.changed", path: "parameters.\(parameter.field.name)",
                                          summary: "\(code(parameter.field.name)) is sent \(code((before.style ?? .repeated).rawValue)) → \(code((parameter.style ?? .repeated).rawValue))",
                                          reason: "only the query's wire format changes; the client follows", member: parameter.field.name))
            }
            guard before.location != parameter.location else { continue }
            changes.append(SpecChange(.nonBreaking, scope: scope, kind: "parameter.location.changed", path: "parameters.\(parameter.field.name)",
                                      summary: "\(code(parameter.field.name)) moves from \(before.location.rawValue) to \(parameter.location.rawValue)",
                                      reason: "the client follows; the argument stays"))
        }
        // Where the spec writes it is not what it says: a line added above moves it.
        func placeless(_ pagination: Pagination?) -> Pagination? {
            pagination.map { var copy = $0; copy.location = SourceLocation(line: 0, column: 0); return copy }
        }
        if placeless(old.pagination) != placeless(new.pagination) {
            let (impact, summary, reason): (SpecChange.Impact, String, String)
            switch (old.pagination, new.pagination) {
            case (nil, _): (impact, summary, reason) = (.nonBreaking, "now pages", "new functions walk every page and every item")
            case (_, nil): (impact, summary, reason) = (.breaking, "no longer pages", "the functions that walk every page and item are gone")
            default: (impact, summary, reason) = (.nonBreaking, "pages another way", "the walking functions follow; their signatures stay")
            }
            changes.append(SpecChange(impact, scope: scope, kind: "operation.pagination.changed", summary: summary, reason: reason))
        }
        compareRequestBody(old.requestBody, new.requestBody, scope: scope)
        compareResponseBody(old.responseBody, new.responseBody, scope: scope)
        let oldStatuses = [StatusCode.exact(old.successStatus)] + old.statuses.map(\.code)
        let newStatuses = [StatusCode.exact(new.successStatus)] + new.statuses.map(\.code)
        // Answers that give nil, added, removed or marked, change the result: `operation.emptyAnswer.changed` says how.
        func plain(_ operation: Operation) -> [StatusCode] { operation.statuses.filter { !$0.isEmptyAnswer }.map(\.code) }
        if oldStatuses != newStatuses, old.successStatus != new.successStatus || plain(old) != plain(new) {
            func list(_ codes: [StatusCode]) -> String { code(codes.map(\.description).joined(separator: ", ")) }
            changes.append(SpecChange(.nonBreaking, scope: scope, kind: "operation.statuses.changed",
                                      summary: "documented statuses \(list(oldStatuses)) → \(list(newStatuses))",
                                      reason: "a status without a body type only documents an answer; calls are unchanged"))
        }
        compareErrorBodies(old.statuses, new.statuses, scope: scope)
        compareEmptyAnswers(old, new, scope: scope)
        compareResponseHeaders(old.responseHeaders, new.responseHeaders, scope: scope,
                               oldScope: "operation \(old.name)")
    }

    /// The answer's headers, matched by name without case as the wire compares them; judged by the struct's members,
    /// which callers name (another spelling of one header can rename its member).
    private mutating func compareResponseHeaders(_ old: [Field], _ new: [Field], scope: String, oldScope: String) {
        func byName(_ headers: [Field]) -> [String: Field] {
            Dictionary(headers.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        }
        let (before, after) = (byName(old), byName(new))
        // The old client's struct is its operation's by the old name (a renamed operation's too).
        let declaration = scope + " " + SpecAnnotation.responseHeadersPlace
        let oldDeclaration = oldScope + " " + SpecAnnotation.responseHeadersPlace
        func change(_ impact: SpecChange.Impact, _ kind: String, _ header: Field, _ summary: String, _ reason: String) {
            changes.append(SpecChange(impact, scope: scope, kind: kind, path: "responseHeaders.\(header.name)",
                                      summary: "answer header \(code(header.name))" + summary, reason: reason))
        }
        for header in new where before[header.name.lowercased()] == nil {
            change(.nonBreaking, "responseHeader.added", header, " added",
                   "a new member of the headers struct; code that reads the others is unaffected")
        }
        for header in old {
            guard let now = after[header.name.lowercased()] else {
                change(.breaking, "responseHeader.removed", header, " removed",
                       "code that reads its member no longer compiles")
                continue
            }
            var what: [String] = []
            if now.type != header.type {
                what.append("type \(code(header.type.description)) → \(code(now.type.description))")
            }
            if now.isOptional != header.isOptional { what.append(now.isOptional ? "now optional" : "now required") }
            let member = names.name(of: header.name, in: oldDeclaration, before: true)
            let renamed = names.name(of: now.name, in: declaration, before: false)
            if let member, let renamed, member != renamed {
                what.append("member \(code(member)) → \(code(renamed))")
            } else if member == nil || renamed == nil, now.swiftName != header.swiftName {
                // A spec that does not resolve has no members to compare: its Swift names are.
                what.append("Swift name \(code(header.swiftName ?? "none")) → \(code(now.swiftName ?? "none"))")
            }
            guard !what.isEmpty else { continue }
            change(.breaking, "responseHeader.changed", header, ": " + what.joined(separator: ", "),
                   "the member's type or name changes; code that reads it must follow")
        }
    }

    /// Statuses that give nil: a JSON answer's result turns optional with the first and plain with the last.
    private mutating func compareEmptyAnswers(_ old: Operation, _ new: Operation, scope: String) {
        let (before, after) = (old.emptyAnswerStatuses, new.emptyAnswerStatuses)
        guard before != after else { return }
        func list(_ codes: [Int]) -> String { codes.isEmpty ? "none" : code(codes.map(String.init).joined(separator: ", ")) }
        let summary = "answers that give nil: \(list(before)) → \(list(after))"
        if before.isEmpty != after.isEmpty, new.responseBody != nil {
            let turns = after.isEmpty ? "is no longer" : "becomes"
            changes.append(SpecChange(.breaking, scope: scope, kind: "operation.emptyAnswer.changed", summary: summary,
                                      reason: "the function's result \(turns) optional; code that reads it must follow"))
        } else {
            changes.append(SpecChange(.nonBreaking, scope: scope, kind: "operation.emptyAnswer.changed", summary: summary,
                                      reason: "the function's signature stays; it gives nil on other answers"))
        }
    }

    /// A status whose body gains, loses or changes its type: such errors arrive as `.answered` with another
    /// body, or as `.status`, so code that catches them must follow.
    private mutating func compareErrorBodies(_ old: [Status], _ new: [Status], scope: String) {
        func bodies(_ statuses: [Status]) -> [StatusCode: TypeReference] {
            let typed = statuses.compactMap { status in status.type.map { (status.code, $0) } }
            return Dictionary(typed, uniquingKeysWith: { first, _ in first })
        }
        let (before, after) = (bodies(old), bodies(new))
        for status in Set(before.keys).union(after.keys).sorted() where before[status] != after[status] {
            let was = before[status].map { code($0.description) } ?? "none"
            let now = after[status].map { code($0.description) } ?? "none"
            changes.append(SpecChange(.breaking, scope: scope, kind: "operation.errorBody.changed", path: "statuses.\(status)",
                                      summary: "the body of \(code(status.description)) answers: \(was) → \(now)",
                                      reason: "those errors arrive as `.answered` with another body, or as `.status`; "
                                          + "code that catches them must follow"))
        }
    }

    private mutating func compareRequestBody(_ old: Body?, _ new: Body?, scope: String) {
        let place = "request body"
        switch (old, new) {
        case (nil, nil): return
        case (nil, .some):
            changes.append(SpecChange(.breaking, scope: scope, kind: "body.added", path: place, summary: "request body added",
                                      reason: "the function gains a required `body` argument"))
        case (.some, nil):
            changes.append(SpecChange(.breaking, scope: scope, kind: "body.removed", path: place, summary: "request body removed",
                                      reason: "the `body` argument is gone"))
        case (let old?, let new?):
            if old.contentType != new.contentType {
                // Only multipart changes the function's arguments; JSON and form send the same Swift value.
                let multipart = old.contentType == .multipart || new.contentType == .multipart
                let reason = multipart ? "the `body` argument becomes one argument per part, or the reverse"
                    : "the `body` argument keeps its type; the regenerated client sends the other encoding"
                let summary = "request body \(code(old.contentType.rawValue)) → \(code(new.contentType.rawValue))"
                changes.append(SpecChange(multipart ? .breaking : .nonBreaking, scope: scope, kind: "body.contentType.changed",
                                          path: place, summary: summary, reason: reason))
            }
            if old.contentType == new.contentType, (old.formLists ?? .indexed) != (new.formLists ?? .indexed) {
                let lists = { (body: Body) in code((body.formLists ?? .indexed).rawValue) }
                changes.append(SpecChange(.nonBreaking, scope: scope, kind: "body.formLists.changed", path: place,
                                          summary: "form lists are sent \(lists(old)) → \(lists(new))",
                                          reason: "only the form's wire format changes; the client follows"))
            }
            compareShapes(old.shape, new.shape, scope: scope, place: place, direction: .request)
        }
    }

    private mutating func compareResponseBody(_ old: Body?, _ new: Body?, scope: String) {
        let place = "response body"
        switch (old, new) {
        case (nil, nil): return
        case (nil, .some):
            changes.append(SpecChange(.nonBreaking, scope: scope, kind: "body.added", path: place, summary: "response body added",
                                      reason: "the function now returns a value; existing calls still compile"))
        case (.some, nil):
            changes.append(SpecChange(.breaking, scope: scope, kind: "body.removed", path: place, summary: "response body removed",
                                      reason: "the function returns nothing: code that uses its result no longer compiles"))
        case (let old?, let new?):
            compareShapes(old.shape, new.shape, scope: scope, place: place, direction: .response)
        }
    }

    private mutating func compareShapes(_ old: Body.Shape, _ new: Body.Shape, scope: String, place: String, direction: Direction) {
        switch (old, new) {
        case (.fields(let a), .fields(let b)):
            var fields = FieldComparison(scope: scope, direction: direction, names: names)
            fields.compare(a.fields, b.fields, at: place)
            changes += fields.changes
            changes += RuleComparison.compare(a, b, scope: scope, place: place, direction: direction)
        case (.type(let a), .type(let b)) where a == b:
            return
        default:
            changes.append(SpecChange(.breaking, scope: scope, kind: "body.type.changed", path: place,
                                      summary: "\(place) \(code(Self.describe(old))) → \(code(Self.describe(new)))", reason: "the Swift type of the body changes"))
        }
    }

    private static func describe(_ shape: Body.Shape) -> String {
        switch shape {
        case .type(let reference): return "\(reference)"
        case .fields: return "inline fields"
        }
    }
}
