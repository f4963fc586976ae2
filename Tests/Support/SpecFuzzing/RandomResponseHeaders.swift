import SeededRandomness

extension RandomSpec {
    /// Now and then headers of the answer: names that are HTTP tokens but awkward in Swift, every scalar a header
    /// holds and the spec's enums; beside empty answers optional (rarely not, which lint refuses).
    mutating func responseHeaders(optional: Bool) -> [JSONText] {
        guard random.chance(0.25) else { return [] }
        let names = ["Location", "ETag", "X-Total-Count", "x-total-count_", "Self", "init", "X-Type", "Retry-After",
                     "X-RateLimit-Reset", "Last-Modified", "x-1st-page", "X_Trace~Id", "Link", "headers",
                     "Access-Control-Allow-Origin"]
        let enums = typeNames.filter { kinds[$0] == "enum" }
        var headers: [JSONText] = []
        var taken: Set<String> = []
        for _ in 0..<random.int(1...3) {
            let name = random.pick(names)
            guard taken.insert(name.lowercased()).inserted else { continue }
            var types = ["string", "int32", "int64", "double", "bool", "dateTime", "date", "epochSeconds",
                         "epochMillis", "url", "guid", "email"]
            types += enums
            var header: [(String, JSONText)] = [("name", .string(name)), ("type", .string(random.pick(types)))]
            if optional ? !random.chance(0.01) : random.chance(0.5) { header.append(("optional", .bool(true))) }
            if random.chance(0.3) { header.append(("description", .string("What the answer says of itself."))) }
            headers.append(.object(header))
        }
        return headers
    }
}
