/// Checks of the headers an operation's success answer documents: each is read from text into a typed struct.
extension SpecChecker {
    mutating func checkResponseHeaders(_ operation: Operation, _ path: JSONPath) {
        var seen: [String: Field] = [:]
        for (index, header) in operation.responseHeaders.enumerated() {
            let headerPath = path.key("responseHeaders").index(index)
            if !Self.isHeaderName(header.name) {
                let name = Diagnostic.clipped(header.name)
                sink.error(.invalidHeaderName, "response header name '\(name)' is not an HTTP token: letters, digits "
                           + "and !#$%&'*+-.^_`|~ only", at: header.location, headerPath.key("name"))
            }
            // Header names are compared without case on the wire, so two spellings are one header.
            let key = header.name.lowercased()
            if let first = seen[key] {
                sink.error(.duplicateField, "response header '\(header.name)' is already declared as '\(first.name)' "
                           + "(line \(first.location.line)); header names are compared without case",
                           at: header.location, headerPath.key("name"))
            }
            seen[key] = seen[key] ?? header
            checkReference(header.type, at: header.location, headerPath.key("type"))
            checkPlainValue(header, headerPath.key("type"), what: "a response header", arrays: false)
            if !header.isOptional, let empty = operation.emptyAnswerStatuses.first {
                sink.error(.responseHeaderNotApplicable, "response header '\(header.name)' must be optional: the "
                           + "\(empty) answer of '\(operation.name)' is empty and need not carry it",
                           at: header.location, headerPath.key("optional"))
            }
        }
    }

    /// RFC 9110's token: what a field name may hold.
    static func isHeaderName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"): true
            default: "!#$%&'*+-.^_`|~".utf8.contains(byte)
            }
        }
    }
}
