import APISpec

/// A field's type as the importer understands it, before names are given
/// to objects and enums.
indirect enum InferredType: Sendable, Hashable {
    /// An apigen scalar the type column names: string, bool, int32, int64, double, guid, url, json, file.
    case scalar(ScalarType)
    /// "DateTime", "timestamp", "epoch": an instant whose form (text or epoch numbers) the samples and prose decide.
    case timestamp
    case list(InferredType)
    case map(InferredType)
    /// A type named by the docs (a link, a PascalCase word), an object page or structure.
    case named(String)
    /// "JSON Object" with nothing said about its members yet.
    case unknownObject
    /// "Array" with nothing said about its items yet.
    case unknownList

    /// The spec's type, where the column alone decides it; nil for an instant, whose form is still to be told.
    var reference: TypeReference? {
        switch self {
        case .scalar(let scalar): .scalar(scalar)
        case .timestamp: nil
        case .list(let item): item.reference.map(TypeReference.array)
        case .map(let item): item.reference.map(TypeReference.map)
        case .named(let name): .named(name)
        case .unknownObject: .scalar(.json)
        case .unknownList: .array(.scalar(.json))
        }
    }
}

/// Reads the type column: `String`, `Chaîne`, `Boolescher Wert`, `Long`,
/// `String[]`, `JSON Object Array`, `[Contact](./contact.md)`, `MessageType`.
enum TypeColumn {
    /// Whether a type cell says the field may be left out ("string, optional": true; "integer (required)": false);
    /// nil when it does not say.
    static func requirement(_ cell: InlineText) -> Bool? {
        requirementWord(in: cell.plain.trimmingCharacters(in: .whitespaces)).map { word in
            let folded = DocsVocabulary.fold(word)
            return ["optional", "facultatif", "optionnel"].contains { folded.contains($0) }
        }
    }

    /// The trailing qualifier of a type cell that says whether the field is required: ` (required)`, `, optional`.
    private static func requirementWord(in raw: String) -> String? {
        let folded = DocsVocabulary.fold(raw)
        let words = ["required", "optional", "obligatoire", "facultatif", "optionnel", "erforderlich"]
        for word in words {
            for spelled in [" (\(word))", ", \(word)", " - \(word)"]
            where folded.hasSuffix(spelled) && folded.count > spelled.count {
                return String(raw.suffix(spelled.count))
            }
        }
        return nil
    }

    static func read(_ cell: InlineText) -> InferredType? {
        let whole = DocsVocabulary.fold(cell.plain).trimmingCharacters(in: .whitespaces)
        // "[event](event.md) collection", "[Contact[]](/api/contact)", "array of [Tag](tag.md)".
        let listed = whole.hasSuffix(" collection") || whole.hasSuffix("[]")
            || whole.hasPrefix("array of") || whole.hasPrefix("list of")
        if let link = cell.links.first {
            var name = link.text.trimmingCharacters(in: .whitespaces)
            let isList = listed || name.hasSuffix("[]")
            while name.hasSuffix("[]") { name.removeLast(2) }
            return isList ? .list(.named(name)) : .named(name)
        }
        var raw = cell.plain.trimmingCharacters(in: .whitespaces)
        // "string (required)", "string, optional": optionality, which `requirement` reads; the type is the rest.
        if let word = requirementWord(in: raw) {
            raw = String(raw.dropLast(word.count)).trimmingCharacters(in: .whitespaces)
        }
        // "string/null", "datetime or null": the value may be null, which optionality says; the type is the rest.
        for suffix in ["/null", " or null", "|null", ", nullable"] where DocsVocabulary.fold(raw).hasSuffix(suffix) {
            raw = String(raw.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
        }
        var text = DocsVocabulary.fold(raw)
        // `integer(int64)`, `string(date-time)`: an OpenAPI type and format, as pages generated from one write them.
        if let open = text.firstIndex(of: "("), text.hasSuffix(")"), !text[..<open].contains(" ") {
            let format = text[text.index(after: open)..<text.index(before: text.endIndex)]
            let formats: [Substring: ScalarType] = ["int32": .int32, "int64": .int64, "double": .double, "float": .double,
                                                    "date-time": .dateTime, "date": .date, "uuid": .guid, "uri": .url,
                                                    "url": .url, "email": .email, "binary": .file]
            if let scalar = formats[format] { return .scalar(scalar) }
            text = String(text[..<open])
            raw = String(raw.prefix { $0 != "(" })
        }
        var isList = false
        if text.hasSuffix(" collection") {
            text = String(text.dropLast(11))
            raw = String(raw.dropLast(11))
            isList = true
        }
        // "JSON object array specific to the action type", "JSON Array": the leading words say it.
        if text.hasPrefix("json object array") || text.hasPrefix("json array") || text.hasPrefix("tableau json") { return .list(.unknownObject) }
        if text.hasPrefix("json object") || text.hasPrefix("json-objekt") || text.hasPrefix("objet json") { return .unknownObject }
        // `String[]`, and a translation's `String]`.
        for suffix in ["[]", "]", " array", " arrays", "s array"] where text.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            isList = true
            break
        }
        for prefix in ["array of ", "list of ", "tableau de ", "liste de "] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
            raw = String(raw.dropFirst(prefix.count))
            isList = true
            // "array of strings", "list of integers": the item's word in the plural.
            if text.hasSuffix("s"), read(InlineText(markup: text.dropLast()[...], column: 1)) != nil {
                text.removeLast()
            }
        }
        let item: InferredType?
        if ["datetime", "date time", "timestamp", "time stamp", "epoch"].contains(where: { text.hasPrefix($0) }) || text == "date" || text == "time" {
            return isList ? .list(.timestamp) : .timestamp
        }
        // "Location object": a named type.
        if text.hasSuffix(" object"), let word = raw.split(separator: " ").first, word.first?.isUppercase == true, raw.split(separator: " ").count == 2 {
            return .named(String(word))
        }
        switch text {
        case "string", "chaine", "str", "zeichenfolge", "text", "texte": item = .scalar(.string)
        case "bool", "boolean", "booleen", "boolescher wert", "boolesch", "bool value": item = .scalar(.bool)
        case "int", "integer", "int32", "numeric", "number", "nombre", "numerique", "zahl", "ganzzahl", "entier", "numerisch":
            item = .scalar(.int32)
        case "long", "int64", "entier long", "lang": item = .scalar(.int64)
        case "double", "float", "decimal", "dezimal": item = .scalar(.double)
        case "json object", "object", "objet json", "json-objekt", "objet", "objekt": item = .unknownObject
        case "json": item = .scalar(.json)
        case "id", "identifier", "identifiant", "kennung": item = .scalar(.string)
        case "guid", "uuid": item = .scalar(.guid)
        case "url", "uri", "link": item = .scalar(.url)
        case "file", "fichier", "datei": item = .scalar(.file)
        case "array", "tableau", "arrays": return .unknownList
        default:
            let word = raw.filter { !"[] ".contains($0) }
            if let first = word.first, first.isUppercase, word.allSatisfy({ $0.isLetter || $0.isNumber }), word.count > 1 { item = .named(word) } else { item = nil }
        }
        guard let item else { return nil }
        return isList ? .list(item) : item
    }
}

import Foundation
