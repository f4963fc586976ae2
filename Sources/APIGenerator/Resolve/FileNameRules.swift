import APISpec
import ResolvedAPI

/// What file systems take as one name of a path: the checks the resolver
/// runs on every output file it names (`OutputFiles`).
enum FileNameRules {
    /// ext4, APFS and NTFS all take at most 255 (bytes, UTF-8 characters, UTF-16 units: bytes are the strictest).
    static let maximumNameBytes = 255

    /// Device names Windows reserves whatever the extension (`CON.swift` too).
    private static let windowsDevices = Set(["CON", "PRN", "AUX", "NUL"] + (0...9).flatMap { ["COM\($0)", "LPT\($0)"] })

    /// Why no file or folder can have this name (one path component), if none can.
    static func problem(_ name: String) -> (code: DiagnosticCode, reason: String)? {
        if name.isEmpty || name == "." || name == ".." {
            return (.fileNameReserved, "'\(name)' names no file of its own")
        }
        let bytes = name.utf8.count
        if bytes > maximumNameBytes {
            return (.fileNameTooLong, "it is \(bytes) bytes long (in UTF-8), and file systems take at most \(maximumNameBytes)")
        }
        if let refused = name.unicodeScalars.first(where: isRefused) {
            let isControl = refused.value < 0x20 || refused.value == 0x7F
            let shown = isControl ? "U+\(String(refused.value, radix: 16, uppercase: true))" : "'\(refused)'"
            return (.fileNameInvalid, "it holds \(shown), which file systems refuse or read as a folder")
        }
        if name.hasSuffix(".") || name.hasSuffix(" ") {
            return (.fileNameInvalid, "it ends in a dot or a space, which Windows drops")
        }
        let stem = String(name.prefix { $0 != "." }).uppercased()
        if windowsDevices.contains(stem) {
            return (.fileNameReserved, "Windows reserves '\(stem)' for a device, whatever follows the dot")
        }
        return nil
    }

    /// NUL and control characters, and what Windows or any system reads as part of a path.
    private static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || "/\\:*?\"<>|".unicodeScalars.contains(scalar)
    }
}

extension SpecResolution {
    /// Every output file, and `apigen`'s folder for the API (`Generated/<name>`,
    /// the name as written), by the spec element it is named after: one error per element.
    mutating func checkFileNames(clientName: String, webhooksName: String?, groups: [(name: String, fileName: String)]) {
        struct Named {
            var path: String
            var isFolder = false
            var what: String
            var location: SourceLocation
            var at: JSONPath
        }
        let apiName = (what: "the API's name", location: spec.nameLocation ?? SourceLocation(line: 1, column: 1),
                       at: JSONPath.root.key("name"))
        var named = [Named(path: spec.name, isFolder: true, what: apiName.what, location: apiName.location, at: apiName.at)]
        // The samples file's is the longest of the names after the API's.
        var files = [OutputFiles.samples(clientName), OutputFiles.client(clientName)]
        if let webhooksName { files.append(OutputFiles.webhooks(webhooksName)) }
        for file in files {
            named.append(Named(path: file, what: apiName.what, location: apiName.location, at: apiName.at))
        }
        for (index, type) in spec.types.enumerated() {
            guard let swiftName = typeNames[type.name] else { continue }
            named.append(Named(path: OutputFiles.model(typeFileStems[swiftName] ?? swiftName),
                               what: "type '\(Diagnostic.clipped(type.name))'",
                               location: type.location, at: .root.key("types").index(index).key("name")))
        }
        for (index, operation) in spec.operations.enumerated() {
            let bodies = [(requestTypeNames[operation.name], operation.requestBody?.location, "requestBody", "request"),
                          (responseTypeNames[operation.name], operation.responseBody?.location, "responseBody", "response")]
            for case let (swiftName?, location?, key, kind) in bodies {
                named.append(Named(path: OutputFiles.model(typeFileStems[swiftName] ?? swiftName),
                                   what: "the \(kind) body of operation '\(Diagnostic.clipped(operation.name))'",
                                   location: location, at: .root.key("operations").index(index).key(key)))
            }
            if let swiftName = responseHeaderTypeNames[operation.name] {
                named.append(Named(path: OutputFiles.model(typeFileStems[swiftName] ?? swiftName),
                                   what: "the response headers of operation '\(Diagnostic.clipped(operation.name))'",
                                   location: operation.location,
                                   at: .root.key("operations").index(index).key("responseHeaders")))
            }
        }
        var firstOperationOfGroup: [String: Int] = [:]
        for (index, operation) in spec.operations.enumerated() where firstOperationOfGroup[operation.group] == nil {
            firstOperationOfGroup[operation.group] = index
        }
        for group in groups {
            guard let index = firstOperationOfGroup[group.name] else { continue }
            named.append(Named(path: OutputFiles.operations(clientName, group: group.fileName),
                               what: "group '\(Diagnostic.clipped(group.name))'", location: spec.operations[index].location,
                               at: .root.key("operations").index(index).key("group")))
        }
        var blamed: Set<JSONPath> = []
        // Types printed in one file share its name: its first type is blamed for it.
        var checkedPaths: Set<String> = []
        for entry in named where !blamed.contains(entry.at) && checkedPaths.insert(entry.path).inserted {
            let name = entry.isFolder ? entry.path : String(entry.path.split(separator: "/").last ?? "")
            guard let (code, reason) = FileNameRules.problem(name) else { continue }
            blamed.insert(entry.at)
            let kind = entry.isFolder ? "apigen's output folder" : "the file"
            diagnostics.error(code, "\(entry.what) would name \(kind) '\(Diagnostic.clipped(name))', but \(reason)",
                              at: entry.location, entry.at)
        }
    }
}
