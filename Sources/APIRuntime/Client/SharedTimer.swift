import Dispatch
import Foundation

/// Something a `SharedTimer` expires at a deadline. The entry itself sits in
/// the timer's heap, so scheduling one allocates nothing beside it.
protocol TimerEntry: AnyObject, Sendable {
    /// The entry's place in its timer's heap, or -1 while not scheduled.
    /// Only the timer reads and writes it, under its lock.
    var heapIndex: Int { get set }
    /// Called at most once per scheduling, on the timer's queue, after the deadline passed.
    func expire()
}

/// One timer for every time limit in the process: a min-heap of deadlines on
/// the monotonic clock (`DispatchTime`'s), served by a single dispatch timer
/// source armed for the earliest. Scheduling and cancelling are O(log n)
/// under one lock and touch the source only when the earliest deadline moves
/// earlier. A source per call cost more than the rest of a call through an
/// in-memory transport (BENCHMARKS.md). The lock is offered to the entries
/// (`withLock`) for their own state, so that settling a race takes one lock,
/// and a race allocates no lock of its own.
final class SharedTimer: @unchecked Sendable {
    static let shared = SharedTimer()

    /// Limits of this many seconds or more (decades) are no limit: nothing is scheduled.
    static let unlimitedSeconds: Int64 = 1_000_000_000

    private struct Slot {
        var deadline: UInt64
        var entry: any TimerEntry
    }

    private let lock = NSLock()
    private var heap: [Slot] = []
    private let source: any DispatchSourceTimer
    /// The deadline the source is armed for; `UInt64.max` when it is idle.
    /// It may be earlier than the heap's first (that entry was cancelled):
    /// the source then fires early, finds nothing due and re-arms.
    private var armedFor = UInt64.max

    init() {
        source = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "apigen.shared-timer"))
        source.setEventHandler { [weak self] in self?.expireDue() }
        source.activate()
    }

    deinit {
        source.cancel()
    }

    /// Runs `body` under the timer's lock; inside it, use only the `…Locked` methods.
    func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Schedules `entry` to expire `limit` from now. Returns false, and
    /// schedules nothing, for a limit of decades or more.
    @discardableResult
    func schedule(_ entry: any TimerEntry, after limit: Duration) -> Bool {
        withLock { scheduleLocked(entry, after: limit) }
    }

    /// Schedules `entry` to expire at `deadline`, nanoseconds of the uptime clock.
    func schedule(_ entry: any TimerEntry, at deadline: UInt64) {
        withLock { scheduleLocked(entry, at: deadline) }
    }

    /// Takes `entry` off the timer. True if it was still waiting: it will
    /// not expire. False if it has expired (or is expiring) or was never scheduled.
    @discardableResult
    func cancel(_ entry: any TimerEntry) -> Bool {
        withLock { cancelLocked(entry) }
    }

    /// `schedule(_:after:)` for a caller holding the lock.
    @discardableResult
    func scheduleLocked(_ entry: any TimerEntry, after limit: Duration) -> Bool {
        let (seconds, attoseconds) = limit.components
        guard seconds < Self.unlimitedSeconds else { return false }
        let nanoseconds = max(0, seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
        scheduleLocked(entry, at: DispatchTime.now().uptimeNanoseconds + UInt64(nanoseconds))
        return true
    }

    /// `schedule(_:at:)` for a caller holding the lock.
    func scheduleLocked(_ entry: any TimerEntry, at deadline: UInt64) {
        precondition(entry.heapIndex < 0, "a timer entry scheduled twice")
        entry.heapIndex = heap.count
        heap.append(Slot(deadline: deadline, entry: entry))
        siftUp(heap.count - 1)
        if deadline < armedFor { arm(deadline) }
    }

    /// `cancel(_:)` for a caller holding the lock.
    @discardableResult
    func cancelLocked(_ entry: any TimerEntry) -> Bool {
        let index = entry.heapIndex
        guard index >= 0 else { return false }
        remove(at: index)
        return true
    }

    /// Entries waiting to expire.
    var pendingCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return heap.count
    }

    /// The source's handler: takes every entry whose deadline passed, in
    /// deadline order, re-arms for the next, then expires them outside the lock.
    private func expireDue() {
        var due: [any TimerEntry] = []
        lock.lock()
        let now = DispatchTime.now().uptimeNanoseconds
        while let first = heap.first, first.deadline <= now {
            due.append(first.entry)
            remove(at: 0)
        }
        armedFor = UInt64.max
        if let first = heap.first { arm(first.deadline) }
        lock.unlock()
        for entry in due { entry.expire() }
    }

    private func arm(_ deadline: UInt64) {
        armedFor = deadline
        source.schedule(deadline: DispatchTime(uptimeNanoseconds: deadline), repeating: .never,
                        leeway: .milliseconds(1))
    }

    // MARK: The heap; every move keeps the entries' `heapIndex` in step.

    private func remove(at index: Int) {
        heap[index].entry.heapIndex = -1
        let last = heap.count - 1
        if index != last {
            heap.swapAt(index, last)
            heap[index].entry.heapIndex = index
        }
        heap.removeLast()
        guard index < heap.count else { return }
        if index > 0, heap[index].deadline < heap[(index - 1) / 2].deadline {
            siftUp(index)
        } else {
            siftDown(index)
        }
    }

    private func siftUp(_ start: Int) {
        var index = start
        while index > 0 {
            let parent = (index - 1) / 2
            guard heap[index].deadline < heap[parent].deadline else { break }
            exchange(index, parent)
            index = parent
        }
    }

    private func siftDown(_ start: Int) {
        var index = start
        while true {
            let left = 2 * index + 1, right = left + 1
            var smallest = index
            if left < heap.count, heap[left].deadline < heap[smallest].deadline { smallest = left }
            if right < heap.count, heap[right].deadline < heap[smallest].deadline { smallest = right }
            guard smallest != index else { return }
            exchange(index, smallest)
            index = smallest
        }
    }

    private func exchange(_ first: Int, _ second: Int) {
        heap.swapAt(first, second)
        heap[first].entry.heapIndex = first
        heap[second].entry.heapIndex = second
    }
}
