/// Runs an operation that must finish within a time limit: on time its
/// result, else `.timedOut` (and the operation is cancelled). Only calls
/// with a deadline pay for the race.
enum Deadline {
    static func run<Value: Sendable>(within limit: Duration, method: String, path: String,
                                     _ operation: @escaping @Sendable () async throws(APIError) -> Value) async throws(APIError) -> Value {
        let outcome = await withTaskGroup(of: Result<Value, APIError>?.self) { group in
            group.addTask {
                do throws(APIError) {
                    return .success(try await operation())
                } catch {
                    return .failure(error)
                }
            }
            group.addTask {
                // nil: the limit passed; cancelled: the operation finished first.
                guard (try? await Task.sleep(for: limit)) != nil else { return .failure(.cancelled) }
                return nil
            }
            defer { group.cancelAll() }
            return await group.next() ?? nil
        }
        guard let outcome else { throw APIError.timedOut(method: method, path: path, after: limit) }
        return try outcome.get()
    }
}
