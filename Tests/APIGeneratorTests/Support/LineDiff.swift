/// A line diff as a reviewer sees it: which lines changed, grouped into
/// hunks the way `git diff` groups them (3 lines of context, so changes at
/// most 6 unchanged lines apart share a hunk).
struct LineDiff {
    let changedLines: Int
    let hunks: Int

    init(_ old: String, _ new: String, context: Int = 3) {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false)
        // Longest common subsequence by dynamic programming: generated files are small.
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        // Walk the table; note for each step of the old file whether it is kept.
        var changed = 0, hunks = 0, unchangedRun = Int.max / 2
        var i = 0, j = 0
        func step(kept: Bool) {
            if kept {
                unchangedRun += 1
            } else {
                changed += 1
                if unchangedRun > 2 * context { hunks += 1 }
                unchangedRun = 0
            }
        }
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                step(kept: true); i += 1; j += 1
            } else if j < b.count, i == a.count || table[i][j + 1] >= table[i + 1][j] {
                step(kept: false); j += 1
            } else {
                step(kept: false); i += 1
            }
        }
        changedLines = changed
        self.hunks = hunks
    }
}
