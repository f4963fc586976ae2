import APIGenerator
import APISpec

/// Paths and their operations: names, groups, parameters, and who may call them.
extension OpenAPIMapper {
    /// One operation of the document, before it is mapped.
    struct Route {
        var method: Operation.Method
        var path: String
        /// The path's fragment (`/files/{id}#add_link`): a label that tells apart operations sharing a route.
        var variant: String?
        var node: JSONNode
        var pathItem: JSONNode
        var place: DocumentPlace
        var name = ""
        /// The group of an operation without tags: its path's first literal segment after those every path shares.
        var pathGroup = "default"
    }

    /// Every operation, named (operationId, else from method and path) and unique.
    func routes() -> [Route] {
        guard let paths = document.root.member("paths") else { return [] }
        let pathsPlace = DocumentPlace(pointer: "#/paths", location: paths.location)
        var routes: [Route] = []
        for entry in paths.members ?? [] {
            let itemPlace = pathsPlace.appending(entry.key, entry.value)
            guard let (item, _) = dereferenced(entry.value, at: itemPlace) else { continue }
            for member in item.members ?? [] {
                let place = itemPlace.appending(member.key, member.value)
                if let method = Operation.Method(rawValue: member.key.uppercased()), member.key == member.key.lowercased() {
                    let (path, variant) = Self.routeAndVariant(entry.key)
                    routes.append(Route(method: method, path: path, variant: variant, node: member.value,
                                        pathItem: item, place: place))
                } else if member.key == "trace" {
                    warn(.methodNotSupported, "\(member.key.uppercased()) is not a method the spec format has; the operation is left out", at: place)
                }
            }
        }
        // A version or API prefix every path starts with (`/v1/…`, `/2010-04-01/…`) would put all operations in one
        // group: one file whose compile no other file's can share, and one long list to read.
        let shared = Self.sharedLiteralPrefix(routes.map(\.path))
        for index in routes.indices {
            let segments = routes[index].path.split(separator: "/").dropFirst(shared)
            routes[index].pathGroup = segments.first { !$0.hasPrefix("{") }.map(String.init) ?? "default"
        }
        var taken: Set<String> = []
        for index in routes.indices {
            // Without an operationId, a variant's name says which variant it is, not only the route.
            let variantWords = routes[index].variant.map { NameCase.pascal($0) } ?? ""
            var base = routes[index].node.string("operationId").map(operationName)
                ?? DraftBuilder.operationName(routes[index].method.rawValue, routes[index].path) + variantWords
            if base.isEmpty { base = routes[index].method.rawValue.lowercased() }
            var name = base, number = 2
            while !taken.insert(name.lowercased()).inserted {
                name = "\(base)\(number)"
                number += 1
            }
            routes[index].name = name
            // The generator names an operation's bodies written in place after it.
            claim(SwiftNamer.typeName(name) + "Request")
            claim(SwiftNamer.typeName(name) + "Response")
        }
        return routes
    }

    /// A path key split at its fragment, which is never sent: APIs write one route several times that way, one
    /// operation each (`/files/{file_id}#add_shared_link`). The fragment becomes the route variant, spelled as the
    /// format allows (other characters become `_`); a fragment with nothing to keep stays in the path, for lint to
    /// refuse and the warning to name.
    static func routeAndVariant(_ key: String) -> (path: String, variant: String?) {
        guard let hash = key.firstIndex(of: "#") else { return (key, nil) }
        let fragment = key[key.index(after: hash)...]
        let variant = String(fragment.unicodeScalars.map { scalar -> Character in
            Operation.isRouteVariantCharacter(scalar) ? Character(scalar) : "_"
        })
        guard variant.contains(where: { $0.isLetter || $0.isNumber }) else { return (key, nil) }
        return (String(key[..<hash]), variant)
    }

