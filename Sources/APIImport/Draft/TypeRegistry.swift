import APISpec
import Foundation

/// Names the object and enum types a draft needs, once each: the same
/// shape under the same name is one type; a name taken by another shape
/// is qualified by its owner, then numbered.
struct TypeRegistry: Sendable {
    private(set) var types: [DraftType] = []
    private var indexByName: [String: Int] = [:]
    private var namesIgnoringCase: Set<String> = []
    private var reserved: Set<String> = []

    /// Names of documented object pages, kept for them alone.
    mutating func reserve(_ name: String) { reserved.insert(name) }

    /// An operation's bodies are types the generator names `<Operation>Request` and `<Operation>Response`.
    mutating func reserveBodies(of operation: String) {
        namesIgnoringCase.insert((NameCase.pascal(operation) + "Request").lowercased())
        namesIgnoringCase.insert((NameCase.pascal(operation) + "Response").lowercased())
    }

    func type(named name: String) -> DraftType? { indexByName[name].map { types[$0] } }

    /// The type a field's type names, when it names one by itself (not a list or a map of it).
    func type(of reference: TypeReference) -> DraftType? { reference.typeName.flatMap(type(named:)) }

    /// Registers `type` under its name, or under a qualified one when the
    /// name is taken by a different shape; returns the name used.
    mutating func register(_ type: DraftType, owner: String, isPage: Bool = false) -> String {
        var type = type
        if case .enumeration(let values) = type.kind {
            var seen = Set<String>()
            type.kind = .enumeration(values.filter { seen.insert($0).inserted })
        }
        let base = NameCase.typeName(type.name)
        if let index = indexByName[base], types[index].signature == type.signature { return base }
        var candidates = [base]
        if !owner.isEmpty, !base.hasPrefix(owner) { candidates.append(NameCase.typeName(owner + base)) }
        // Names differing only in case would be one file on a case-insensitive disk.
        func isFree(_ name: String) -> Bool { !namesIgnoringCase.contains(name.lowercased()) }
        var chosen = candidates.first { name in isFree(name) && (isPage || !reserved.contains(name)) }
        if let existing = candidates.first(where: { indexByName[$0].map { types[$0].signature == type.signature } ?? false }) {
            return existing
        }
        // The same shape numbered before (`Response2`) is that type.
        if chosen == nil, let numbered = types.first(where: { $0.signature == type.signature && $0.name.hasPrefix(base)
                                                               && !$0.name.dropFirst(base.count).isEmpty && $0.name.dropFirst(base.count).allSatisfy(\.isNumber) }) {
            return numbered.name
        }
        var number = 2
        while chosen == nil {
            let name = "\(base)\(number)"
            if isFree(name), !reserved.contains(name) { chosen = name }
            number += 1
        }
        var named = type
        named.name = chosen!
        indexByName[named.name] = types.count
        namesIgnoringCase.insert(named.name.lowercased())
        types.append(named)
        return named.name
    }

    /// Replaces the fields of a registered object type.
    mutating func replaceFields(of name: String, with fields: [DraftField]) {
        guard let index = indexByName[name], case .object = types[index].kind else { return }
        types[index].kind = .object(fields)
    }
}

enum NameCase {
    /// `bot_status` → BotStatus, `groups` → Groups, `Let us meet` → LetUsMeet.
    /// Words are runs of the scalars a spec name may hold (`NameCharacters`), after composing accents with their
    /// letters: a combining mark no letter takes is dropped, not kept in a name the lint refuses.
    static func pascal(_ text: String) -> String {
        pascalASCII(text) ?? pascalOfAnyText(text)
    }

    /// `pascal` scalar by scalar, for text of any script.
    static func pascalOfAnyText(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if NameCharacters.isLetter(scalar) || NameCharacters.isDigit(scalar) {
                kept.append(scalar)
            } else if ![.nonspacingMark, .spacingMark, .enclosingMark].contains(scalar.properties.generalCategory) {
                kept.append(" ")
            }
        }
        let joined = String(kept).split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        // An upper case can take a combining mark (`ǰ` → `J̌`).
        return String(String.UnicodeScalarView(joined.unicodeScalars.filter { NameCharacters.isLetter($0) || NameCharacters.isDigit($0) }))
    }

    /// `pascal` of ASCII text (nearly every name), byte by byte: composing accents, Unicode properties and splitting
    /// into strings were a tenth of importing GitHub's document. Nil for other text.
    static func pascalASCII(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var startsWord = true
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            guard isLower || isUpper || isDigit else {
                startsWord = true
                continue
            }
            bytes.append(startsWord && isLower ? byte - 0x20 : byte)
            startsWord = false
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A spec type name from any text: letters, digits and '_', starting with a letter (`3d` → Value3d, `+91` → Value91).
    static func typeName(_ text: String) -> String {
        let name = pascal(text)
        return name.first?.isLetter == true ? name : "Value" + name
    }

    static func camel(_ text: String) -> String {
        let pascal = pascal(text)
        return pascal.prefix(1).lowercased() + pascal.dropFirst()
    }

    /// `groups` → group, `subGroups` → subGroup; a word ending in `ss` or short stays.
    static func singular(_ name: String) -> String {
        if name.hasSuffix("ies"), name.count > 4 { return String(name.dropLast(3)) + "y" }
        if name.hasSuffix("s"), !name.hasSuffix("ss"), !name.hasSuffix("us"), !name.hasSuffix("is"), name.count > 3 { return String(name.dropLast()) }
        return name
    }
}
