/// What kind of finding a diagnostic is, stable across wording changes:
/// tools (the importer's mending, editors, CI annotations, tests) switch on
/// the code, never on the message. One case per kind of finding; the raw
/// value is what `apigen lint` prints (`[#UnknownKey]`) and its JSON gives.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable {
    // MARK: Reading the file

    /// The file cannot be read.
    case unreadableFile = "UnreadableFile"
    /// The file is not UTF-8.
    case notUTF8 = "NotUTF8"
    /// The spec is valid but not in the canonical layout (`apigen fmt --check`).
    case notCanonicalLayout = "NotCanonicalLayout"
    /// The text is not JSON (or nests deeper than the parser goes).
    case invalidJSON = "InvalidJSON"
    /// A value of the wrong JSON kind: an object where a string belongs.
    case wrongValueKind = "WrongValueKind"
    /// A key the object does not accept (with the closest one it does).
    case unknownKey = "UnknownKey"
    /// A key given twice in one object.
    case duplicateKey = "DuplicateKey"
    /// A required key left out.
    case missingKey = "MissingKey"
    /// A word the format does not know where it expects one of a few:
    /// a method, type kind, auth scheme, parameter location, style, content type.
    case unknownKeyword = "UnknownKeyword"
    /// A type that is not a name, `[T]` or `{T}`.
    case malformedType = "MalformedType"
    /// A type of more levels of `[` and `{` than the generator follows.
    case typeNestedTooDeep = "TypeNestedTooDeep"
    /// A rule with none of `anyOf`, `requires`, `requiredWhen`.
    case malformedRule = "MalformedRule"
    /// A body with both or neither of `type` and `fields`.
    case malformedBody = "MalformedBody"

    // MARK: Names

    case invalidTypeName = "InvalidTypeName"
    case invalidGroupName = "InvalidGroupName"
    case duplicateType = "DuplicateType"
    case duplicateField = "DuplicateField"
    case duplicateOperation = "DuplicateOperation"
    /// Two operations of one method and path.
    case duplicateRoute = "DuplicateRoute"
    /// A `routeVariant` that is empty or holds more than letters, digits, `_`, `-` and `.`.
    case invalidRouteVariant = "InvalidRouteVariant"
    case duplicateEnumValue = "DuplicateEnumValue"
    case mixedEnumValues = "MixedEnumValues"
    /// Two variants of one union with one tag or key, or a key the union uses itself.
    case duplicateVariant = "DuplicateVariant"
    /// Two spec names that would be one Swift name in one scope.
    case nameCollision = "NameCollision"

    // MARK: Output files

    /// Two output files whose names differ only in letter case: one file
    /// on case-insensitive file systems (macOS, Windows).
    case fileNameCaseCollision = "FileNameCaseCollision"
    /// An output file name longer than file systems allow (255 bytes).
    case fileNameTooLong = "FileNameTooLong"
    /// An output file name with a character file systems refuse or read as
    /// a path (`/`, `\`, `:`, NUL, control characters).
    case fileNameInvalid = "FileNameInvalid"
    /// An output file name a file system reserves (`.`, `..`, Windows' `CON`, `NUL`, `COM1`…).
    case fileNameReserved = "FileNameReserved"

    // MARK: Types and fields

    case unknownType = "UnknownType"
    /// Types that hold each other with no array or map to end the chain.
    case recursiveType = "RecursiveType"
    case emptyEnum = "EmptyEnum"
    /// A union variant without tag or key, or with both; equal tag and
    /// content keys; an untagged union of fewer than two variants.
    case malformedUnion = "MalformedUnion"
    /// `inline` on what cannot be an inline union, or an inline union where none can be.
    case inlineNotApplicable = "InlineNotApplicable"
    case nullableNotApplicable = "NullableNotApplicable"
    case oneOrManyNotApplicable = "OneOrManyNotApplicable"
    /// A `file` anywhere but a field of a multipart body.
    case fileOutsideMultipart = "FileOutsideMultipart"
    case clientDefaultWithoutDefault = "ClientDefaultWithoutDefault"

    // MARK: Rules

    /// A rule naming a field its object does not have.
    case ruleUnknownField = "RuleUnknownField"
    /// A `requiredWhen` looking at what it cannot compare, or for values it cannot have.
    case invalidRequiredWhen = "InvalidRequiredWhen"

    // MARK: Limits and defaults

    /// A limit the value's type cannot have (`maxLength` on an `int32`).
    case limitNotApplicable = "LimitNotApplicable"
    case invalidPattern = "InvalidPattern"
    /// A negative length or count, or a bound that is not a finite number.
    case invalidLimit = "InvalidLimit"
    /// A lower bound above its upper bound.
    case contradictoryLimits = "ContradictoryLimits"
    /// A default its type cannot hold.
    case defaultTypeMismatch = "DefaultTypeMismatch"
    /// A default its own limits refuse.
    case defaultViolatesLimit = "DefaultViolatesLimit"
    case defaultNotInEnum = "DefaultNotInEnum"

    // MARK: Operations

    /// A path that does not start with `/`.
    case pathNotAbsolute = "PathNotAbsolute"
    /// A `{` without its `}`, a `}` without its `{`, or braces inside a placeholder.
    case pathUnbalancedBraces = "PathUnbalancedBraces"
    /// A placeholder with no name, or with characters no parameter name has (`{}`, `{a b}`).
    case pathMalformedPlaceholder = "PathMalformedPlaceholder"
    case pathDuplicatePlaceholder = "PathDuplicatePlaceholder"
    case pathPlaceholderWithoutParameter = "PathPlaceholderWithoutParameter"
    case pathParameterWithoutPlaceholder = "PathParameterWithoutPlaceholder"
    /// A `?` or `#` in a path: query parameters and fragments are not part of the template.
    case pathQueryOrFragment = "PathQueryOrFragment"
    case optionalPathParameter = "OptionalPathParameter"
    /// A parameter or response header whose type text cannot hold.
    case textValueRequired = "TextValueRequired"
    case styleNotApplicable = "StyleNotApplicable"
    /// Rules on a body that refers to a type, or on a multipart body.
    case rulesNotApplicable = "RulesNotApplicable"
    case invalidStatus = "InvalidStatus"
    /// One status code (or class, or `default`) documented twice on one operation.
    case duplicateStatus = "DuplicateStatus"
    /// A body type on a status the client treats as success (1xx, 2xx): its body is the `responseBody`.
    case statusBodyNotApplicable = "StatusBodyNotApplicable"
    /// `empty` on a status that is not another exact success (2xx) than `successStatus`, or on an operation that
    /// returns nothing.
    case emptyAnswerNotApplicable = "EmptyAnswerNotApplicable"
    /// A warning: a 204 or 205 beside a success with a body, not marked `empty`: the call reads it as the success
    /// and fails to decode the body it lacks.
    case emptyAnswerNotMarked = "EmptyAnswerNotMarked"
    /// A response header's name that is not an HTTP token (letters, digits and `!#$%&'*+-.^_`|~`).
    case invalidHeaderName = "InvalidHeaderName"
    /// A required response header on an operation whose empty answers (`empty`) may come without it.
    case responseHeaderNotApplicable = "ResponseHeaderNotApplicable"
    /// A sample's `status` that no error status of the operation with a body type matches, or a status sample
    /// without a response.
    case sampleStatusNotDocumented = "SampleStatusNotDocumented"
    case noContentWithBody = "NoContentWithBody"
    /// A request body on a GET or HEAD: URLSession refuses to send one on Apple platforms, and servers may ignore it.
    case requestBodyNotApplicable = "RequestBodyNotApplicable"
    /// A multipart body that is a type, or has no fields: its parts are the fields it lists.
    case multipartFieldsRequired = "MultipartFieldsRequired"
    /// A form-urlencoded body whose values are not objects (a list, a
    /// scalar, an enum): a form has no place for them.
    case formBodyNotApplicable = "FormBodyNotApplicable"
    /// `formLists` on a body that is not a form, or `repeated` lists in a
    /// form holding a list whose items are not plain values: repeating a
    /// name cannot keep one object item's members together.
    case formListsNotApplicable = "FormListsNotApplicable"

    // MARK: Auth

    /// A `tokenHeader` scheme without its header, token operation or token field.
    case authIncomplete = "AuthIncomplete"
    /// A token operation that does not exist, or that itself needs the token.
    case authTokenOperation = "AuthTokenOperation"
    case authUnknownField = "AuthUnknownField"
    case authFieldType = "AuthFieldType"

    // MARK: Pagination

    /// A pagination path or parameter the operation does not have.
    case paginationUnknownField = "PaginationUnknownField"
    case paginationFieldType = "PaginationFieldType"
    /// A page parameter the first request cannot leave out (required or nullable).
    case paginationStartParameter = "PaginationStartParameter"
    /// A `nextLink` or `linkHeader` walk on an operation that is not a GET.
    case paginationMethod = "PaginationMethod"
    /// A numbered walk that states no end: it could only stop early or never.
    case paginationEndUnknown = "PaginationEndUnknown"
    /// A pagination key its style does not read (or an end it cannot use).
    case paginationKeyForOtherStyle = "PaginationKeyForOtherStyle"

    // MARK: Samples

    /// A sample value of another JSON kind or form than its type.
    case sampleKindMismatch = "SampleKindMismatch"
    /// A sample without a required field, or a union's tag or content.
    case sampleMissingField = "SampleMissingField"
    case sampleUnexpectedNull = "SampleUnexpectedNull"
    case sampleNoVariant = "SampleNoVariant"
    /// A request sample its limits refuse.
    case sampleViolatesLimit = "SampleViolatesLimit"
    /// A request sample its rules refuse.
    case sampleViolatesRule = "SampleViolatesRule"
    /// A warning: a sample key the spec does not document.
    case sampleUndocumentedKey = "SampleUndocumentedKey"
    /// A warning: a sample enum value or union tag the spec does not document.
    case sampleUndocumentedValue = "SampleUndocumentedValue"

    // MARK: Acknowledgements

    /// An acknowledgement of a code whose findings are errors (they are
    /// fixed, not acknowledged), or of an acknowledgement's own warning.
    case acknowledgementNotApplicable = "AcknowledgementNotApplicable"
    /// Two acknowledgements of one code at one place.
    case duplicateAcknowledgement = "DuplicateAcknowledgement"
    /// A warning: an acknowledgement that matches no warning of the spec
    /// (the warning is gone, or the acknowledgement names the wrong place).
    case unmatchedAcknowledgement = "UnmatchedAcknowledgement"
}

extension DiagnosticCode {
    /// How serious findings of this kind are: fixed per code, so that a spec
    /// can tell from the code alone whether it may acknowledge a finding.
    /// Warnings are findings that are true but may be as meant.
    public var severity: Diagnostic.Severity {
        switch self {
        case .sampleUndocumentedKey, .sampleUndocumentedValue, .unmatchedAcknowledgement, .emptyAnswerNotMarked: .warning
        default: .error
        }
    }

    /// Whether a spec may acknowledge findings of this kind (`acknowledged`):
    /// warnings only, and not the warning about an acknowledgement itself,
    /// which would let a stale acknowledgement silence its own report.
    public var isAcknowledgeable: Bool {
        severity == .warning && self != .unmatchedAcknowledgement
    }
}
