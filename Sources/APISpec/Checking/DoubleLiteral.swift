/// Which numbers the generated Swift can write as `Double` literals without
/// a compiler warning: a client default is printed as the spec writes it,
/// and Swift warns (when it compiles, not when it type-checks) about a whole
/// number a `Double` rounds (`9007199254740993`) and about a number so close
/// to zero that it underflows (`1e-310`). The value the client would send
/// is then not the one documented.
enum DoubleLiteral {
    /// Whether `text` (a JSON number) is exactly the `Double` Swift makes of it, as far as Swift checks.
    static func isExact(_ text: String) -> Bool {
        guard let value = Double(text), value.isFinite else { return false }
        if value.isSubnormal { return false }
        let mantissa = text.prefix { $0 != "e" && $0 != "E" }
        if value == 0 { return !mantissa.contains { ("1"..."9").contains($0) } }
        let isWholeNumber = mantissa.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-") } && mantissa.count == text.count
        guard isWholeNumber else {
            // A fraction or an exponent: Swift rounds it without a word.
            return true
        }
        let digits = mantissa.drop { $0 == "-" }.drop { $0 == "0" }
        return exactDigits(of: value.magnitude) == String(digits)
    }

    /// The decimal digits of a whole, finite, positive `Double`, exactly (`1e19` is 10000000000000000000).
    static func exactDigits(of value: Double) -> String {
        if value < 0x1p63 { return String(UInt64(value)) }
        // significand × 2^shift, doubled digit by digit (least significant first).
        let shift = Int(value.exponent) - Double.significandBitCount
        let significand = value.significandBitPattern | (1 << UInt64(Double.significandBitCount))
        var digits = String(significand).utf8.reversed().map { Int($0) - 48 }
        for _ in 0..<shift {
            var carry = 0
            for index in digits.indices {
                let doubled = digits[index] * 2 + carry
                digits[index] = doubled % 10
                carry = doubled / 10
            }
            if carry > 0 { digits.append(carry) }
        }
        return String(digits.reversed().map { Character(String($0)) })
    }
}
