import APISpec

/// A Swagger 2.0 document rewritten as the OpenAPI 3.0 document that says the same, so that one mapper reads both.
/// Every node keeps where it is written, so warnings point at the Swagger document's lines; their JSON pointers
/// name the OpenAPI 3 form (`#/components/schemas/Pet` for `#/definitions/Pet`), as the first warning says.
///
/// What moves: `host`, `basePath` and `schemes` make the server; `definitions`, `parameters`, `responses` and
/// `securityDefinitions` go under `components`; a `body` parameter is the request body and `formData` ones its
/// fields (multipart when one is a file or the operation consumes multipart); a response's `schema` and
/// `examples` are its content in each media type it produces; `collectionFormat` is a style; `type: file` is
/// binary text; a discriminator's property name is its `propertyName`; `x-nullable` is `nullable`.
struct SwaggerConversion {
    let root: JSONNode

    static func isSwagger2(_ root: JSONNode) -> Bool {
        root.string("swagger")?.hasPrefix("2.") == true
    }

    func converted() -> JSONNode {
        var members: [JSONNode.Member] = []
        for member in root.members ?? [] {
            switch member.key {
            case "swagger":
                members.append(Self.member("openapi", .string("3.0.3"), at: member.value.location))
                if let servers = servers() { members.append(servers) }
            case "host", "basePath", "schemes", "consumes", "produces", "definitions", "parameters", "responses",
                 "securityDefinitions":
                continue
            case "paths":
                members.append(replacing(member, with: paths(member.value)))
            default:
                members.append(member)
            }
        }
        members.append(Self.member("components", .object(components()), at: root.location))
        return JSONNode(.object(members), at: root.location)
    }

    // MARK: - The document's parts

    /// `scheme://host/basePath`, https preferred; a relative URL without a host, as the document is served.
    private func servers() -> JSONNode.Member? {
        let host = root.string("host"), base = root.string("basePath") ?? ""
        let place = root.member("host")?.location ?? root.member("basePath")?.location ?? root.location
        let schemes = root.member("schemes")?.elements?.compactMap(\.stringValue) ?? []
        let scheme = schemes.contains("https") || schemes.isEmpty ? "https" : schemes[0]
        guard host != nil || !base.isEmpty else { return nil }
        let url = host.map { "\(scheme)://\($0)\(base)" } ?? base
        let server = Self.object([("url", JSONNode(.string(url), at: place))], at: place)
        return Self.member("servers", .array([server]), at: place)
    }

    private func components() -> [JSONNode.Member] {
        var components: [JSONNode.Member] = []
        if let definitions = root.member("definitions"), let schemas = definitions.members {
            components.append(Self.member("schemas", .object(schemas.map { replacing($0, with: schema($0.value)) }),
                                          at: definitions.location))
        }
        if let shared = root.member("parameters"), let parameters = shared.members {
            // Body and form parameters have no place among OpenAPI 3's; their uses take them in place.
            let plain = parameters.filter { !["body", "formData"].contains($0.value.string("in") ?? "") }
            components.append(Self.member("parameters", .object(plain.map { replacing($0, with: parameter($0.value)) }),
                                          at: shared.location))
        }
        if let shared = root.member("responses"), let responses = shared.members {
            let produces = mediaTypes("produces", of: nil)
            components.append(Self.member("responses", .object(responses.map {
                replacing($0, with: response($0.value, produces: produces))
            }), at: shared.location))
        }
        if let definitions = root.member("securityDefinitions"), let schemes = definitions.members {
            let converted = schemes.map { replacing($0, with: securityScheme($0.value)) }
            components.append(Self.member("securitySchemes", .object(converted), at: definitions.location))
        }
        return components
    }

    private func paths(_ paths: JSONNode) -> JSONNode {
        let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch"]
        return JSONNode(.object((paths.members ?? []).map { path in
            let shared = path.value.member("parameters")?.elements ?? []
            let item = (path.value.members ?? []).compactMap { member -> JSONNode.Member? in
                if member.key == "parameters" { return nil }
                guard methods.contains(member.key) else { return member }
                return replacing(member, with: operation(member.value, sharedParameters: shared))
            }
            return replacing(path, with: JSONNode(.object(item), at: path.value.location))
        }), at: paths.location)
    }

