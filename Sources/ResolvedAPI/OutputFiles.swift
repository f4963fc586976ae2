/// The files generation writes, named in one place: `Generator` writes
/// them under these paths, and the resolver checks that each name is one
/// every file system takes (a located error otherwise), so that a spec
/// that lints clean is also written whole.
///
/// Names that differ only in letter case are one file on macOS and
/// Windows (and one object file in a SwiftPM build there): the scopes the
/// names are claimed in (`NameScope`) ignore case for types and groups.
package enum OutputFiles {
    package static func client(_ clientName: String) -> String { "\(clientName).swift" }
    package static func samples(_ clientName: String) -> String { "\(clientName)+\(samplesSuffix).swift" }
    package static func webhooks(_ webhooksName: String) -> String { "\(webhooksName).swift" }
    package static func model(_ typeName: String) -> String { "Models/\(typeName).swift" }
    package static func operations(_ clientName: String, group fileName: String) -> String {
        "Operations/\(clientName)+\(fileName).swift"
    }

    /// The samples file's name after the client's: a group may not take it,
    /// or two files would share a base name, which one module cannot have.
    package static let samplesSuffix = "Samples"
}
