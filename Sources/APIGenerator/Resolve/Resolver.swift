import ResolvedAPI
import APISpec

/// The resolve stage: from a checked spec to a `ResolvedSpec`, making every
/// Swift naming and typing decision once. Anything the generator would
/// otherwise refuse or get wrong is a located error here, so `apigen lint`
/// reports it too.
public enum Resolver {
    public struct Result: Sendable {
        /// Nil when there are errors.
        public var resolved: ResolvedSpec?
        public var diagnostics: [Diagnostic]
    }

    /// `layingOutSamples: false` leaves the samples out of the resolved spec:
    /// laying them out finds nothing wrong, and lint, which wants only the
    /// diagnostics, would spend an eighth of an import on it.
    /// `citingLines: false` for a spec made in memory, whose positions are not those of its text.
    public static func resolve(_ spec: APISpecification, layingOutSamples: Bool = true,
                               citingLines: Bool = true) -> Result {
        var resolver = SpecResolution(spec: spec, citingLines: citingLines)
        let resolved = resolver.run(layingOutSamples: layingOutSamples)
        let diagnostics = resolver.diagnostics.diagnostics.sorted()
        return Result(resolved: diagnostics.hasErrors ? nil : resolved, diagnostics: diagnostics)
    }
}

/// The state of one resolution: the module's names, the types' Swift
/// names and which of them validate, and the diagnostics found.
struct SpecResolution {
    let spec: APISpecification
    var diagnostics: DiagnosticSink
    let typesByName: [String: NamedType]
    /// Spec type name -> Swift type name, once claimed.
    var typeNames: [String: String] = [:]
    /// Every Swift type name of the module: members must not shadow one.
    var moduleTypeNames: Set<String> = []
    /// Spec enum name -> value -> Swift member name.
    var enumCaseNames: [String: [String: SwiftName]] = [:]
    var resolvedUnions: [String: ResolvedTaggedUnion] = [:]
    /// Named types whose values have limits to check, directly or inside.
    var validatedTypes: Set<String> = []
    var requestTypeNames: [String: String] = [:]
    /// Resolved object types by spec name, for paths into answers.
    var resolvedObjects: [String: ResolvedObject] = [:]
    /// The same objects by Swift name, for walking an answer's properties.
    var resolvedObjectsBySwiftName: [String: ResolvedObject] = [:]
    var responseTypeNames: [String: String] = [:]
    /// Operation name -> the Swift name of the struct its answer's headers are read into.
    var responseHeaderTypeNames: [String: String] = [:]
    /// Swift type name -> the stem of its file in `Models/` (`TypeFiles`).
    var typeFileStems: [String: String] = [:]
    /// Named types that hold a secret field, directly or deeper.
    let secretHolders: Set<String>
    /// Fields kept in a box, as their types hold their own types again.
    let indirectFields: Set<IndirectFields.Key>

    init(spec: APISpecification, citingLines: Bool = true) {
        self.spec = spec
        self.diagnostics = DiagnosticSink(file: spec.sourcePath, citesLines: citingLines)
        var byName: [String: NamedType] = [:]
        for type in spec.types where byName[type.name] == nil { byName[type.name] = type }
        self.typesByName = byName
        self.secretHolders = Self.secretHolders(among: byName)
        self.indirectFields = IndirectFields.find(in: spec.types)
    }

