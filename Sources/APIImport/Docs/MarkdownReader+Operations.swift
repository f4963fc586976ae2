import Foundation

/// How the general reader opens and closes operations and ties samples to them.
extension MarkdownReader {
    /// A request line, its path a well-formed template (and `ID` a placeholder where the family says so).
    func requestLine(_ text: String) -> (method: String, path: String)? {
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: "` *"))
        guard var request = RequestLine.parse(trimmed) else { return nil }
        if style.upperCasePlaceholders { request.path = PathTemplate.upperCasePlaceholders(request.path) }
        return request
    }

    /// Request lines that are not a heading: operations of the current title's scope, joining those it already has.
    func openInScope(_ requests: [(method: String, path: String)], line: Int, state: inout State, reading: inout DocsReading) {
        if state.operations.isEmpty { state.scopeLevel = state.titleLevel }
        let title = state.title.isEmpty ? (page.frontMatter["title"] ?? "") : state.title
        open(requests, title: title, line: line, state: &state)
        if let pending = state.pendingExample {
            state.pendingExample = nil
            if reading.baseURL == nil, let url = pending.url, let path = requests.first?.path {
                reading.baseURL = Self.baseURL(url, calling: path)
            }
            example(nil, body: pending.body, line: pending.line, usesBearer: pending.usesBearer, state: &state,
                    reading: &reading)
        }
    }

    func open(_ requests: [(method: String, path: String)], title: String, line: Int, state: inout State) {
        let group = pageGroup()
        var open = Set(state.operations.map { $0.method + " " + $0.path })
        for request in requests where open.insert(request.method + " " + request.path).inserted {
            var operation = DocsOperation(method: request.method, path: request.path, title: title, summary: title,
                                          group: group ?? String(request.path.split(separator: "/").first ?? ""),
                                          place: tables.place(line: line))
            // What the section showed before its request line (Slate) is this operation's too.
            operation.responseSamples = state.pending
            state.operations.append(operation)
        }
        state.pending = []
        state.section = .requestLine
    }

    func finish(_ state: inout State, into reading: inout DocsReading) {
        reading.operations += state.operations
        state.operations = []
        state.exampleTarget = nil
        state.pending = []
    }

    func finishObject(_ state: inout State, into reading: inout DocsReading) {
        if let object = state.object, !object.rows.isEmpty { reading.objects.append(object) }
        state.object = nil
    }

    /// A JSON sample: the example's operation's (or the scope's first), or kept for the request line to come.
    func sample(_ sample: DocsSample, request: Bool, state: inout State) {
        guard !state.operations.isEmpty else {
            if style.samplesBeforeRequestLine { state.pending.append(sample) }
            return
        }
        let target = state.exampleTarget ?? 0
        if request {
            state.operations[target].requestSamples.append(sample)
        } else {
            state.operations[target].responseSamples.append(sample)
        }
    }

    /// An example request: it names the operation the next samples belong to; its JSON body is a request sample.
    func example(_ request: (method: String, path: String)?, url: String? = nil, body: (text: String, line: Int)?, line: Int,
                 usesBearer: Bool, state: inout State, reading: inout DocsReading) {
        if let request {
            let target = state.operations.firstIndex { $0.method == request.method && RequestLine.matches($0.path, request.path) }
            // Slate shows a call's examples before its request line: the line opens the operation.
            if target == nil, state.operations.isEmpty, style.samplesBeforeRequestLine {
                state.pendingExample = PendingExample(url: url, body: body, usesBearer: usesBearer, line: line)
                return
            }
            if target == nil, state.operations.isEmpty {
                openInScope([request], line: line, state: &state, reading: &reading)
                // The only call the page shows: its host is the base URL.
                if reading.baseURL == nil { reading.baseURL = url.flatMap(Self.origin) }
            }
            state.exampleTarget = target ?? (state.operations.isEmpty ? nil : 0)
            if reading.baseURL == nil, let target, let url {
                reading.baseURL = Self.baseURL(url, calling: state.operations[target].path)
            }
            if target == nil, let operation = state.operations.first, operation.path != request.path {
                reading.warnings.append(ImportWarning(
                    .exampleOfAnotherPath,
                    "example calls \(request.method) \(request.path), which no request line of its section matches; "
                        + "its samples are tied to \(operation.method) \(operation.path)",
                    place: tables.place(line: line)))
            }
        }
        guard let target = state.exampleTarget ?? (state.operations.isEmpty ? nil : 0) else { return }
        if usesBearer { state.operations[target].usesBearer = true }
        if let body, body.text.first(where: { !$0.isWhitespace }).map({ $0 == "{" || $0 == "[" }) == true {
            let place = tables.place(line: line + body.line)
            state.operations[target].requestSamples.append(DocsSample(title: "Request", text: body.text, place: place))
        }
    }

    /// `GET https://api.example.com/v1/orders`: the host a request line names, unless a placeholder, for the base URL
    /// where no page states one.
    func noteOrigin(of requestLine: String, in reading: inout DocsReading) {
        guard reading.requestLineOrigin == nil, let url = requestLine.split(separator: " ").dropFirst().first,
              let origin = Self.origin(of: String(url)), !origin.contains("{") else { return }
        reading.requestLineOrigin = origin
    }

    /// `https://api.example.com/v1/orders?x=1` → `https://api.example.com`; nil for a URL of no scheme.
    static func origin(of url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let host = url[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" }
        return String(url[..<scheme.upperBound]) + host
    }

    /// `https://graph.microsoft.com/v1.0/me/events/AAMk…` calling `/me/events/{id}` → `https://graph.microsoft.com/v1.0`.
    static func baseURL(_ url: String, calling template: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        var rest = url[scheme.upperBound...]
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        var segments = rest.split(separator: "/", omittingEmptySubsequences: false)
        let count = template.split(separator: "/").count
        guard segments.count > count else { return nil }
        segments.removeLast(count)
        return String(url[..<scheme.upperBound]) + segments.joined(separator: "/")
    }

    func isExampleSection(_ state: State) -> Bool {
        if case .example = state.section { return true }
        return false
    }

    /// Whether request lines call operations already open (an example's concrete path), rather than declare new ones.
    func callsOpenOperation(_ requests: [(method: String, path: String)?], _ state: State) -> Bool {
        !state.operations.isEmpty && requests.compactMap { $0 }.allSatisfy { request in
            state.operations.contains {
                $0.method == request.method && RequestLine.matches($0.path, request.path) && $0.path != request.path
            }
        }
    }

    /// The body of an HTTP message: what follows its first empty line; with the line it starts on (0-based in the block).
    static func body(after lines: [String], in text: String) -> (text: String, line: Int)? {
        guard let blank = lines.firstIndex(where: \.isEmpty) else {
            // A message with no headers: the body starts at its first `{` or `[` line.
            guard let start = lines.dropFirst().firstIndex(where: { $0.hasPrefix("{") || $0.hasPrefix("[") }) else { return nil }
            return (text.splitLines()[start...].joined(separator: "\n"), start)
        }
        let rest = text.splitLines().dropFirst(blank + 1)
        guard rest.contains(where: { !$0.trimmingSpaces().isEmpty }) else { return nil }
        return (rest.joined(separator: "\n"), blank + 1)
    }

    /// The section a short paragraph opens when it is written as a heading: bold (`**Query Parameters**`) or as
    /// one of the quoted captions Slate pages generated from OpenAPI documents write (`> Body parameter`,
    /// `> Example responses`, `> 201 Response`); any other quoted line is a note.
    func captionSection(_ plain: String, line: Int) -> MarkdownSection? {
        guard line >= 1, line <= page.lines.count else { return nil }
        let raw = page.lines[line - 1].trimmingSpaces()
        if raw.hasPrefix(">") {
            let caption = DocsVocabulary.fold(String(plain.drop { $0 == ">" || $0 == " " }))
            if caption == "body parameter" || caption == "body parameters" { return .requestBody }
            if caption == "example responses" || caption == "example response" { return .example(request: false) }
            let words = caption.split(separator: " ")
            guard words.count == 2, words[1] == "response", let status = Int(words[0]) else { return nil }
            return status >= 300 ? .errorAnswer : .response
        }
        let section = MarkdownSection.of(plain)
        return section != .title && isBold(line: line) ? section : nil
    }

    /// Whether the paragraph at `line` is all emphasis (`**Query Parameters**`).
    func isBold(line: Int) -> Bool {
        guard line >= 1, line <= page.lines.count else { return false }
        let raw = page.lines[line - 1].trimmingSpaces()
        return raw.count > 4 && (raw.hasPrefix("**") && raw.hasSuffix("**") || raw.hasPrefix("__") && raw.hasSuffix("__"))
    }

    /// `[user](../resources/user.md)` → `user`.
    func objectName(of link: InlineText.Link) -> String {
        let stem = Self.stem(of: link.target)
        let text = link.text.trimmingCharacters(in: .whitespaces)
        return DocsVocabulary.fold(text).filter(\.isLetter) == DocsVocabulary.fold(stem).filter(\.isLetter) ? text : stem
    }

    /// "event resource type" → event; else the page's title or file name.
    func pageObjectName(_ state: State) -> String {
        let candidates = [page.frontMatter["title"] ?? "", state.title]
        for candidate in candidates where !candidate.isEmpty {
            for suffix in style.objectTitleSuffixes where candidate.hasSuffix(suffix) {
                return String(candidate.dropLast(suffix.count))
            }
        }
        return state.title.isEmpty ? Self.stem(of: page.file) : state.title
    }

    /// Slate's `_api_endpoint_assets.md` → assets; Graph's `event-get.md` → event; nil when the file says nothing.
    func pageGroup() -> String? {
        var stem = Self.stem(of: page.file)
        if stem.hasPrefix("_api_endpoint_") { stem = String(stem.dropFirst(14)) }
        let word = stem.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? stem
        guard !word.isEmpty, word.allSatisfy(\.isLetter) else { return nil }
        return word.prefix(1).lowercased() + word.dropFirst()
    }

    /// A path's file name up to its first dot: `../resources/user.md` → `user`.
    static func stem(of path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.split(separator: ".").first.map(String.init) ?? file
    }
}
