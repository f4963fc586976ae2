/// A set of keys that searches a list while it is small and hashes once it
/// is not: the checker keeps one per object field list and per sample
/// object, nearly all of a few keys, where hashing each key cost more than
/// comparing it with the others (a tenth of loading went to `Set<String>`).
struct SmallKeySet {
    /// Up to this many keys are compared one by one (the checker's other key lookups switch to hashing there too).
    static let listLimit = 16
    private var list: [String] = []
    private var hashed: Set<String>?

    init() {}

    init<Keys: Sequence<String>>(_ keys: Keys) {
        for key in keys { insert(key) }
    }

    func contains(_ key: String) -> Bool {
        if let hashed { return hashed.contains(key) }
        return list.contains(key)
    }

    /// Adds `key`; false if it was there already.
    @discardableResult
    mutating func insert(_ key: String) -> Bool {
        if hashed != nil { return hashed!.insert(key).inserted }
        if list.contains(key) { return false }
        list.append(key)
        if list.count > Self.listLimit {
            hashed = Set(list)
            list = []
        }
        return true
    }

    mutating func formUnion<Keys: Sequence<String>>(_ keys: Keys) {
        for key in keys { insert(key) }
    }
}
