/// Runs an operation that must finish within a time limit: on time its
/// result, else `.timedOut` (and the operation is cancelled).
enum Deadline {
    static func run<Value: Sendable>(within limit: Duration, method: String, path: String,
                                     _ operation: @escaping @Sendable () async throws(APIError) -> Value) async throws(APIError) -> Value {
        let outcome: Value?
        do {
            outcome = try await TimeLimit.race(limit) { () async throws -> Value in try await operation() }
        } catch let error as APIError {
            throw error
        } catch {
            throw .cancelled
        }
        guard let outcome else { throw APIError.timedOut(method: method, path: path, after: limit) }
        return outcome
    }
}
