@testable import APIRuntime
import Dispatch
import Foundation
import XCTest

/// The one timer behind every time limit: entries expire in deadline order,
/// once, never after a successful cancel, whichever tasks schedule them; a
/// client call through it is cut off at its limit and never before. Bounds
/// are generous: the machine is slow and noisy.
final class SharedTimerTests: XCTestCase {
    func testEntriesExpireInDeadlineOrder() async throws {
        let timer = SharedTimer(), log = ExpiryLog()
        let start = DispatchTime.now().uptimeNanoseconds + 20_000_000
        var generator = SystemRandomNumberGenerator()
        let order = Array(0..<300).shuffled(using: &generator)
        // Scheduled in random order, 100 µs apart, so many fall in one firing.
        for id in order {
            timer.schedule(LoggedEntry(id, log), at: start + UInt64(id) * 100_000)
        }
        try await log.waitFor(count: 300)
        XCTAssertEqual(log.ids, Array(0..<300))
        XCTAssertEqual(timer.pendingCount, 0)
    }

    func testAnEarlierDeadlineScheduledLaterIsNotHeldBackByTheFirst() async throws {
        let timer = SharedTimer(), log = ExpiryLog()
        timer.schedule(LoggedEntry(1, log), after: .seconds(60))
        let start = ContinuousClock.now
        timer.schedule(LoggedEntry(2, log), after: .milliseconds(20))
        try await log.waitFor(count: 1)
        XCTAssertEqual(log.ids, [2])
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(10))
        XCTAssertEqual(timer.pendingCount, 1)
    }

    func testACancelledEntryNeverExpires() async throws {
        let timer = SharedTimer(), log = ExpiryLog()
        let cancelled = LoggedEntry(1, log), kept = LoggedEntry(2, log)
        timer.schedule(cancelled, after: .milliseconds(30))
        timer.schedule(kept, after: .milliseconds(60))
        XCTAssertTrue(timer.cancel(cancelled))
        XCTAssertFalse(timer.cancel(cancelled), "a second cancel finds nothing")
        try await log.waitFor(count: 1)
        try await Task.sleep(for: .milliseconds(100))
        XCTAssertEqual(log.ids, [2])
        XCTAssertFalse(timer.cancel(kept), "an expired entry cannot be cancelled")
        XCTAssertEqual(timer.pendingCount, 0)
    }

    func testEachEntryEitherExpiresOnceOrIsCancelled() async throws {
        let timer = SharedTimer(), log = ExpiryLog()
        let entries = (0..<400).map { LoggedEntry($0, log) }
        for entry in entries { timer.schedule(entry, after: .microseconds(Int64(entry.id) * 25)) }
        // Cancelled from many tasks while the timer is expiring the same entries.
        let cancelled = await withTaskGroup(of: [Int].self) { group in
            for slice in 0..<8 {
                group.addTask { entries.filter { $0.id % 8 == slice && timer.cancel($0) }.map(\.id) }
            }
            return await group.reduce(into: Set<Int>()) { $0.formUnion($1) }
        }
        try await log.waitFor(count: 400 - cancelled.count)
        try await Task.sleep(for: .milliseconds(50))
        let expired = log.ids
        XCTAssertEqual(expired.count, Set(expired).count, "an entry expired twice")
        XCTAssertTrue(cancelled.isDisjoint(with: expired), "a cancelled entry expired")
        XCTAssertEqual(cancelled.count + expired.count, 400)
        XCTAssertEqual(timer.pendingCount, 0)
    }

    func testManyTasksScheduleAtOnce() async throws {
        let timer = SharedTimer(), log = ExpiryLog()
        await withTaskGroup(of: Void.self) { group in
            for task in 0..<40 {
                group.addTask {
                    for index in 0..<50 {
                        let id = task * 50 + index
                        timer.schedule(LoggedEntry(id, log), after: .microseconds(Int64((id * 7_919) % 30_000)))
                    }
                }
            }
        }
        try await log.waitFor(count: 2_000)
        XCTAssertEqual(Set(log.ids), Set(0..<2_000))
        XCTAssertEqual(timer.pendingCount, 0)
    }

    func testALimitOfDecadesSchedulesNothing() {
        let timer = SharedTimer()
        XCTAssertFalse(timer.schedule(LoggedEntry(1, ExpiryLog()), after: .seconds(Int64.max)))
        XCTAssertEqual(timer.pendingCount, 0)
    }

    func testASlowTransportIsTimedOutWithinABound() async {
        let transport = Stalled()
        let client = APIClient(serverURL: "https://api.example", transport: transport, timeout: .milliseconds(150),
                               retryPolicy: .none)
        let start = ContinuousClock.now
        let error = await apiError { _ = try await client.send(thing(), returning: Answer.self) }
        guard case .timedOut = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(5))
        XCTAssertGreaterThanOrEqual(ContinuousClock.now - start, .milliseconds(150))
    }

    func testAFastTransportIsNeverTimedOut() async throws {
        let client = APIClient(serverURL: "https://api.example", transport: Quick(), timeout: .seconds(5),
                               retryPolicy: .none)
        let answers = try await withThrowingTaskGroup(of: Answer.self) { group in
            for _ in 0..<400 {
                group.addTask { try await client.send(thing(), returning: Answer.self) }
            }
            return try await group.reduce(into: [Answer]()) { $0.append($1) }
        }
        XCTAssertEqual(answers, Array(repeating: Answer(ok: true), count: 400))
    }
}

/// Answers at once but does not say so, so the client keeps its timer.
private struct Quick: Transport {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        HTTPResponse(status: 200, headers: [HTTPHeader("Content-Type", "application/json")],
                     body: Data(#"{"ok":true}"#.utf8))
    }
}

/// Never answers before the test is over, unless cancelled.
private struct Stalled: Transport {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        try await Task.sleep(for: .seconds(30))
        return HTTPResponse(status: 200, headers: [], body: Data())
    }
}

/// The ids of expired entries, in the order they expired.
private final class ExpiryLog: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Int] = []

    var ids: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    func record(_ id: Int) {
        lock.lock()
        recorded.append(id)
        lock.unlock()
    }

    /// Waits, at most ten seconds, until `count` entries have expired.
    func waitFor(count: Int, file: StaticString = #filePath, line: UInt = #line) async throws {
        let start = ContinuousClock.now
        while ids.count < count {
            guard ContinuousClock.now - start < .seconds(10) else {
                return XCTFail("\(ids.count) of \(count) entries expired", file: file, line: line)
            }
            try await Task.sleep(for: .milliseconds(5))
        }
    }
}

private final class LoggedEntry: TimerEntry, @unchecked Sendable {
    var heapIndex = -1
    let id: Int
    private let log: ExpiryLog

    init(_ id: Int, _ log: ExpiryLog) {
        self.id = id
        self.log = log
    }

    func expire() { log.record(id) }
}
