import Foundation

/// `--format sarif`: the report as a SARIF 2.1.0 log, for code-scanning
/// tools. Every rule of the catalogue is listed (its level the worst verdict
/// it can give), and each change is a result at its line of the new spec,
/// at the level its impact maps to. Keys sorted, so the same specs give
/// the same bytes.
extension DiffReport {
    func sarif(toolVersion: String?) -> String {
        let rules = DiffRules.catalogue
        let index = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let driver = SARIF.Driver(name: "apigen", version: toolVersion, rules: rules.map { rule in
            let verdicts = "Sent: \(rule.sent.text). Received: \(rule.received.text). Example: \(rule.example)."
            return SARIF.Rule(id: rule.id, shortDescription: .init(text: rule.reason), fullDescription: .init(text: verdicts),
                              defaultConfiguration: .init(level: SARIF.level(of: rule.worst)))
        })
        let uri = newFile.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? newFile
        let results = ordered.map { change in
            let region = change.line.map { SARIF.Region(startLine: $0, startColumn: change.column) }
            let swift = change.swiftSymbol.map { " (Swift: \($0))" } ?? ""
            let location = SARIF.Location(physicalLocation: .init(artifactLocation: .init(uri: uri), region: region))
            let properties = SARIF.Properties(impact: change.impact.rawValue, scope: change.scope, path: change.path,
                                              swiftSymbol: change.swiftSymbol, renamedFrom: change.renamedFrom)
            return SARIF.Result(ruleId: change.kind, ruleIndex: index[change.kind], level: SARIF.level(of: change.impact),
                                message: .init(text: "\(change.scope): \(change.summary) — \(change.reason)\(swift)"),
                                locations: [location], properties: properties)
        }
        let log = SARIF.Log(runs: [SARIF.Run(tool: .init(driver: driver), results: results)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(log)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// The parts of SARIF 2.1.0 the report uses; nil members are left out.
enum SARIF {
    static func level(of impact: SpecChange.Impact) -> String {
        switch impact {
        case .breaking: return "error"
        case .possiblyBreaking: return "warning"
        case .nonBreaking: return "note"
        }
    }

    struct Log: Encodable {
        var schema = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String?
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var shortDescription: Text
        var fullDescription: Text
        var defaultConfiguration: Configuration
    }

    struct Text: Encodable {
        var text: String
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Text
        var locations: [Location]
        var properties: Properties
    }

    /// What tools may group or filter by beyond the rule: the verdict after
    /// the project's rules, and where in the API.
    struct Properties: Encodable {
        var impact: String
        var scope: String
        var path: String
        var swiftSymbol: String?
        var renamedFrom: String?
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable {
        var uri: String
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
    }
}