    // MARK: - Operations

    private func operation(_ operation: JSONNode, sharedParameters: [JSONNode]) -> JSONNode {
        // An operation's parameter replaces the path's of the same name and place.
        var parameters: [(key: [String?], node: JSONNode)] = []
        for parameter in sharedParameters + (operation.member("parameters")?.elements ?? []) {
            let resolved = dereferenced(parameter)
            let key = [resolved.string("name"), resolved.string("in")]
            parameters.removeAll { $0.key == key }
            parameters.append((key, parameter))
        }
        var members: [JSONNode.Member] = []
        var plain: [JSONNode] = []
        var body: JSONNode?
        var form: [JSONNode] = []
        for parameter in parameters.map(\.node) {
            switch dereferenced(parameter).string("in") {
            case "body": body = dereferenced(parameter)
            case "formData": form.append(dereferenced(parameter))
            default:
                plain.append(parameter.string("$ref") == nil ? self.parameter(parameter) : rewritingReference(parameter))
            }
        }
        let consumes = mediaTypes("consumes", of: operation), produces = mediaTypes("produces", of: operation)
        for member in operation.members ?? [] {
            switch member.key {
            case "parameters":
                guard !plain.isEmpty else { continue }
                members.append(replacing(member, with: JSONNode(.array(plain), at: member.value.location)))
            case "responses":
                members.append(replacing(member, with: JSONNode(.object((member.value.members ?? []).map {
                    replacing($0, with: response($0.value, produces: produces))
                }), at: member.value.location)))
            case "consumes", "produces", "schemes":
                continue
            default:
                members.append(member)
            }
        }
        if operation.member("parameters") == nil, !plain.isEmpty {
            members.append(Self.member("parameters", .array(plain), at: operation.location))
        }
        if let body {
            members.append(Self.member("requestBody", .object(requestBody(body, consumes: consumes)), at: body.location))
        } else if !form.isEmpty {
            members.append(Self.member("requestBody", .object(formBody(form, consumes: consumes)), at: form[0].location))
        }
        return JSONNode(.object(members), at: operation.location)
    }

    /// `consumes` or `produces` of the operation, else of the document, else JSON.
    private func mediaTypes(_ key: String, of operation: JSONNode?) -> [String] {
        let given = (operation?.member(key) ?? root.member(key))?.elements?.compactMap(\.stringValue) ?? []
        return given.isEmpty ? ["application/json"] : given
    }

    private func requestBody(_ body: JSONNode, consumes: [String]) -> [JSONNode.Member] {
        let schema = body.member("schema").map(self.schema) ?? JSONNode(.object([]), at: body.location)
        var members = (body.members ?? []).filter { $0.key == "description" || $0.key == "required" }
        let content = consumes.map { type in
            Self.member(type, .object([Self.member("schema", schema.value, at: schema.location)]), at: body.location)
        }
        members.append(Self.member("content", .object(content), at: body.location))
        return members
    }

    /// Form parameters as the properties of one object: multipart when one is a file, or the operation says so.
    private func formBody(_ fields: [JSONNode], consumes: [String]) -> [JSONNode.Member] {
        let place = fields[0].location
        let hasFile = fields.contains { $0.string("type") == "file" }
        let mediaType = hasFile || consumes.contains(where: { $0.hasPrefix("multipart/form-data") })
            ? "multipart/form-data" : "application/x-www-form-urlencoded"
        var properties: [JSONNode.Member] = [], required: [JSONNode] = [], encoding: [JSONNode.Member] = []
        for field in fields {
            guard let name = field.string("name") else { continue }
            properties.append(Self.member(name, parameterSchema(field).value, at: field.location))
            if field.bool("required") == true { required.append(JSONNode(.string(name), at: field.location)) }
            if field.string("type") == "array" {
                let repeated = field.string("collectionFormat") == "multi"
                encoding.append(Self.member(name, .object([
                    Self.member("style", .string("form"), at: field.location),
                    Self.member("explode", .bool(repeated), at: field.location),
                ]), at: field.location))
            }
        }
        var schema = [Self.member("type", .string("object"), at: place),
                      Self.member("properties", .object(properties), at: place)]
        if !required.isEmpty { schema.append(Self.member("required", .array(required), at: place)) }
        var media = [Self.member("schema", .object(schema), at: place)]
        if !encoding.isEmpty { media.append(Self.member("encoding", .object(encoding), at: place)) }
        return [Self.member("content", .object([Self.member(mediaType, .object(media), at: place)]), at: place)]
    }

