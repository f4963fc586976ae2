/// CORS headers (`Access-Control-Allow-Origin` and the like) are for browsers, which check them before they let a
/// page read an answer; a Swift client has no use for them. Documents that list them do so on every answer (Twilio:
/// 166), and one warning per answer would bury the warnings that matter: they are said once for the document, at the
/// first answer that lists them, and in a note of the draft.
struct CORSHeaderUse {
    let first: DocumentPlace
    var names: [String]
    var answers: Int
}

extension OpenAPIMapper {
    static func isCORSHeader(_ name: String) -> Bool {
        name.lowercased().hasPrefix("access-control-")
    }

    func noteCORSHeaders(_ names: [String], at place: DocumentPlace) {
        guard !names.isEmpty else { return }
        var use = corsHeaders ?? CORSHeaderUse(first: place, names: [], answers: 0)
        use.names += names.filter { !use.names.contains($0) }
        use.answers += 1
        corsHeaders = use
    }

    /// The one warning, and the draft's note; nil when no answer lists a CORS header.
    func reportCORSHeaders() -> String? {
        guard let use = corsHeaders else { return nil }
        let answers = use.answers == 1 ? "one answer" : "\(use.answers) answers (the first here)"
        warn(.responseHeaders, "CORS headers (\(use.names.joined(separator: ", "))) on \(answers) are for browsers: "
             + "a client does not read them, and the draft leaves them out", at: use.first)
        return "CORS headers the document lists on \(use.answers == 1 ? "an answer" : "its answers") "
            + "(\(use.names.joined(separator: ", "))) are left out: browsers check them, a client does not."
    }
}
