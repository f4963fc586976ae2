import Foundation

/// An answer that is a file (an archive, an image, a PDF): its bytes as they came, with what the answer's headers
/// say of them.
public struct DownloadedFile: Sendable, Hashable {
    public var data: Data
    /// The `Content-Type` the server sent (`application/pdf`), nil when it sent none.
    public var contentType: String?
    /// The file name `Content-Disposition` suggests (`attachment; filename="report.pdf"`), nil when it names none.
    /// Only a name: anything up to the last `/` or `\` is left out, so it cannot lead outside a folder.
    public var fileName: String?

    public init(data: Data, contentType: String? = nil, fileName: String? = nil) {
        self.data = data
        self.contentType = contentType
        self.fileName = fileName
    }

    init(_ response: HTTPResponse) {
        self.init(data: response.body, contentType: response.headers["Content-Type"],
                  fileName: response.headers["Content-Disposition"].flatMap(Self.fileName(inDisposition:)))
    }

    /// The file name of a `Content-Disposition` value (RFC 6266): `filename*=UTF-8''a%20b.pdf` first, else
    /// `filename="a b.pdf"` or `filename=a.pdf`; its last path component, nil when there is none.
    public static func fileName(inDisposition value: String) -> String? {
        let parameters = dispositionParameters(value)
        var name = parameters["filename"]
        if let extended = parameters["filename*"], let quotes = extended.range(of: "''"),
           let decoded = extended[quotes.upperBound...].removingPercentEncoding {
            name = decoded
        }
        let last = name?.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        return last.isEmpty || last == "." || last == ".." ? nil : last
    }

    /// The `key=value` parameters after the disposition type, keys lower-cased; a quoted value may hold `;` and
    /// escaped quotes.
    private static func dispositionParameters(_ value: String) -> [String: String] {
        var parameters: [String: String] = [:]
        guard let start = value.firstIndex(of: ";") else { return parameters }
        var rest = value[value.index(after: start)...]
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" || $0 == ";" }
            guard let equals = rest.firstIndex(of: "=") else { break }
            let key = rest[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            rest = rest[rest.index(after: equals)...].drop { $0 == " " }
            var text = ""
            if rest.first == "\"" {
                rest = rest.dropFirst()
                var escaped = false
                while let character = rest.first {
                    rest = rest.dropFirst()
                    if escaped {
                        text.append(character)
                        escaped = false
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "\"" {
                        break
                    } else {
                        text.append(character)
                    }
                }
                rest = rest.drop { $0 != ";" }
            } else {
                let end = rest.firstIndex(of: ";") ?? rest.endIndex
                text = rest[..<end].trimmingCharacters(in: .whitespaces)
                rest = rest[end...]
            }
            if parameters[key] == nil { parameters[key] = text }
        }
        return parameters
    }
}
