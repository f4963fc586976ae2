/// What differs between the families the general Markdown reader serves,
/// as data.
struct MarkdownStyle: Sendable {
    /// `GET /assets/ID`: upper-case segments are placeholders (Slate).
    var upperCasePlaceholders = false
    /// A section's code samples come before its request line, and show the answer (Slate).
    var samplesBeforeRequestLine = false
    /// What follows an object page's name in its title: "event resource type" (Microsoft Graph).
    var objectTitleSuffixes: [String] = []
}

/// The headings and bold paragraphs that structure a reference page, beyond
/// `DocsVocabulary`'s body and parameter sections.
enum MarkdownSection: Equatable {
    /// "HTTP request": where request lines are.
    case requestLine
    case parameters(DocsRowKind?)
    /// A bare "Parameters": the call's rows, placed as a table right under its request line is (by the path's
    /// placeholders and the method).
    case callParameters
    case requestBody
    case response
    /// "Example", "Request" and "Response" under an example: samples.
    case example(request: Bool)
    /// "Properties", "Fields", "Attributes": an object's members.
    case properties(String?)
    /// "requester object" under a call: the members of its body's field of that name.
    case nestedObject(String)
    /// "Response 422", "Response 4xx": an answer that is no success; its tables and samples are not the call's body.
    case errorAnswer
    /// Headings that hold no facts the importer reads (Permissions, Relationships, Errors).
    case ignored
    /// A title: an operation's or an object's name.
    case title

    /// `titled`: a heading, where "List Available Fields" is a call's title; a bold paragraph ("**Field Properties**",
    /// "**Custom Fields**") names a section.
    static func of(_ heading: String, titled: Bool = false) -> MarkdownSection {
        let text = DocsVocabulary.fold(heading).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        func has(_ words: [String]) -> Bool { words.contains { text.contains($0) } }
        if text == "http request" || text == "endpoint" || text == "request line" || text == "url" { return .requestLine }
        if has(["example", "exemple", "beispiel", "sample"]) { return .example(request: DocsVocabulary.isRequestSample(text)) }
        if text == "request" || text == "requete" || text == "anforderung" { return .example(request: true) }
        if has(["request header", "en-tetes", "headers"]) { return .parameters(.header) }
        if has(["path parameter", "parametres de chemin", "pfadparameter", "url parameter"]) { return .parameters(.path) }
        if has(["query parameter", "parametres de requete", "abfrageparameter", "query string"]) { return .parameters(.query) }
        if has(["post parameter", "data parameter", "body parameter", "form parameter"]) { return .requestBody }
        switch DocsVocabulary.section(of: heading) {
        case .requestBody: return .requestBody
        case .responseBody: return .response
        case .parameters, .requiredParameters, .optionalParameters: return .parameters(nil)
        case .sample: return .example(request: DocsVocabulary.isRequestSample(text))
        case .other: break
        }
        if ["response", "reponse", "antwort"].contains(where: { text.hasPrefix($0) }) || text == "returns" {
            // "Response 422", "Response (404 Not Found)", "Response 4xx": an error's answer.
            let status = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
                .first { (100...599).contains($0) }
            let errorClass = text.contains("4xx") || text.contains("5xx")
            return errorClass || (status ?? 200) >= 300 ? .errorAnswer : .response
        }
        // "requester object", "The `requester` object": one word and "object".
        let words = text.split(separator: " ").filter { $0 != "the" }
        if words.count == 2, words[1] == "object",
           let name = heading.split(separator: " ").reversed().dropFirst().first {
            return .nestedObject(name.trimmingCharacters(in: CharacterSet(charactersIn: "`*")))
        }
        for word in ["properties", "fields", "attributes", "proprietes", "champs", "eigenschaften", "felder"] {
            if text == word { return .properties(nil) }
            if text.hasSuffix(" " + word), !titled || !["fields", "champs", "felder"].contains(word) {
                let trimmed = heading.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
                return .properties(String(trimmed.dropLast(word.count + 1)))
            }
        }
        if has(["permission", "relationship", "error", "see also", "json representation", "methods", "prerequisite",
                "limitation"])
            || text == "notes" { return .ignored }
        if text == "parameters" { return .callParameters }
        return .title
    }
}

import Foundation