    /// How many leading literal segments every path shares, leaving each path a literal segment of its own:
    /// `/v1/customers` and `/v1/{account}/payouts` share one, `/pets` and `/pets/mine` none.
    static func sharedLiteralPrefix(_ paths: [String]) -> Int {
        let segments = Set(paths).map { $0.split(separator: "/") }
        guard segments.count > 1, let first = segments.first else { return 0 }
        var shared = first.prefix { !$0.hasPrefix("{") }.count
        for other in segments.dropFirst() {
            shared = zip(first.prefix(shared), other).prefix { $0 == $1 }.count
        }
        while shared > 0, segments.contains(where: { !$0.dropFirst(shared).contains { !$0.hasPrefix("{") } }) {
            shared -= 1
        }
        return shared
    }

    /// An operationId as the spec's name: kept when it is a name already, else in camel case (`repos/get` → reposGet).
    private func operationName(_ id: String) -> String {
        let isName = id.first.map { $0.isLetter && $0.isASCII } ?? false && id.allSatisfy { ($0.isLetter || $0.isNumber) && $0.isASCII || $0 == "_" }
        if isName { return id }
        let camel = NameCase.camel(id).filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return camel.first?.isLetter == true ? camel : "operation" + camel
    }

    func operation(_ route: Route, auth: AuthMapping) -> Operation {
        let node = route.node
        let summary = node.string("summary") ?? node.string("description").map(firstSentence) ?? route.name
        let group = node.member("tags")?.elements?.first?.stringValue ?? route.pathGroup
        var operation = Operation(name: route.name, summary: summary.isEmpty ? route.name : summary,
                                  description: node.string("summary") == nil ? nil : node.string("description"),
                                  group: group.contains(where: \.isLetter) ? group : "default" + group,
                                  method: route.method, path: route.path, location: route.place.location)
        operation.routeVariant = route.variant
        origins[OriginKey.operation(route.name)] = route.place
        var notes: [String] = []
        if let note = node.string("x-apigen-note") { notes.append(note) }
        if node.bool("deprecated") == true { notes.append("Deprecated.") }
        let requirement = auth.requirement(of: node, at: route.place)
        operation.isAuthenticated = requirement.isAuthenticated
        operation.parameters = parameters(route) + requirement.keyParameters
        bodies(route, into: &operation, notes: &notes)
        if let pagination = node.member("x-apigen-pagination") { operation.pagination = self.pagination(pagination) }
        if let callbacks = node.member("callbacks") {
            warn(.webhooksNotExpressible, "callbacks are not part of the spec format; left out", at: route.place.appending("callbacks", callbacks))
        }
        operation.note = notes.isEmpty ? nil : notes.joined(separator: " ")
        return operation
    }

    private func firstSentence(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? text
        return line.count > 200 ? String(line.prefix(200)) + "…" : line
    }

    /// Whether a list's items are objects, unions or maps: values sent as their members, not as text.
    private func holdsMembers(_ type: TypeReference) -> Bool {
        guard case .array(let item) = type else { return false }
        switch item {
        case .map: return true
        case .named(let name):
            guard let index = typeIndex[name] else { return false }
            if case .enumeration = types[index].kind { return false }
            return true
        default: return false
        }
    }

    /// Path-level parameters, then the operation's (which replace those of the same name and place).
    private func parameters(_ route: Route) -> [Parameter] {
        var entries: [(node: JSONNode, place: DocumentPlace)] = []
        let itemParameters = route.pathItem.member("parameters")
        for (index, node) in (itemParameters?.elements ?? []).enumerated() {
            let place = DocumentPlace(pointer: route.place.pointer.components(separatedBy: "/").dropLast().joined(separator: "/"),
                                      location: node.location).appending("parameters", itemParameters).appending(String(index), node)
            if let resolved = dereferenced(node, at: place) { entries.append(resolved) }
        }
        let own = route.node.member("parameters")
        for (index, node) in (own?.elements ?? []).enumerated() {
            let place = route.place.appending("parameters", own).appending(String(index), node)
            guard let resolved = dereferenced(node, at: place) else { continue }
            entries.removeAll { $0.node.string("name") == resolved.node.string("name") && $0.node.string("in") == resolved.node.string("in") }
            entries.append(resolved)
        }
        return entries.compactMap { parameter($0.node, at: $0.place, operation: route.name) }
    }

