import ResolvedAPI

/// How the client is declared: what the generator's options say to lowering.
package struct LoweringOptions: Sendable {
    /// Declarations are `public` (a library) or internal (compiled into the app).
    package let isPublic: Bool
    /// Models are `Hashable` rather than `Equatable`.
    package let hashable: Bool

    package init(isPublic: Bool, hashable: Bool) {
        self.isPublic = isPublic
        self.hashable = hashable
    }
}

/// What every lowering step needs: the resolved spec and the options.
/// Lowering formats decisions made by the resolver; it decides nothing.
struct LoweringContext {
    let resolved: ResolvedSpec
    let options: LoweringOptions

    /// `public ` or nothing, before every declaration.
    var access: String { options.isPublic ? "public " : "" }

    var clientName: String { resolved.clientName }

    var modelConformances: String { RuntimeSymbols.modelConformances(hashable: options.hashable) }

    /// The Swift spelling of a resolved type.
    func spell(_ type: SwiftType) -> String {
        switch type {
        case .string: return RuntimeSymbols.string
        case .int32: return RuntimeSymbols.int32
        case .int64: return RuntimeSymbols.int64
        case .double: return RuntimeSymbols.double
        case .bool: return RuntimeSymbols.bool
        case .date: return RuntimeSymbols.date
        case .calendarDate: return RuntimeSymbols.calendarDate
        case .epochSeconds: return RuntimeSymbols.epochSeconds
        case .epochMillis: return RuntimeSymbols.epochMillis
        case .json: return RuntimeSymbols.jsonValue
        case .file: return RuntimeSymbols.fileUpload
        case .downloadedFile: return RuntimeSymbols.downloadedFile
        case .named(let name, _): return name
        case .nullable(let wrapped): return "\(RuntimeSymbols.nullable)<\(spell(wrapped))>"
        case .optional(let wrapped): return spell(wrapped) + "?"
        case .array(let element): return "[\(spell(element))]"
        case .map(let value): return "[\(RuntimeSymbols.string): \(spell(value))]"
        }
    }

    /// A property's type as declared: `T`, `T?`, or `APIRuntime.Nullable<T>`.
    func declaredType(of property: ResolvedProperty) -> String {
        switch property.holding {
        case .value, .nullable: return spell(property.type)
        case .optional, .orNull: return spell(property.valueType) + "?"
        }
    }

    /// The literal a default prints as.
    func literal(_ value: ResolvedDefault) -> String {
        switch value {
        case .bool(let flag): return flag ? "true" : "false"
        case .integer(let text), .double(let text): return text
        case .string(let text): return SwiftLiteral.string(text)
        case .enumCase(let name): return "." + name
        case .list(let items): return "[" + items.map(literal).joined(separator: ", ") + "]"
        }
    }
}
