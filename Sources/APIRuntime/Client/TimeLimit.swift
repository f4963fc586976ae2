import Dispatch
import Foundation

/// Races an operation against a time limit. The operation runs in one
/// task and a dispatch timer fires at the limit; whichever comes first
/// resumes the caller and the other is cancelled. A task group with a
/// sleeping child did the same at about twice the cost of a whole call
/// through an in-memory transport (BENCHMARKS.md), so every call pays only
/// for one task and one timer.
enum TimeLimit {
    /// The operation's value, or nil when the limit passed first. A
    /// cancelled caller gets `CancellationError` at once.
    static func race<Value: Sendable>(_ limit: Duration, _ operation: @escaping @Sendable () async throws -> Value) async throws -> Value? {
        let race = Race<Value>()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                race.start(continuation, limit: limit, operation: operation)
            }
        } onCancel: {
            race.settle(.failure(CancellationError()))
        }
    }
}

/// One race's state. The lock guards the continuation, which is resumed
/// exactly once, by whichever of the operation, the timer and the
/// caller's cancellation settles first.
private final class Race<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value?, any Error>?
    /// A result that came before the continuation was stored (a caller cancelled before the race began).
    private var early: Result<Value?, any Error>?
    private var settled = false
    private var task: Task<Void, Never>?
    /// A timer source, not `asyncAfter`: cancelling a source frees it at once, where a
    /// cancelled work item would stay queued (with this race) until the limit passed.
    private var timer: (any DispatchSourceTimer)?

    func start(_ continuation: CheckedContinuation<Value?, any Error>, limit: Duration, operation: @escaping @Sendable () async throws -> Value) {
        lock.lock()
        if let early {
            lock.unlock()
            continuation.resume(with: early)
            return
        }
        self.continuation = continuation
        lock.unlock()
        let task = Task { [self] in
            do {
                settle(.success(try await operation()))
            } catch {
                settle(.failure(error))
            }
        }
        let (seconds, attoseconds) = limit.components
        // Limits beyond a few decades are no limit: no timer.
        var timer: (any DispatchSourceTimer)?
        if seconds < 1_000_000_000 {
            let source = DispatchSource.makeTimerSource(queue: .global())
            let nanoseconds = max(0, Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000))
            source.schedule(deadline: .now() + .nanoseconds(nanoseconds))
            source.setEventHandler { [self] in settle(.success(nil)) }
            timer = source
        }
        lock.lock()
        if settled {
            lock.unlock()
            task.cancel()
            // A dispatch source must not be released inactive: cancelled first, it never fires.
            timer?.cancel()
            timer?.activate()
            return
        }
        self.task = task
        self.timer = timer
        lock.unlock()
        timer?.activate()
    }

    func settle(_ result: Result<Value?, any Error>) {
        lock.lock()
        guard !settled else {
            lock.unlock()
            return
        }
        settled = true
        guard let continuation else {
            early = result
            lock.unlock()
            return
        }
        self.continuation = nil
        let task = self.task, timer = self.timer
        self.task = nil
        self.timer = nil
        lock.unlock()
        timer?.cancel()
        // The operation is cancelled when it lost: to the limit or to the caller.
        if case .success(nil) = result { task?.cancel() }
        if case .failure(let error) = result, error is CancellationError { task?.cancel() }
        continuation.resume(with: result)
    }
}