    mutating func run(layingOutSamples: Bool) -> ResolvedSpec {
        let apiName = SwiftNamer.typeName(spec.name)
        var module = NameScope("the module's types", reserved: ReservedNames.types, ignoresCase: true)
        let clientName = apiName + "Client"
        module.claimGenerated(clientName, what: "the client of API '\(spec.name)'")
        let credentialsName = apiName + "Credentials"
        if spec.auth.kind == .tokenHeader { module.claimGenerated(credentialsName, what: "the credentials of API '\(spec.name)'") }
        let webhooksName = apiName + "Webhooks"
        if spec.webhooks != nil { module.claimGenerated(webhooksName, what: "the webhooks of API '\(spec.name)'") }
        claimTypeNames(&module)
        validatedTypes = findValidatedTypes()
        for (index, type) in spec.types.enumerated() {
            if case .enumeration(let enumeration) = type.kind { resolveEnumCases(type, enumeration, index) }
        }
        let comparedTags = unionsWhoseTagIsCompared()
        for (index, type) in spec.types.enumerated() {
            if case .taggedUnion(let union) = type.kind {
                resolvedUnions[type.name] = resolveTaggedUnion(type, union, index, exposesTag: comparedTags.contains(type.name))
            }
        }
        var types = spec.types.enumerated().map { resolveType($1, $0) }
        for type in types {
            guard case .object(let object) = type.kind else { continue }
            resolvedObjects[type.specName] = object
            resolvedObjectsBySwiftName[type.name] = object
        }
        for index in types.indices {
            guard case .taggedUnion(var union) = types[index].kind, union.contentKey == nil else { continue }
            nameTagProperties(&union)
            types[index].kind = .taggedUnion(union)
        }
        let groups = resolveGroups()
        checkFileNames(clientName: clientName, webhooksName: spec.webhooks == nil ? nil : webhooksName,
                       groups: groups.map { ($0.name, $0.fileName) })
        let credentials = resolveCredentials(credentialsName, groups.flatMap(\.operations), types)
        let webhooks = spec.webhooks.map { hooks in
            ResolvedWebhooks(name: webhooksName, payload: swiftType(hooks.payload), tokenHeader: hooks.tokenHeader,
                             validationParameter: hooks.validationParameter)
        }
        return ResolvedSpec(apiName: spec.name, title: spec.title, summary: spec.description, notes: spec.notes, baseURL: spec.baseURL,
                            auth: resolveAuth(), clientName: clientName, credentials: credentials, webhooks: webhooks,
                            types: types, groups: groups, samples: layingOutSamples ? resolveSamples(groups) : [])
    }

    private mutating func claimTypeNames(_ module: inout NameScope) {
        for (index, type) in spec.types.enumerated() where typeNames[type.name] == nil {
            let owner = NameScope.Owner(what: "type '\(type.name)'", location: type.location, path: .root.key("types").index(index).key("name"), isCheckedForDuplicates: true)
            typeNames[type.name] = module.claim(SwiftNamer.typeName(type.name), by: owner, into: &diagnostics)
        }
        for (index, operation) in spec.operations.enumerated() {
            let path = JSONPath.root.key("operations").index(index)
            if let body = operation.requestBody, body.contentType != .multipart, case .fields = body.shape {
                let owner = NameScope.Owner(what: "the request body of operation '\(operation.name)'", location: body.location,
                                            path: path.key("requestBody"))
                requestTypeNames[operation.name] = module.claim(SwiftNamer.typeName(operation.name) + "Request", by: owner, into: &diagnostics)
            }
            if let body = operation.responseBody, case .fields = body.shape {
                let owner = NameScope.Owner(what: "the response body of operation '\(operation.name)'", location: body.location,
                                            path: path.key("responseBody"))
                responseTypeNames[operation.name] = module.claim(SwiftNamer.typeName(operation.name) + "Response", by: owner, into: &diagnostics)
            }
            if !operation.responseHeaders.isEmpty {
                let owner = NameScope.Owner(what: "the response headers of operation '\(operation.name)'",
                                            location: operation.location, path: path.key("responseHeaders"))
                responseHeaderTypeNames[operation.name] = module.claim(
                    SwiftNamer.typeName(operation.name) + "ResponseHeaders", by: owner, into: &diagnostics)
            }
        }
        moduleTypeNames = Set(typeNames.values).union(requestTypeNames.values).union(responseTypeNames.values)
            .union(responseHeaderTypeNames.values)
        typeFileStems = TypeFiles.stems(of: moduleTypeNames.sorted(), among: moduleTypeNames)
    }

