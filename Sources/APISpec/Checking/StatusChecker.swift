/// Checks of the statuses an operation documents: real HTTP statuses, each once, and bodies only on answers the
/// client treats as errors (a 2xx answer is success, whose body is `responseBody`).
extension SpecChecker {
    mutating func checkStatuses(_ operation: Operation, _ path: JSONPath) {
        var seen: [StatusCode: Int] = [:]
        for (index, status) in operation.statuses.enumerated() {
            let statusPath = path.key("statuses").index(index)
            switch status.code {
            case .exact(let code) where !(100...599).contains(code):
                sink.error(.invalidStatus, "status \(code) is not an HTTP status", at: status.location,
                           statusPath.key("code"))
            case .range(let digit) where !(1...5).contains(digit):
                sink.error(.invalidStatus, "status class '\(status.code)' is not an HTTP class (1XX to 5XX)",
                           at: status.location, statusPath.key("code"))
            default:
                break
            }
            if let first = seen[status.code] {
                sink.error(.duplicateStatus, "status \(status.code) is already documented (statuses[\(first)])",
                           at: status.location, statusPath.key("code"))
            }
            seen[status.code] = seen[status.code] ?? index
            if status.isEmptyAnswer {
                checkEmptyAnswer(status, of: operation, statusPath.key("empty"))
            } else if [StatusCode.exact(204), .exact(205)].contains(status.code), operation.responseBody != nil,
                      operation.successStatus != 204 {
                sink.warning(.emptyAnswerNotMarked, "a \(status.code) answer has no body, but the call reads it as the "
                             + "success and fails to decode it; mark it \"empty\": true, and the call gives nil on it",
                             at: status.location, statusPath)
            }
            guard let type = status.type else { continue }
            if !status.code.isError {
                sink.error(.statusBodyNotApplicable, "a \(status.code) answer is a success, read as the responseBody; "
                           + "a status's type is for the bodies of error answers (3XX to 5XX, or default)",
                           at: status.location, statusPath.key("type"))
            }
            checkReference(type, at: status.location, statusPath.key("type"))
            checkNoFile(type, at: status.location, statusPath.key("type"))
        }
    }

    /// An answer that gives nil is another success than the operation's own, and its operation returns a result that
    /// can be nil (a page too: the walk ends there).
    private mutating func checkEmptyAnswer(_ status: Status, of operation: Operation, _ path: JSONPath) {
        let problem: String? = switch status.code {
        case .exact(let code) where !(200...299).contains(code):
            "only a success (200 to 299) can be an empty answer, which a \(code) answer is not"
        case .exact(let code) where code == operation.successStatus:
            "\(code) is the success status, whose answer is the responseBody; an empty answer is another success"
        case .exact:
            operation.responseBody == nil ? "the operation returns nothing, so there is no result to be nil" : nil
        case .range, .otherwise:
            "an empty answer is one exact status, not '\(status.code)'"
        }
        guard let problem else { return }
        sink.error(.emptyAnswerNotApplicable, "status \(status.code) is marked empty: \(problem)",
                   at: status.location, path)
    }

    /// A sample's `status` names an error answer the operation documents with a body type, and the sample shows
    /// that body.
    mutating func checkSampleStatuses(_ operation: Operation, _ path: JSONPath) {
        for (index, sample) in operation.samples.enumerated() {
            guard let status = sample.status else { continue }
            let samplePath = path.key("samples").index(index)
            if operation.errorBodyType(forStatus: status) == nil {
                sink.error(.sampleStatusNotDocumented, "sample '\(Diagnostic.clipped(sample.title))' shows a \(status) answer, "
                           + "but no error status (300 to 599) of '\(operation.name)' that matches it has a type",
                           at: operation.location, samplePath.key("status"))
            } else if sample.response == nil {
                sink.error(.sampleStatusNotDocumented, "sample '\(Diagnostic.clipped(sample.title))' has a status but no "
                           + "response: the status says which error answer its response shows", at: operation.location,
                           samplePath.key("response"))
            }
        }
    }
}
