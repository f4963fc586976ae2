import APIGenerator
import APISpec
import SwiftLowering

/// Swift, compiled into a lint-clean spec's own module beside its generated
/// client, that holds the client to what lint promised about the spec's
/// values: each request sample decodes into its body type and passes the
/// validation `APIRequest.json` runs before sending, each response and
/// webhook sample decodes as the client decodes answers, each of these
/// encodes and decodes back to itself, and each client default, filled in
/// by an initializer or an endpoint function, passes validation.
///
/// Names come from `Resolver.spellings(of:)`, the generator's own. The code
/// runs in the spec's module, where its types are named as the generated
/// code names them; it spells everything else module-qualified, as
/// generated code does, so that no spec name can shadow it.
///
/// Each check writes `TRY`, its kind, how many values it checks and its
/// label, then `PASS`, or `FAIL` and what the client said: one line each,
/// written at once, so that a crash is put down to its check.
struct SampleHarness {
    enum Kind: String, CaseIterable {
        case requestSample = "request samples"
        case responseSample = "response samples"
        case webhookSample = "webhook samples"
        case clientDefault = "client defaults"
    }

    /// The public function of the spec's module that runs every check.
    static let entryPoint = "__apigenFuzzHarness"

    /// Values the harness cannot check, by why (each is counted, none is dropped silently).
    private(set) var skipped: [String: Int] = [:]
    private var checks: [String] = []
    private let spec: APISpecification
    private let spellings: ClientSpellings
    private let placeholders: PlaceholderJSON

    init(spec: APISpecification, spellings: ClientSpellings) {
        self.spec = spec
        self.spellings = spellings
        self.placeholders = PlaceholderJSON(spec: spec)
        // Endpoints are listed by group; operation names are unique in a spec that resolves.
        let endpoints = Dictionary(spellings.endpoints.map { ($0.operation, $0) },
                                   uniquingKeysWith: { first, _ in first })
        for operation in spec.operations {
            guard let endpoint = endpoints[operation.name] else {
                skip("an operation without an endpoint function")
                continue
            }
            addSamples(of: operation, endpoint)
            addDefaults(of: operation, endpoint)
        }
        for type in spec.types {
            guard case .object(let object) = type.kind, let structure = spellings.objects[type.name] else { continue }
            addDefaults(of: structure, object, label: "type '\(type.name)'")
        }
        if let webhooks = spec.webhooks, let facade = spellings.webhooks?.facade {
            for sample in webhooks.samples {
                guard let payload = sample.response else { continue }
                addCheck(.webhookSample, "webhook sample '\(sample.title)'", [
                    "let value = try \(facade).decode(__apigenFuzzData(\(Self.literal(payload))))",
                    "__apigenFuzzEnd(try __apigenFuzzRoundTrip(value))",
                ])
            }
        }
    }

    /// The file to compile into the spec's module.
    var source: String {
        Self.prelude + "public func \(Self.entryPoint)() async {\n" + checks.joined() + "}\n"
    }

    // MARK: - Samples