    // MARK: - Types

    func swiftType(_ reference: TypeReference) -> SwiftType {
        switch reference {
        case .scalar(let scalar):
            switch scalar {
            case .string, .guid, .phone, .url, .email: return .string
            case .int32: return .int32
            case .int64: return .int64
            case .double: return .double
            case .bool: return .bool
            case .dateTime: return .date
            case .date: return .calendarDate
            case .epochSeconds: return .epochSeconds
            case .epochMillis: return .epochMillis
            case .json: return .json
            case .file: return .file
            }
        case .named(let name):
            var isEnum = false
            if case .enumeration = typesByName[name]?.kind { isEnum = true }
            return .named(typeNames[name] ?? SwiftNamer.typeName(name), isEnum: isEnum)
        case .array(let element): return .array(swiftType(element))
        case .map(let value): return .map(swiftType(value))
        case .orNull(let value): return .optional(swiftType(value))
        }
    }

    /// Whether a value of this type holds something that validates itself.
    private func resolveAuth() -> ResolvedAuth {
        let kind: ResolvedAuth.Kind
        switch spec.auth.kind {
        case .none: kind = .none
        case .bearer: kind = .bearer
        case .basic: kind = .basic
        case .tokenHeader: kind = .tokenHeader(header: spec.auth.header ?? "")
        }
        return ResolvedAuth(kind: kind, description: spec.auth.description)
    }

    /// Every operation's documented answers, as canonical JSON and laid out for reading.
    /// A body that several answers share (GitHub `$ref`s one example from
    /// dozens of operations) is written once, named after its first answer
    /// (`reposGetSample1`: the operation's function and the sample's place).
    private func resolveSamples(_ groups: [ResolvedGroup]) -> [ResolvedSample] {
        var functionNames: [String: String] = [:]
        for operation in groups.lazy.flatMap(\.operations) {
            functionNames[operation.specName] = operation.functionName.name
        }
        var samples: [(sample: ResolvedSample, name: String)] = []
        var uses: [String: Int] = [:]
        for operation in spec.operations {
            for (index, sample) in operation.samples.enumerated() {
                guard let canonical = sample.responseNode?.canonicalText,
                      let sorted = try? JSONParser.parse(canonical) else { continue }
                // At the indentation of a sample in the generated array (three levels).
                let laidOut = OrderedJSON(sorted).filled(width: 120 - 12)
                let resolved = ResolvedSample(operation: operation.name, title: sample.title,
                                              method: operation.method.rawValue.lowercased(), path: operation.path,
                                              status: sample.status ?? operation.successStatus,
                                              canonicalBody: canonical, laidOutBody: laidOut)
                samples.append((resolved, "\(functionNames[operation.name] ?? operation.name)Sample\(index + 1)"))
                uses[canonical, default: 0] += 1
            }
        }
        var sharedNames: [String: String] = [:]
        return samples.map { sample, name in
            var sample = sample
            guard let count = uses[sample.canonicalBody], count > 1 else { return sample }
            if let first = sharedNames[sample.canonicalBody] {
                sample.bodyPlace = .shared(name: first, declares: false)
            } else {
                sharedNames[sample.canonicalBody] = name
                sample.bodyPlace = .shared(name: name, declares: true)
            }
            return sample
        }
    }

    func validatesNested(_ reference: TypeReference) -> Bool {
        if case .named(let name) = reference.leaf { return validatedTypes.contains(name) }
        return false
    }

