import Dispatch

/// Work spread over every core with results in a fixed order, so that what
/// the tool prints and writes never depends on which thread ran first.
package enum Parallel {
    /// Runs `first` and `second` at the same time; returns both results.
    package static func both<A: Sendable, B: Sendable>(_ first: @escaping @Sendable () -> A, _ second: @escaping @Sendable () -> B) -> (A, B) {
        let a = Slots<A>(count: 1), b = Slots<B>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { a.store(first(), at: 0) } else { b.store(second(), at: 0) }
        }
        return (a.take(0), b.take(0))
    }

    /// Maps `items` on every core, in chunks, and hands the results over in
    /// the items' order; memory holds one chunk of results, not all of them.
    package static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], chunk: Int = 256, transform: @escaping @Sendable (Item) -> Result, each: (Result) -> Void
    ) {
        var start = 0
        while start < items.count {
            let slice = Array(items[start..<min(start + chunk, items.count)])
            let results = Slots<Result>(count: slice.count)
            if slice.count == 1 {
                results.store(transform(slice[0]), at: 0)
            } else {
                DispatchQueue.concurrentPerform(iterations: slice.count) { index in
                    results.store(transform(slice[index]), at: index)
                }
            }
            for index in 0..<slice.count { each(results.take(index)) }
            start += slice.count
        }
    }

    /// One slot per result, each written by exactly one iteration: the
    /// threads never touch the same memory, so no lock is needed.
    private final class Slots<Value>: @unchecked Sendable {
        private let base: UnsafeMutablePointer<Value?>
        private let count: Int

        init(count: Int) {
            self.count = count
            base = .allocate(capacity: count)
            base.initialize(repeating: nil, count: count)
        }

        func store(_ value: Value, at index: Int) {
            base[index] = value
        }

        /// The value stored at `index`, moved out (every slot is filled before it is taken).
        func take(_ index: Int) -> Value {
            guard let value = base[index] else { preconditionFailure("slot \(index) was never filled") }
            base[index] = nil
            return value
        }

        deinit {
            base.deinitialize(count: count)
            base.deallocate()
        }
    }
}
