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
            guard let type = status.type else { continue }
            if Self.isSuccess(status.code) {
                sink.error(.statusBodyNotApplicable, "a \(status.code) answer is a success, read as the responseBody; "
                           + "a status's type is for the bodies of error answers (3XX to 5XX, or default)",
                           at: status.location, statusPath.key("type"))
            }
            checkReference(type, at: status.location, statusPath.key("type"))
            checkNoFile(type, at: status.location, statusPath.key("type"))
        }
    }

    /// The answers the client returns rather than throws.
    private static func isSuccess(_ code: StatusCode) -> Bool {
        switch code {
        case .exact(let code): code < 300
        case .range(let digit): digit < 3
        case .otherwise: false
        }
    }
}