    private mutating func resolveType(_ type: NamedType, _ index: Int) -> ResolvedType {
        let name = typeNames[type.name] ?? SwiftNamer.typeName(type.name)
        let path = JSONPath.root.key("types").index(index)
        let kind: ResolvedType.Kind
        var usesFoundation = false
        switch type.kind {
        case .object(let object):
            let resolved = resolveObject(object, name: name, description: type.description, specName: type.name, path)
            usesFoundation = resolved.properties.contains { $0.type.usesFoundation }
            kind = .object(resolved)
        case .enumeration(let enumeration):
            let names = enumCaseNames[type.name] ?? [:]
            let cases = enumeration.values.map {
                ResolvedEnum.Case(name: names[$0.value] ?? SwiftName(name: "_"), rawValue: $0.value, description: $0.description)
            }
            kind = .enumeration(ResolvedEnum(name: name, description: type.description, cases: cases,
                                             isInteger: enumeration.isInteger))
        case .taggedUnion(let union):
            let resolved = resolvedUnions[type.name] ?? resolveTaggedUnion(type, union, index, exposesTag: false)
            usesFoundation = resolved.variants.contains { $0.type.usesFoundation }
            kind = .taggedUnion(resolved)
        case .untaggedUnion(let union):
            var cases = NameScope("the cases of '\(name)'", reserved: ReservedNames.unionCases, typeNames: moduleTypeNames)
            let variants = union.variants.enumerated().map { offset, variant in
                let owner = NameScope.Owner(what: "variant '\(variant.name)'", location: variant.location,
                                            path: path.key("variants").index(offset).key("name"))
                return ResolvedUntaggedUnion.Variant(
                    specName: variant.name, shape: variant.type.description, description: variant.description, caseName: SwiftName(name: cases.claim(SwiftNamer.memberName(variant.name), by: owner, into: &diagnostics)),
                    type: swiftType(variant.type), validatesNested: validatesNested(variant.type))
            }
            usesFoundation = variants.contains { $0.type.usesFoundation }
            kind = .untaggedUnion(ResolvedUntaggedUnion(name: name, description: type.description, variants: variants,
                                                        isIndirect: Self.isStoredIndirectly(variants.map(\.type))))
        }
        return ResolvedType(specName: type.name, name: name, kind: kind, usesFoundation: usesFoundation,
                            fileStem: typeFileStems[name] ?? name)
    }

    private mutating func resolveEnumCases(_ type: NamedType, _ enumeration: EnumType, _ index: Int) {
        var scope = NameScope("the values of enum '\(type.name)'", reserved: ReservedNames.enumCases, typeNames: moduleTypeNames)
        var names: [String: SwiftName] = [:]
        for (offset, value) in enumeration.values.enumerated() where names[value.value] == nil {
            let valuePath = JSONPath.root.key("types").index(index).key("values").index(offset)
            let owner = NameScope.Owner(what: "value '\(value.value)'", location: value.location,
                                        path: value.name == nil ? valuePath : valuePath.key("name"), isCheckedForDuplicates: true)
            let proposed = SwiftNamer.memberName(value.name ?? value.value)
            names[value.value] = SwiftName(name: scope.claim(proposed, by: owner, into: &diagnostics))
        }
        enumCaseNames[type.name] = names
    }

    /// Tagged unions a `requiredWhen` rule reads the tag of, through an inline field.
    private func unionsWhoseTagIsCompared() -> Set<String> {
        var objects = spec.types.compactMap { type -> ObjectType? in
            if case .object(let object) = type.kind { return object }
            return nil
        }
        for operation in spec.operations {
            for body in [operation.requestBody, operation.responseBody] {
                if case .fields(let object) = body?.shape { objects.append(object) }
            }
        }
        var result: Set<String> = []
        for object in objects {
            for case .named(let name) in object.fields.filter(\.isInline).map(\.type) {
                guard case .taggedUnion(let union) = typesByName[name]?.kind else { continue }
                if object.rules.contains(where: { if case .requiredWhen(_, union.tagKey, _) = $0.kind { return true } else { return false } }) {
                    result.insert(name)
                }
            }
        }
        return result
    }

