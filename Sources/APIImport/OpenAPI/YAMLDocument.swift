import APISpec
import YAMLReader

/// A YAML document as the located JSON tree the importer reads: YAML is read
/// by the project's own reader, and every node keeps the line and column the
/// reader gives it, so warnings point into the YAML file.
enum YAMLDocument {
    static func tree(_ text: String) throws(OpenAPIDocument.LoadError) -> JSONNode {
        do throws(YAMLError) {
            return node(try YAMLReader.parse(text))
        } catch {
            throw .syntax(message: error.message, location: SourceLocation(line: error.line, column: error.column))
        }
    }

    private static func node(_ yaml: YAMLNode) -> JSONNode {
        let location = SourceLocation(line: yaml.line, column: yaml.column)
        switch yaml.content {
        case .mapping(let pairs):
            return JSONNode(.object(pairs.map { pair in
                JSONNode.Member(key: pair.key.scalarText ?? "",
                                keyLocation: SourceLocation(line: pair.key.line, column: pair.key.column),
                                value: node(pair.value))
            }), at: location)
        case .sequence(let items):
            return JSONNode(.array(items.map(node)), at: location)
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return JSONNode(.null, at: location)
            case .bool(let flag): return JSONNode(.bool(flag), at: location)
            case .int(let number): return JSONNode(.number(String(number)), at: location)
            // JSON has no infinity or NaN: such a value stays the text it was written as.
            case .float(let number) where number.isFinite: return JSONNode(.number("\(number)"), at: location)
            case .float: return JSONNode(.string(scalar.text), at: location)
            case .string(let text): return JSONNode(.string(text), at: location)
            }
        }
    }
}
