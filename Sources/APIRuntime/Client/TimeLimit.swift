import Foundation

/// Races an operation against a time limit. The operation runs in its own
/// task (started on the caller's thread where the library allows, so an
/// answer that needs no waiting costs no thread hop) and the process's
/// `SharedTimer` expires the race at the limit; whichever comes first
/// resumes the caller and the other is cancelled. A dispatch source per
/// call, and before it a task group with a sleeping child, cost about as
/// much as a whole call through an in-memory transport (BENCHMARKS.md).
enum TimeLimit {
    /// The operation's value, or nil when the limit passed first. A
    /// cancelled caller gets `CancellationError` at once.
    static func race<Value: Sendable>(
        _ limit: Duration, _ operation: @escaping @Sendable () async throws -> Value
    ) async throws -> Value? {
        let race = Race<Value>()
        return try await withTaskCancellationHandler {
            try await withUnsafeThrowingContinuation { continuation in
                race.start(continuation, limit: limit, operation: operation)
            }
        } onCancel: {
            race.settle(.failure(CancellationError()))
        }
    }
}

/// One race's state, and its entry in the shared timer. The timer's lock
/// guards the state too (no lock to allocate per call, and settling takes
/// one lock, not two), so the continuation is resumed exactly once, by
/// whichever of the operation, the timer and the caller's cancellation
/// settles first.
private final class Race<Value: Sendable>: TimerEntry, @unchecked Sendable {
    private let timer = SharedTimer.shared
    private var continuation: UnsafeContinuation<Value?, any Error>?
    /// A result that came before the continuation was stored (a caller cancelled before the race began).
    private var early: Result<Value?, any Error>?
    private var settled = false
    private var task: Task<Void, Never>?
    var heapIndex = -1

    func start(_ continuation: UnsafeContinuation<Value?, any Error>, limit: Duration,
               operation: @escaping @Sendable () async throws -> Value) {
        let early: Result<Value?, any Error>? = timer.withLock {
            if let early = self.early { return early }
            self.continuation = continuation
            timer.scheduleLocked(self, after: limit)
            return nil
        }
        if let early {
            continuation.resume(with: early)
            return
        }
        let task = Self.run { [self] in
            do {
                settle(.success(try await operation()))
            } catch {
                settle(.failure(error))
            }
        }
        let settledFirst = timer.withLock {
            if settled { return true }
            self.task = task
            return false
        }
        // Settled before the task was stored: by the operation itself
        // (cancelling a finished task does nothing) or by its loss.
        if settledFirst { task.cancel() }
    }

    func expire() {
        settle(.success(nil))
    }

    func settle(_ result: Result<Value?, any Error>) {
        let winner: (UnsafeContinuation<Value?, any Error>, Task<Void, Never>?)? = timer.withLock {
            guard !settled else { return nil }
            settled = true
            guard let continuation else {
                early = result
                return nil
            }
            self.continuation = nil
            let task = self.task
            self.task = nil
            timer.cancelLocked(self)
            return (continuation, task)
        }
        guard let (continuation, task) = winner else { return }
        // The operation is cancelled when it lost: to the limit or to the caller.
        if case .success(nil) = result { task?.cancel() }
        if case .failure(let error) = result, error is CancellationError { task?.cancel() }
        continuation.resume(with: result)
    }

    /// Starts `work` in a new task: at once on this thread up to its first
    /// suspension where `Task.immediate` exists, else through the executor.
    private static func run(_ work: @escaping @Sendable () async -> Void) -> Task<Void, Never> {
        #if compiler(>=6.2)
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            return Task.immediate(operation: work)
        }
        #endif
        return Task(operation: work)
    }
}
