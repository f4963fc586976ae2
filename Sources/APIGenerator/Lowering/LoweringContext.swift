import APISpec

/// What every lowering step needs to know about the spec being generated.
struct LoweringContext {
    let spec: APISpecification
    let options: GeneratorOptions
    let typesByName: [String: NamedType]
    /// Named types whose values have limits to check, directly or inside.
    let validatedTypes: Set<String>

    init(spec: APISpecification, options: GeneratorOptions) {
        self.spec = spec
        self.options = options
        var byName: [String: NamedType] = [:]
        for type in spec.types { byName[type.name] = type }
        self.typesByName = byName
        self.validatedTypes = Self.findValidatedTypes(spec.types, byName)
    }

    /// `public ` or nothing, before every declaration.
    var access: String { options.access == .public ? "public " : "" }

    var clientName: String { SwiftNamer.typeName(spec.name) + "Client" }

    /// The Swift spelling of a spec type; standard and runtime types are
    /// qualified so that spec names cannot shadow them.
    func swiftType(_ reference: TypeReference) -> String {
        switch reference {
        case .scalar(let scalar):
            switch scalar {
            case .string, .guid, .phone, .url: return "Swift.String"
            case .int32: return "Swift.Int32"
            case .int64: return "Swift.Int64"
            case .double: return "Swift.Double"
            case .bool: return "Swift.Bool"
            case .dateTime: return "Foundation.Date"
            case .epochSeconds: return "APIRuntime.EpochSeconds"
            case .epochMillis: return "APIRuntime.EpochMilliseconds"
            case .json: return "APIRuntime.JSONValue"
            case .file: return "APIRuntime.FileUpload"
            }
        case .named(let name): return SwiftNamer.typeName(name)
        case .array(let element): return "[\(swiftType(element))]"
        case .map(let value): return "[Swift.String: \(swiftType(value))]"
        }
    }

    func usesFoundation(_ reference: TypeReference) -> Bool {
        reference.leaf == .scalar(.dateTime)
    }

    func isEnum(_ reference: TypeReference) -> Bool {
        guard case .named(let name) = reference, case .enumeration = typesByName[name]?.kind else { return false }
        return true
    }

    private static func findValidatedTypes(_ types: [NamedType], _ byName: [String: NamedType]) -> Set<String> {
        var result: Set<String> = []
        // Grow the set until nothing changes: handles any order and cycles.
        var changed = true
        while changed {
            changed = false
            for type in types where !result.contains(type.name) {
                if needsValidation(type, known: result) {
                    result.insert(type.name)
                    changed = true
                }
            }
        }
        return result
    }

    private static func needsValidation(_ type: NamedType, known: Set<String>) -> Bool {
        func refers(_ reference: TypeReference) -> Bool {
            if case .named(let name) = reference.leaf { return known.contains(name) }
            return false
        }
        switch type.kind {
        case .object(let object):
            return !object.rules.isEmpty || object.fields.contains { field in
                !ConstraintLowering.expressions(for: field.type, field.constraints).isEmpty || refers(field.type)
            }
        case .enumeration:
            return false
        case .taggedUnion(let union):
            return union.variants.contains { refers($0.type) || !ConstraintLowering.expressions(for: $0.type, Constraints()).isEmpty }
        case .untaggedUnion(let union):
            return union.variants.contains { refers($0.type) || !ConstraintLowering.expressions(for: $0.type, Constraints()).isEmpty }
        }
    }

    func needsValidation(_ reference: TypeReference) -> Bool {
        if case .named(let name) = reference.leaf { return validatedTypes.contains(name) }
        return false
    }
}
