import APIGenerator
import APISpec

/// Merges a new import of the docs into a spec a person keeps, three ways:
/// the base is the import the spec last took in. Where the docs changed a
/// fact (type, optionality, a limit, a default, an enum value) and the spec
/// still says what the old docs said, the spec takes the new fact; where
/// the person changed it, the spec keeps theirs and the conflict is
/// reported. Elements new in the docs are added; elements gone from pages
/// that were given are removed unless the person changed them. What the
/// pages given do not cover (an operation or a type no page of this import
/// describes) is left as it is. Everything else (Swift names, notes, rules,
/// descriptions, samples, acknowledgements) stays as written.
///
/// The merge edits the spec's model and writes it through the one spec
/// writer, so its output always reads as a spec; a merge that would not
/// lint has errors at the kept spec's lines, and is not to be written.
public struct SpecMerger {
    public struct Result: Sendable {
        /// The merged spec's text; the same bytes when nothing changed.
        public var text: String
        /// What was applied, one line each.
        public var applied: [String]
        /// Docs changes the spec's own edits kept out, at the spec's line or the page's.
        public var conflicts: [ImportWarning]
        /// Elements of the spec no page given covers: left as they are.
        public var untouched: [String]
        /// Why the merged spec cannot be written (it does not load or lint), at the lines of the kept spec.
        public var errors: [Diagnostic]
    }

    /// Nil when the base or the incoming draft is not JSON; a kept spec that does not load is an error of the result.
    public static func merge(spec specText: String, specPath: String, base baseText: String, incoming incomingText: String,
                             coverage: ImportCoverage = ImportCoverage()) -> Result? {
        let model = { (text: String, path: String) -> APISpecification? in
            let loaded = SpecLoader.load(text: text, path: path)
            return loaded.specification ?? loaded.partial
        }
        guard let baseModel = model(baseText, "base.json"), let theirModel = model(incomingText, "incoming.json") else { return nil }
        let ourLoad = SpecLoader.load(text: specText, path: specPath)
        guard var ourModel = ourLoad.specification else {
            let errors = ourLoad.diagnostics.filter { $0.severity == .error }
            return Result(text: specText, applied: [], conflicts: [], untouched: [], errors: errors)
        }
        let added = newTypes(theirs: theirModel, base: baseModel, kept: ourModel, pairs: pairs(draft: theirModel, kept: ourModel))
        ourModel.types += added
        var merger = SpecMerger(ours: ourModel, specPath: specPath, coverage: coverage,
                                basePairs: pairs(draft: baseModel, kept: ourModel), theirPairs: pairs(draft: theirModel, kept: ourModel),
                                base: baseModel, theirs: theirModel)
        merger.applied = added.map { "added type \($0.name)" }
        merger.run()
        guard !merger.applied.isEmpty else {
            return Result(text: specText, applied: [], conflicts: merger.conflicts, untouched: merger.untouched, errors: [])
        }
        let text = SpecWriter.text(of: merger.merged)
        // The merged spec's errors name the kept spec's lines: its elements keep the places they were read from.
        let errors = Lint.diagnostics(text: text, path: specPath).filter { $0.severity == .error }.map { diagnostic in
            var located = diagnostic
            located.location = merger.merged.location(of: diagnostic.path.components) ?? ourModel.nameLocation ?? SourceLocation(line: 1, column: 1)
            return located
        }
        return Result(text: text, applied: merger.applied, conflicts: merger.conflicts, untouched: merger.untouched, errors: errors)
    }

    /// Draft type name → the kept spec's: through the types they pair with, else a type of the same name.
    static func pairs(draft: APISpecification, kept: APISpecification) -> [String: String] {
        var pairs = SpecComparer.referenceNames(draft: draft, reference: kept)
        let keptNames = Set(kept.types.map(\.name))
        for type in draft.types where pairs[type.name] == nil && keptNames.contains(type.name) { pairs[type.name] = type.name }
        return pairs
    }

    var merged: APISpecification
    let ours: APISpecification
    let specPath: String
    let coverage: ImportCoverage
    let basePairs: [String: String]
    let theirPairs: [String: String]
    let base: APISpecification
    let theirs: APISpecification
    var applied: [String] = []
    var conflicts: [ImportWarning] = []
    var untouched: [String] = []