    private mutating func resolveTaggedUnion(_ type: NamedType, _ union: TaggedUnion, _ index: Int, exposesTag: Bool) -> ResolvedTaggedUnion {
        let name = typeNames[type.name] ?? SwiftNamer.typeName(type.name)
        let path = JSONPath.root.key("types").index(index)
        var cases = NameScope("the cases of '\(name)'", reserved: ReservedNames.unionCases, typeNames: moduleTypeNames)
        let variants = union.variants.enumerated().map { offset, variant -> ResolvedTaggedUnion.Variant in
            let variantPath = path.key("variants").index(offset)
            let spelledName = variant.name ?? variant.tag ?? variant.key ?? ""
            // A variant named by its tag alone: a repeated tag is the checker's to report.
            let owner = NameScope.Owner(what: "variant '\(spelledName)'", location: variant.location, path: variantPath,
                                        isCheckedForDuplicates: variant.name == nil && variant.tag != nil && variant.key == nil)
            let caseName = SwiftName(name: cases.claim(SwiftNamer.memberName(spelledName), by: owner, into: &diagnostics))
            var label: SwiftName?
            if let key = variant.key {
                var labels = NameScope("the values of case '\(caseName.name)'", reserved: ReservedNames.arguments.union(["body"]))
                label = SwiftName(name: labels.claim(SwiftNamer.memberName(key), by: owner, into: &diagnostics))
            }
            return ResolvedTaggedUnion.Variant(tag: variant.tag, key: variant.key, description: variant.description, caseName: caseName,
                                               type: swiftType(variant.type), keyLabel: label,
                                               validatesNested: validatesNested(variant.type))
        }
        return ResolvedTaggedUnion(name: name, description: type.description, tagKey: union.tagKey, contentKey: union.contentKey,
                                   variants: variants, exposesTag: exposesTag,
                                   isIndirect: Self.isStoredIndirectly(variants.map(\.type)))
    }

    /// A variant object of a union without a content key holds the tag in a property of its own.
    private func nameTagProperties(_ union: inout ResolvedTaggedUnion) {
        for index in union.variants.indices {
            guard case .named(let typeName, _) = union.variants[index].type else { continue }
            let property = resolvedObjectsBySwiftName[typeName]?.properties.first { $0.wireKey == union.tagKey }
            union.variants[index].tagProperty = property?.name
        }
    }

    /// A union is `indirect` when a variant holds an object or a union (`ResolvedTaggedUnion.isIndirect`); strings,
    /// numbers, open enums, lists and maps are small already.
    static func isStoredIndirectly(_ variantTypes: [SwiftType]) -> Bool {
        variantTypes.contains { type in
            if case .named(_, isEnum: false) = type { return true }
            return false
        }
    }

    /// Named types that validate: those with limits or rules of their own,
    /// and every type that holds one of them (found backwards through the
    /// references, once each: linear in the spec's size, cycles included).
    private func findValidatedTypes() -> Set<String> {
        var holders: [String: [String]] = [:]
        var result: Set<String> = []
        var queue: [String] = []
        func note(_ holder: String, _ reference: TypeReference) {
            if case .named(let held) = reference.leaf { holders[held, default: []].append(holder) }
        }
        for type in spec.types {
            switch type.kind {
            case .object(let object):
                object.fields.forEach { note(type.name, $0.type) }
                if !object.rules.isEmpty || object.fields.contains(where: { !ClientLimits.constraints(for: $0.type, $0.constraints).isEmpty }) {
                    if result.insert(type.name).inserted { queue.append(type.name) }
                }
            case .enumeration:
                break
            case .taggedUnion(let union):
                union.variants.forEach { note(type.name, $0.type) }
                // Its variants' tag fields are set by hand: validation checks them against the case.
                if union.contentKey == nil, result.insert(type.name).inserted { queue.append(type.name) }
            case .untaggedUnion(let union):
                union.variants.forEach { note(type.name, $0.type) }
            }
        }
        var head = 0
        while head < queue.count {
            let held = queue[head]
            head += 1
            for holder in holders[held] ?? [] where result.insert(holder).inserted { queue.append(holder) }
        }
        return result
    }
}
