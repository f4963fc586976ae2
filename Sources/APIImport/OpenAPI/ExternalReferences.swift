import APISpec
import Foundation

/// `$ref`s to other files beside the document (`pet.yaml`,
/// `schemas.json#/Pet`, `../common.yaml#/components/schemas/Error`). Every
/// reference is made absolute first: a place in another file has a pointer
/// that starts with that file's path, relative to the document's folder
/// (`schemas/pet.yaml#/properties/kind`), and a `#/…` reference written
/// there means that file. Files are read once, by their extension as the
/// document is; remote references are not fetched.
extension OpenAPIMapper {
    /// At most this many other files are read: a document is not a crawler.
    static let externalFileLimit = 256

    /// The file part of a place's pointer: empty for the document itself.
    static func file(of pointer: String) -> String {
        guard let hash = pointer.firstIndex(of: "#") else { return pointer }
        return String(pointer[..<hash])
    }

    /// `Pet` for `schemas/pet.yaml#`: what a whole file is named after; empty in the document itself.
    static func fileStem(of reference: String) -> String {
        ((file(of: reference) as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// `reference` as written at `place`, made absolute: `#/…` for the document, `FILE#/…` for another file.
    func absolute(_ reference: String, from place: DocumentPlace) -> String {
        if reference.hasPrefix("#") { return Self.file(of: place.pointer) + reference }
        if reference.contains("://") { return reference }
        let file = Self.file(of: reference)
        let fragment = reference.dropFirst(file.count)
        let folder = (Self.file(of: place.pointer) as NSString).deletingLastPathComponent
        let joined = folder.isEmpty ? file : folder + "/" + file
        let target = Self.normalized(joined)
        // The document naming itself (`api.json#/components/schemas/Pet`) is a reference inside it.
        let isDocument = target == (document.file as NSString).lastPathComponent
        return (isDocument ? "" : target) + (fragment.isEmpty ? "#" : String(fragment))
    }

    /// `a/./b/../c.yaml` → `a/c.yaml`; `..` that leaves the document's folder is kept.
    private static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) where part != "." {
            if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    /// The node an absolute reference names, or why there is none.
    func node(at reference: String) -> Result<JSONNode, UnresolvedReference> {
        let file = Self.file(of: reference)
        let fragment = String(reference.dropFirst(file.count))
        if file.isEmpty {
            guard let node = document.node(at: fragment) else { return .failure(UnresolvedReference("is not in this document")) }
            return .success(node)
        }
        if reference.contains("://") { return .failure(UnresolvedReference("is a remote reference, which is not fetched")) }
        let other: OpenAPIDocument
        switch externalDocument(file) {
        case .success(let document): other = document
        case .failure(let why): return .failure(why)
        }
        guard let node = other.node(at: fragment.isEmpty ? "#" : fragment) else {
            return .failure(UnresolvedReference("is not in \(file)"))
        }
        return .success(node)
    }

    private func externalDocument(_ file: String) -> Result<OpenAPIDocument, UnresolvedReference> {
        if let known = externalDocuments[file] { return known }
        let result: Result<OpenAPIDocument, UnresolvedReference>
        if externalDocuments.count >= Self.externalFileLimit {
            let limit = Self.externalFileLimit
            result = .failure(UnresolvedReference("is in one file too many (at most \(limit) other files are read)"))
        } else {
            do throws(OpenAPIDocument.LoadError) {
                result = .success(try OpenAPIDocument.load(path: path(of: file)))
            } catch {
                switch error {
                case .unreadable: result = .failure(UnresolvedReference("is in \(file), which cannot be read"))
                case .syntax(let message, let location):
                    let place = "\(location.line):\(location.column)"
                    result = .failure(UnresolvedReference("is in \(file), which does not parse (\(place): \(message))"))
                }
            }
        }
        externalDocuments[file] = result
        return result
    }

    /// Where a file a reference names is, as warnings name it: beside the document.
    func path(of file: String) -> String {
        let folder = (document.file as NSString).deletingLastPathComponent
        return folder.isEmpty ? file : folder + "/" + file
    }
}

/// Why a reference names nothing, for its warning.
struct UnresolvedReference: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