    init(ours: APISpecification, specPath: String, coverage: ImportCoverage, basePairs: [String: String], theirPairs: [String: String],
         base: APISpecification, theirs: APISpecification) {
        self.merged = ours
        self.ours = ours
        self.specPath = specPath
        self.coverage = coverage
        self.basePairs = basePairs
        self.theirPairs = theirPairs
        self.base = base
        self.theirs = theirs
    }

    mutating func run() {
        let addedOperations = mergeOperations()
        mergeFields(skipping: addedOperations)
        mergeEnums()
    }

    func place(_ location: SourceLocation) -> DocsPlace {
        DocsPlace(file: specPath, line: max(location.line, 1), column: max(location.column, 1))
    }

    func conflict(_ message: String, at place: DocsPlace) -> ImportWarning {
        ImportWarning(.mergeConflict, message, place: place)
    }

    static func operationKey(_ operation: APISpec.Operation) -> String { operation.routeKey }

    /// Adds the operations new in the docs whose types the spec has; returns their keys.
    mutating func mergeOperations() -> Set<String> {
        let baseKeys = Set(base.operations.map(Self.operationKey))
        let ourKeys = Set(ours.operations.map(Self.operationKey))
        let theirKeys = Set(theirs.operations.map(Self.operationKey))
        // A route the person split into variants (one endpoint that does several jobs): the docs' one operation of
        // it is those variants, not a new operation beside them.
        var variants: [String: [String]] = [:]
        for operation in ours.operations {
            guard let variant = operation.routeVariant else { continue }
            variants["\(operation.method.rawValue) \(operation.path)", default: []].append(variant)
        }
        var added = Set<String>()
        for operation in theirs.operations {
            let key = Self.operationKey(operation)
            if operation.routeVariant == nil, !ourKeys.contains(key), let split = variants[key] {
                untouched.append("\(key) is split into route variants in the spec (\(split.joined(separator: ", "))); "
                                 + "the docs' changes to it are not merged into them")
                continue
            }
            guard !baseKeys.contains(key), !ourKeys.contains(key), !added.contains(key) else { continue }
            var unknown = Set<String>()
            let translated = translating(operation) { name in
                if let paired = theirPairs[name] { return paired }
                unknown.insert(name)
                return name
            }
            let docsPlace = coverage.operationPlaces[key] ?? place(ours.operations.last?.location ?? SourceLocation(line: 1, column: 1))
            guard unknown.isEmpty else {
                conflicts.append(conflict("\(key) is new in the docs, but uses types the spec does not have (\(unknown.sorted().joined(separator: ", "))); "
                    + "add it by hand from a fresh draft", at: docsPlace))
                continue
            }
            merged.operations.append(translated)
            added.insert(key)
            applied.append("added operation \(key)")
        }
        // An operation no page given shows may be on a page left out, or one the API dropped: the spec keeps it.
        for operation in ours.operations where baseKeys.contains(Self.operationKey(operation)) && !theirKeys.contains(Self.operationKey(operation)) {
            untouched.append("\(Self.operationKey(operation)) is not in this import; kept as it is")
        }
        return added
    }

    /// An operation of the draft with its type names the spec's, placed at the spec's last operation.
    func translating(_ operation: APISpec.Operation, _ name: (String) -> String) -> APISpec.Operation {
        var operation = operation
        let location = ours.operations.last?.location ?? SourceLocation(line: 1, column: 1)
        operation.location = location
        func fields(_ fields: inout [Field]) {
            for index in fields.indices {
                fields[index].type = FieldFacts.translated(fields[index].type, name)
                fields[index].location = location
            }
        }
        for index in operation.parameters.indices {
            operation.parameters[index].field.type = FieldFacts.translated(operation.parameters[index].field.type, name)
            operation.parameters[index].field.location = location
        }
        fields(&operation.responseHeaders)
        for response in [false, true] {
            guard var body = response ? operation.responseBody : operation.requestBody else { continue }
            switch body.shape {
            case .type(let type): body.shape = .type(FieldFacts.translated(type, name))
            case .fields(var object):
                fields(&object.fields)
                body.shape = .fields(object)
            }
            if response { operation.responseBody = body } else { operation.requestBody = body }
        }
        return operation
    }
}
