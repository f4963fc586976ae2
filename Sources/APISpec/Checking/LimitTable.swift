/// Which documented limit applies to which kind of value: the one table the
/// checker refuses misplaced limits by, the generator lowers limits by, and
/// a runtime test pins against the runtime's conformances (a limit accepted
/// here must be enforced there).
public enum LimitTable {
    /// The kinds of values the table tells apart.
    public enum Shape: String, Sendable, Hashable, CaseIterable {
        /// `string`, `guid`, `phone`, `url`, `email`: checked as `Swift.String`.
        case text
        /// An open enum: checked through its raw value, a `Swift.String`.
        case enumeration
        /// An open enum of whole numbers: its values are its limit, none other applies.
        case integerEnumeration
        /// `int32`, `int64`: checked as numbers.
        case integer
        case double
        /// `epochSeconds`, `epochMillis`: checked through their raw value.
        case epoch
        /// `dateTime` is a `Foundation.Date` in Swift: no text limits apply.
        case dateTime
        /// `date` is a calendar date in Swift: no text limits apply.
        case date
        case bool
        /// A file upload: its name's extension is checked.
        case file
        case json
        /// Named objects and unions check their own fields.
        case structured
        case array
        case map

        /// What the shape is called in diagnostics, for "'maxLength' applies to ...".
        var plural: String {
            switch self {
            case .text: return "strings"
            case .enumeration: return "enums"
            case .integerEnumeration: return "integer enums"
            case .integer, .double: return "numbers"
            case .epoch: return "epoch times"
            case .dateTime: return "dateTime values"
            case .date: return "dates"
            case .bool: return "booleans"
            case .file: return "files"
            case .json: return "json values"
            case .structured: return "objects and unions"
            case .array: return "arrays"
            case .map: return "maps"
            }
        }
    }

    /// The keys of a limit, as the spec writes them.
    public enum Limit: String, Sendable, Hashable, CaseIterable {
        case minLength, maxLength, pattern, minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, minItems, maxItems,
             uniqueItems, fileExtensions, items, keys

        /// Each limit's position in `allCases`, by its key: a bit of a `UInt64` to the loader.
        static let positions: [String: Int] = {
            precondition(allCases.count <= 64, "the loader marks the limits an object states in 64 bits")
            return Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1.rawValue, $0) })
        }()

        /// False for most keys that are not a limit's, by their first letter alone: a field's other keys (`name`,
        /// `type`, `optional`, `description`…) are read far more often than limits, and hashing each cost more.
        static func mayBeKey(_ key: String) -> Bool {
            guard let first = key.utf8.first, first < 128 else { return false }
            return firstLetters[Int(first)]
        }

        /// By ASCII code: whether some limit's key starts with it.
        private static let firstLetters: [Bool] = (0..<128).map { code in
            allCases.contains { $0.rawValue.utf8.first == UInt8(code) }
        }
    }

    public static func shape(of type: TypeReference, types: [String: NamedType]) -> Shape {
        switch type {
        case .array: return .array
        case .map: return .map
        case .orNull(let inner): return shape(of: inner, types: types)
        case .scalar(let scalar):
            switch scalar {
            case .string, .guid, .phone, .url, .email: return .text
            case .int32, .int64: return .integer
            case .double: return .double
            case .epochSeconds, .epochMillis: return .epoch
            case .dateTime: return .dateTime
            case .date: return .date
            case .bool: return .bool
            case .file: return .file
            case .json: return .json
            }
        case .named(let name):
            if case .enumeration(let enumeration) = types[name]?.kind {
                return enumeration.isInteger ? .integerEnumeration : .enumeration
            }
            return .structured
        }
    }

    /// The limits a value of `shape` can be given.
    public static func allowed(for shape: Shape) -> Set<Limit> {
        switch shape {
        case .text: return [.minLength, .maxLength, .pattern, .fileExtensions]
        case .enumeration: return [.minLength, .maxLength, .pattern]
        case .integer, .double, .epoch: return [.minimum, .maximum, .exclusiveMinimum, .exclusiveMaximum, .multipleOf]
        case .file: return [.fileExtensions]
        case .array: return [.minItems, .maxItems, .uniqueItems, .items]
        case .map: return [.minItems, .maxItems, .items, .keys]
        case .dateTime, .date, .bool, .json, .structured, .integerEnumeration: return []
        }
    }

    /// The elements `uniqueItems` can tell apart as the client sends them:
    /// Swift compares text and whole numbers as their JSON compares, where a
    /// `Date` or a `Double` may be equal under two spellings. Objects are
    /// compared as the client holds them, field by field (`==` of the
    /// generated types): two that differ only in keys the spec does not
    /// document are one item, as the client would send them.
    public static let distinctElements: Set<Shape> = [.text, .enumeration, .integer, .integerEnumeration, .structured]

    /// Whether a list of `element` may state `uniqueItems`: text, enums, whole numbers, and objects that hold no
    /// union at any depth. Which variant a union's value is only its decoder decides, so lint could not compare a
    /// sample's items as the client does.
    public static func allowsUniqueItems(of element: TypeReference, types: [String: NamedType]) -> Bool {
        let shape = shape(of: element, types: types)
        guard distinctElements.contains(shape) else { return false }
        var seen: Set<String> = []
        return shape != .structured || !holdsUnion(element, types, &seen)
    }

    private static func holdsUnion(_ type: TypeReference, _ types: [String: NamedType],
                                   _ seen: inout Set<String>) -> Bool {
        switch type {
        case .array(let inner), .map(let inner), .orNull(let inner): return holdsUnion(inner, types, &seen)
        case .scalar: return false
        case .named(let name):
            guard seen.insert(name).inserted else { return false }
            switch types[name]?.kind {
            case .object(let object)?: return object.fields.contains { holdsUnion($0.type, types, &seen) }
            case .enumeration?, nil: return false
            case .taggedUnion?, .untaggedUnion?: return true
            }
        }
    }

    /// The shapes a limit applies to, for "'maxLength' applies to strings and enums".
    public static func shapes(allowing limit: Limit) -> [Shape] {
        Shape.allCases.filter { allowed(for: $0).contains(limit) }
    }

    static func describe(_ limit: Limit) -> String {
        var names: [String] = []
        for shape in shapes(allowing: limit) where !names.contains(shape.plural) { names.append(shape.plural) }
        guard names.count > 1 else { return names.first ?? "nothing" }
        return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }

    /// Limits set in `constraints`, in the table's order.
    public static func present(in constraints: Constraints) -> [Limit] {
        Limit.allCases.filter { $0.isSet(in: constraints) }
    }
}

extension LimitTable.Limit {
    /// Whether the spec states this limit in `constraints`.
    public func isSet(in constraints: Constraints) -> Bool {
        switch self {
        case .minLength: return constraints.minLength != nil
        case .maxLength: return constraints.maxLength != nil
        case .pattern: return constraints.pattern != nil
        case .minimum: return constraints.minimum != nil
        case .maximum: return constraints.maximum != nil
        case .exclusiveMinimum: return constraints.exclusiveMinimum != nil
        case .exclusiveMaximum: return constraints.exclusiveMaximum != nil
        case .multipleOf: return constraints.multipleOf != nil
        case .minItems: return constraints.minItems != nil
        case .maxItems: return constraints.maxItems != nil
        case .uniqueItems: return constraints.uniqueItems != nil
        case .fileExtensions: return constraints.fileExtensions != nil
        case .items: return constraints.items != nil
        case .keys: return constraints.keys != nil
        }
    }
}
