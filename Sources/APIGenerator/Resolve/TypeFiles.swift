/// Which file of `Models/` each type is printed in.
///
/// A type whose Swift name extends another type's name at a word boundary is printed in that type's file:
/// `Account`, `AccountBusinessType` and `AccountCapabilitiesCardPayments` share `Models/Account.swift`, and the types
/// of a request body written in place (`PostCustomersRequestAddress`) share the body's file with the body itself
/// (`Models/PostCustomersRequest.swift`).
///
/// Why not one file per type: a module's files each cost every compile job of the module something (SwiftPM's debug
/// build compiles 25 files a job, each job reads every file's name and lists it in each primary's dependencies), so a
/// client of thousands of types spent more on its number of files than on its code (Stripe: 3,729 files built in 442 s,
/// the same code in 550 files in 215 s; BENCHMARKS.md). The rule reads nothing but the type's own name and
/// the module's names, so a changed field is still one hunk in one file, and a new type lands in one file.
enum TypeFiles {
    /// The file stem of each name of `typeNames`: the shortest of `moduleNames` it starts with at a word boundary
    /// (an upper-case letter follows), or itself.
    static func stems(of typeNames: [String], among moduleNames: Set<String>) -> [String: String] {
        var stems: [String: String] = [:]
        for name in typeNames where stems[name] == nil {
            stems[name] = stem(of: name, among: moduleNames)
        }
        return stems
    }

    static func stem(of name: String, among moduleNames: Set<String>) -> String {
        // Prefixes are cut at character boundaries, not built again character by character.
        var index = name.startIndex
        while index < name.endIndex {
            // An ASCII capital: its ASCII value, cheaper than the character's Unicode properties.
            if index > name.startIndex, let ascii = name[index].asciiValue, ascii >= 0x41, ascii <= 0x5A {
                let prefix = String(name[..<index])
                if moduleNames.contains(prefix) { return prefix }
            }
            name.formIndex(after: &index)
        }
        return name
    }
}
