import APISpec
import Foundation

/// The one place where names from a spec become Swift identifiers:
/// words are split at separators and case changes, acronyms are cased
/// uniformly (`template_uuid` → `templateUUID`), leading digits get an
/// underscore, and keywords are escaped.
public enum SwiftNamer {
    /// The same spec names are converted again and again while lowering
    /// (every reference to a type names it): remembered once converted.
    private static let cache = NameCache()

    /// Words Swift style writes in one case: `groupID`, `imageURL`.
    static let acronyms: Set<String> = ["id", "ids", "url", "urls", "uuid", "uri", "json", "api", "http", "html", "sms"]

    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal",
        "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript",
        "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard",
        "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "Any", "false", "is", "nil", "self", "Self",
        "super", "throws", "true", "try", "await", "Type", "Protocol", "some", "any",
    ]

    /// Type names that would shadow a module or a name generated code relies on.
    static let reservedTypeNames: Set<String> = ["Swift", "Foundation", "FoundationNetworking", "APIRuntime", "Codable", "Sendable"]

    /// Splits `groupImageURL`, `template_uuid` or `Connect-Group` into words.
    static func words(_ raw: String) -> [String] {
        // Unicode scalars with an ASCII fast path: Characters and their
        // property tables made naming the generator's hottest code.
        var words: [String] = []
        var current = String.UnicodeScalarView()
        let scalars = Array(raw.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            guard NameCharacters.isLetter(scalar) || NameCharacters.isDigit(scalar) else {
                if !current.isEmpty { words.append(String(current)); current = String.UnicodeScalarView() }
                continue
            }
            if NameCharacters.isUpper(scalar), let last = current.last {
                let nextIsLower = index + 1 < scalars.count && NameCharacters.isLower(scalars[index + 1])
                if NameCharacters.isLower(last) || NameCharacters.isDigit(last) || (NameCharacters.isUpper(last) && nextIsLower) {
                    words.append(String(current))
                    current = String.UnicodeScalarView()
                }
            }
            current.append(scalar)
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    private static func capitalized(_ word: String) -> String {
        if acronyms.contains(word.lowercased()) { return word.uppercased() }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// `lowerCamelCase`, for properties, cases, functions and labels; escaped.
    public static func memberName(_ raw: String) -> String {
        escapedMember(unescapedMemberName(raw))
    }

    /// `lowerCamelCase` without keyword escaping, for composing names.
    static func unescapedMemberName(_ raw: String) -> String {
        cache.value(for: raw, kind: .member) { makeMemberName(raw) }
    }

    private static func makeMemberName(_ raw: String) -> String {
        let parts = words(raw)
        guard let first = parts.first else { return "_" }
        var name = first.lowercased() == first || acronyms.contains(first.lowercased()) || first.uppercased() == first
            ? first.lowercased()
            : first.prefix(1).lowercased() + first.dropFirst()
        name += parts.dropFirst().map(capitalized).joined()
        if let initial = name.first, initial.isNumber { name = "_" + name }
        // `self` cannot be a property (an initializer parameter would shadow
        // self) nor a static member (`T.self` is the metatype).
        if name == "self" { name = "self_" }
        return name
    }

    /// `UpperCamelCase`, for types.
    public static func typeName(_ raw: String) -> String {
        cache.value(for: raw, kind: .type) { makeTypeName(raw) }
    }

    private static func makeTypeName(_ raw: String) -> String {
        var name = words(raw).map(capitalized).joined()
        if name.isEmpty { name = "_" }
        if let initial = name.first, initial.isNumber { name = "_" + name }
        if keywords.contains(name) || reservedTypeNames.contains(name) { name += "_" }
        return name
    }

    static func escapedMember(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// A Swift string literal of `text`.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += "\\u{\(String(scalar.value, radix: 16))}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}

/// Converted names by raw name; locked, since generation may run on any thread.
private final class NameCache: @unchecked Sendable {
    enum Kind { case type, member }

    private let lock = NSLock()
    private var types: [String: String] = [:]
    private var members: [String: String] = [:]

    func value(for raw: String, kind: Kind, make: () -> String) -> String {
        if let known = lock.withLock({ kind == .type ? types[raw] : members[raw] }) { return known }
        let name = make()
        lock.withLock {
            if kind == .type { types[raw] = name } else { members[raw] = name }
        }
        return name
    }
}
