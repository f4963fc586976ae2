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
        func header(_ name: String) -> String? {
            response.headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
        }
        self.init(data: response.body, contentType: header("Content-Type"),
                  fileName: header("Content-Disposition").flatMap(Self.fileName(inDisposition:)))
    }

    /// `filename="a b.pdf"` or `filename=a.pdf` of a `Content-Disposition` value (RFC 6266); its last path
    /// component, nil when empty.
    public static func fileName(inDisposition value: String) -> String? {
        for parameter in value.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "filename" else { continue }
            var name = pair[1].trimmingCharacters(in: .whitespaces)
            if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") {
                name = String(name.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
            }
            let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
            return last.isEmpty || last == "." || last == ".." ? nil : last
        }
        return nil
    }
}