    private func response(_ response: JSONNode, produces: [String]) -> JSONNode {
        if response.string("$ref") != nil { return rewritingReference(response) }
        var members: [JSONNode.Member] = []
        for member in response.members ?? [] {
            switch member.key {
            case "schema", "examples":
                continue
            case "headers":
                members.append(replacing(member, with: JSONNode(.object((member.value.members ?? []).map { header in
                    // A 2.0 header is its schema with a description beside it, which 3.0 keeps on the header.
                    var members: [(String, JSONNode)] = [("schema", parameterSchema(header.value))]
                    if let description = header.value.member("description") {
                        members.append(("description", description))
                    }
                    return replacing(header, with: Self.object(members, at: header.value.location))
                }), at: member.value.location)))
            default:
                members.append(member)
            }
        }
        if let schema = response.member("schema") {
            let examples = response.member("examples")?.members ?? []
            let content = produces.map { type -> JSONNode.Member in
                var media = [Self.member("schema", self.schema(schema).value, at: schema.location)]
                if let example = examples.first(where: { $0.key == type }) {
                    media.append(Self.member("example", example.value.value, at: example.value.location))
                }
                return Self.member(type, .object(media), at: schema.location)
            }
            members.append(Self.member("content", .object(content), at: schema.location))
        }
        return JSONNode(.object(members), at: response.location)
    }

    // MARK: - Parameters and schemas

    /// A path, query or header parameter: its type and limits move into `schema`, `collectionFormat` into `style`.
    private func parameter(_ parameter: JSONNode) -> JSONNode {
        let kept: Set<String> = ["name", "in", "description", "required", "deprecated"]
        var members = (parameter.members ?? []).filter { kept.contains($0.key) || $0.key.hasPrefix("x-") }
        members.append(Self.member("schema", parameterSchema(parameter).value, at: parameter.location))
        if parameter.string("type") == "array", parameter.string("in") == "query" {
            let format = parameter.member("collectionFormat")
            let (style, explode): (String, Bool) = switch format?.stringValue ?? "csv" {
            case "multi": ("form", true)
            case "ssv": ("spaceDelimited", false)
            case "pipes": ("pipeDelimited", false)
            case "csv": ("form", false)
            case let other: (other, false)
            }
            let place = format?.location ?? parameter.location
            members += [Self.member("style", .string(style), at: place),
                        Self.member("explode", .bool(explode), at: place)]
        }
        return JSONNode(.object(members), at: parameter.location)
    }

    /// The type and limits of a parameter, a form field, a header or an array's items, as a schema.
    private func parameterSchema(_ node: JSONNode) -> JSONNode {
        let notSchema: Set<String> = ["name", "in", "description", "required", "deprecated", "collectionFormat",
                                      "allowEmptyValue"]
        var members: [JSONNode.Member] = []
        for member in node.members ?? [] where !notSchema.contains(member.key) && !member.key.hasPrefix("x-") {
            switch member.key {
            case "items": members.append(replacing(member, with: parameterSchema(member.value)))
            case "type" where member.value.stringValue == "file":
                members += [Self.member("type", .string("string"), at: member.value.location),
                            Self.member("format", .string("binary"), at: member.value.location)]
            case "format" where node.string("type") == "file": continue
            default: members.append(member)
            }
        }
        return JSONNode(.object(members), at: node.location)
    }