    private mutating func addSamples(of operation: Operation, _ endpoint: ClientSpellings.Endpoint) {
        for sample in operation.samples {
            let label = "operation '\(operation.name)' sample '\(sample.title)'"
            if let request = sample.request {
                if operation.requestBody?.contentType == .multipart {
                    addMultipartSample(request, of: operation, endpoint, label: label + " request")
                } else if let type = endpoint.requestBody {
                    // The call `APIRequest.json` (or `.form`) makes in every endpoint function: validate, then encode.
                    let call = switch (operation.requestBody?.contentType, operation.requestBody?.formLists) {
                    case (.form?, .repeated?): "form(value, lists: .repeated)"
                    case (.form?, _): "form(value)"
                    default: "json(value)"
                    }
                    addCheck(.requestSample, label + " request", [
                        "let data = __apigenFuzzData(\(Self.literal(request)))",
                        "let value = try APIRuntime.JSONCoding.decodeValue(\(type).self, from: data)",
                        "var request = APIRuntime.APIRequest(.post, \"/\")",
                        "try request.\(call)",
                        "__apigenFuzzEnd(try __apigenFuzzRoundTrip(value))",
                    ])
                } else {
                    skip("request sample of an operation without a request body")
                }
            }
            if let response = sample.response, let status = sample.status {
                if let code = operation.errorBodyCode(forStatus: status), let type = endpoint.errorBodies[code.description] {
                    // As `APIClient.send` reads an error answer whose body the spec documents.
                    addCheck(.responseSample, label + " response (\(status))", [
                        "let data = __apigenFuzzData(\(Self.literal(response)))",
                        "let value = try APIRuntime.JSONCoding.decode(\(type).self, from: data)",
                        "__apigenFuzzEnd(try __apigenFuzzRoundTrip(value))",
                    ])
                } else {
                    skip("response sample of an undocumented error status")
                }
            } else if let response = sample.response {
                if let type = endpoint.response {
                    // As `APIClient.send(_:returning:)` reads an answer.
                    addCheck(.responseSample, label + " response", [
                        "let data = __apigenFuzzData(\(Self.literal(response)))",
                        "let value = try APIRuntime.JSONCoding.decode(\(type).self, from: data)",
                        "__apigenFuzzEnd(try __apigenFuzzRoundTrip(value))",
                    ])
                } else {
                    skip("response sample of an operation that returns nothing")
                }
            }
        }
    }

