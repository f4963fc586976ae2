import Foundation

/// The words docs pages use for their sections and columns, in English,
/// French and German (the languages of the project's docs and seeds).
/// Matching is on lower-cased, accent-folded text.
enum DocsVocabulary {
    enum Section: Equatable {
        case parameters, requiredParameters, optionalParameters, requestBody, responseBody, sample, other
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Folded text that remembers where each of its characters came from:
    /// a fold may lengthen text ("ß" → "ss"), so offsets do not carry over.
    struct Folded {
        let text: String
        private let plain: String
        /// For each folded character, where it came from; empty when the fold kept every character's place.
        private let origins: [String.Index]

        init(_ plain: String) {
            self.plain = plain
            let whole = DocsVocabulary.fold(plain)
            // Most text folds character for character: offsets carry over, no map is needed.
            if whole.count == plain.count {
                text = whole
                origins = []
                return
            }
            var text = ""
            var origins: [String.Index] = []
            for index in plain.indices {
                let folded = DocsVocabulary.fold(String(plain[index]))
                origins += Array(repeating: index, count: folded.count)
                text += folded
            }
            origins.append(plain.endIndex)
            self.text = text
            self.origins = origins
        }

        /// The index in the plain text of the character at `index` of the folded text.
        func plainIndex(_ index: String.Index) -> String.Index {
            let offset = text.distance(from: text.startIndex, to: index)
            if origins.isEmpty { return plain.index(plain.startIndex, offsetBy: offset, limitedBy: plain.endIndex) ?? plain.endIndex }
            return origins[min(offset, origins.count - 1)]
        }
    }

    static func section(of heading: String) -> Section {
        let text = fold(heading)
        func has(_ words: [String]) -> Bool { words.contains { text.contains($0) } }
        if has(["sample", "example", "exemple", "beispiel"]) { return .sample }
        if has(["required parameters", "parametres requis", "erforderliche parameter"]) { return .requiredParameters }
        if has(["optional parameters", "parametres facultatifs", "optionale parameter"]) { return .optionalParameters }
        if has(["request parameters", "parametres de la demande", "parametres de la requete", "anforderungsparameter"]) { return .parameters }
        if has(["request body", "corps de la requete", "corps de la demande", "anforderungstext", "anforderungstextkorper"]) { return .requestBody }
        if has(["response body", "corps de la reponse", "antworttext", "antworttextkorper"]) || text == "response" || text == "reponse" || text == "antwort" {
            return .responseBody
        }
        return .other
    }

    /// Whether a sample heading shows a request (else a response).
    static func isRequestSample(_ heading: String) -> Bool {
        let text = fold(heading)
        return ["request", "demande", "requete", "anforderung"].contains { text.contains($0) }
    }

    enum Column: Equatable { case kind, name, type, optional, description, defaultValue }

    static func column(_ header: String) -> Column? {
        let text = fold(header).trimmingCharacters(in: .whitespaces)
        // Kaizala's pages leave the kind column's header empty; others call it "In" or "Location".
        if text.isEmpty || ["in", "location", "parameter location", "emplacement", "ort"].contains(text) { return .kind }
        if ["parameter", "parametre", "field", "champ", "feld", "name", "nom", "property", "propriete", "eigenschaft",
            "attribut", "key", "argument"]
            .contains(where: { text.hasPrefix($0) }) { return .name }
        if ["type", "typ", "data type", "datentyp", "type de donnees", "format"].contains(text) { return .type }
        let optional = ["optional", "facultatif", "required", "obligatoire", "erforderlich", "pflicht"]
        if optional.contains(where: { text.hasPrefix($0) }) { return .optional }
        if text.hasPrefix("description") || text.hasPrefix("beschreibung") { return .description }
        let defaults = ["default", "default value", "defaut", "par defaut", "valeur par defaut", "standard", "standardwert"]
        if defaults.contains(text) { return .defaultValue }
        return nil
    }

    /// "Yes"/"No" of an Optional? column; a Required column reads the other way.
    static func yesNo(_ cell: String) -> Bool? {
        let text = fold(cell).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        if ["yes", "oui", "ja", "true", "optional", "facultatif"].contains(text) { return true }
        if ["no", "non", "nein", "false", "required", "obligatoire", "erforderlich"].contains(text) { return false }
        return nil
    }

    static func rowKind(_ cell: String) -> DocsRowKind? {
        let text = fold(cell)
        if text.contains("path") || text.contains("chemin") || text.contains("pfad") { return .path }
        if text.contains("query") || text.contains("requete") || text.contains("abfrage") { return .query }
        if text.contains("header") || text.contains("en-tete") || text.contains("kopfzeile") { return .header }
        if text.contains("body") || text.contains("corps") || text.contains("text") { return .body }
        return nil
    }
}