    private func parameter(_ node: JSONNode, at place: DocumentPlace, operation: String) -> Parameter? {
        guard let name = node.string("name"), let position = node.string("in") else { return nil }
        guard let location = Parameter.Location(rawValue: position) else {
            warn(.parameterNotExpressible, "a \(position) parameter is not something the spec format sends; '\(name)' is left out", at: place)
            return nil
        }
        if location == .header, ["authorization", "content-type", "accept"].contains(name.lowercased()) {
            warn(.parameterNotExpressible, "the client sets the \(name) header itself; the parameter is left out", at: place)
            return nil
        }
        var mapped: MappedValue
        if let schema = node.member("schema") {
            mapped = value(of: schema, at: place.appending("schema", schema), name: NameCase.pascal(operation) + NameCase.pascal(name))
        } else {
            warn(.parameterNotExpressible, "a parameter described by 'content' is sent as text", at: place)
            mapped = MappedValue(type: .scalar(.string))
        }
        if mapped.isNullable {
            warn(.nullNotExpressible, "a parameter is sent or left out, never null: '\(name)' is not nullable in the draft", at: place)
            mapped.isNullable = false
        }
        if case .array(.orNull(let item)) = mapped.type {
            warn(.nullNotExpressible, "a parameter's list items are sent as text, never null: '\(name)' holds no null "
                 + "in the draft", at: place)
            mapped.type = .array(item)
        }
        if let description = node.string("description") { mapped.description = description }
        if node.bool("deprecated") == true { mapped.isDeprecated = true }
        var style: Parameter.Style?
        if location == .query, case .array = mapped.type {
            switch (node.string("style") ?? "form", node.bool("explode") ?? true) {
            case ("form", true): style = nil  // repeated, the format's default
            case ("form", false): style = .comma
            case ("pipeDelimited", _): style = .pipe
            case ("spaceDelimited", _): style = .space
            // Undefined by OpenAPI for a list; the APIs that write it read `name[]=a&name[]=b` (Stripe's `expand`),
            // and a list of objects numbered, `name[0][member]=` (Stripe's invoice preview `lines`).
            case ("deepObject", _): style = holdsMembers(mapped.type) ? .deepObject : .brackets
            default:
                warn(.parameterNotExpressible, "style '\(node.string("style") ?? "")' is not a style the spec format has; the list is sent repeated",
                     at: place.appending("style", node.member("style")))
            }
        } else if node.string("style") == "deepObject" {
            // An object's members as `name[member]=`; lint says whether the type is one (else the parameter is left out).
            style = location == .query ? .deepObject : nil
            if location != .query {
                warn(.parameterNotExpressible, "style 'deepObject' applies to query parameters",
                     at: place.appending("style", node.member("style")))
            }
        }
        origins[OriginKey.parameter(operation, name)] = place
        let required = location == .path || node.bool("required") == true
        return Parameter(location: location, field: field(name, mapped, isRequired: required, at: place), style: style)
    }

    private func pagination(_ node: JSONNode) -> Pagination? {
        guard let style = node.string("style").flatMap(Pagination.Style.init(rawValue:)) else { return nil }
        return Pagination(style: style, parameter: node.string("parameter"), nextCursor: node.string("nextCursor"),
                          totalPages: node.string("totalPages"), totalItems: node.string("totalItems"), hasMore: node.string("hasMore"),
                          nextLink: node.string("nextLink"), end: node.string("end").flatMap(Pagination.PageEnd.init(rawValue:)),
                          items: node.string("items"))
    }
}