    /// A multipart body's sample: its parts are the endpoint function's arguments, passed as the sample gives them
    /// (a file by its name, with no bytes), the others as placeholders; the call must report no violation of a part.
    private mutating func addMultipartSample(_ request: String, of operation: Operation,
                                             _ endpoint: ClientSpellings.Endpoint, label: String) {
        guard let sample = try? JSONParser.parse(request).members else {
            return skip("request sample of a multipart body that is no object")
        }
        let given = Dictionary(sample.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        var lets: [String] = [], passed: [String] = [], parts: [String] = []
        var decodes = false
        for (index, argument) in endpoint.arguments.enumerated() {
            if argument.role == .multipartField, let wire = argument.wireName, let value = given[wire],
               value.value != .null {
                parts.append(wire)
                let isFile = argument.type == "APIRuntime.FileUpload", isFiles = argument.type == "[APIRuntime.FileUpload]"
                if isFile || isFiles {
                    let names = isFiles ? (value.elements ?? []).map(\.stringValue) : [value.stringValue]
                    guard names.allSatisfy({ $0 != nil }) else { return skip("request sample of a file that is no name") }
                    let files = names.compactMap { $0 }.map {
                        "APIRuntime.FileUpload(fileName: \(Self.literal($0)), data: Foundation.Data())"
                    }
                    lets.append("let a\(index): \(argument.type) = " + (isFiles ? "[\(files.joined(separator: ", "))]" : files[0]))
                } else {
                    lets.append("let a\(index): \(argument.type) = try __apigenFuzzValue(\(Self.literal(value.compactText)))")
                    decodes = true
                }
                passed.append("\(argument.label): a\(index)")
            } else if !argument.canBeOmitted {
                guard argument.type != "APIRuntime.FileUpload", argument.type != "[APIRuntime.FileUpload]",
                      let json = placeholder(for: argument, object: nil, operation: operation) else {
                    return skip("request sample of a multipart body without a required part")
                }
                lets.append("let a\(index): \(argument.type) = try __apigenFuzzValue(\(Self.literal(json)))")
                passed.append("\(argument.label): a\(index)")
                decodes = true
            }
        }
        if !Set(parts).isDisjoint(with: wireNameRepeats(endpoint.arguments)) {
            return skip("request sample of a part named like a parameter")
        }
        let client = "\(spellings.clientName)(client: APIRuntime.APIClient(serverURL: \"https://fuzz.invalid\", "
            + "transport: __ApigenFuzzTransport()))"
        // A part's violations are at its name, or below it (`frame.lt`, `pages[1]`).
        let isPart = "{ path in \(Self.list(parts)).contains { path == $0 || path.hasPrefix($0 + \".\") "
            + "|| path.hasPrefix($0 + \"[\") } }"
        addCheck(.requestSample, label, lets + [
            "let client = \(client)",
            "var violations: [APIRuntime.Violation] = []",
            "do {",
            "    _ = try await client.\(endpoint.function)(\(passed.joined(separator: ", ")))",
            "} catch {",
            "    violations = __apigenFuzzViolationList(error)",
            "}",
            "let isPart: (Swift.String) -> Swift.Bool = \(isPart)",
            "__apigenFuzzEnd(__apigenFuzzViolations(violations.filter { isPart($0.path) }))",
        ], throwing: decodes)
    }

    // MARK: - Client defaults

    /// A struct built by its initializer with every defaulted and optional
    /// argument left out: the defaults it fills in must pass validation.
    private mutating func addDefaults(of structure: ClientSpellings.Structure, _ object: ObjectType, label: String) {
        let defaulted = structure.arguments.filter(\.hasClientDefault)
        guard !defaulted.isEmpty else { return }
        guard let (lets, arguments, _) = placeholderArguments(structure.arguments, object: object) else {
            return skip("client default of a struct with a member no JSON stands for", count: defaulted.count)
        }
        addCheck(.clientDefault, label + " initializer", lets + [
            "let value = \(structure.typeName)(\(arguments.joined(separator: ", ")))",
            "let defaulted = \(Self.list(defaulted.compactMap(\.wireName)))",
            "let violations = __apigenFuzzViolationsOf(value).filter { defaulted.contains($0.path) }",
            "let lost = try __apigenFuzzRoundTrip(value)",
            "__apigenFuzzEnd(__apigenFuzzViolations(violations) ?? lost)",
        ], count: defaulted.count)
    }

    private mutating func addDefaults(of operation: Operation, _ endpoint: ClientSpellings.Endpoint) {
        let label = "operation '\(operation.name)'"
        if case .fields(let object) = operation.requestBody?.shape, operation.requestBody?.contentType != .multipart,
           let structure = endpoint.inlineRequest {
            addDefaults(of: structure, object, label: label + " request body")
        }
        if case .fields(let object) = operation.responseBody?.shape, let structure = endpoint.inlineResponse {
            addDefaults(of: structure, object, label: label + " response body")
        }
        let defaulted = endpoint.arguments.filter(\.hasClientDefault)
        guard !defaulted.isEmpty else { return }
        // Violations of the body stand beside the parameters'; a parameter
        // named like a member at the body's top (or like another multipart
        // part, each of which is an argument) cannot be told apart.
        let wires = defaulted.compactMap(\.wireName)
        let isMultipart = operation.requestBody?.contentType == .multipart
        let others = isMultipart ? Set(wireNameRepeats(endpoint.arguments)) : topLevelPaths(of: operation.requestBody)
        if !Set(wires).isDisjoint(with: others) {
            return skip("client default of a parameter named like a body member", count: defaulted.count)
        }
        guard let (lets, arguments, decodes) = placeholderArguments(endpoint.arguments, operation: operation) else {
            return skip("client default of an operation with an argument no JSON stands for", count: defaulted.count)
        }
        // The endpoint function checks its parameters as a call builds the
        // request; the transport answers 400 at once, so nothing waits.
        let client = "\(spellings.clientName)(client: APIRuntime.APIClient(serverURL: \"https://fuzz.invalid\", "
            + "transport: __ApigenFuzzTransport()))"
        addCheck(.clientDefault, label + " parameters", lets + [
            "let client = \(client)",
            "var violations: [APIRuntime.Violation] = []",
            "do {",
            "    _ = try await client.\(endpoint.function)(\(arguments.joined(separator: ", ")))",
            "} catch {",
            "    violations = __apigenFuzzViolationList(error)",
            "}",
            "__apigenFuzzEnd(__apigenFuzzViolations(violations.filter { \(Self.list(wires)).contains($0.path) }))",
        ], count: defaulted.count, throwing: decodes)
    }

    /// `let` statements decoding a placeholder for each argument a call
    /// must pass, the arguments, and whether a `let` decodes (and so may
    /// throw); nil when one has no placeholder.
    private func placeholderArguments(_ arguments: [ClientSpellings.Argument], object: ObjectType? = nil,
                                      operation: Operation? = nil) -> ([String], [String], Bool)? {
        var lets: [String] = [], passed: [String] = []
        var decodes = false
        for (index, argument) in arguments.enumerated() where !argument.canBeOmitted {
            // A file is no JSON: an empty one stands in (its type checks are not what this check looks at).
            let file = "APIRuntime.FileUpload(fileName: \"f.bin\", data: Foundation.Data())"
            if argument.type == "APIRuntime.FileUpload" || argument.type == "[APIRuntime.FileUpload]" {
                let value = argument.type.hasPrefix("[") ? "[\(file)]" : file
                lets.append("let a\(index): \(argument.type) = \(value)")
                passed.append("\(argument.label): a\(index)")
                continue
            }
            decodes = true
            guard let json = placeholder(for: argument, object: object, operation: operation) else { return nil }
            lets.append("let a\(index): \(argument.type) = try __apigenFuzzValue(\(Self.literal(json)))")
            passed.append("\(argument.label): a\(index)")
        }
        return (lets, passed, decodes)
    }

    private func placeholder(for argument: ClientSpellings.Argument, object: ObjectType?,
                             operation: Operation?) -> String? {
        if argument.role == .body {
            switch operation?.requestBody?.shape {
            case .fields(let fields)?: return placeholders.object(fields)
            case .type(let type)?: return placeholders.value(type)
            case nil: return nil
            }
        }
        var parts: [Field] = []
        if argument.role == .multipartField, case .fields(let form)? = operation?.requestBody?.shape {
            parts = form.fields
        }
        let field = object?.fields.first { $0.name == argument.wireName }
            ?? operation?.parameters.first { $0.field.name == argument.wireName }?.field
            ?? parts.first { $0.name == argument.wireName }
        guard let field else { return nil }
        return field.isNullable && argument.role != .inlineUnion ? "null" : placeholders.value(field.type)
    }

    /// Wire names more than one argument has (a query parameter named like a multipart part).
    private func wireNameRepeats(_ arguments: [ClientSpellings.Argument]) -> [String] {
        var seen: Set<String> = []
        return arguments.compactMap(\.wireName).filter { !seen.insert($0).inserted }
    }

    /// The paths at which a body's own violations can be reported without a dot or bracket.
    private func topLevelPaths(of body: Body?) -> Set<String> {
        var object: ObjectType?
        switch body?.shape {
        case .fields(let fields)?: object = fields
        case .type(.named(let name))?:
            if case .object(let fields)? = placeholders.types[name]?.kind { object = fields } else { return [""] }
        case .type?: return [""]
        case nil: return []
        }
        var paths: Set<String> = []
        for field in object?.fields ?? [] {
            paths.insert(field.name)
            if field.isInline, case .named(let name) = field.type,
               case .taggedUnion(let union)? = placeholders.types[name]?.kind {
                paths.formUnion(union.wireKeys)
            }
        }
        return paths
    }

    // MARK: - Writing

    private mutating func addCheck(_ kind: Kind, _ label: String, _ statements: [String], count: Int = 1,
                                   throwing: Bool = true) {
        var lines = ["__apigenFuzzWrite(\"TRY\", \(Self.literal(kind.rawValue)), \"\(count)\", \(Self.literal(label)))"]
        // A scope of its own either way: each check declares the same names.
        lines += ["do {"] + statements.map { "    " + $0 }
        lines += throwing ? ["} catch {", "    __apigenFuzzEnd(__apigenFuzzDescribe(error))", "}"] : ["}"]
        checks.append(lines.map { "    " + $0 + "\n" }.joined())
    }

    private mutating func skip(_ reason: String, count: Int = 1) {
        skipped[reason, default: 0] += count
    }

    /// A Swift string literal of any text: only printable ASCII stays as it is.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value >= 0x20 && scalar.value < 0x7F {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                }
            }
        }
        return out + "\""
    }

    private static func list(_ texts: [String]) -> String {
        "([" + texts.map(literal).joined(separator: ", ") + "] as [Swift.String])"
    }

    /// What every check calls.
    private static let prelude = #"""
        import APIRuntime
        import Foundation

        /// Answers every call at once with a status no retry policy repeats.
        struct __ApigenFuzzTransport: APIRuntime.Transport {
            var boundsItsOwnTime: Swift.Bool { true }

            func send(_ request: APIRuntime.HTTPRequest) async throws -> APIRuntime.HTTPResponse {
                APIRuntime.HTTPResponse(status: 400)
            }
        }

        /// One line to the fuzzer, written at once so that a crash cannot lose it.
        func __apigenFuzzWrite(_ fields: Swift.String...) {
            let clean = fields.map { field in
                Swift.String(Swift.String.UnicodeScalarView(field.unicodeScalars.map { $0.value < 0x20 ? " " : $0 }))
            }
            Foundation.FileHandle.standardOutput.write(Foundation.Data((clean.joined(separator: "\t") + "\n").utf8))
        }

        func __apigenFuzzEnd(_ failure: Swift.String?) {
            if let failure { __apigenFuzzWrite("FAIL", failure) } else { __apigenFuzzWrite("PASS") }
        }

        func __apigenFuzzData(_ text: Swift.String) -> Foundation.Data {
            Foundation.Data(text.utf8)
        }

        /// A value of the type the context names, from JSON written for that type.
        func __apigenFuzzValue<Value: Swift.Decodable>(_ json: Swift.String) throws -> Value {
            try APIRuntime.JSONCoding.decodeValue(Value.self, from: Foundation.Data(json.utf8))
        }

        /// Nil when `value` encodes and decodes back to itself.
        func __apigenFuzzRoundTrip<Value: Swift.Codable & Swift.Equatable>(_ value: Value) throws -> Swift.String? {
            let data = try APIRuntime.JSONCoding.encode(value)
            let again = try APIRuntime.JSONCoding.decodeValue(Value.self, from: data)
            // An untagged union whose variants overlap may read its own JSON as an earlier variant (an object of
            // optional fields as a map): the wire stays the same, which is what the client promises.
            guard again != value, try APIRuntime.JSONCoding.encode(again) != data else { return nil }
            return "encodes as " + Swift.String(decoding: data, as: Swift.UTF8.self) + ", which decodes to another value"
        }

        // Only a type with something to check is `Validatable`; any other has no violations.
        func __apigenFuzzViolationsOf<Value>(_ value: Value) -> [APIRuntime.Violation] {
            (value as? any APIRuntime.Validatable)?.violations ?? []
        }

        func __apigenFuzzViolations(_ violations: [APIRuntime.Violation]) -> Swift.String? {
            violations.isEmpty ? nil : "violations: " + violations.map(\.description).joined(separator: "; ")
        }

        /// What a `.validation` error lists; nothing for any other error.
        func __apigenFuzzViolationList(_ error: any Swift.Error) -> [APIRuntime.Violation] {
            if case .validation(let found)? = error as? APIRuntime.APIError { return found.violations }
            return []
        }

        func __apigenFuzzDescribe(_ error: any Swift.Error) -> Swift.String {
            if case .validation(let found)? = error as? APIRuntime.APIError {
                return __apigenFuzzViolations(found.violations) ?? "an empty validation error"
            }
            return (error is Swift.DecodingError ? "does not decode: " : "throws: ") + "\(error)"
        }


        """#
}