    /// A schema with its references, discriminator, `x-nullable` and files in OpenAPI 3's words, all the way down.
    private func schema(_ node: JSONNode) -> JSONNode {
        guard let members = node.members else { return node }
        var converted: [JSONNode.Member] = []
        for member in members {
            switch member.key {
            case "$ref":
                converted.append(replacing(member, with: JSONNode(.string(Self.rewritten(member.value.stringValue ?? "")),
                                                                   at: member.value.location)))
            case "properties", "definitions":
                converted.append(replacing(member, with: JSONNode(.object((member.value.members ?? []).map {
                    replacing($0, with: schema($0.value))
                }), at: member.value.location)))
            case "items", "additionalProperties", "not":
                converted.append(replacing(member, with: schema(member.value)))
            case "allOf", "anyOf", "oneOf":
                converted.append(replacing(member, with: JSONNode(.array((member.value.elements ?? []).map(schema)),
                                                                   at: member.value.location)))
            case "discriminator" where member.value.stringValue != nil:
                let discriminator = Self.object([("propertyName", member.value)], at: member.value.location)
                converted.append(replacing(member, with: discriminator))
            case "x-nullable":
                converted.append(JSONNode.Member(key: "nullable", keyLocation: member.keyLocation, value: member.value))
            case "type" where member.value.stringValue == "file":
                converted += [Self.member("type", .string("string"), at: member.value.location),
                              Self.member("format", .string("binary"), at: member.value.location)]
            default:
                converted.append(member)
            }
        }
        return JSONNode(.object(converted), at: node.location)
    }

    /// basic, apiKey and OAuth 2 as OpenAPI 3 writes them (`application` is `clientCredentials`, `accessCode`
    /// `authorizationCode`).
    private func securityScheme(_ scheme: JSONNode) -> JSONNode {
        let place = scheme.location
        switch scheme.string("type") {
        case "basic":
            return Self.object([("type", JSONNode(.string("http"), at: place)),
                                ("scheme", JSONNode(.string("basic"), at: place))],
                               at: place)
        case "oauth2":
            let flow = switch scheme.string("flow") {
            case "application": "clientCredentials"
            case "accessCode": "authorizationCode"
            case let other: other ?? "implicit"
            }
            let details = (scheme.members ?? []).filter { ["authorizationUrl", "tokenUrl", "scopes"].contains($0.key) }
            var members = (scheme.members ?? []).filter { ["type", "description"].contains($0.key) }
            members.append(Self.member("flows", .object([Self.member(flow, .object(details), at: place)]), at: place))
            return JSONNode(.object(members), at: place)
        default:
            return scheme
        }
    }

    // MARK: - References

    /// The parameter a `$ref` names in this document's `parameters`, else the node itself.
    private func dereferenced(_ node: JSONNode) -> JSONNode {
        guard let reference = node.string("$ref"), reference.hasPrefix("#/parameters/") else { return node }
        let name = OpenAPIDocument.tokens(of: reference).last ?? ""
        return root.member("parameters")?.member(name) ?? node
    }

    private func rewritingReference(_ node: JSONNode) -> JSONNode {
        JSONNode(.object((node.members ?? []).map { member in
            guard member.key == "$ref", let text = member.value.stringValue else { return member }
            return replacing(member, with: JSONNode(.string(Self.rewritten(text)), at: member.value.location))
        }), at: node.location)
    }

    /// `#/definitions/X` is `#/components/schemas/X`, and so on; another file's pointer is that file's own.
    static func rewritten(_ reference: String) -> String {
        for (old, new) in [("#/definitions/", "#/components/schemas/"), ("#/parameters/", "#/components/parameters/"),
                           ("#/responses/", "#/components/responses/")] where reference.hasPrefix(old) {
            return new + reference.dropFirst(old.count)
        }
        return reference
    }

    // MARK: - Building nodes

    private func replacing(_ member: JSONNode.Member, with value: JSONNode) -> JSONNode.Member {
        JSONNode.Member(key: member.key, keyLocation: member.keyLocation, value: value)
    }

    private static func member(_ key: String, _ value: JSONNode.Value, at location: SourceLocation) -> JSONNode.Member {
        JSONNode.Member(key: key, keyLocation: location, value: JSONNode(value, at: location))
    }

    private static func object(_ pairs: [(String, JSONNode)], at location: SourceLocation) -> JSONNode {
        JSONNode(.object(pairs.map { JSONNode.Member(key: $0.0, keyLocation: $0.1.location, value: $0.1) }), at: location)
    }
}
