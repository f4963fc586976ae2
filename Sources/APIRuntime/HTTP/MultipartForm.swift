import Foundation

/// A file to upload: its name, bytes and MIME type.
public struct FileUpload: Hashable, Sendable {
    public var fileName: String
    public var data: Data
    public var contentType: String

    /// The MIME type defaults to the one of the file name's extension.
    public init(fileName: String, data: Data, contentType: String? = nil) {
        self.fileName = fileName
        self.data = data
        self.contentType = contentType ?? MultipartForm.mimeType(forExtension: TextFormats.fileExtension(of: fileName))
    }
}

/// A `multipart/form-data` body.
public struct MultipartForm: Sendable {
    public enum Part: Sendable {
        case text(name: String, value: String)
        case file(name: String, FileUpload, allowedExtensions: [String])
        /// JSON (an object, a map, a union, free-form JSON): its encoding, sent as `application/json`.
        case json(name: String, Data)
        /// A list field: one part per item, each under the list's name, in order (what OpenAPI sends for an
        /// array in a multipart form). An empty list sends no part.
        case list([Part])

        /// A text field of any plain value; nil when the value is absent.
        public static func field<Value: QueryValue>(_ name: String, _ value: Value?) -> Part? {
            value.map { .text(name: name, value: $0.wireText) }
        }

        /// A file field; nil when the file is absent.
        public static func upload(_ name: String, _ file: FileUpload?, allowedExtensions: [String]) -> Part? {
            file.map { .file(name: name, $0, allowedExtensions: allowedExtensions) }
        }

        /// A value sent as JSON; nil when it is absent.
        public static func json<Value: Encodable>(_ name: String, _ value: Value?) throws(APIError) -> Part? {
            guard let value else { return nil }
            return .json(name: name, try encoded(value))
        }

        /// A list of values sent as JSON, one part each; nil when the list is absent.
        public static func jsons<Value: Encodable>(_ name: String, _ values: [Value]?) throws(APIError) -> Part? {
            guard let values else { return nil }
            return .list(try values.map { (value) throws(APIError) in .json(name: name, try encoded(value)) })
        }

        private static func encoded<Value: Encodable>(_ value: Value) throws(APIError) -> Data {
            do {
                return try JSONCoding.encode(value)
            } catch {
                throw APIError.encoding(type: String(describing: Value.self), message: String(describing: error))
            }
        }

        /// A list of plain values, one text part each; nil when the list is absent.
        public static func fields<Value: QueryValue>(_ name: String, _ values: [Value]?) -> Part? {
            values.map { .list($0.map { .text(name: name, value: $0.wireText) }) }
        }

        /// A list of files, one file part each; nil when the list is absent.
        public static func uploads(_ name: String, _ files: [FileUpload]?, allowedExtensions: [String]) -> Part? {
            files.map { .list($0.map { .file(name: name, $0, allowedExtensions: allowedExtensions) }) }
        }
    }

    public var parts: [Part]
    /// Fixed per form so the encoded body is reproducible.
    public var boundary: String

    public init(parts: [Part], boundary: String = "apigen-boundary-7d4f0c2b9e1a") {
        self.parts = parts
        self.boundary = boundary
    }

    public var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    /// Files whose names do not end in an allowed extension: a list's at `name[index]`.
    var violations: [Violation] {
        var validator = Validator()
        func check(_ part: Part, at index: Int?) {
            switch part {
            case .file(let name, let file, let allowed) where !allowed.isEmpty:
                let path = index.map { "\(name)[\($0)]" } ?? name
                file.fileName.check(.fileExtension(allowed), at: path, secret: false, into: &validator)
            case .list(let items):
                for (position, item) in items.enumerated() { check(item, at: position) }
            case .text, .file, .json:
                break
            }
        }
        for part in parts { check(part, at: nil) }
        return validator.violations
    }

    public func encoded() -> Data {
        var data = Data()
        func line(_ text: String) { data.append(contentsOf: Array((text + "\r\n").utf8)) }
        func append(_ part: Part) {
            if case .list(let items) = part {
                items.forEach(append)
                return
            }
            line("--\(boundary)")
            switch part {
            case .text(let name, let value):
                line("Content-Disposition: form-data; name=\"\(Self.quoted(name))\"")
                line("")
                line(value)
            case .file(let name, let file, _):
                line("Content-Disposition: form-data; name=\"\(Self.quoted(name))\"; filename=\"\(Self.quoted(file.fileName))\"")
                line("Content-Type: \(file.contentType)")
                line("")
                data.append(file.data)
                line("")
            case .json(let name, let json):
                line("Content-Disposition: form-data; name=\"\(Self.quoted(name))\"")
                line("Content-Type: application/json")
                line("")
                data.append(json)
                line("")
            case .list:
                break
            }
        }
        parts.forEach(append)
        line("--\(boundary)--")
        return data
    }

    private static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    static func mimeType(forExtension fileExtension: String) -> String {
        switch fileExtension {
        case "jpg", "jpeg": return "image/jpeg"
        case "png": return "image/png"
        case "gif": return "image/gif"
        case "zip": return "application/zip"
        case "csv": return "text/csv"
        case "txt": return "text/plain"
        case "json": return "application/json"
        case "mp3": return "audio/mpeg"
        case "wav": return "audio/wav"
        case "doc": return "application/msword"
        case "docx": return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "xls": return "application/vnd.ms-excel"
        case "xlsx": return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "ppt": return "application/vnd.ms-powerpoint"
        case "pptx": return "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        case "pdf": return "application/pdf"
        case "mp4": return "video/mp4"
        case "3gpp": return "video/3gpp"
        default: return "application/octet-stream"
        }
    }
}
