import ResolvedAPI
import APISpec
import Foundation

/// Turns names from a spec into Swift identifiers: words are split at
/// separators and case changes, acronyms are cased uniformly
/// (`template_uuid` → `templateUUID`), only scalars Swift accepts are kept,
/// a name that cannot start an identifier gets an underscore, and a name
/// with no letter or digit is spelled by its code points (`-` → `_2D`).
/// Which names a scope reserves, and collisions, are `NameScope`'s.
public enum SwiftNamer {
    /// The same spec names are converted again and again: remembered once converted.
    private static let cache = NameCache()

    /// Words Swift style writes in one case: `groupID`, `imageURL`.
    static let acronyms: Set<String> = ["id", "ids", "url", "urls", "uuid", "uri", "json", "api", "http", "html", "sms"]

    /// Words that are keywords somewhere in Swift: escaped with backticks
    /// where a member may be, renamed where not (see `NameScope`).
    static let keywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else",
        "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "Any", "false", "is",
        "nil", "self", "Self", "super", "throws", "true", "try", "await", "Type", "Protocol", "some", "any", "_",
    ]

    /// Splits `groupImageURL`, `template_uuid` or `Connect-Group` into words.
    static func words(_ raw: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        let scalars = Array(raw.unicodeScalars)
        func isKept(_ scalar: Unicode.Scalar) -> Bool {
            (NameCharacters.isLetter(scalar) || NameCharacters.isDigit(scalar)) && SwiftIdentifier.isCharacter(scalar)
        }
        for (index, scalar) in scalars.enumerated() {
            let kept = isKept(scalar)
            // A sign before a number is a word of its own, so that `+1` and `-1` (GitHub's reactions) stay apart.
            if scalar == "+" || scalar == "-", index + 1 < scalars.count, NameCharacters.isDigit(scalars[index + 1]),
               index == 0 || !isKept(scalars[index - 1]) {
                if !current.isEmpty { words.append(String(current)); current = String.UnicodeScalarView() }
                words.append(scalar == "+" ? "plus" : "minus")
                continue
            }
            guard kept else {
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

    /// `lowerCamelCase`, for properties, cases, functions and labels; not escaped.
    public static func memberName(_ raw: String) -> String {
        cache.value(for: raw, kind: .member) { makeMemberName(raw) }
    }

    private static func makeMemberName(_ raw: String) -> String {
        let parts = words(raw)
        guard let first = parts.first else { return codePointName(raw, empty: "empty") }
        var name = first.lowercased() == first || acronyms.contains(first.lowercased()) || first.uppercased() == first
            ? first.lowercased()
            : first.prefix(1).lowercased() + first.dropFirst()
        name += parts.dropFirst().map(capitalized).joined()
        return identifierHead(name)
    }

    /// `UpperCamelCase`, for types and file names; not escaped.
    public static func typeName(_ raw: String) -> String {
        cache.value(for: raw, kind: .type) { makeTypeName(raw) }
    }

    private static func makeTypeName(_ raw: String) -> String {
        let name = words(raw).map(capitalized).joined()
        return name.isEmpty ? codePointName(raw, empty: "Empty") : identifierHead(name)
    }

    /// Case conversions can yield scalars Swift does not accept (and a digit
    /// cannot start a name): such names get an underscore first.
    private static func identifierHead(_ name: String) -> String {
        let valid = name.unicodeScalars.allSatisfy(SwiftIdentifier.isCharacter)
        let cleaned = valid ? name : String(String.UnicodeScalarView(name.unicodeScalars.filter(SwiftIdentifier.isCharacter)))
        guard let head = cleaned.unicodeScalars.first, SwiftIdentifier.isHead(head), !NameCharacters.isDigit(head) else { return "_" + cleaned }
        return cleaned
    }

    /// `_2D` for `-`, `_1F600` for an emoji.
    private static func codePointName(_ raw: String, empty: String) -> String {
        guard !raw.isEmpty else { return empty }
        return "_" + raw.unicodeScalars.prefix(8).map { String($0.value, radix: 16, uppercase: true) }.joined(separator: "_")
    }

    /// A member name as written in code: keywords in backticks.
    static func spelled(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
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

extension SwiftName {
    /// A claimed name, with its spelling in code decided here (backticks for a keyword).
    init(name: String) {
        self.init(name: name, spelled: SwiftNamer.spelled(name))
    }
}
